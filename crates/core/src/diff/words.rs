//! Word-level differences between two versions of a text.
//!
//! Texts are split into tokens that together cover every byte: runs of
//! letters and digits, runs of whitespace, and single other characters
//! (punctuation, quotes, dashes). The token sequences are compared with
//! [`super::myers`], so concatenating the `Equal` and `Delete` pieces gives
//! the old text exactly and `Equal` plus `Insert` gives the new text.

use std::collections::HashMap;

use super::myers::{self, Op};
use super::types::{TextChange, WordChange, WordKind};

/// Splits `text` into tokens that concatenate back to `text`.
pub(crate) fn tokens(text: &str) -> Vec<&str> {
    #[derive(PartialEq)]
    enum Class {
        Word,
        Space,
        Other,
    }
    let class = |c: char| {
        if c.is_alphanumeric() {
            Class::Word
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Other
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Class> = None;
    for (at, c) in text.char_indices() {
        let this = class(c);
        let joins = current.as_ref() == Some(&this) && this != Class::Other;
        if !joins && at > start {
            out.push(&text[start..at]);
            start = at;
        }
        current = Some(this);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The word-level edit script from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<WordChange> {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let a = number_tokens(&old_tokens, &mut numbers);
    let b = number_tokens(&new_tokens, &mut numbers);
    let join = |tokens: &[&str]| tokens.concat();
    let raw: Vec<WordChange> = myers::diff(&a, &b)
        .into_iter()
        .filter_map(|op| {
            let (kind, text) = match op {
                Op::Equal { a, .. } => (WordKind::Equal, join(old_tokens.get(a)?)),
                Op::Delete(a) => (WordKind::Delete, join(old_tokens.get(a)?)),
                Op::Insert(b) => (WordKind::Insert, join(new_tokens.get(b)?)),
            };
            Some(WordChange { kind, text })
        })
        .collect();
    absorb_spaces(raw)
}

/// Gives equal tokens equal numbers, so Myers compares integers.
fn number_tokens<'t>(tokens: &[&'t str], numbers: &mut HashMap<&'t str, u32>) -> Vec<u32> {
    tokens
        .iter()
        .map(|&t| {
            let next = numbers.len() as u32;
            *numbers.entry(t).or_insert(next)
        })
        .collect()
}

/// A [`TextChange`] when the texts differ, `None` when they are equal.
pub(crate) fn text_change(old: &str, new: &str) -> Option<TextChange> {
    (old != new).then(|| TextChange {
        old: old.to_owned(),
        new: new.to_owned(),
        words: word_diff(old, new),
    })
}

/// Merges `до [-1-]{+15+} [-октября-]{+ноября+}` into
/// `до [-1 октября-]{+15 ноября+}`: a whitespace-only equal piece between
/// two changes joins the change on both sides, when the region both deletes
/// and inserts. Both texts are preserved.
fn absorb_spaces(changes: Vec<WordChange>) -> Vec<WordChange> {
    let mut out = Vec::with_capacity(changes.len());
    let mut region: Vec<WordChange> = Vec::new();
    let is_space =
        |c: &WordChange| c.kind == WordKind::Equal && c.text.chars().all(char::is_whitespace);
    let mut iter = changes.into_iter().peekable();
    while let Some(change) = iter.next() {
        let next_is_change = iter.peek().is_some_and(|n| n.kind != WordKind::Equal);
        let in_region = change.kind != WordKind::Equal
            || (is_space(&change) && !region.is_empty() && next_is_change);
        if in_region {
            region.push(change);
        } else {
            flush(&mut region, &mut out);
            out.push(change);
        }
    }
    flush(&mut region, &mut out);
    out
}

fn flush(region: &mut Vec<WordChange>, out: &mut Vec<WordChange>) {
    let deletes = region.iter().any(|c| c.kind == WordKind::Delete);
    let inserts = region.iter().any(|c| c.kind == WordKind::Insert);
    if deletes && inserts {
        let (mut old, mut new) = (String::new(), String::new());
        for c in region.drain(..) {
            match c.kind {
                WordKind::Delete => old.push_str(&c.text),
                WordKind::Insert => new.push_str(&c.text),
                WordKind::Equal => {
                    old.push_str(&c.text);
                    new.push_str(&c.text);
                }
            }
        }
        out.push(WordChange {
            kind: WordKind::Delete,
            text: old,
        });
        out.push(WordChange {
            kind: WordKind::Insert,
            text: new,
        });
    } else {
        out.append(region);
    }
}

/// The old text rebuilt from a word diff (`Equal` and `Delete` pieces).
pub fn old_text(changes: &[WordChange]) -> String {
    changes
        .iter()
        .filter(|c| c.kind != WordKind::Insert)
        .map(|c| c.text.as_str())
        .collect()
}

/// The new text rebuilt from a word diff (`Equal` and `Insert` pieces).
pub fn new_text(changes: &[WordChange]) -> String {
    changes
        .iter()
        .filter(|c| c.kind != WordKind::Delete)
        .map(|c| c.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(changes: &[WordChange]) -> String {
        changes
            .iter()
            .map(|c| match c.kind {
                WordKind::Equal => c.text.clone(),
                WordKind::Delete => format!("[-{}-]", c.text),
                WordKind::Insert => format!("{{+{}+}}", c.text),
            })
            .collect()
    }

    #[test]
    fn tokens_cover_the_text() {
        let text = "до 20 сентября 2019 года, «Точка роста»  —  100 %;";
        let t = tokens(text);
        assert_eq!(t.concat(), text);
        assert_eq!(&t[..4], ["до", " ", "20", " "]);
        assert!(t.contains(&"«") && t.contains(&"  "));
    }

    #[test]
    fn deadline_change_reads_as_one_replacement() {
        let changes = word_diff(
            "обеспечить охват до 1 октября 2024 года;",
            "обеспечить охват до 15 ноября 2024 года;",
        );
        assert_eq!(
            show(&changes),
            "обеспечить охват до [-1 октября-]{+15 ноября+} 2024 года;"
        );
    }

    #[test]
    fn insertion_and_deletion_only() {
        assert_eq!(
            show(&word_diff("провести семинар", "провести областной семинар")),
            "провести {+областной +}семинар"
        );
        assert_eq!(show(&word_diff("а б в", "а в")), "а [-б -]в");
        assert!(word_diff("", "").is_empty());
    }

    #[test]
    fn equal_texts_give_no_change() {
        assert_eq!(text_change("раз", "раз"), None);
        let change = text_change("раз", "два");
        assert_eq!(
            change.map(|c| (old_text(&c.words), new_text(&c.words))),
            Some(("раз".into(), "два".into()))
        );
    }
}
