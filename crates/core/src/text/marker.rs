//! List markers at the start of a line: numbers (`1.`, `1.1.`, `1)`,
//! `1.1)`), letters (`а)`), bullets (`-`, `–`, `—`, `·`, `•`, `*`, …) and a
//! bullet followed by a number (a stray ` - 1.1.`).

use std::ops::Range;

/// Characters accepted as bullets when followed by whitespace or alone on
/// a line (an empty list item).
pub const BULLETS: [char; 10] = ['-', '–', '—', '·', '•', '*', '▪', '◦', '●', '‣'];

/// Bullets also accepted directly before a word (`-обеспечить`).
const GLUED_BULLETS: [char; 5] = ['-', '–', '—', '•', '·'];

pub(crate) fn is_bullet(c: char) -> bool {
    BULLETS.contains(&c)
}

/// How a number or letter marker is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Close {
    /// `1.`, `1.1.` (also `1.1` without the final dot).
    Dot,
    /// `1)`, `1.1)`, `а)`.
    Paren,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkerKind {
    Bullet(char),
    /// `а)`, `б)`, `аа)`.
    Letter,
    /// `depth` is the number of dot-separated parts: `1.2.` has depth 2.
    Num {
        depth: u8,
        close: Close,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    pub kind: MarkerKind,
    /// Where the number is in the text the marker was read from, as it
    /// should be kept in `source_number`: `1.2` of `1.2.`, `1.2)` of
    /// `1.2)`, `а)` of `а)`. `None` for bullets. A range rather than a
    /// copy: most lines of a pasted document are numbered, and only the
    /// directives keep their number.
    pub number: Option<Range<usize>>,
    /// Bytes of the line taken by the marker and the whitespace after it.
    pub len: usize,
}

/// The marker at the start of `text`, if any.
pub(crate) fn parse_marker(text: &str) -> Option<Marker> {
    let mut chars = text.chars();
    let first = chars.next()?;
    let second = chars.next();
    let mut bullet = None;
    let mut pos = 0;
    let spaced = second.is_none_or(char::is_whitespace);
    let glued = second.is_some_and(char::is_alphabetic) && GLUED_BULLETS.contains(&first);
    if is_bullet(first) && (spaced || glued) {
        bullet = Some(first);
        pos = skip_ws(text, first.len_utf8());
    }
    let rest = &text[pos..];
    let number = parse_number(rest)
        // After a bullet only a closed number counts (` - 1.1.`), so that
        // `– 2.5 млн …` stays text.
        .filter(|&(_, _, len)| bullet.is_none() || rest[..len].ends_with(['.', ')']))
        .or_else(|| parse_letter(rest));
    if let Some((kind, number, len)) = number {
        return Some(Marker {
            kind,
            number: Some(pos + number.start..pos + number.end),
            len: skip_ws(text, pos + len),
        });
    }
    bullet.map(|c| Marker {
        kind: MarkerKind::Bullet(c),
        number: None,
        len: pos,
    })
}

fn skip_ws(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    text.len() - rest.trim_start().len()
}

/// Parts read in a number marker: `1.2.3.4.5.6.` at most.
pub(crate) const MAX_NUMBER_PARTS: u8 = 6;

/// `1.`, `1.2.`, `1.2`, `1)`, `1.2)` followed by whitespace or the end.
fn parse_number(s: &str) -> Option<(MarkerKind, Range<usize>, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut depth: u8 = 0;
    let close;
    loop {
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 3 || depth >= MAX_NUMBER_PARTS {
            return None;
        }
        i += digits;
        depth += 1;
        match b.get(i) {
            Some(b'.') if b.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            Some(b'.') => {
                i += 1;
                close = Close::Dot;
                break;
            }
            Some(b')') => {
                i += 1;
                close = Close::Paren;
                break;
            }
            _ if depth >= 2 => {
                close = Close::Dot;
                break;
            }
            _ => return None,
        }
    }
    let after = s[i..].chars().next();
    let closed = s[..i].ends_with(['.', ')']);
    let ends_well = match after {
        None => true,
        Some(c) => c.is_whitespace() || (closed && c.is_uppercase()),
    };
    if !ends_well || (!closed && !followed_by_letter(&s[i..])) {
        return None;
    }
    let number = match close {
        Close::Dot => 0..s[..i].trim_end_matches('.').len(),
        Close::Paren => 0..i,
    };
    Some((MarkerKind::Num { depth, close }, number, i))
}

/// `1.1 обеспечить`: a bare multi-part number counts as a marker only
/// before a word (not `2.5 %`).
fn followed_by_letter(s: &str) -> bool {
    s.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
}

/// `а)`, `б)`, `аа)`: one or two lower-case Cyrillic or Latin letters and `)`.
fn parse_letter(s: &str) -> Option<(MarkerKind, Range<usize>, usize)> {
    let mut end = 0;
    for (count, (n, c)) in s.char_indices().enumerate() {
        if c == ')' && n > 0 {
            end = n + 1;
            break;
        }
        let letter = matches!(c, 'а'..='я' | 'ё' | 'a'..='z');
        if !letter || count >= 2 {
            return None;
        }
    }
    if end == 0 {
        return None;
    }
    let ends_well = s[end..].chars().next().is_none_or(char::is_whitespace);
    ends_well.then_some((MarkerKind::Letter, 0..end, end))
}

/// `true` when an item with marker `item` belongs under an open sub-lead
/// whose own marker is `lead` (`None`: a plain paragraph ending with `:`).
pub(crate) fn is_subordinate(item: Option<MarkerKind>, lead: Option<MarkerKind>) -> bool {
    use MarkerKind::*;
    let Some(item) = item else {
        return false;
    };
    let single_paren = matches!(
        item,
        Num {
            depth: 1,
            close: Close::Paren
        }
    );
    match lead {
        None => matches!(item, Bullet(_) | Letter) || single_paren,
        Some(Bullet(c)) => {
            matches!(item, Bullet(d) if d != c) || matches!(item, Letter) || single_paren
        }
        Some(Letter) => matches!(item, Bullet(_)),
        Some(Num { depth, close }) => match item {
            Bullet(_) | Letter => true,
            Num { depth: d, close: c } if c == close && d > depth => true,
            _ => single_paren && close == Close::Dot,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(MarkerKind, Option<String>, usize)> {
        parse_marker(s).map(|m| (m.kind, m.number.map(|r| s[r].to_owned()), m.len))
    }

    #[test]
    fn numbers_letters_and_bullets() {
        let dot = |depth| MarkerKind::Num {
            depth,
            close: Close::Dot,
        };
        let paren = |depth| MarkerKind::Num {
            depth,
            close: Close::Paren,
        };
        assert_eq!(m("1. Управлению"), Some((dot(1), Some("1".into()), 3)));
        assert_eq!(m("1.1. Принять"), Some((dot(2), Some("1.1".into()), 5)));
        assert_eq!(m("2.1 Принять"), Some((dot(2), Some("2.1".into()), 4)));
        assert_eq!(m("1) текст"), Some((paren(1), Some("1)".into()), 3)));
        assert_eq!(m("1.2) текст"), Some((paren(2), Some("1.2)".into()), 5)));
        assert_eq!(
            m("б) текст"),
            Some((MarkerKind::Letter, Some("б)".into()), 4))
        );
        assert_eq!(m("– текст"), Some((MarkerKind::Bullet('–'), None, 4)));
        assert_eq!(m("–"), Some((MarkerKind::Bullet('–'), None, 3)));
        assert_eq!(m("•"), Some((MarkerKind::Bullet('•'), None, 3)));
        assert_eq!(
            m("- 1.1. Активизировать"),
            Some((dot(2), Some("1.1".into()), 7))
        );
    }

    #[test]
    fn not_markers() {
        for s in [
            "2 центров",
            "25.02.2022",
            "2019 год",
            "-5 градусов",
            "*курсив*",
            "100 %",
            "2.5 %",
            "1.текст",
            "г. Чаплыгин",
            "абвгд) текст",
            "--",
            "",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    #[test]
    fn subordination() {
        let dot = |depth| {
            Some(MarkerKind::Num {
                depth,
                close: Close::Dot,
            })
        };
        let dash = Some(MarkerKind::Bullet('-'));
        assert!(is_subordinate(dash, None));
        assert!(!is_subordinate(None, None));
        assert!(is_subordinate(dot(3), dot(2)));
        assert!(!is_subordinate(dot(2), dot(2)));
        assert!(!is_subordinate(dash, dash));
        assert!(is_subordinate(Some(MarkerKind::Bullet('•')), dash));
        assert!(is_subordinate(dash, Some(MarkerKind::Letter)));
        assert!(!is_subordinate(
            Some(MarkerKind::Letter),
            Some(MarkerKind::Letter)
        ));
    }
}
