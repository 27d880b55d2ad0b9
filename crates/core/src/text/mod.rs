//! Plain-text import (pasted resolutions) and export.
//!
//! # Import
//!
//! [`import_text`] never fails and never drops text: every non-blank input
//! line lands in a header field, a preamble paragraph, a section, a
//! directive, a protocol part, a signatory or `Document::unclassified`
//! ([`import_text_report`] tells which, line by line, and lists the input
//! ranges consumed as structure). It runs in one linear pass over the lines.
//!
//! Heuristics, in reading order:
//!
//! * **Lines.** Whitespace and markdown `**` are trimmed from both ends. A
//!   bullet line with another bullet run into it (`…;- систематическое…`) is
//!   split in two. List markers: `1.`, `1.1.`, `1)`, `1.1)`, `а)`, bullets
//!   `-`, `–`, `—`, `·`, `•`, `*` followed by a space (dashes and dots also
//!   glued to a word, `-обеспечить`), and a bullet before a number
//!   (` - 1.1.`, the number wins). A bullet alone on a line is an empty
//!   item, as a bare number (`1.6.`) is.
//! * **Wrapped sentences.** A line is joined to the previous one (with a
//!   space, even across blank lines) when the previous does not end with
//!   `.`, `;`, `:`, `!`, `?`, `…` and this one starts with a lower-case
//!   letter, has no list marker and does not open with a chair, secretary
//!   or attendees label (`секретарь Петрова Б.Б.`, `присутствовали:`).
//! * **Header.** The kind line (`РЕШЕНИЕ`, `Резолюция`, `Протокол №4`,
//!   `Перечень поручений`, `Постановление`, any case) must be among the
//!   first seven lines; short lines above it are the organisation. After it:
//!   meeting lines (short, no sentence end), a «topic» (up to the line where
//!   the quotes balance), a date on its own line (also `от 30.08.2019`,
//!   `от` consumed, or beside the place after a wide gap:
//!   `25.02.2022        г. Чаплыгин`), an approval line
//!   (`Одобрена …`, `Принято …`, `Утверждено …`), and the place — a line
//!   starting with `г. `/`с. `/`пос. `, a `Место проведения:` line, or a
//!   short line after a blank line right above the date line.
//! * **Adoption date.** A date line wins; otherwise the date inside the
//!   approval line is copied; otherwise the first date *in parentheses* in
//!   the first three preamble paragraphs (`(13 февраля 2020 г.)`, the day of
//!   the meeting) is copied. Other dates in the preamble (`Указ … от
//!   07.05.2018 г.`) are never taken. See [`DateSource`].
//! * **Preamble.** Everything up to the first directive section, verbatim
//!   (list markers kept). Bulleted lines after a narrative lead such as
//!   `отметили участие в … по:` are preamble: a section starts only at an
//!   addressee line, at a numbered line opening with an infinitive
//!   (`1. Принять к сведению …`) or with an addressee in line with its
//!   directive (`1. Руководителям ОО обеспечить …`), or right after a
//!   preamble paragraph that
//!   ends with a decision lead (`… решили:`, `… РЕКОМЕНДУЕТ:`,
//!   `… постановляет:`, `… решили следующее:`); in the last case lines
//!   that are not addressees form a section without addressee. A section
//!   numbered `N.` (N > 1) takes the numbered list `1.` … `N-1.` right
//!   before it along: `1. Информацию … принять к сведению.` followed by
//!   `2. Руководителям ОО:` is a section without addressee, then one with.
//! * **Addressee.** A line ending with `:` whose first word is a
//!   capitalised dative (`Управлению`, `Руководителям`, `Образовательным`,
//!   `Администрации`, `Директору`, `Главе`) or an acronym (`МКУ`, `ОО`);
//!   optionally numbered (`1.`, kept in `source_number`). Trailing
//!   infinitives become the run-in lead: `Руководителям ОО обеспечить:` →
//!   addressee `Руководителям ОО`, lead `обеспечить`. A deadline in the
//!   line goes to the lead too, with a `в срок` before it:
//!   `Руководителям ОО в срок до 1 марта 2025 года:` → lead `в срок до 1
//!   марта 2025 года`, which covers the section. On a top-level numbered
//!   line the addressee may be in lower case (`2. руководителям ДОО:`) when
//!   its head is unmistakably dative (see below). The colon is consumed.
//!   A top-level numbered line without a colon whose head is unmistakably
//!   dative (a plural such as `Руководителям`, an acronym, or `Управлению`,
//!   `Отделу`, `Директору` …, but not `Информацию` or `Работу`) and whose
//!   lower-case infinitive follows within 16 words is an addressee in line
//!   with its directive: `2. Управлению образования организовать
//!   мониторинг.` → addressee `Управлению образования`, directive
//!   `организовать мониторинг.` One level down (`1.1.`, as protocols number
//!   their decisions) the same holds where no addressee line is above.
//! * **Directives.** Numbered, lettered, bulleted or plain lines after an
//!   addressee. A directive ending with `:` opens a sub-lead; following
//!   lines whose marker is subordinate (bullets or letters under a plain or
//!   numbered lead, deeper numbers under a numbered lead, another bullet
//!   under a bullet) become its `items`. An item ending with `:` opens a
//!   sub-lead in turn, so items nest to any depth; a line goes to the
//!   deepest open lead whose items share its marker, or else under the
//!   deepest lead it is subordinate to. A top-level number (`2.`) whose
//!   text starts with a capital, after a numbered section, opens a section
//!   without addressee (`1. Информацию … принять к сведению.`).
//! * **Protocol** (kind `Протокол`, or labels `СЛУШАЛИ`, `ПОВЕСТКА`,
//!   `Присутствовали`): `Председатель –`, `Секретарь –` (any case, with
//!   `:`, a dash, or directly followed by a name: `Секретарь Петрова Б.Б.`),
//!   attendees until
//!   ПОВЕСТКА, numbered agenda items each followed by a reporter line (an
//!   unnumbered agenda opens an item at `О …`/`Об …` or after a reporter; a
//!   `Докладчик:` label, with `:`, a dash or none before a name, is
//!   consumed, and one inside the item's line splits the reporter off the
//!   title: `1. Об итогах ГИА. Докладчик: Сидоров В.В.`), then
//!   the k-th `СЛУШАЛИ:` fills the k-th agenda item: a leading person name
//!   is the speaker, the rest (many paragraphs, joined by `\n`) the summary;
//!   `РЕШИЛИ:` collects directive sections. The model has no field for
//!   absentees: `Отсутствовали:` and the lines after it (up to the next
//!   label) stay preamble paragraphs, as typed, never attendees.
//!   `Приглашённые:` lines are kept among the attendees with their label
//!   (invited people are present). A voting record in `РЕШИЛИ`
//!   (`Голосовали: «за» – 12 …` and the `«против» – 0` lines right after
//!   it) is no directive: it is a paragraph of the item's hearing summary. A `Срок исполнения: постоянно`
//!   line stays an unnumbered directive of its section, right after the
//!   directives it applies to, so the text round-trips and extraction sees
//!   it.
//! * **Signatures.** Trailing lines that are role lines (`Председатель:`,
//!   `Секретарь: Душакова И.В.`, `Глава района ____ И.И. Иванов`) or bare
//!   names; names after role-only lines are paired with them in order.
//!
//! # Export
//!
//! [`export_text`] writes the kind in capitals, the meeting, «topic», place
//! and date, the approval, the preamble, numbered sections with their
//! addressee line ending in a colon and directives numbered per
//! [`NumberingStyle`], the protocol layout (reporters as `Докладчик: …`)
//! and signatures.
//! `import_text(&export_text(&doc, style))` gives back `doc` modulo ids and
//! `source_number` (compare with [`normalized`]) for documents the importer
//! can produce. Sub-items are written at every depth: numbered while the
//! importer reads the number (six parts, `1.1.1.1.1.1.`), then with a
//! different bullet per depth. Not round-tripped: `unclassified` lines,
//! header fields without a kind, a directive or item with items whose text
//! does not end with a colon, nesting deeper than the bullets go (its text
//! is kept, one level up), a first section without addressee that neither
//! follows a decision lead nor leads up to a section the importer starts
//! (it reads back as a numbered preamble paragraph), and texts holding
//! line breaks (other than hearing summaries).

mod audit;
mod block;
mod ctx;
mod dates;
mod export;
mod header;
mod import;
mod labels;
mod lines;
mod marker;
mod normalize;
mod outline;
mod protocol;
mod sections;
mod signatures;
mod words;

pub use audit::{audit, model_texts, Audit};
pub use ctx::LinePlace;
pub use dates::find_date;
pub use export::{export_text, NumberingStyle};
pub use import::{import_text, import_text_report, DateSource, ImportReport};
pub use marker::BULLETS;
pub use normalize::normalized;
pub use outline::outline;
