//! The incremental path (`Validator::update`) must give exactly what a full
//! `validate` gives, after every kind of edit, while re-analysing only the
//! changed text.

use resolution_core::date::CivilDate;
use resolution_core::validate::{validate, RuleCode, ValidateOptions, Validator};
use resolution_core::{Directive, DirectiveId, Document, Header, Kind, Section, SectionId};

const ADDRESSEES: [&str; 5] = [
    "Руководителям образовательных организаций",
    "Управлению образования",
    "Методистам информационно-методического центра",
    "Руководителям дошкольных образовательных организаций",
    "Специалистам комитета по образованию",
];

const VERBS: [&str; 8] = [
    "обеспечить",
    "организовать",
    "провести",
    "продолжить",
    "разработать",
    "усилить",
    "проанализировать",
    "внедрить",
];

const OBJECTS: [&str; 8] = [
    "работу по повышению качества образования в школе №",
    "мониторинг охвата детей дополнительным образованием в районе №",
    "семинар для молодых педагогов по теме наставничества, поток",
    "контроль за организацией питания обучающихся в корпусе",
    "дорожную карту по поддержке школ с низкими результатами, этап",
    "участие обучающихся в региональных олимпиадах, группа",
    "профилактическую работу по безопасности дорожного движения, участок",
    "цифровую образовательную среду в классе",
];

const DEADLINES: [&str; 6] = [
    " до 1 октября 2020 года",
    "",
    " в течение 2020/2021 учебного года",
    " постоянно",
    "",
    " к концу 2021 года до 75 %",
];

/// A realistic decision with `sections` × `per_section` directives, a few
/// of them with sub-items, one exact duplicate pair and one near-duplicate.
fn big_document(sections: usize, per_section: usize) -> Document {
    let mut doc = Document {
        header: Header {
            kind: Some(Kind::Decision),
            meeting: "августовского совещания работников образования".into(),
            topic: "Национальный проект «Образование»: задачи на 2020/2021 учебный год".into(),
            adopted_on: "28 августа 2020 года".into(),
            ..Header::default()
        },
        ..Document::default()
    };
    let mut n = 0usize;
    for s in 0..sections {
        let id = SectionId(doc.alloc());
        let mut directives = Vec::new();
        for d in 0..per_section {
            n += 1;
            let text = format!(
                "{} {} {}{};",
                VERBS[n % VERBS.len()],
                OBJECTS[(n / VERBS.len()) % OBJECTS.len()],
                n,
                DEADLINES[n % DEADLINES.len()]
            );
            let mut directive = Directive {
                id: DirectiveId(doc.alloc()),
                text,
                items: Vec::new(),
                source_number: Some(format!("{}.{}.", s + 1, d + 1)),
            };
            if d == 3 {
                directive.text = "принять меры по обеспечению:".into();
                for k in 0..3 {
                    directive.items.push(Directive {
                        id: DirectiveId(doc.alloc()),
                        text: format!("доступности дополнительного образования в округе {s}-{k};"),
                        items: Vec::new(),
                        source_number: None,
                    });
                }
            }
            directives.push(directive);
        }
        doc.sections.push(Section {
            id,
            addressee: format!("{} района {}:", ADDRESSEES[s % ADDRESSEES.len()], s),
            lead: String::new(),
            directives,
            source_number: Some(format!("{}.", s + 1)),
        });
    }
    let copy = "продолжить работу по повышению охвата услугами дошкольного образования детей в возрасте от 2 месяцев до 3 лет;";
    if let Some(first) = doc
        .sections
        .first_mut()
        .and_then(|s| s.directives.first_mut())
    {
        first.text = copy.into();
    }
    if let Some(last) = doc
        .sections
        .last_mut()
        .and_then(|s| s.directives.last_mut())
    {
        last.text = copy.replace(';', ".");
    }
    doc
}

fn directive_count(doc: &Document) -> usize {
    fn count(d: &Directive) -> usize {
        1 + d.items.iter().map(count).sum::<usize>()
    }
    doc.all_sections()
        .flat_map(|s| s.directives.iter())
        .map(count)
        .sum()
}

fn text_mut(doc: &mut Document, section: usize, directive: usize) -> &mut String {
    &mut doc.sections[section].directives[directive].text
}

#[test]
fn incremental_equals_full_after_each_edit() {
    let opts = ValidateOptions {
        today: CivilDate::new(2021, 1, 15),
    };
    let mut doc = big_document(100, 10);
    assert!(directive_count(&doc) >= 1000, "{}", directive_count(&doc));

    let mut validator = Validator::new(opts);
    let first = validator.update(&doc).to_vec();
    assert_eq!(first, validate(&doc, &opts));
    assert!(first.iter().any(|d| d.code == RuleCode::DuplicateDirective));
    assert!(first.iter().any(|d| d.code == RuleCode::MissingDeadline));
    assert!(first.iter().any(|d| d.code == RuleCode::DeadlinePassed));

    // Unchanged document: nothing re-analysed, same result.
    assert_eq!(validator.update(&doc), &first[..]);
    assert_eq!(validator.last_analysed(), 0);

    // Edit one directive: an impossible date appears, only it is re-analysed.
    text_mut(&mut doc, 53, 7).push_str(" до 31 июня 2021 года");
    let after_edit = validator.update(&doc).to_vec();
    assert_eq!(validator.last_analysed(), 1);
    assert_eq!(after_edit, validate(&doc, &opts));
    assert!(after_edit
        .iter()
        .any(|d| d.code == RuleCode::ImpossibleDate));

    // Make a directive a copy of another one: a document-level finding.
    let copied = doc.sections[10].directives[2].text.clone();
    *text_mut(&mut doc, 90, 5) = copied;
    assert_eq!(validator.update(&doc), &validate(&doc, &opts)[..]);
    assert_eq!(validator.last_analysed(), 1);

    // Delete a directive, add a sub-item, add a section, renumber.
    doc.sections[20].directives.remove(4);
    let id = DirectiveId(doc.alloc());
    doc.sections[30].directives[3].items.push(Directive {
        id,
        text: "охвата детей к концу 2020 года до 73 %, к концу 2021 года до 70 %;".into(),
        items: Vec::new(),
        source_number: None,
    });
    let id = SectionId(doc.alloc());
    doc.sections.push(Section {
        id,
        addressee: "Управлению образования района 1:".into(),
        lead: "обеспечить".into(),
        directives: Vec::new(),
        source_number: Some("102.".into()),
    });
    let full = validate(&doc, &opts);
    assert_eq!(validator.update(&doc), &full[..]);
    for code in [
        RuleCode::StagedTargetFalls,
        RuleCode::NumberingGap,
        RuleCode::EmptySection,
        RuleCode::RepeatedAddressee,
    ] {
        assert!(full.iter().any(|d| d.code == code), "{code} expected");
    }

    // Changing the adoption date changes how year-less dates read: the
    // cache starts afresh and the result still matches.
    doc.header.adopted_on = "1 сентября 2021 года".into();
    assert_eq!(validator.update(&doc), &validate(&doc, &opts)[..]);
    assert!(validator.last_analysed() >= 1000);

    // Options change without re-analysis.
    validator.set_options(ValidateOptions::default());
    let without_today = validator.update(&doc).to_vec();
    assert_eq!(validator.last_analysed(), 0);
    assert_eq!(without_today, validate(&doc, &ValidateOptions::default()));
    assert!(!without_today
        .iter()
        .any(|d| d.code == RuleCode::DeadlinePassed));
}

/// A small deterministic generator (no external crates).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Random single edits, as an author makes them one keystroke or one
/// paste at a time: each result must equal a full validation.
#[test]
fn incremental_equals_full_under_random_edits() {
    let opts = ValidateOptions {
        today: CivilDate::new(2021, 1, 15),
    };
    let mut doc = big_document(12, 8);
    let mut rng = Lcg(7);
    let mut validator = Validator::new(opts);
    validator.update(&doc);
    let mut incremental_steps = 0;
    let mut near_duplicate_steps = 0;
    for step in 0..400 {
        let s = rng.below(doc.sections.len());
        let count = doc.sections[s].directives.len();
        if count == 0 {
            continue;
        }
        let d = rng.below(count);
        match rng.below(8) {
            // Typing at the end of a directive.
            0 | 1 => doc.sections[s].directives[d].text.push_str(" и"),
            // Deleting the last word.
            2 => {
                let text = &mut doc.sections[s].directives[d].text;
                if let Some(space) = text.trim_end().rfind(' ') {
                    text.truncate(space);
                }
            }
            // Pasting a copy of another directive (exact duplicate).
            3 => {
                let t = rng.below(doc.sections.len());
                if let Some(other) = doc.sections[t].directives.first() {
                    let copy = other.text.clone();
                    doc.sections[s].directives[d].text = copy;
                }
            }
            // A near-duplicate: another directive with a changed date.
            4 => {
                let t = rng.below(doc.sections.len());
                if let Some(other) = doc.sections[t].directives.last() {
                    let near = format!("{} до 1 марта 2021 года", other.text.trim_end_matches(';'));
                    doc.sections[s].directives[d].text = near;
                }
            }
            // Clearing a directive, or turning it into a noting formula.
            5 => {
                doc.sections[s].directives[d].text = if step % 2 == 0 {
                    String::new()
                } else {
                    "Информацию принять к сведению.".into()
                };
            }
            // Adding a sub-item (changes eligibility without a text change).
            6 => {
                let id = DirectiveId(doc.alloc());
                doc.sections[s].directives[d].items.push(Directive {
                    id,
                    text: "охвата детей дополнительным образованием;".into(),
                    items: Vec::new(),
                    source_number: None,
                });
            }
            // Removing a directive.
            _ => {
                doc.sections[s].directives.remove(d);
            }
        }
        let incremental = validator.update(&doc).to_vec();
        if validator.last_analysed() <= 1 {
            incremental_steps += 1;
        }
        if incremental
            .iter()
            .any(|d| d.code == RuleCode::NearDuplicateDirective)
        {
            near_duplicate_steps += 1;
        }
        assert_eq!(incremental, validate(&doc, &opts), "step {step}");
    }
    assert!(incremental_steps > 100, "{incremental_steps}");
    assert!(near_duplicate_steps > 100, "{near_duplicate_steps}");
}
