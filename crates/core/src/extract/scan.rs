//! The tokenizer under the extractor: words, ASCII numbers, single
//! punctuation characters and line breaks, each with its byte range.
//!
//! Words are compared through a lower-cased copy of the text that has the
//! same byte offsets as the original (see [`crate::date::lower_char`]),
//! built in the same walk: only letters change, and the walk looks at
//! every letter anyway.

use crate::date::lower_char;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of alphabetic characters.
    Word,
    /// A run of ASCII digits.
    Number,
    /// One character that is neither alphanumeric nor whitespace.
    Punct(char),
    /// A line break; phrases never cross it.
    Newline,
}

/// Sentinel for "no partner quote".
const NO_PARTNER: u64 = u64::MAX;

/// One token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// For a `Number`, its value (saturated at `u64::MAX`); for an opening
    /// quote (`«`, `“`, `"`), the index of its closing partner on the same
    /// line (and vice versa), or `NO_PARTNER`.
    aux: u64,
}

/// The allocations of a [`Scan`], kept between scans of many short texts
/// (a validator scans every directive) so each scan reuses them.
#[derive(Debug, Default)]
pub(crate) struct ScanBuffers {
    lower: String,
    toks: Vec<Tok>,
    open_quotes: Vec<usize>,
}

/// Buffers that grew past this many bytes (one huge text) are not kept.
const KEPT_BUFFER_BYTES: usize = 1 << 16;

/// A tokenized text.
pub(super) struct Scan<'a> {
    pub text: &'a str,
    lower: String,
    pub toks: Vec<Tok>,
    open_quotes: Vec<usize>,
}

impl<'a> Scan<'a> {
    /// Tokenizes `text` in one pass.
    #[cfg(test)]
    pub fn new(text: &'a str) -> Self {
        Self::with_buffers(text, ScanBuffers::default())
    }

    /// Tokenizes `text` in one pass into `buffers`' allocations.
    pub fn with_buffers(text: &'a str, buffers: ScanBuffers) -> Self {
        let ScanBuffers {
            mut lower,
            mut toks,
            mut open_quotes,
        } = buffers;
        lower.clear();
        lower.reserve(text.len());
        // `text[..lowered]` is in `lower` already.
        let mut lowered = 0;
        let bytes = text.as_bytes();
        toks.clear();
        // About one token per eight bytes of Russian prose.
        toks.reserve(text.len() / 8 + 16);
        open_quotes.clear();
        let mut open_ascii: Option<usize> = None;
        let mut pos = 0;
        while let Some(&byte) = bytes.get(pos) {
            if byte == b' ' {
                pos += 1;
                continue;
            }
            if byte.is_ascii_digit() {
                let start = pos;
                let mut value = 0u64;
                while let Some(&d) = bytes.get(pos).filter(|d| d.is_ascii_digit()) {
                    value = value.saturating_mul(10).saturating_add(u64::from(d - b'0'));
                    pos += 1;
                }
                toks.push(Tok {
                    kind: Kind::Number,
                    start,
                    end: pos,
                    aux: value,
                });
                continue;
            }
            let Some(c) = char_at(text, pos) else {
                // Unreachable: `pos` always sits on a char boundary.
                pos += 1;
                continue;
            };
            if is_letter(c) {
                let start = pos;
                if lower_char(c) != c {
                    push_lowered(&mut lower, text, &mut lowered, pos, c);
                }
                pos += c.len_utf8();
                while let Some((len, capital)) = letter_at(text, pos) {
                    if capital {
                        if let Some(c) = char_at(text, pos) {
                            push_lowered(&mut lower, text, &mut lowered, pos, c);
                        }
                    }
                    pos += len;
                }
                toks.push(Tok {
                    kind: Kind::Word,
                    start,
                    end: pos,
                    aux: NO_PARTNER,
                });
                continue;
            }
            let start = pos;
            pos += c.len_utf8();
            let kind = if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                open_quotes.clear();
                open_ascii = None;
                Kind::Newline
            } else if c.is_whitespace() {
                continue;
            } else {
                Kind::Punct(c)
            };
            let index = toks.len();
            let mut partner = NO_PARTNER;
            match c {
                '«' | '“' => open_quotes.push(index),
                '»' | '”' => {
                    if let Some(open) = open_quotes.pop() {
                        partner = open as u64;
                        if let Some(opening) = toks.get_mut(open) {
                            opening.aux = index as u64;
                        }
                    }
                }
                '"' => {
                    // A straight quote glued to the word before it closes
                    // (`"Точек роста"`); otherwise it opens.
                    let glued = toks.last().is_some_and(|prev| {
                        prev.end == start && !matches!(prev.kind, Kind::Punct('(' | '«' | '“'))
                    });
                    match (glued, open_ascii) {
                        (true, Some(open)) => {
                            open_ascii = None;
                            partner = open as u64;
                            if let Some(opening) = toks.get_mut(open) {
                                opening.aux = index as u64;
                            }
                        }
                        (true, None) => {}
                        (false, _) => open_ascii = Some(index),
                    }
                }
                _ => {}
            }
            toks.push(Tok {
                kind,
                start,
                end: pos,
                aux: partner,
            });
        }
        lower.push_str(text.get(lowered..).unwrap_or_default());
        Self {
            text,
            lower,
            toks,
            open_quotes,
        }
    }

    /// Gives the allocations back for the next scan (unless one huge text
    /// made them too large to keep).
    pub fn into_buffers(self) -> ScanBuffers {
        if self.lower.capacity() > KEPT_BUFFER_BYTES {
            return ScanBuffers::default();
        }
        ScanBuffers {
            lower: self.lower,
            toks: self.toks,
            open_quotes: self.open_quotes,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token at `i`, if any.
    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The lower-cased word at `i`, if token `i` is a word.
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word)
            .then(|| self.lower.get(t.start..t.end))
            .flatten()
    }

    /// The word at `i` as written (original case).
    pub fn original(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        self.text.get(t.start..t.end)
    }

    /// Whether token `i` is the lower-case word `w`.
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    /// Whether token `i` is one of the lower-case words `ws`.
    pub fn word_in(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|w| ws.contains(&w))
    }

    /// `(value, digit count)` of the number at `i`.
    pub fn number(&self, i: usize) -> Option<(u64, usize)> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Number).then_some((t.aux, t.end - t.start))
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// Whether token `i` is a hyphen or a dash.
    pub fn is_dash(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–' | '—' | '‑' | '−')))
    }

    /// Whether token `i` is a full stop that ends a sentence: a `.` that
    /// does not close a short abbreviation (`г.`, `гг.`, `с.`, `уч.`).
    pub fn is_full_stop(&self, i: usize) -> bool {
        self.is_punct(i, '.')
            && i.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_none_or(|w| w.chars().count() > 3)
    }

    /// The tokens `from..to` whose [`span`](Self::span) is `range`.
    pub fn token_range(&self, range: &std::ops::Range<usize>) -> (usize, usize) {
        let from = self.toks.partition_point(|t| t.start < range.start);
        let to = self.toks.partition_point(|t| t.start < range.end);
        (from, to)
    }

    /// Whether tokens `a` and `b` touch (no whitespace between them).
    pub fn touching(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// The closing quote matching an opening quote at `i`.
    pub fn closing_quote(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !matches!(t.kind, Kind::Punct('«' | '“' | '"')) || t.aux == NO_PARTNER {
            return None;
        }
        usize::try_from(t.aux).ok().filter(|&close| close > i)
    }

    /// Byte range covering tokens `from..to` (`to` exclusive, non-empty).
    pub fn span(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let start = self.toks.get(from).map_or(0, |t| t.start);
        let end = to
            .checked_sub(1)
            .and_then(|last| self.toks.get(last))
            .map_or(start, |t| t.end);
        start..end.max(start)
    }
}

/// The char starting at byte `pos`, if `pos` is a char boundary in `text`.
fn char_at(text: &str, pos: usize) -> Option<char> {
    let byte = *text.as_bytes().get(pos)?;
    if byte.is_ascii() {
        return Some(char::from(byte));
    }
    text.get(pos..)?.chars().next()
}

/// The UTF-8 length of the letter starting at byte `pos` and whether
/// [`lower_char`] changes it, or `None` when there is no letter there. Lead
/// bytes `0xD0`/`0xD1` always start a Cyrillic letter (U+0400–U+047F), and
/// the capitals among them are `0xD0 0x80..=0xAF`, so the common case needs
/// no decoding.
fn letter_at(text: &str, pos: usize) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    // The bulk of every text, with one comparison: `D0 B0..=BF` (а..п) and
    // `D1 80..=BF` (р..я and the rest of U+0440–U+047F).
    if let Some(&[lead, next]) = bytes.get(pos..pos + 2) {
        if (0xD0B0..=0xD1BF).contains(&u16::from_be_bytes([lead, next])) {
            return Some((2, false));
        }
    }
    match *bytes.get(pos)? {
        b'a'..=b'z' => Some((1, false)),
        b'A'..=b'Z' => Some((1, true)),
        0xD0 => Some((2, bytes.get(pos + 1).is_some_and(|&b| b < 0xB0))),
        0xD1 => Some((2, false)),
        byte if byte.is_ascii() => None,
        _ => char_at(text, pos)
            .filter(|&c| is_letter(c))
            .map(|c| (c.len_utf8(), lower_char(c) != c)),
    }
}

/// Appends to `lower` the text from `*lowered` up to the letter `c` at
/// byte `at`, then `c` lower-cased (same UTF-8 length, see
/// [`lower_char`]), and moves `*lowered` past it.
fn push_lowered(lower: &mut String, text: &str, lowered: &mut usize, at: usize, c: char) {
    lower.push_str(text.get(*lowered..at).unwrap_or_default());
    lower.push(lower_char(c));
    *lowered = at + c.len_utf8();
}

/// `char::is_alphabetic` with a fast path for ASCII and Cyrillic, which
/// make up nearly all of the text (the general Unicode lookup is slow).
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{4FF}' => true,
        _ if c.is_ascii() => false,
        // Quotes, dashes, spaces, `№`: the punctuation of every document.
        '«' | '»' | '№' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_words_numbers_and_punctuation() {
        let s = Scan::new("До 12,5 %\nв 2019г. «Точка»");
        let kinds: Vec<Kind> = s.toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Word,
                Kind::Number,
                Kind::Punct(','),
                Kind::Number,
                Kind::Punct('%'),
                Kind::Newline,
                Kind::Word,
                Kind::Number,
                Kind::Word,
                Kind::Punct('.'),
                Kind::Punct('«'),
                Kind::Word,
                Kind::Punct('»'),
            ]
        );
        assert_eq!(s.word(0), Some("до"));
        assert_eq!(s.original(0), Some("До"));
        assert_eq!(s.number(1), Some((12, 2)));
        assert!(s.touching(1, 2) && s.touching(2, 3) && !s.touching(3, 4));
        assert!(s.touching(7, 8));
        assert_eq!(s.closing_quote(10), Some(12));
        assert_eq!(s.span(6, 9), 12..21);
        assert_eq!(s.token_range(&s.span(6, 9)), (6, 9));
        assert_eq!(s.token_range(&s.span(1, 2)), (1, 2));
    }

    #[test]
    fn lowering_agrees_with_lower_char() {
        let all: String = ('\u{0}'..='\u{800}').chain("ЁЖИКÉ😀Ѐ".chars()).collect();
        let lowered = |text: &str| Scan::new(text).lower;
        let expected: String = all.chars().map(lower_char).collect();
        assert_eq!(lowered(&all), expected);
        for text in [
            "ДО 20 СЕНТЯБРЯ Ёлка Іван",
            "",
            "Я",
            "2019Г. «ТОЧКА РОСТА» (ИМЦ)",
            "Ѐ-Ѝ: ABC, abc; ЯЯ",
        ] {
            let expected: String = text.chars().map(lower_char).collect();
            assert_eq!(lowered(text), expected, "{text}");
        }
        assert_eq!(
            lowered("ДО 20 СЕНТЯБРЯ Ёлка Іван"),
            "до 20 сентября ёлка іван"
        );
    }

    #[test]
    fn letter_fast_path_agrees_with_unicode() {
        let punctuation = '\u{2000}'..='\u{206F}';
        for c in ('\u{0}'..='\u{700}')
            .chain(punctuation)
            .chain(['é', 'ß', '中', '😀', '\u{2116}'])
        {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
            let text = c.to_string();
            let expected = c
                .is_alphabetic()
                .then(|| (c.len_utf8(), lower_char(c) != c));
            assert_eq!(letter_at(&text, 0), expected, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn straight_quotes_pair_by_position() {
        let s = Scan::new("АИС \"Навигатор детей\" и центра\"; \"x");
        assert_eq!(s.closing_quote(1), Some(4));
        assert_eq!(s.closing_quote(4), None);
        assert_eq!(s.closing_quote(7), None);
        assert_eq!(s.closing_quote(9), None);
    }

    #[test]
    fn huge_numbers_saturate_and_quotes_do_not_cross_lines() {
        let s = Scan::new("99999999999999999999999 «a\nb»");
        assert_eq!(s.number(0).map(|n| n.0), Some(u64::MAX));
        assert_eq!(s.closing_quote(1), None);
    }
}
