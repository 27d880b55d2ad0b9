//! Signatures at the end: `Председатель: Горяченкова О.А.`, or role lines
//! (`Председатель:`, `Секретарь:`) followed — possibly after blank lines —
//! by names in the same order.

use std::collections::VecDeque;

use super::block::Block;
use super::ctx::{Ctx, LinePlace};
use super::words::{ends_terminal, first_word, is_person_name};
use crate::model::Signatory;

const ROLES: [&str; 12] = [
    "Председатель",
    "Председательствующий",
    "Секретарь",
    "Глава",
    "Начальник",
    "Директор",
    "Руководитель",
    "Заместитель",
    "Член",
    "Члены",
    "Заведующий",
    "Ответственный",
];

/// At most this many trailing blocks are examined.
const MAX_TAIL: usize = 24;

#[derive(Debug, PartialEq, Eq)]
enum SigLine {
    /// A name alone.
    Name,
    /// A role, its end, the consumed separator range and the name range.
    Role {
        role_end: usize,
        sep: (usize, usize),
        name: Option<(usize, usize)>,
    },
}

fn sig_line(text: &str) -> Option<SigLine> {
    if is_person_name(text) {
        return Some(SigLine::Name);
    }
    if !ROLES.contains(&first_word(text).trim_end_matches(':')) || text.len() > 200 {
        return None;
    }
    if let Some(colon) = text.find(':') {
        let role_end = text[..colon].trim_end().len();
        let name_text = text[colon + 1..].trim();
        let name_start = text.len() - text[colon + 1..].trim_start().len();
        return if name_text.is_empty() {
            Some(SigLine::Role {
                role_end,
                sep: (colon, colon + 1),
                name: None,
            })
        } else if is_person_name(name_text) {
            Some(SigLine::Role {
                role_end,
                sep: (colon, colon + 1),
                name: Some((name_start, name_start + name_text.len())),
            })
        } else {
            None
        };
    }
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(n, c)| {
            !c.is_whitespace() && (n == 0 || text[..n].ends_with(char::is_whitespace))
        })
        .map(|(n, _)| n)
        .collect();
    for &s in starts.iter().skip(1).rev().take(3).rev() {
        if is_person_name(&text[s..]) {
            let role_end = text[..s]
                .trim_end_matches(|c: char| c.is_whitespace() || c == '_')
                .len();
            if role_end == 0 {
                return None;
            }
            return Some(SigLine::Role {
                role_end,
                sep: (role_end, s),
                name: Some((s, text.len())),
            });
        }
    }
    (starts.len() <= 5 && !ends_terminal(text)).then_some(SigLine::Role {
        role_end: text.len(),
        sep: (text.len(), text.len()),
        name: None,
    })
}

/// Is `text` a signature line: a role (`Председатель:`, `Секретарь
/// ____ Т.В. Лебедева`) or a bare name?
pub(crate) fn is_signature_line(text: &str) -> bool {
    sig_line(text).is_some()
}

/// Finds the signature block at the end of `blocks`; returns the number of
/// body blocks before it and the signatories.
pub(crate) fn split_signatures(cx: &mut Ctx<'_>, blocks: &[Block]) -> (usize, Vec<Signatory>) {
    let mut start = blocks.len();
    let mut parsed = Vec::new();
    let mut any_role = false;
    for b in blocks.iter().rev().take(MAX_TAIL) {
        if b.hi != b.lo + 1 || b.marker.is_some() || b.skip != 0 {
            break;
        }
        let text = b.text(&cx.lines);
        let Some(line) = sig_line(&text) else {
            break;
        };
        any_role |= matches!(line, SigLine::Role { .. });
        parsed.push(line);
        start -= 1;
    }
    if !any_role {
        return (blocks.len(), Vec::new());
    }
    parsed.reverse();
    let mut sigs: Vec<Signatory> = Vec::new();
    let mut waiting: VecDeque<usize> = VecDeque::new();
    for (b, line) in blocks[start..].iter().zip(parsed) {
        let text = b.text(&cx.lines);
        cx.place(b, LinePlace::Signatory);
        match line {
            SigLine::Name => match waiting.pop_front() {
                Some(i) => {
                    if let Some(s) = sigs.get_mut(i) {
                        s.name = text.into_owned();
                    }
                }
                None => sigs.push(Signatory {
                    role: String::new(),
                    name: text.into_owned(),
                }),
            },
            SigLine::Role {
                role_end,
                sep,
                name,
            } => {
                cx.consume(b, sep.0..sep.1);
                let name = name.map(|(a, z)| text[a..z].to_owned());
                if name.is_none() {
                    waiting.push_back(sigs.len());
                }
                sigs.push(Signatory {
                    role: text[..role_end].to_owned(),
                    name: name.unwrap_or_default(),
                });
            }
        }
    }
    (start, sigs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_lines() {
        assert_eq!(sig_line("Горяченкова О.А."), Some(SigLine::Name));
        assert!(matches!(
            sig_line("Председатель:"),
            Some(SigLine::Role { name: None, .. })
        ));
        let t = "Председатель ________ О.А. Горяченкова";
        match sig_line(t) {
            Some(SigLine::Role {
                role_end,
                name: Some((a, z)),
                ..
            }) => {
                assert_eq!(&t[..role_end], "Председатель");
                assert_eq!(&t[a..z], "О.А. Горяченкова");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            sig_line("Председатель - Горяченкова О.А., председатель комитета."),
            None
        );
        assert_eq!(sig_line("Срок исполнения: постоянно"), None);
    }
}
