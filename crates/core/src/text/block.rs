//! Blocks: logical paragraphs made of one line, or of several lines when
//! a sentence was wrapped (even across a blank line). A block knows its
//! list marker and maps offsets in its text back to input bytes.

use std::borrow::Cow;
use std::ops::Range;

use super::labels::is_header_label;
use super::lines::Line;
use super::marker::{parse_marker, Marker};
use super::words::ends_terminal;

#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// First line (index into the line list).
    pub lo: usize,
    /// One past the last line.
    pub hi: usize,
    /// Bytes of the first line skipped before the marker (a label such as
    /// `СЛУШАЛИ:` handled by the caller).
    pub skip: usize,
    pub marker: Option<Marker>,
}

impl Block {
    fn head_len(&self) -> usize {
        self.skip + self.marker.as_ref().map_or(0, |m| m.len)
    }

    /// The block text without its marker; wrapped lines joined by a space.
    pub fn text<'a>(&self, lines: &[Line<'a>]) -> Cow<'a, str> {
        self.joined(lines, self.head_len())
    }

    /// The block text with its marker, as typed.
    pub fn raw<'a>(&self, lines: &[Line<'a>]) -> Cow<'a, str> {
        self.joined(lines, self.skip)
    }

    fn joined<'a>(&self, lines: &[Line<'a>], from: usize) -> Cow<'a, str> {
        let Some(first) = lines.get(self.lo) else {
            return Cow::Borrowed("");
        };
        let head = first.text.get(from..).unwrap_or_default();
        if self.hi <= self.lo + 1 {
            return Cow::Borrowed(head);
        }
        let rest = lines.get(self.lo + 1..self.hi).unwrap_or_default();
        let mut out = String::with_capacity(
            head.len() + rest.iter().map(|l| l.text.len() + 1).sum::<usize>(),
        );
        out.push_str(head);
        for line in rest {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line.text);
        }
        Cow::Owned(out)
    }

    /// Input byte range of `range` (offsets into [`Block::text`]), when it
    /// lies within one line.
    pub fn abs(&self, lines: &[Line<'_>], range: Range<usize>) -> Option<Range<usize>> {
        let mut offset = 0;
        for (n, line) in lines.get(self.lo..self.hi)?.iter().enumerate() {
            let from = if n == 0 { self.head_len() } else { 0 };
            let len = line.text.len().saturating_sub(from);
            if n > 0 && offset > 0 {
                offset += 1;
            }
            if range.start >= offset && range.end <= offset + len {
                let base = line.start + from;
                return Some(base + range.start - offset..base + range.end - offset);
            }
            offset += len;
        }
        None
    }

    /// The number of the marker as typed (see [`Marker::number`]).
    pub fn number(&self, lines: &[Line<'_>]) -> Option<String> {
        let number = self.marker.as_ref()?.number.clone()?;
        let text = lines.get(self.lo)?.text.get(self.skip..)?;
        text.get(number).map(str::to_owned)
    }

    /// Input byte range of the marker.
    pub fn marker_range(&self, lines: &[Line<'_>]) -> Option<Range<usize>> {
        let m = self.marker.as_ref()?;
        let line = lines.get(self.lo)?;
        let start = line.start + self.skip;
        Some(start..start + m.len)
    }

    /// The rest of this block after `n` more bytes of its first line's
    /// text (after the marker), with a marker parsed again.
    pub fn after(&self, lines: &[Line<'_>], n: usize) -> Block {
        let skip = self.head_len() + n;
        let text = lines
            .get(self.lo)
            .and_then(|l| l.text.get(skip..))
            .unwrap_or_default();
        let trimmed = text.trim_start();
        let skip = skip + (text.len() - trimmed.len());
        Block {
            lo: self.lo,
            hi: self.hi,
            skip,
            marker: parse_marker(trimmed),
        }
    }

    pub fn is_empty(&self, lines: &[Line<'_>]) -> bool {
        self.text(lines).trim().is_empty() && self.marker.is_none()
    }
}

/// Groups `lines[from..to]` into blocks, joining a line to the previous one
/// when the previous does not end a sentence (`.`, `;`, `:`, `!`, `?`, `…`)
/// and this one starts with a lower-case letter, has no marker and does not
/// open with a protocol label (`секретарь Петрова Б.Б.`, `присутствовали:`).
pub(crate) fn build_blocks(lines: &[Line<'_>], from: usize, to: usize) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for i in from..to {
        let Some(line) = lines.get(i) else {
            break;
        };
        let marker = parse_marker(line.text);
        if marker.is_none() {
            if let Some(last) = blocks.last_mut() {
                let prev = lines.get(i - 1).map_or("", |l| l.text);
                let lower = line.text.chars().next().is_some_and(char::is_lowercase);
                if last.hi == i && lower && !ends_terminal(prev) && !is_header_label(line.text) {
                    last.hi = i + 1;
                    continue;
                }
            }
        }
        blocks.push(Block {
            lo: i,
            hi: i + 1,
            skip: 0,
            marker,
        });
    }
    blocks
}
