//! Splitting pasted text into trimmed lines that remember where they came
//! from (input line number and byte offset), with markdown bold markers
//! (`**`) removed from both ends and run-together bullets split apart.

use std::ops::Range;

use super::marker::is_bullet;

/// One non-blank piece of an input line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Input line number, 0-based.
    pub idx: usize,
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// Trimmed text without surrounding `**`.
    pub text: &'a str,
    /// A blank line (or the start of the input) comes right before.
    pub blank_before: bool,
}

/// The result of [`split_lines`].
pub(crate) struct Split<'a> {
    pub lines: Vec<Line<'a>>,
    /// Number of input lines.
    pub count: usize,
    /// Input lines that held nothing but `**` markers.
    pub markup_only: Vec<usize>,
}

/// The non-blank lines of `input`. Byte ranges of the removed `**`
/// markers are appended to `consumed`.
pub(crate) fn split_lines<'a>(input: &'a str, consumed: &mut Vec<Range<usize>>) -> Split<'a> {
    let mut lines = Vec::new();
    let mut markup_only = Vec::new();
    let mut offset = 0;
    let mut count = 0;
    let mut blank_before = true;
    for raw in input.split('\n') {
        let start = offset;
        offset += raw.len() + 1;
        let (text, text_start) = clean(raw, start, consumed);
        if text.is_empty() {
            if !raw.trim().is_empty() {
                markup_only.push(count);
            }
            blank_before = true;
        } else {
            push_pieces(&mut lines, count, text, text_start, blank_before);
            blank_before = false;
        }
        count += 1;
    }
    Split {
        lines,
        count,
        markup_only,
    }
}

/// Byte order mark, left at the start of text saved by some editors.
const BOM: char = '\u{feff}';

/// Trims whitespace, a byte order mark and `**` from both ends, recording
/// the removed marks.
fn clean<'a>(raw: &'a str, start: usize, consumed: &mut Vec<Range<usize>>) -> (&'a str, usize) {
    let mut lo = raw.len() - raw.trim_start().len();
    if raw[lo..].starts_with(BOM) {
        consumed.push(start + lo..start + lo + BOM.len_utf8());
        lo = raw.len() - raw[lo + BOM.len_utf8()..].trim_start().len();
    }
    let mut hi = raw.trim_end().len().max(lo);
    loop {
        let text = &raw[lo..hi];
        if let Some(rest) = text.strip_prefix("**") {
            consumed.push(start + lo..start + lo + 2);
            lo = hi - rest.trim_start().len();
        } else if text.len() >= 2 && text.ends_with("**") {
            consumed.push(start + hi - 2..start + hi);
            hi = lo + text[..text.len() - 2].trim_end().len();
        } else {
            return (text, start + lo);
        }
    }
}

/// Pushes `text` as one line, or as several when it is a bullet line with
/// further bullets run into it (`…организации;- систематическое…`).
fn push_pieces<'a>(
    lines: &mut Vec<Line<'a>>,
    idx: usize,
    text: &'a str,
    start: usize,
    blank_before: bool,
) {
    let starts_with_bullet = text.chars().next().is_some_and(is_bullet);
    let mut piece_start = 0;
    if starts_with_bullet {
        let bytes = text.as_bytes();
        let mut i = 0;
        // From one `;` to the next (a fast byte search).
        while let Some(found) = text.get(i..).and_then(|rest| rest.find(';')) {
            i += found;
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                j += 1;
            }
            let mut chars = text[j..].chars();
            let bullet_then_space = chars.next().is_some_and(is_bullet)
                && chars.next().is_some_and(char::is_whitespace);
            if bullet_then_space && j > piece_start {
                lines.push(Line {
                    idx,
                    start: start + piece_start,
                    text: &text[piece_start..=i],
                    blank_before: blank_before && piece_start == 0,
                });
                piece_start = j;
                i = j;
                continue;
            }
            i += 1;
        }
    }
    lines.push(Line {
        idx,
        start: start + piece_start,
        text: &text[piece_start..],
        blank_before: blank_before && piece_start == 0,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bold_and_keeps_offsets() {
        let input = "**РЕШЕНИЕ**  \n\n  **совещания**\r\n";
        let mut consumed = Vec::new();
        let Split { lines, count, .. } = split_lines(input, &mut consumed);
        assert_eq!(count, 4);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "РЕШЕНИЕ");
        assert_eq!(
            &input[lines[0].start..lines[0].start + lines[0].text.len()],
            "РЕШЕНИЕ"
        );
        assert_eq!(lines[1].text, "совещания");
        assert!(lines[1].blank_before);
        assert_eq!(lines[1].idx, 2);
        assert_eq!(consumed.len(), 4);
        assert!(consumed.iter().all(|r| &input[r.clone()] == "**"));
    }

    #[test]
    fn drops_byte_order_mark() {
        let mut consumed = Vec::new();
        let lines = split_lines("\u{feff}РЕЗОЛЮЦИЯ", &mut consumed).lines;
        assert_eq!(lines[0].text, "РЕЗОЛЮЦИЯ");
        assert_eq!(consumed, vec![std::ops::Range { start: 0, end: 3 }]);
    }

    #[test]
    fn splits_run_in_bullets() {
        let input = "- первое;- второе; - третье;-четвёртое";
        let mut consumed = Vec::new();
        let lines = split_lines(input, &mut consumed).lines;
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["- первое;", "- второе;", "- третье;-четвёртое"]);
        assert!(lines.iter().all(|l| l.idx == 0));
    }
}
