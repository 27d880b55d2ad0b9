//! Plain-text rendering of a [`DocumentDiff`] for the command line and
//! tests. Changed text is shown git-style: `[-deleted-]{+inserted+}`.
//!
//! Line markers: `+` added, `-` removed, `~` changed (possibly also moved),
//! `↕` moved only. Positions are 1-based as printed in the document.

use std::fmt::Write;

use crate::locale::Locale;

use super::labels;
use super::types::{
    AgendaDetails, AgendaPlace, Change, Counts, DirectivePlace, DocumentDiff, LinePlace, MatchMode,
    Move, ParagraphPlace, Presence, SectionContent, SectionDetails, SectionPlace, SignatoryDetails,
    TextChange, TextDetails, WordChange, WordKind,
};

/// A human-readable report of `diff` in `locale`.
pub fn render_text(diff: &DocumentDiff, locale: Locale) -> String {
    let r = Renderer {
        l: locale,
        out: String::new(),
    };
    r.document(diff)
}

/// `name: words` for each changed field of a node, in the given order.
fn field_lines<const N: usize>(fields: [(&Option<TextChange>, &str); N]) -> Vec<String> {
    fields
        .into_iter()
        .filter_map(|(t, name)| Some(format!("{name}: {}", render_words(&t.as_ref()?.words))))
        .collect()
}

/// The git-style inline form of a word diff: `до [-1-]{+15+} октября`.
pub fn render_words(words: &[WordChange]) -> String {
    let mut out = String::new();
    for w in words {
        match w.kind {
            WordKind::Equal => out.push_str(&w.text),
            WordKind::Delete => {
                out.push_str("[-");
                out.push_str(&w.text);
                out.push_str("-]");
            }
            WordKind::Insert => {
                out.push_str("{+");
                out.push_str(&w.text);
                out.push_str("+}");
            }
        }
    }
    out
}

struct Renderer {
    l: Locale,
    out: String,
}

impl Renderer {
    fn t(&self, ru: &'static str, en: &'static str) -> &'static str {
        labels::t(self.l, ru, en)
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn document(mut self, d: &DocumentDiff) -> String {
        let mode = match d.matching {
            MatchMode::Ids => self.t("по идентификаторам", "by ids"),
            MatchMode::Content => self.t(
                "по содержанию (идентификаторы не соответствуют)",
                "by content (ids do not correspond)",
            ),
        };
        let matching = format!("{}: {mode}", self.t("Сопоставление", "Matching"));
        self.line(0, &matching);
        if d.is_empty() {
            let none = self.t("Различий нет.", "No differences.");
            self.line(0, none);
            return self.out;
        }
        let total = self.counts(d.summary.total);
        self.line(0, &total);

        if !d.header.is_empty() {
            self.line(0, self.t("Шапка", "Header"));
            for f in &d.header {
                let name = labels::header_field(self.l, f.field);
                let text = format!("~ {name}: «{}» → «{}»", f.old, f.new);
                self.line(1, &text);
            }
        }
        if !d.preamble.is_empty() {
            self.line(0, self.t("Преамбула", "Preamble"));
            for c in &d.preamble {
                self.text_change(
                    c,
                    |r, p: &ParagraphPlace| labels::paragraph(r.l, p),
                    |s: &String| s.clone(),
                );
            }
        }
        self.protocol(d);
        if !d.sections.is_empty() {
            self.line(0, self.t("Разделы", "Sections"));
            for c in &d.sections {
                self.section(c);
            }
        }
        if !d.directives.is_empty() {
            self.line(0, self.t("Поручения", "Directives"));
            for c in &d.directives {
                self.text_change(
                    c,
                    |r, p: &DirectivePlace| labels::directive(r.l, p),
                    |s: &String| s.clone(),
                );
            }
        }
        if !d.signatories.is_empty() {
            self.line(0, self.t("Подписи", "Signatures"));
            for c in &d.signatories {
                self.change(
                    c,
                    |r, p: &LinePlace| labels::signature(r.l, p.index),
                    |_, s| format!("«{} {}»", s.role, s.name),
                    |r, details: &SignatoryDetails| {
                        field_lines([
                            (&details.role, r.t("должность", "role")),
                            (&details.name, r.t("имя", "name")),
                        ])
                    },
                );
            }
        }
        if !d.unclassified.is_empty() {
            self.line(0, self.t("Нераспознанные строки", "Unclassified lines"));
            for c in &d.unclassified {
                self.text_change(
                    c,
                    |r, p: &LinePlace| labels::unclassified_line(r.l, p.index),
                    |s: &String| s.clone(),
                );
            }
        }
        self.out
    }

    fn protocol(&mut self, d: &DocumentDiff) {
        let p = &d.protocol;
        if d.summary.protocol.is_empty() {
            return;
        }
        self.line(0, self.t("Протокол", "Minutes"));
        match p.presence {
            Some(Presence::Added) => self.line(1, self.t("+ протокольная часть", "+ minutes part")),
            Some(Presence::Removed) => {
                self.line(1, self.t("- протокольная часть", "- minutes part"))
            }
            None => {}
        }
        let people = [
            (&p.chair, self.t("председатель", "chair")),
            (&p.secretary, self.t("секретарь", "secretary")),
        ];
        for (change, name) in people {
            if let Some(t) = change {
                let text = format!("~ {name}: {}", render_words(&t.words));
                self.line(1, &text);
            }
        }
        for c in &p.attendees {
            self.text_change(
                c,
                |r, p: &LinePlace| labels::attendee(r.l, p.index),
                |s: &String| s.clone(),
            );
        }
        for c in &p.agenda {
            self.change(
                c,
                |r, p: &AgendaPlace| labels::agenda_item(r.l, p.index),
                |_, s: &String| format!("«{s}»"),
                |r, details: &AgendaDetails| {
                    field_lines([
                        (&details.title, r.t("название", "title")),
                        (&details.reporter, r.t("докладчик", "reporter")),
                        (&details.speaker, r.t("СЛУШАЛИ", "HEARD")),
                        (&details.summary, r.t("содержание", "summary")),
                    ])
                },
            );
        }
    }

    fn section(&mut self, c: &Change<SectionPlace, SectionContent, SectionDetails>) {
        self.change(
            c,
            |r, p: &SectionPlace| labels::section(r.l, p),
            |r, s: &SectionContent| {
                let lead = if s.lead.is_empty() {
                    String::new()
                } else {
                    format!(" {}", s.lead)
                };
                format!(
                    "«{}{lead}» ({}: {})",
                    s.addressee,
                    r.t("поручений", "directives"),
                    s.directives
                )
            },
            |r, details: &SectionDetails| {
                field_lines([
                    (&details.addressee, r.t("адресат", "addressee")),
                    (&details.lead, r.t("вводные слова", "lead")),
                ])
            },
        );
    }

    fn text_change<P, C>(
        &mut self,
        c: &Change<P, C, TextDetails>,
        label: impl Fn(&Self, &P) -> String,
        content: impl Fn(&C) -> String,
    ) {
        self.change(
            c,
            label,
            |_, s| format!("«{}»", content(s)),
            |_, d: &TextDetails| {
                d.text
                    .iter()
                    .map(|t: &TextChange| render_words(&t.words))
                    .collect()
            },
        );
    }

    /// One change: a marker line, then detail lines indented.
    fn change<P, C, D>(
        &mut self,
        c: &Change<P, C, D>,
        label: impl Fn(&Self, &P) -> String,
        content: impl Fn(&Self, &C) -> String,
        details: impl Fn(&Self, &D) -> Vec<String>,
    ) {
        match c {
            Change::Added { new, content: body } => {
                let text = format!("+ {}: {}", label(self, new), content(self, body));
                self.line(1, &text);
            }
            Change::Removed { old, content: body } => {
                let text = format!("- {}: {}", label(self, old), content(self, body));
                self.line(1, &text);
            }
            Change::Modified {
                old,
                new,
                moved,
                details: d,
            } => {
                let lines = details(self, d);
                let marker = if lines.is_empty() { "↕" } else { "~" };
                let (from, to) = (label(self, old), label(self, new));
                let mut head = format!("{marker} {from}");
                match moved {
                    Some(m) => {
                        let note = match m {
                            Move::Reordered => self.t("перемещено", "moved"),
                            Move::Relocated => {
                                self.t("перенесено в другое место", "moved elsewhere")
                            }
                        };
                        let _ = write!(head, " → {to} ({note})");
                    }
                    None if from != to => {
                        let _ = write!(head, " ({} {to})", self.t("теперь", "now"));
                    }
                    None => {}
                }
                match lines.as_slice() {
                    [] => self.line(1, &head),
                    [only] => {
                        let text = format!("{head}: {only}");
                        self.line(1, &text);
                    }
                    many => {
                        self.line(1, &head);
                        for l in many {
                            self.line(2, l);
                        }
                    }
                }
            }
        }
    }

    fn counts(&self, c: Counts) -> String {
        match self.l {
            Locale::Ru => format!(
                "Итого: добавлено {}, удалено {}, перемещено {}, изменено {}",
                c.added, c.removed, c.moved, c.changed
            ),
            Locale::En => format!(
                "Total: added {}, removed {}, moved {}, changed {}",
                c.added, c.removed, c.moved, c.changed
            ),
        }
    }
}
