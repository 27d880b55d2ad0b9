//! Word (.docx) export via `docx-rs`.
//!
//! Layout: A4 with 30/15/20/20 mm margins (left/right/top/bottom, the usual
//! Russian office layout), Times New Roman 14 pt, justified paragraphs with
//! a 1.25 cm first-line indent. The kind is a `Heading 1` paragraph, agenda
//! headings and `ПОВЕСТКА` are `Heading 2`. Sections and directives use real
//! Word numbering (a multilevel list `1.`, `1.1.`, `1.1.1.`; one list per
//! РЕШИЛИ of an agenda item, so each restarts at 1), so renumbering in Word
//! keeps working; agenda entries carry explicit numbers.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Start, Style, StyleType, Tab, TabValueType,
};

use crate::model::Document;

use super::layout::{layout, Block, HeaderPart};
use super::ExportError;

/// A4 in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN_LEFT: i32 = 1_701; // 30 mm
const MARGIN_RIGHT: i32 = 850; // 15 mm
const MARGIN_TOP: i32 = 1_134; // 20 mm
const MARGIN_BOTTOM: i32 = 1_134; // 20 mm
/// 1.25 cm paragraph indent.
const FIRST_LINE: i32 = 709;
/// Font size in half-points: 14 pt.
const FONT_SIZE: usize = 28;
const FONT: &str = "Times New Roman";
/// Deepest numbering level defined (`1.1.1.1.1.`).
const LEVELS: usize = 5;

/// The document as a .docx package.
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let blocks = layout(doc);
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT),
        )
        .default_fonts(fonts())
        .default_size(FONT_SIZE)
        .add_style(heading_style("Heading1", "heading 1", 0))
        .add_style(heading_style("Heading2", "heading 2", 1));
    let mut lists: Vec<usize> = Vec::new();
    for block in &blocks {
        if let Block::Section { list, .. } | Block::Directive { list, .. } = block {
            if !lists.contains(list) {
                lists.push(*list);
            }
        }
    }
    for &list in &lists {
        let id = numbering_id(list);
        docx = docx
            .add_abstract_numbering(multilevel(id))
            .add_numbering(Numbering::new(id, id));
    }
    for block in blocks {
        docx = docx.add_paragraph(paragraph(block));
    }
    let mut buffer = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut buffer)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(buffer.into_inner())
}

/// Word numbering id of a list. `docx-rs` always writes a default list
/// with id 1, so ours start at 2.
fn numbering_id(list: usize) -> usize {
    list + 2
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

fn heading_style(id: &str, name: &str, outline: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .bold()
        .size(FONT_SIZE)
        .fonts(fonts())
        .color("000000")
        .align(AlignmentType::Center)
        .outline_lvl(outline)
        .line_spacing(LineSpacing::new().before(240).after(120))
}

/// `1.`, `1.1.`, `1.1.1.` … with the number inline at the first-line
/// indent, as in Russian office documents, followed by a tab (Word's
/// default). A space suffix would look tighter, but `docx-rs` writes
/// `w:suff` after `w:rPr`, against the schema's element order.
fn multilevel(id: usize) -> AbstractNumbering {
    let mut numbering = AbstractNumbering::new(id);
    for level in 0..LEVELS {
        let text: String = (1..=level + 1).map(|n| format!("%{n}.")).collect();
        numbering = numbering.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("decimal"),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(0),
                Some(SpecialIndentType::FirstLine(FIRST_LINE)),
                None,
                None,
            ),
        );
    }
    numbering
}

fn body() -> Paragraph {
    Paragraph::new().align(AlignmentType::Both).indent(
        Some(0),
        Some(SpecialIndentType::FirstLine(FIRST_LINE)),
        None,
        None,
    )
}

fn centered() -> Paragraph {
    Paragraph::new().align(AlignmentType::Center)
}

fn paragraph(block: Block) -> Paragraph {
    match block {
        Block::Title(title) => Paragraph::new()
            .style("Heading1")
            .add_run(text_run(&title.to_uppercase())),
        Block::HeaderLine(part, text) => match part {
            HeaderPart::Organization | HeaderPart::Meeting | HeaderPart::Topic => {
                centered().add_run(text_run(&text).bold())
            }
            HeaderPart::DateAndPlace => centered().add_run(text_run(&text)),
            HeaderPart::Approval => centered().add_run(text_run(&text).italic()),
        },
        Block::Paragraph(text) => body().add_run(text_run(&text)),
        Block::Labelled { label, value } => {
            let p = body().add_run(text_run(&format!("{label}:")).bold());
            if value.is_empty() {
                p
            } else {
                p.add_run(text_run(&format!(" {value}")))
            }
        }
        Block::Bullet(text) => body().add_run(text_run(&format!("– {text}"))),
        Block::Heading(text) => Paragraph::new().style("Heading2").add_run(text_run(&text)),
        Block::AgendaEntry {
            number,
            title,
            reporter,
        } => {
            let p = body().add_run(text_run(&format!("{number}. {title}")));
            if reporter.is_empty() {
                p
            } else {
                p.add_run(text_run(&format!(" ({reporter})")).italic())
            }
        }
        Block::Section { list, text, .. } => body()
            .keep_next(true)
            .numbering(NumberingId::new(numbering_id(list)), IndentLevel::new(0))
            .add_run(text_run(&text)),
        Block::Directive {
            list, level, text, ..
        } => match level {
            Some(level) => body()
                .numbering(
                    NumberingId::new(numbering_id(list)),
                    IndentLevel::new(level.min(LEVELS - 1)),
                )
                .add_run(text_run(&text)),
            None => body().add_run(text_run(&text).italic()),
        },
        Block::Signature { role, name } => Paragraph::new()
            .add_tab(Tab::new().val(TabValueType::Right).pos(text_width()))
            .line_spacing(LineSpacing::new().before(240))
            .add_run(text_run(&role).add_tab().add_text(clean(&name))),
    }
}

fn text_width() -> usize {
    let width = PAGE_WIDTH as i32 - MARGIN_LEFT - MARGIN_RIGHT;
    usize::try_from(width).unwrap_or_default()
}

/// A run holding `text`, with line breaks for `\n`.
fn text_run(text: &str) -> Run {
    let mut run = Run::new();
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            run = run.add_break(docx_rs::BreakType::TextWrapping);
        }
        run = run.add_text(clean(line));
    }
    run
}

/// Drops characters XML 1.0 cannot carry (control characters other than
/// tab, U+FFFE, U+FFFF).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| (c >= ' ' || c == '\t') && c != '\u{fffe}' && c != '\u{ffff}')
        .collect()
}
