//! The diff on large inputs: a 1,000-directive document (by ids and by
//! content) and very long paragraphs. Timings are printed (run with
//! `--nocapture`); the bounds asserted are generous guards against a
//! quadratic blow-up, not benchmarks.

use std::time::{Duration, Instant};

use resolution_core::diff::{diff, new_text, old_text, word_diff, MatchMode, Move, WordKind};
use resolution_core::{Directive, Document, Header, Kind, Section};

const VERBS: &[&str] = &[
    "обеспечить",
    "организовать",
    "провести",
    "продолжить",
    "усилить",
    "разработать",
];
const OBJECTS: &[&str] = &[
    "мониторинг качества образования",
    "повышение квалификации педагогов",
    "работу школьных спортивных клубов",
    "охват детей дополнительным образованием",
    "профилактику безнадзорности",
    "методическое сопровождение молодых учителей",
    "подготовку к государственной итоговой аттестации",
];
const MONTHS: &[&str] = &["января", "марта", "мая", "сентября", "октября", "декабря"];

fn directive_text(n: usize) -> String {
    format!(
        "{} {} в МБОУ СОШ № {} {} района до {} {} 2026 года;",
        VERBS[n % VERBS.len()],
        OBJECTS[(n / 3) % OBJECTS.len()],
        n + 1,
        ["Северного", "Южного", "Заречного", "Лесного"][n % 4],
        1 + n % 28,
        MONTHS[n % MONTHS.len()],
    )
}

fn large(sections: usize, per_section: usize) -> Document {
    let mut d = Document {
        header: Header {
            kind: Some(Kind::Decision),
            ..Header::default()
        },
        ..Document::default()
    };
    for s in 0..sections {
        let id = d.new_section_id();
        let directives = (0..per_section)
            .map(|i| Directive {
                id: d.new_directive_id(),
                text: directive_text(s * per_section + i),
                items: Vec::new(),
                source_number: None,
            })
            .collect();
        d.sections.push(Section {
            id,
            addressee: format!(
                "Руководителям образовательных организаций округа № {}",
                s + 1
            ),
            lead: String::new(),
            directives,
            source_number: None,
        });
    }
    d
}

fn renumber(doc: &Document) -> Document {
    let mut d = doc.clone();
    let mut next = 1_000_000u32;
    for s in &mut d.sections {
        s.id.0 = next;
        next -= 1;
        for x in &mut s.directives {
            x.id.0 = next;
            next -= 1;
        }
    }
    d
}

#[test]
fn thousand_directives_by_ids_and_by_content() {
    let old = large(50, 20);
    let mut new = old.clone();
    // 10 directives relocated to the next section, 50 deadlines changed,
    // one section deleted, one added, two sections swapped.
    for s in 0..10 {
        let moved = new.sections[s].directives.remove(5);
        new.sections[s + 1].directives.push(moved);
    }
    for s in 20..45 {
        for i in [1, 2] {
            let text = new.sections[s].directives[i]
                .text
                .replace(" 2026 года", " 2027 года");
            new.sections[s].directives[i].text = text;
        }
    }
    new.sections.remove(47);
    new.sections.swap(12, 13);
    let id = new.new_section_id();
    let directives = (0..5)
        .map(|i| Directive {
            id: new.new_directive_id(),
            text: format!(
                "создать центр «Точка роста» в сельской школе № {} до 1 сентября 2027 года;",
                900 + i
            ),
            items: Vec::new(),
            source_number: None,
        })
        .collect();
    new.sections.push(Section {
        id,
        addressee: "Отделу капитального строительства".into(),
        lead: String::new(),
        directives,
        source_number: None,
    });

    for (mode, new) in [
        (MatchMode::Ids, new.clone()),
        (MatchMode::Content, renumber(&new)),
    ] {
        let start = Instant::now();
        let d = diff(&old, &new);
        let elapsed = start.elapsed();
        println!("1,000 directives, {mode:?}: {elapsed:?}");
        assert_eq!(d.matching, mode);
        let c = d.summary.directives;
        assert_eq!(
            (c.added, c.removed, c.moved, c.changed),
            (5, 20, 10, 50),
            "{mode:?}"
        );
        let relocated = d
            .directives
            .iter()
            .filter(|c| c.moved() == Some(Move::Relocated))
            .count();
        assert_eq!(relocated, 10);
        let s = d.summary.sections;
        assert_eq!((s.added, s.removed, s.moved), (1, 1, 1), "{mode:?}");
        assert!(
            elapsed < Duration::from_secs(10),
            "{mode:?} took {elapsed:?}"
        );
    }
}

#[test]
fn long_paragraphs_stay_fast_and_exact() {
    let words = |seed: usize, n: usize| -> String {
        (0..n)
            .map(|i| {
                OBJECTS[(i * 7 + seed) % OBJECTS.len()]
                    .split(' ')
                    .nth(i % 2)
                    .unwrap_or("и")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Mostly equal texts with scattered edits, and two unrelated texts.
    let a = words(0, 20_000);
    let b: String = a
        .split(' ')
        .enumerate()
        .map(|(i, w)| if i % 500 == 0 { "изменено" } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    let c = (0..20_000)
        .map(|i| format!("слово{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    for (x, y, label) in [(&a, &b, "scattered edits"), (&a, &c, "unrelated")] {
        let start = Instant::now();
        let changes = word_diff(x, y);
        let elapsed = start.elapsed();
        println!(
            "20,000 words, {label}: {elapsed:?}, {} pieces",
            changes.len()
        );
        assert_eq!(&old_text(&changes), x);
        assert_eq!(&new_text(&changes), y);
        assert!(
            elapsed < Duration::from_secs(10),
            "{label} took {elapsed:?}"
        );
    }
    let scattered = word_diff(&a, &b);
    let inserted = scattered
        .iter()
        .filter(|c| c.kind == WordKind::Insert)
        .count();
    assert_eq!(inserted, 40, "each of the 40 edits is one replacement");
}
