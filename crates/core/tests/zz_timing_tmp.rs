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
    "обеспечить", "организовать", "провести", "продолжить", "разработать", "усилить",
    "проанализировать", "внедрить",
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
    if let Some(first) = doc.sections.first_mut().and_then(|s| s.directives.first_mut()) {
        first.text = copy.into();
    }
    if let Some(last) = doc.sections.last_mut().and_then(|s| s.directives.last_mut()) {
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

fn varied_document() -> Document {
    let verbs = ["обеспечить","организовать","провести","продолжить","разработать","усилить","проанализировать","внедрить","активизировать","совершенствовать","принять участие в","осуществлять"];
    let objs = ["работу","мониторинг","контроль","сопровождение","подготовку","реализацию","анализ","обновление","развитие","поддержку","проверку","экспертизу","оценку"];
    let what = ["качества образования","охвата детей дополнительным образованием","питания обучающихся","безопасности образовательной среды","наставничества молодых педагогов","цифровой образовательной среды","профориентационной работы","инклюзивного образования","олимпиадного движения","воспитательных программ","летней оздоровительной кампании","сетевого взаимодействия"];
    let where_ = ["в школах района","в дошкольных организациях","в учреждениях дополнительного образования","на базе центров «Точка роста»","в сельских школах","в малокомплектных школах","в городских лицеях","в кадетских классах"];
    let extra = ["с привлечением родительской общественности","в том числе в дистанционной форме","с учётом результатов ВПР","совместно с ИМЦ","по утверждённому графику","в соответствии с дорожной картой",""];
    let dl = [" до 1 октября 2020 года",""," в течение 2020/2021 учебного года"," постоянно",""," к концу 2021 года до 75 %"," ежеквартально",""];
    let mut seed: u64 = 42;
    let mut next = |n: usize| { seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); ((seed >> 33) as usize) % n };
    let mut doc = big_document(1, 1);
    doc.sections.clear();
    for s in 0..100 {
        let id = SectionId(doc.alloc());
        let mut directives = Vec::new();
        for d in 0..10 {
            let text = format!("{} {} {} {} {}{};", verbs[next(verbs.len())], objs[next(objs.len())], what[next(what.len())], where_[next(where_.len())], extra[next(extra.len())], dl[next(dl.len())]);
            directives.push(Directive { id: DirectiveId(doc.alloc()), text, items: Vec::new(), source_number: Some(format!("{}.{}.", s + 1, d + 1)) });
        }
        doc.sections.push(Section { id, addressee: format!("{} района {}:", ADDRESSEES[s % ADDRESSEES.len()], s), lead: String::new(), directives, source_number: Some(format!("{}.", s + 1)) });
    }
    doc
}

#[test]
fn timing_varied() {
    use std::time::Instant;
    let opts = ValidateOptions { today: CivilDate::new(2021, 1, 15) };
    let mut doc = varied_document();
    let full = validate(&doc, &opts);
    let mut counts = std::collections::BTreeMap::new(); for d in &full { *counts.entry(d.code.as_str()).or_insert(0) += 1; } println!("varied {} {counts:?}", directive_count(&doc));
    let mut v = Validator::new(opts);
    v.update(&doc);
    let mut times = Vec::new();
    let rounds = if std::env::var("VLOOP").is_ok() { 5000 } else { 500 };
    let base = text_mut(&mut doc, 53, 7).clone();
    for i in 0..rounds {
        *text_mut(&mut doc, 53, 7) = format!("{base} {}", if i % 2 == 0 { "x" } else { "y" });
        let t = Instant::now();
        let n = v.update(&doc).len();
        times.push(t.elapsed());
        assert!(n > 0);
    }
    times.sort();
    println!("varied incremental: min {:?} median {:?} p90 {:?}", times[0], times[times.len() / 2], times[times.len() * 9 / 10]);
}

#[test]
fn timing() {
    use std::time::Instant;
    let opts = ValidateOptions { today: CivilDate::new(2021, 1, 15) };
    let mut doc = big_document(100, 10);
    println!("directives: {}", directive_count(&doc));
    let t = Instant::now();
    let full = validate(&doc, &opts);
    println!("full validate: {:?} ({} diagnostics)", t.elapsed(), full.len());
    let mut counts = std::collections::BTreeMap::new(); for d in &full { *counts.entry(d.code.as_str()).or_insert(0) += 1; } println!("{counts:?}");
    let mut v = Validator::new(opts);
    v.update(&doc);
    let mut best = std::time::Duration::MAX;
    let mut total = std::time::Duration::ZERO;
    for i in 0..200 {
        text_mut(&mut doc, 53, 7).push_str(if i % 2 == 0 { " x" } else { " y" });
        let t = Instant::now();
        let n = v.update(&doc).len();
        let e = t.elapsed();
        assert!(n > 0);
        best = best.min(e);
        total += e;
    }
    println!("incremental: best {:?}, mean {:?}, analysed {}", best, total / 200, v.last_analysed());
    let t = Instant::now();
    for _ in 0..200 { let _ = v.update(&doc).len(); }
    println!("no-change update mean {:?}", t.elapsed() / 200);
    std::env::set_var("VTIME", "1"); v.update(&doc); std::env::remove_var("VTIME");
    if std::env::var("VLOOP").is_ok() { for _ in 0..3000 { let _ = v.update(&doc).len(); } }
    let text = std::hint::black_box(doc.sections[53].directives[7].text.clone());
    let t = Instant::now();
    for _ in 0..200 { std::hint::black_box(resolution_core::extract::extract(&text, &Default::default())); }
    println!("one extract {:?}", t.elapsed() / 200);
}
