//! The tokenizer under the extractor: words, ASCII numbers, single
//! punctuation characters and line breaks, each with its byte range.
//!
//! Words are compared through a lower-cased copy of the text that has the
//! same byte offsets as the original (see [`crate::date::lower_char`]).

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

/// A tokenized text.
pub(super) struct Scan<'a> {
    pub text: &'a str,
    lower: String,
    pub toks: Vec<Tok>,
}

impl<'a> Scan<'a> {
    /// Tokenizes `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let mut lower = String::with_capacity(text.len());
        // About one token per eight bytes of Russian prose.
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 8 + 16);
        let mut open_quotes: Vec<usize> = Vec::new();
        let mut open_ascii: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((pos, c)) = chars.next() {
            lower.push(lower_char(c));
            let kind = if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                open_quotes.clear();
                open_ascii = None;
                Kind::Newline
            } else if c.is_whitespace() {
                continue;
            } else if c.is_ascii_digit() {
                let mut value = u64::from(c as u8 - b'0');
                let mut end = pos + 1;
                while let Some(&(p, d)) = chars.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    lower.push(d);
                    value = value
                        .saturating_mul(10)
                        .saturating_add(u64::from(d as u8 - b'0'));
                    end = p + 1;
                    chars.next();
                }
                toks.push(Tok {
                    kind: Kind::Number,
                    start: pos,
                    end,
                    aux: value,
                });
                continue;
            } else if c.is_alphabetic() {
                let mut end = pos + c.len_utf8();
                while let Some(&(p, d)) = chars.peek() {
                    if !d.is_alphabetic() {
                        break;
                    }
                    lower.push(lower_char(d));
                    end = p + d.len_utf8();
                    chars.next();
                }
                toks.push(Tok {
                    kind: Kind::Word,
                    start: pos,
                    end,
                    aux: NO_PARTNER,
                });
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
                        prev.end == pos && !matches!(prev.kind, Kind::Punct('(' | '«' | '“'))
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
                start: pos,
                end: pos + c.len_utf8(),
                aux: partner,
            });
        }
        Self { text, lower, toks }
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
