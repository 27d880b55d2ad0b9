//! Case and `ё` folding and the comparison form of a text, shared by the
//! validator (duplicates, formulas) and the diff (pairing nodes); whitespace
//! collapsing; the intersection of two sorted word bags.

/// Lower-cases one character and folds `ё` into `е`.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'Ё' | 'ё' => 'е',
        'а'..='я' => c,
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Lower-case, `ё`→`е`.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    loop {
        // Runs that fold to themselves are copied whole.
        let run = unchanged_run(text.as_bytes().get(at..).unwrap_or_default(), false);
        out.push_str(text.get(at..at + run).unwrap_or_default());
        at += run;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            return out;
        };
        out.push(fold_char(c));
        at += c.len_utf8();
    }
}

/// Length of the leading run of `bytes` made of whole chars that
/// [`fold_char`] leaves as they are: lower-case Cyrillic but `ё`, ASCII
/// but capitals; with `words_only`, only lower-case letters and digits
/// (word chars, see [`is_word_char`]). Ends on a char boundary.
fn unchanged_run(bytes: &[u8], words_only: bool) -> usize {
    let mut i = 0;
    loop {
        // Four of them at a time while they last.
        while let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            if !four_lower_cyrillic(u64::from_be_bytes(chunk)) {
                break;
            }
            i += 8;
        }
        // Lower-case Cyrillic but `ё`, the bulk of every text, two bytes
        // at a time: а..п are `D0 B0..=BF`, р..я are `D1 80..=8F`. Four at
        // a time failed just now, so something else comes within four
        // letters (or the text ends): not worth trying again before it.
        while let Some(&[lead, next]) = bytes.get(i..i + 2) {
            let pair = u16::from_be_bytes([lead, next]);
            if pair.wrapping_sub(0xD0B0) >= 0x10 && pair.wrapping_sub(0xD180) >= 0x10 {
                break;
            }
            i += 2;
        }
        match bytes.get(i) {
            Some(b'a'..=b'z' | b'0'..=b'9') => i += 1,
            Some(&b) if !words_only && b.is_ascii() && !b.is_ascii_uppercase() => i += 1,
            _ => return i,
        }
    }
}

/// Whether eight bytes (read big-endian) are four lower-case Cyrillic
/// letters but `ё`, each two bytes: `D0 B0..=BF` (а..п) or `D1 80..=8F`
/// (р..я). Per 16-bit lane: the lead is `D0` or `D1`, and the high nibble
/// of the second byte is `B` after `D0` and `8` after `D1`.
fn four_lower_cyrillic(x: u64) -> bool {
    const LEAD_BITS: u64 = 0xFE00_FE00_FE00_FE00;
    const LEADS: u64 = 0xD000_D000_D000_D000;
    const NIBBLES: u64 = 0x000F_000F_000F_000F;
    const EIGHTS: u64 = 0x0008_0008_0008_0008;
    const ONES: u64 = 0x0001_0001_0001_0001;
    // 3 in each lane whose lead is `D0` (its lowest bit clear), else 0.
    let after_d0 = ((!x >> 8) & ONES) * 3;
    x & LEAD_BITS == LEADS && (x >> 4) & NIBBLES == EIGHTS + after_d0
}

/// Length of the leading run of `bytes` made of word runs that fold to
/// themselves (see [`unchanged_run`]) joined by single spaces: text that
/// is its own normalised form.
fn unchanged_words(bytes: &[u8]) -> usize {
    let mut end = unchanged_run(bytes, true);
    if end == 0 {
        return 0;
    }
    while bytes.get(end) == Some(&b' ') {
        let next = unchanged_run(bytes.get(end + 1..).unwrap_or_default(), true);
        if next == 0 {
            break;
        }
        end += 1 + next;
    }
    end
}

/// Letters and digits, with a fast path for ASCII and Cyrillic.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Quotes, dashes, spaces, `№`: the punctuation of every document.
        '«' | '»' | '№' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Comparison form of a text: folded case and `ё`, punctuation and quotes
/// dropped, whitespace collapsed. `«Обеспечить» охват;` and
/// `обеспечить охват.` normalise alike.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::new();
    normalize_into(text, &mut out);
    out
}

/// [`normalize`] into `out`, replacing what it held.
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    normalize_parted_into(text, out, |_, _| false);
}

/// [`normalize`], and how long the normalised form of `text[..mark]` is:
/// `mark` must be the byte of an ASCII punctuation mark, or the end, else
/// the whole length is returned.
#[cfg(test)]
pub(crate) fn normalize_marked(text: &str, mark: usize) -> (String, usize) {
    let mut out = String::new();
    let len = normalize_parted_into(text, &mut out, |_, at| at == mark);
    (out, len)
}

/// [`normalize`] into `out`, replacing what it held, in the same walk
/// finding where a first part of the text ends: `ends_part` is asked
/// about every ASCII punctuation mark (its byte and offset) until it says
/// yes. Returns how long the normalised form of the text
/// before that byte is, or the whole length if it never said yes.
pub(crate) fn normalize_parted_into(
    text: &str,
    out: &mut String,
    mut ends_part: impl FnMut(u8, usize) -> bool,
) -> usize {
    out.clear();
    out.reserve(text.len());
    let mut part = None;
    let mut pending_space = false;
    let mut at = 0;
    loop {
        // Words that fold to themselves, and the single spaces between
        // them, are copied whole.
        let run = unchanged_words(text.as_bytes().get(at..).unwrap_or_default());
        if run > 0 {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(text.get(at..at + run).unwrap_or_default());
            at += run;
        }
        // Spaces and ASCII punctuation separate words: no char to decode.
        if let Some(&b) = text
            .as_bytes()
            .get(at)
            .filter(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        {
            if b != b' ' && part.is_none() && ends_part(b, at) {
                part = Some(out.len());
            }
            pending_space = true;
            at += 1;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            return part.unwrap_or(out.len());
        };
        if is_word_char(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(fold_char(c));
        } else {
            pending_space = true;
        }
        at += c.len_utf8();
    }
}

/// `text` with every run of whitespace made one space and none at the ends.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many elements two sorted lists have in common, counting repeats as
/// often as both hold them: the intersection of two word bags. The walk
/// steps by comparison results instead of branching on them: which list
/// moves on is as good as random for hashes, so a branch on it would be
/// mispredicted about every other step.
pub(crate) fn common_sorted<T: Ord + Copy>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        common += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_yo_punctuation_and_spaces() {
        assert_eq!(
            normalize("  Учёт «детей»,  дошкольного\tобразования;"),
            "учет детей дошкольного образования"
        );
        assert_eq!(
            normalize("Обеспечить охват."),
            normalize("обеспечить  охват;")
        );
    }

    #[test]
    fn marks_the_normalised_length_of_a_prefix() {
        let text = "Принять  к «сведению»; обеспечить.";
        let (normalized, len) = normalize_marked(text, text.find(';').unwrap_or(0));
        assert_eq!(normalized, "принять к сведению обеспечить");
        assert_eq!(normalized.get(..len), Some("принять к сведению"));
        assert_eq!(normalize_marked(text, text.len()).1, normalized.len());
        assert_eq!(normalize_marked("", 0), (String::new(), 0));
        assert_eq!(normalize_marked("а.", 1).1, "а".len());
    }

    #[test]
    fn counts_common_elements_of_sorted_lists() {
        assert_eq!(common_sorted(&[1, 2, 2, 5], &[2, 2, 3, 5, 7]), 3);
        assert_eq!(common_sorted::<u32>(&[], &[1]), 0);
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(collapse_whitespace("  Иванова \t Н.С.\n"), "Иванова Н.С.");
        assert_eq!(collapse_whitespace(" \n "), "");
    }

    #[test]
    fn fast_paths_match_char_by_char_folding() {
        let text = "Учёт «ДЕТЕЙ», Ёлка — 75-летия; Zz İstanbul №5\tпять ёж ЯЩИК";
        let folded: String = text.chars().map(fold_char).collect();
        assert_eq!(fold(text), folded);
        let mut words = String::new();
        for word in folded
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(word);
        }
        assert_eq!(normalize(text), words);
    }

    #[test]
    fn four_letters_at_a_time_agree_with_one_at_a_time() {
        let lower = |c: char| ('а'..='я').contains(&c);
        let pool: Vec<char> = ('\u{400}'..='\u{47F}').collect();
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..20_000 {
            let four: String = (0..4)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // Mostly lower-case letters, so that passing chunks are common.
                    let i = if state.is_multiple_of(3) {
                        state as usize
                    } else {
                        0x30 + (state as usize >> 8) % 32
                    };
                    pool.get(i % pool.len()).copied().unwrap_or('а')
                })
                .collect();
            let bytes = <[u8; 8]>::try_from(four.as_bytes()).unwrap_or_default();
            assert_eq!(
                four_lower_cyrillic(u64::from_be_bytes(bytes)),
                four.chars().all(lower),
                "{four}"
            );
        }
        assert!(four_lower_cyrillic(u64::from_be_bytes(
            *b"\xD0\xB0\xD0\xBF\xD1\x80\xD1\x8F"
        )));
        assert!(!four_lower_cyrillic(u64::from_be_bytes(*b"abcdefgh")));
    }

    #[test]
    fn unchanged_runs_are_the_chars_folding_leaves_alone() {
        let mut text: String = ('\u{0}'..='\u{500}').collect();
        text.push_str("абвгдежзийклмнопрстуфхцчшщъыьэюяё");
        for start in text.char_indices().map(|(i, _)| i) {
            let rest = text.get(start..).unwrap_or_default();
            for words_only in [false, true] {
                let expected: usize = rest
                    .chars()
                    .take_while(|&c| {
                        fold_char(c) == c
                            && (!words_only || (is_word_char(c) && !c.is_ascii_uppercase()))
                            && (c.is_ascii() || ('а'..='я').contains(&c))
                    })
                    .map(char::len_utf8)
                    .sum();
                assert_eq!(
                    unchanged_run(rest.as_bytes(), words_only),
                    expected,
                    "{start} {words_only}"
                );
            }
        }
    }

    #[test]
    fn word_char_fast_paths_agree_with_unicode() {
        for c in ('\u{0}'..='\u{700}')
            .chain('\u{2000}'..='\u{206F}')
            .chain(['«', '»', '№'])
        {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn folds_case_and_yo() {
        assert_eq!(fold("ЁЛКА Ёж Zz"), "елка еж zz");

        assert!(is_word_char('ё') && is_word_char('7') && !is_word_char('-'));
    }
}
