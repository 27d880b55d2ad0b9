//! `export_text`: [`Document`] → plain text laid out like a traditional
//! resolution. The layout is the one `import_text` reads back to the same
//! model (modulo ids and source numbering).

use super::dates::find_date;
use super::header::PLACE_LABEL;
use super::marker::MAX_NUMBER_PARTS;
use crate::model::{Directive, Document, Header, Kind, Protocol, Section, Signatory};

/// How sections, directives and sub-items are numbered on export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum NumberingStyle {
    /// Sections `1.`, directives `1.1.`, items `1.1.1.`, their items
    /// `1.1.1.1.` and so on to six parts, then a bullet per depth.
    #[default]
    Decimal,
    /// Sections `1)`, directives `1.1)`, items `1.1.1)`, their items
    /// `1.1.1.1)` and so on to six parts, then a bullet per depth.
    DecimalParen,
    /// Sections `1.`, directives `а)`, `б)`, items `–`, their items `•`,
    /// then `◦`, `▪`, … (a different bullet per depth).
    Letters,
    /// Sections `1.`, directives `–`, items `•`, their items `◦`, then
    /// `▪`, `‣`, … (a different bullet per depth).
    Bullets,
}

/// Bullets for sub-items, one per depth, each different from the ones
/// above it so that the importer nests every depth under the one before.
/// Numbers deeper than the importer reads ([`MAX_NUMBER_PARTS`]) go on
/// with these too.
const ITEM_BULLETS: [char; 10] = ['–', '•', '◦', '▪', '‣', '●', '·', '*', '-', '—'];

impl NumberingStyle {
    pub const ALL: [NumberingStyle; 4] = [
        NumberingStyle::Decimal,
        NumberingStyle::DecimalParen,
        NumberingStyle::Letters,
        NumberingStyle::Bullets,
    ];

    fn section(self, n: usize) -> String {
        match self {
            NumberingStyle::DecimalParen => format!("{n})"),
            _ => format!("{n}."),
        }
    }

    fn directive(self, n: usize, m: usize) -> String {
        match self {
            NumberingStyle::Decimal => format!("{n}.{m}."),
            NumberingStyle::DecimalParen => format!("{n}.{m})"),
            NumberingStyle::Letters => format!("{})", letter(m)),
            NumberingStyle::Bullets => item_bullet(0),
        }
    }

    /// The marker of a sub-item at `path`: section, directive, then one
    /// number per depth (`[1, 2, 3]` is `1.2.3.` in [`NumberingStyle::Decimal`]).
    fn item(self, path: &[usize]) -> String {
        let parts = path.len();
        let numbers_fit = parts <= usize::from(MAX_NUMBER_PARTS);
        let past_numbers = parts.saturating_sub(usize::from(MAX_NUMBER_PARTS) + 1);
        match self {
            NumberingStyle::Decimal if numbers_fit => numbered(path, '.'),
            NumberingStyle::DecimalParen if numbers_fit => numbered(path, ')'),
            NumberingStyle::Decimal | NumberingStyle::DecimalParen => item_bullet(past_numbers),
            NumberingStyle::Letters => item_bullet(parts.saturating_sub(3)),
            NumberingStyle::Bullets => item_bullet(parts.saturating_sub(2)),
        }
    }
}

/// `[1, 2, 3]` → `1.2.3.` (`close` `.`) or `1.2.3)`.
fn numbered(path: &[usize], close: char) -> String {
    let mut out = String::new();
    for (i, n) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(&n.to_string());
    }
    out.push(close);
    out
}

/// The bullet for sub-items `depth` levels below the first bulleted
/// level; the last bullet repeats past the end of [`ITEM_BULLETS`].
fn item_bullet(depth: usize) -> String {
    let last = ITEM_BULLETS.len() - 1;
    ITEM_BULLETS
        .get(depth.min(last))
        .map(char::to_string)
        .unwrap_or_default()
}

/// Letters used for directives: Russian alphabet without ё, й, ъ, ы, ь.
const LETTERS: [char; 28] = [
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];

/// `1` → `а`, `28` → `я`, `29` → `аа`, …
fn letter(m: usize) -> String {
    let i = m.saturating_sub(1);
    let n = LETTERS.len();
    let mut out = String::new();
    if i >= n {
        out.push(LETTERS[(i / n - 1) % n]);
    }
    out.push(LETTERS[i % n]);
    out
}

/// Accumulates lines with single blank lines between blocks.
struct Writer {
    out: String,
    gap: bool,
}

impl Writer {
    fn line(&mut self, text: &str) {
        if self.gap && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.gap = false;
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn marked(&mut self, marker: &str, text: &str) {
        if self.gap && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.gap = false;
        self.out.push_str(marker);
        if !text.is_empty() {
            self.out.push(' ');
            self.out.push_str(text);
        }
        self.out.push('\n');
    }

    fn gap(&mut self) {
        self.gap = true;
    }

    fn para(&mut self, text: &str) {
        self.gap();
        self.line(text);
    }
}

/// Exports `doc` as plain text numbered in `style`.
pub fn export_text(doc: &Document, style: NumberingStyle) -> String {
    let mut w = Writer {
        out: String::with_capacity(estimate(doc)),
        gap: false,
    };
    header(&mut w, &doc.header);
    for p in &doc.preamble {
        w.para(&p.text);
    }
    if let Some(protocol) = &doc.protocol {
        protocol_parts(&mut w, protocol, style);
    }
    sections(&mut w, &doc.sections, style);
    signatories(&mut w, &doc.signatories);
    for line in &doc.unclassified {
        w.para(line);
    }
    w.out
}

fn estimate(doc: &Document) -> usize {
    let sections: usize = doc
        .all_sections()
        .map(|s| {
            s.addressee.len()
                + s.directives
                    .iter()
                    .map(|d| d.text.len() + 16)
                    .sum::<usize>()
        })
        .sum();
    let preamble: usize = doc.preamble.iter().map(|p| p.text.len() + 2).sum();
    sections + preamble + 1024
}

fn header(w: &mut Writer, h: &Header) {
    if !h.organization.is_empty() {
        w.line(&h.organization);
        w.gap();
    }
    if let Some(kind) = h.kind {
        let mut line = kind_caps(kind);
        if !h.number.is_empty() {
            line.push_str(" №");
            line.push_str(&h.number);
        }
        w.line(&line);
    }
    if !h.meeting.is_empty() {
        w.line(&h.meeting);
    }
    if !h.topic.is_empty() {
        w.line(&h.topic);
    }
    w.gap();
    let date_in_approval = find_date(&h.approval).is_some_and(|r| h.approval[r] == *h.adopted_on);
    let date_line = !h.adopted_on.is_empty() && !date_in_approval;
    if !h.place.is_empty() {
        if date_line {
            w.line(&h.place);
        } else {
            w.line(&format!("{PLACE_LABEL} {}", h.place));
        }
    }
    if date_line {
        w.line(&h.adopted_on);
    }
    if !h.approval.is_empty() {
        w.line(&h.approval);
    }
    w.gap();
}

fn kind_caps(kind: Kind) -> String {
    kind.title_ru().to_uppercase()
}

fn sections(w: &mut Writer, sections: &[Section], style: NumberingStyle) {
    for (i, s) in sections.iter().enumerate() {
        let n = i + 1;
        w.gap();
        if s.addressee.is_empty() {
            headless_section(w, s, n, style);
            continue;
        }
        let mut line = s.addressee.clone();
        if !s.lead.is_empty() {
            line.push(' ');
            line.push_str(&s.lead);
        }
        // An addressee typed with its colon (`Управлению …:`) gets no second one.
        if !line.ends_with(':') {
            line.push(':');
        }
        w.marked(&style.section(n), &line);
        for (j, d) in s.directives.iter().enumerate() {
            let marker = style.directive(n, j + 1);
            directive(w, d, &marker, true, style, &[n, j + 1]);
        }
    }
}

/// A section without an addressee (`1. Информацию … принять к сведению.`):
/// its first directive carries the section number.
fn headless_section(w: &mut Writer, s: &Section, n: usize, style: NumberingStyle) {
    for (j, d) in s.directives.iter().enumerate() {
        let marker = if j == 0 {
            style.section(n)
        } else {
            style.directive(n, j + 1)
        };
        directive(w, d, &marker, j > 0, style, &[n, j + 1]);
    }
}

/// A directive numbered `path` (section, directive) and its sub-items.
fn directive(
    w: &mut Writer,
    d: &Directive,
    marker: &str,
    may_drop_marker: bool,
    style: NumberingStyle,
    path: &[usize],
) {
    w.gap();
    if may_drop_marker && is_deadline_note(d) {
        w.line(&d.text);
    } else {
        w.marked(marker, &d.text);
    }
    items(w, &d.items, style, path);
}

/// Sub-items under the directive or item numbered `parent`, each followed
/// by its own, at every depth.
fn items(w: &mut Writer, list: &[Directive], style: NumberingStyle, parent: &[usize]) {
    let mut path = parent.to_vec();
    path.push(0);
    for (k, it) in list.iter().enumerate() {
        if let Some(last) = path.last_mut() {
            *last = k + 1;
        }
        w.gap();
        w.marked(&style.item(&path), &it.text);
        items(w, &it.items, style, &path);
    }
}

/// `Срок исполнения: постоянно` under the directives it applies to is
/// written without a number, as in the source.
fn is_deadline_note(d: &Directive) -> bool {
    d.items.is_empty() && d.text.starts_with("Срок исполнения") && !d.text.ends_with(':')
}

fn protocol_parts(w: &mut Writer, p: &Protocol, style: NumberingStyle) {
    w.gap();
    if !p.chair.is_empty() {
        w.line(&format!("Председатель – {}", p.chair));
    }
    if !p.secretary.is_empty() {
        w.line(&format!("Секретарь – {}", p.secretary));
    }
    if !p.attendees.is_empty() {
        w.para("Присутствовали:");
        for a in &p.attendees {
            w.para(a);
        }
    }
    if !p.agenda.is_empty() {
        w.para("ПОВЕСТКА");
        for (i, item) in p.agenda.iter().enumerate() {
            w.gap();
            w.marked(&format!("{}.", i + 1), &item.title);
            if !item.reporter.is_empty() {
                w.para(&format!("Докладчик: {}", item.reporter));
            }
        }
    }
    let last_with_content = p.agenda.iter().rposition(|a| {
        !a.heard.speaker.is_empty() || !a.heard.summary.is_empty() || !a.decided.is_empty()
    });
    let Some(last) = last_with_content else {
        return;
    };
    for (i, item) in p.agenda.iter().enumerate().take(last + 1) {
        let mut paragraphs = item.heard.summary.split('\n').filter(|s| !s.is_empty());
        let mut first = format!("{}. СЛУШАЛИ:", i + 1);
        if !item.heard.speaker.is_empty() {
            first.push(' ');
            first.push_str(&item.heard.speaker);
            if let Some(p) = paragraphs.next() {
                first.push_str(", ");
                first.push_str(p);
            }
        }
        w.para(&first);
        for p in paragraphs {
            w.para(p);
        }
        if !item.decided.is_empty() {
            w.para("РЕШИЛИ:");
            sections(w, &item.decided, style);
        }
    }
}

fn signatories(w: &mut Writer, sigs: &[Signatory]) {
    w.gap();
    for s in sigs {
        let line = match (s.role.is_empty(), s.name.is_empty()) {
            (false, false) => format!("{}: {}", s.role, s.name),
            (false, true) => format!("{}:", s.role),
            (true, _) => s.name.clone(),
        };
        if !line.is_empty() {
            w.line(&line);
        }
    }
}
