//! Markdown export (CommonMark): the header block, preamble, numbered
//! sections and directives, protocol parts and signatures. User text is
//! escaped so that `*`, `_`, `[`, `#`, a leading `-` or `1.` and the like
//! print literally instead of turning into markup.

use crate::model::Document;

use super::layout::{layout, Block, HeaderPart};

/// The document as Markdown, lines ending with `\n`.
pub fn to_markdown(doc: &Document) -> String {
    let mut out = String::new();
    for block in layout(doc) {
        let text = match block {
            Block::Title(title) => format!("# {}", escape(&title)),
            Block::HeaderLine(part, text) => match part {
                HeaderPart::Organization | HeaderPart::Meeting | HeaderPart::Topic => {
                    format!("**{}**", escape(&text))
                }
                HeaderPart::DateAndPlace | HeaderPart::Approval => format!("*{}*", escape(&text)),
            },
            Block::Paragraph(text) => escape(&text),
            Block::Labelled { label, value } if value.is_empty() => {
                format!("**{}:**", escape(&label))
            }
            Block::Labelled { label, value } => {
                format!("**{}:** {}", escape(&label), escape(&value))
            }
            Block::Bullet(text) => format!("- {}", escape(&text)),
            Block::Heading(text) => format!("## {}", escape(&text)),
            Block::AgendaEntry {
                number,
                title,
                reporter,
            } => {
                let mut line = format!("{number}\\. {}", escape(&title));
                if !reporter.is_empty() {
                    line.push_str(&format!(" — *{}*", escape(&reporter)));
                }
                line
            }
            Block::Section { number, text, .. } => {
                format!("**{} {}**", numbered(&number), escape(&text))
            }
            Block::Directive { number, text, .. } => match number {
                Some(number) => format!("{} {}", numbered(&number), escape(&text)),
                None => format!("*{}*", escape(&text)),
            },
            Block::Signature { role, name } => format!("{} — {}", escape(&role), escape(&name)),
        };
        if text.trim().is_empty() {
            continue;
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    if out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// `2.1` → `2.1.`; a one-part number gets an escaped dot (`3\.`) so it does
/// not start an ordered list that Markdown would renumber.
fn numbered(number: &str) -> String {
    if number.contains('.') {
        format!("{number}.")
    } else {
        format!("{number}\\.")
    }
}

/// Escapes Markdown syntax in user text. Inline markup characters are
/// escaped everywhere; block markers (`#`, `-`, `+`, `>`, `=`, `1.`,
/// `1)`) only where they would start a line. Line breaks inside the text
/// are kept as soft breaks.
pub(crate) fn escape(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(|l| escape_line(l.trim())).collect();
    lines.join("\n")
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    let first = out.chars().next();
    if matches!(first, Some('-' | '+' | '=')) {
        out.insert(0, '\\');
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        if let Some('.' | ')') = out.chars().nth(digits) {
            // Digits are one byte each, so `digits` is a byte offset.
            out.insert(digits, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_inline_and_block_markup() {
        assert_eq!(escape("*важно* и _срочно_"), "\\*важно\\* и \\_срочно\\_");
        assert_eq!(escape("# не заголовок"), "\\# не заголовок");
        assert_eq!(escape("- не список"), "\\- не список");
        assert_eq!(escape("1. не список"), "1\\. не список");
        assert_eq!(escape("2019) год"), "2019\\) год");
        assert_eq!(escape("ссылка [1]"), "ссылка \\[1\\]");
        assert_eq!(escape("в 2019-2024 годах"), "в 2019-2024 годах");
    }
}
