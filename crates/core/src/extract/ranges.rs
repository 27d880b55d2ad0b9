//! Conversion of byte ranges into char and UTF-16 offsets for user
//! interfaces (JavaScript strings count UTF-16 code units).

use std::ops::Range;

/// Converts a byte range in `text` into a range of `char` offsets.
///
/// Out-of-range or non-boundary ends are clamped down to the nearest char
/// boundary inside the text; never panics.
pub fn char_range(text: &str, bytes: Range<usize>) -> Range<usize> {
    let start = count_until(text, bytes.start, |_| 1);
    let end = count_until(text, bytes.end.max(bytes.start), |_| 1);
    start..end
}

/// Converts a byte range in `text` into a range of UTF-16 code unit
/// offsets (what JavaScript `String` indices and DOM `Range` use).
///
/// Clamps like [`char_range`]; never panics.
pub fn utf16_range(text: &str, bytes: Range<usize>) -> Range<usize> {
    let start = count_until(text, bytes.start, char::len_utf16);
    let end = count_until(text, bytes.end.max(bytes.start), char::len_utf16);
    start..end
}

/// Sums `weight` over the chars that end at or before byte `limit`.
fn count_until(text: &str, limit: usize, weight: impl Fn(char) -> usize) -> usize {
    let mut total = 0;
    for (pos, c) in text.char_indices() {
        if pos + c.len_utf8() > limit {
            break;
        }
        total += weight(c);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_cyrillic_and_astral_offsets() {
        let text = "до 20 сентября 😀 x";
        let start = text.find("сентября").expect("present");
        let end = start + "сентября".len();
        assert_eq!(char_range(text, start..end), 6..14);
        assert_eq!(utf16_range(text, start..end), 6..14);
        let x = text.find('x').expect("present");
        assert_eq!(char_range(text, x..x + 1), 17..18);
        assert_eq!(utf16_range(text, x..x + 1), 18..19);
    }

    #[test]
    fn clamps_bad_ranges() {
        let text = "ая";
        assert_eq!(char_range(text, 1..3), 0..1);
        assert_eq!(char_range(text, 0..100), 0..2);
        let reversed = Range { start: 5, end: 2 };
        assert_eq!(utf16_range(text, reversed), 2..2);
    }
}
