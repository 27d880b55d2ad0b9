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

/// The units a byte range is converted into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// `char`s, as [`char_range`] counts (and Python strings).
    Chars,
    /// UTF-16 code units, as [`utf16_range`] counts (and JavaScript strings).
    Utf16,
}

impl Units {
    /// `bytes` of `text` in these units: [`char_range`] or [`utf16_range`].
    pub fn range(self, text: &str, bytes: Range<usize>) -> Range<usize> {
        match self {
            Units::Chars => char_range(text, bytes),
            Units::Utf16 => utf16_range(text, bytes),
        }
    }
}

/// Bytes between the checkpoints of a [`TextOffsets`] (at least; a
/// checkpoint is at the first char boundary from there).
const CHECKPOINT_BYTES: usize = 256;

/// The char and UTF-16 counts at checkpoints through one text, so that
/// many byte ranges of a long text convert with a count from the nearest
/// checkpoint instead of from the start of the text each (thousands of
/// findings in one long directive made `check --json` quadratic).
/// Converts exactly as [`char_range`] and [`utf16_range`] do.
#[derive(Debug, Clone)]
pub struct TextOffsets<'a> {
    text: &'a str,
    /// Byte offset (a char boundary), chars and UTF-16 units before it;
    /// the first is at 0, in increasing order.
    marks: Vec<(usize, usize, usize)>,
}

impl<'a> TextOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut marks = vec![(0, 0, 0)];
        let (mut chars, mut units) = (0, 0);
        let mut next = CHECKPOINT_BYTES;
        for (pos, c) in text.char_indices() {
            if pos >= next {
                marks.push((pos, chars, units));
                next = pos + CHECKPOINT_BYTES;
            }
            chars += 1;
            units += c.len_utf16();
        }
        TextOffsets { text, marks }
    }

    /// `bytes` of the text in `units`, as [`Units::range`] gives it.
    pub fn range(&self, units: Units, bytes: Range<usize>) -> Range<usize> {
        let start = self.count_until(units, bytes.start);
        let end = self.count_until(units, bytes.end.max(bytes.start));
        start..end
    }

    /// [`count_until`] from the last checkpoint at or before `limit`: every
    /// char before a checkpoint ends at or before it.
    fn count_until(&self, units: Units, limit: usize) -> usize {
        let at = self.marks.partition_point(|&(byte, _, _)| byte <= limit);
        let (byte, chars, utf16) = self.marks[at.saturating_sub(1)];
        let rest = self.text.get(byte..).unwrap_or_default();
        match units {
            Units::Chars => chars + count_until(rest, limit - byte, |_| 1),
            Units::Utf16 => utf16 + count_until(rest, limit - byte, char::len_utf16),
        }
    }
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
    fn checkpoints_convert_as_a_count_from_the_start() {
        let text = "до 20 сентября 😀 x, ".repeat(60);
        let offsets = TextOffsets::new(&text);
        assert!(
            offsets.marks.len() > 4,
            "{} checkpoints",
            offsets.marks.len()
        );
        let ends = (0..text.len() + 3)
            .step_by(7)
            .chain([text.len(), text.len() + 50]);
        for a in ends {
            for b in [a, a + 1, a + 300, a / 2, text.len() + 9] {
                for units in [Units::Chars, Units::Utf16] {
                    assert_eq!(
                        offsets.range(units, a..b),
                        units.range(&text, a..b),
                        "{units:?} {a}..{b}"
                    );
                }
            }
        }
        let empty = TextOffsets::new("");
        assert_eq!(empty.range(Units::Utf16, 0..5), 0..0);
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
