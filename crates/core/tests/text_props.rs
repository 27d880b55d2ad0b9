//! Property tests for the text importer and exporter.
//!
//! * Arbitrary input (corpus-like Russian fragments, markers, labels and
//!   random junk): import never panics, every input line is placed, and the
//!   non-whitespace characters of the input minus the consumed structure
//!   ranges equal, as a multiset, those of the model's text fields
//!   (`text::audit`). Consumed ranges are checked against the structure
//!   vocabulary: `**`, list markers, the kind keyword and `№`, protocol
//!   labels, and single separators (`:`, `,`, `-`, `–`, `—`, underscores).
//! * Generated models (sub-items nested up to three levels below a
//!   directive, empty directives and items, a first section without
//!   addressee): `import_text(export_text(doc, style))` equals `doc`
//!   modulo ids and source numbering, in every numbering style.

use std::collections::HashMap;

use proptest::prelude::*;
use proptest::sample::select;
use resolution_core::text::{
    audit, export_text, import_text, import_text_report, model_texts, normalized, NumberingStyle,
};
use resolution_core::{
    AgendaItem, AgendaItemId, Directive, DirectiveId, Document, Header, Hearing, Kind, Paragraph,
    ParagraphId, Protocol, Section, SectionId, Signatory,
};

const LINES: &[&str] = &[
    "**РЕШЕНИЕ**  ",
    "РЕЗОЛЮЦИЯ",
    "Протокол №3",
    "ПЕРЕЧЕНЬ ПОРУЧЕНИЙ",
    "постановление",
    "совещания работников образования",
    "**«Качество образования:**",
    "задачи и механизмы»",
    "Одобрена участниками совещания 28 августа 2024 года",
    "25. 02.2022",
    "(14 марта 2023 г.)",
    "г. Заречный",
    "Участники совещания обсудили итоги учебного года.",
    "Участники отметили участие в проектах по:",
    "- 2 центров «Точка роста» в сельских школах;",
    "1. Управлению образования администрации района:",
    "Руководителям ОО обеспечить:",
    "МКУ «ИМЦ»:",
    "1.1. Обеспечить мониторинг до 1 октября 2024 года.",
    "1.1.1. подготовку школ;",
    "а) провести семинар;",
    "2) организовать курсы;",
    "• выполнение плана;- размещение отчётов;",
    " - 1.1. Активизировать работу.",
    "принять меры по обеспечению:",
    "обеспечить охват детей до 75 %",
    "в течение 2024/2025 учебного года:",
    "Срок исполнения: постоянно",
    "Председатель - Иванова И.И., начальник управления.",
    "Секретарь- Петрова П.П.",
    "Присутствовали:",
    "ПОВЕСТКА",
    "Повестка дня:",
    "1. О подготовке к учебному году",
    "Докладчик: Сидорова С.С.",
    "1. СЛУШАЛИ: Сидорову С.С. , которая рассказала о",
    "СЛУШАЛИ:",
    "РЕШИЛИ:",
    "Информацию принять к сведению.",
    "Председатель:",
    "Секретарь:",
    "Горяченкова О.А.",
    "Глава района ________ И.И. Иванов",
    "Место проведения: актовый зал",
    "от 12.03.2024",
    "25.02.2022          г. Чаплыгин",
    "с. Лебедевка\t14 марта 2023 г.",
    "**",
    "№",
    ":",
    "-",
    "1.",
    "«",
    "\u{feff}РЕЗОЛЮЦИЯ",
];

fn junk() -> impl Strategy<Value = String> {
    prop_oneof![
        "[а-яА-ЯёЁ .,;:«»()№\\-–—•*_0-9]{0,50}",
        "\\PC{0,30}",
        any::<String>(),
        "[ \t\u{a0}\u{2003}]{0,4}[-–•*]?[ ]?[0-9]{0,3}[.)]?[0-9]?[.)]?[ ]?[а-яА-Я]{0,12}[:;.]?",
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(LINES).prop_map(str::to_owned),
        2 => junk(),
    ]
}

fn input() -> impl Strategy<Value = String> {
    let sep = select(&["\n", "\n\n", "\r\n", " ", "", "\n \n"][..]);
    prop::collection::vec((piece(), sep), 0..40).prop_map(|parts| {
        let mut out = String::new();
        for (p, s) in parts {
            out.push_str(&p);
            out.push_str(s);
        }
        out
    })
}

fn is_marker_like(piece: &str) -> bool {
    let mut letters = 0;
    for c in piece.chars() {
        if c.is_alphabetic() {
            letters += 1;
        } else if !(c.is_ascii_digit()
            || c.is_whitespace()
            || ".)".contains(c)
            || resolution_core::text::BULLETS.contains(&c))
        {
            return false;
        }
    }
    letters == 0 || (letters <= 2 && piece.ends_with(')'))
}

fn is_structural(piece: &str) -> bool {
    let p = piece.trim();
    let lower = p.to_lowercase();
    let label_words = [
        "председательствующий",
        "председатель",
        "секретарь",
        "присутствовали",
        "присутствуют",
        "присутствовало",
        "повестка",
        "докладчики",
        "докладчик",
        "слушали",
        "решили",
        "постановили",
        "решено",
        "место проведения",
    ];
    let kinds = Kind::ALL.map(|k| k.title_ru().to_lowercase());
    p == "**"
        || is_marker_like(p)
        || p.chars().all(|c| c == '_' || c.is_whitespace())
        || [":", ",", "-", "–", "—", "№"].contains(&p)
        || lower == "от"
        || p == "\u{feff}"
        || kinds.contains(&lower)
        || label_words.iter().any(|w| {
            lower.strip_prefix(w).is_some_and(|rest| {
                let rest = rest.trim();
                rest.is_empty()
                    || [":", ".", "-", "–", "—"].contains(&rest)
                    || ["дня", "заседания", "совещания"].iter().any(|w| {
                        rest.strip_prefix(w)
                            .is_some_and(|r| ["", ":", "."].contains(&r.trim()))
                    })
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn import_keeps_every_character(input in input()) {
        let report = import_text_report(&input);
        let a = audit(&input, &report);
        prop_assert!(a.is_clean(), "audit {:?}\nconsumed {:?}", a, report.consumed.iter().map(|r| &input[r.clone()]).collect::<Vec<_>>());
        prop_assert!(report.unplaced_lines(&input).is_empty());
        prop_assert_eq!(report.line_places.len(), input.split('\n').count());
        let mut ranges = report.consumed.clone();
        ranges.sort_by_key(|r| r.start);
        for w in ranges.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "overlapping consumed ranges {:?}", w);
        }
        for r in &ranges {
            prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
            let piece = &input[r.clone()];
            prop_assert!(is_structural(piece), "unexpected consumed text {:?}", piece);
        }
    }

    #[test]
    fn export_drops_no_model_text(input in input(), style in select(&NumberingStyle::ALL[..])) {
        let report = import_text_report(&input);
        let text = export_text(&report.document, style);
        let mut available: HashMap<char, i64> = HashMap::new();
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            *available.entry(c).or_default() += 1;
        }
        for field in model_texts(&report.document, report.date_source.is_copy()) {
            for c in field.chars().filter(|c| !c.is_whitespace()) {
                let n = available.entry(c).or_default();
                *n -= 1;
                prop_assert!(*n >= 0, "exported text lacks {:?} of {:?}:\n{}", c, field, text);
            }
        }
    }

    #[test]
    fn generated_models_round_trip(doc in document(), style in select(&NumberingStyle::ALL[..])) {
        let text = export_text(&doc, style);
        let back = import_text(&text);
        prop_assert_eq!(normalized(&back), normalized(&doc), "exported as:\n{}", text);
    }
}

// ---- generated models ----

const ORGS: &[&str] = &[
    "Комитет по образованию администрации Заречного района",
    "Управление образования администрации Озёрского городского округа",
];
const MEETINGS: &[&str] = &[
    "совещания руководителей образовательных организаций",
    "августовской конференции педагогических работников",
    "заседания муниципального методического совета на тему",
];
const TOPICS: &[&str] = &[
    "«Качество образования: от целей к результатам»",
    "«Воспитание в современной школе»",
    "«Национальный проект «Образование»: задачи и механизмы»",
];
const DATES: &[&str] = &[
    "30 августа 2019 года",
    "25.02.2022",
    "13 февраля 2020 г.",
    "25. 02.2022",
];
const PLACES: &[&str] = &["г. Заречный", "Комитет по образованию", "с. Лебедевка"];
const PREAMBLE: &[&str] = &[
    "Участники совещания обсудили итоги 2023/2024 учебного года.",
    "Отмечен рост охвата детей дополнительным образованием до 72 %.",
    "Участники совещания отметили участие в национальных проектах по:",
    "- созданию центров «Точка роста» в сельских школах;",
    "- 2 центров образования цифрового профиля;",
    "По итогам обсуждения участники совещания предлагают следующие меры.",
    "В работе совещания (более 150 человек) приняли участие руководители всех школ.",
];
const ADDRESSEES: &[&str] = &[
    "Управлению образования администрации района",
    "Руководителям образовательных организаций",
    "МКУ «Информационно-методический центр»",
    "Образовательным организациям (ОУ, ДОУ, УДОД)",
    "Администрации МР «Заречный район»",
    "Директору МБОУ СОШ № 1",
    "Специалистам комитета по образованию",
];
const LEADS: &[&str] = &["", "", "обеспечить", "организовать"];
const DIRECTIVES: &[&str] = &[
    "обеспечить мониторинг реализации программы до 1 октября 2024 года;",
    "провести семинар для заместителей директоров.",
    "Принять участие в реализации мероприятий «дорожной карты».",
    "организовать курсы повышения квалификации в течение 2024/2025 учебного года;",
    "2 раза в год проводить мониторинг качества образования;",
    "2.5 млн рублей направить на ремонт школ;",
    "Срок исполнения: постоянно",
    "эффективную реализацию воспитательных программ;",
];
const SUB_LEADS: &[&str] = &[
    "принять меры по обеспечению:",
    "в течение 2019/2020 учебного года:",
    "в целях эффективной работы центров до 20 сентября 2019 года обеспечить:",
];
const ITEMS: &[&str] = &[
    "охвата детей в возрасте от 5 до 18 лет дополнительным образованием;",
    "доступности дополнительного образования для детей из сельской местности;",
    "проанализировать результаты государственной итоговой аттестации.",
];
const ITEM_LEADS: &[&str] = &["в том числе:", "с охватом обучающихся по направлениям:"];
const HEADLESS: &[&str] = &[
    "Информацию Дементьевой С.В. принять к сведению.",
    "Утвердить план работы на 2024 год.",
];
const PEOPLE: &[&str] = &[
    "Горяченкова О.А.",
    "И.П. Соколова",
    "А. В. Смирнова",
    "Петров-Водкин К.С.",
];
const SPEAKERS: &[&str] = &["", "Душакову И.В.", "Горяченкову О.А."];
const SUMMARIES: &[&str] = &[
    "которая рассказала о реализации дорожной карты.",
    "Дорожная карта представляет собой долгосрочный документ.",
    "Участники совещания задавали вопросы по работе в АИС «Навигатор».",
    "Выступили: Васильев П.П., директор МБОУ СОШ № 2.",
];
const TITLES: &[&str] = &[
    "О реализации дорожной карты по поддержке школ",
    "О достижении показателей по охвату детей. Охват обучающихся дополнительным образованием.",
    "О реализации проектов «Точка роста», «ЦОС» в муниципальной системе образования.",
];
const REPORTERS: &[&str] = &[
    "",
    "Душакова И.В. - специалист комитета по образованию",
    "Докладчик: Петрова Н.С.",
];
const ATTENDEES: &[&str] = &[
    "Дементьева С.В.- заместитель председателя комитета по образованию",
    "Малявина Е.А. - специалист комитета по образованию;",
    "- методисты ИМЦ: Дроздова В.А., Русин А.В.",
    "- руководители образовательных организаций: в соответствии с явочным листом.",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(list).prop_map(str::to_owned)
}

fn maybe(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), pick(list)]
}

fn leaf(text: String) -> Directive {
    Directive {
        id: DirectiveId(0),
        text,
        items: vec![],
        source_number: None,
    }
}

/// A sub-item; with `depth` > 0 it may be a lead with sub-items of its own.
fn item(depth: u32) -> BoxedStrategy<Directive> {
    let plain = prop_oneof![4 => pick(ITEMS), 1 => Just(String::new())].prop_map(leaf);
    if depth == 0 {
        return plain.boxed();
    }
    prop_oneof![
        3 => plain,
        1 => (pick(ITEM_LEADS), prop::collection::vec(item(depth - 1), 0..3)).prop_map(
            |(text, items)| Directive { items, ..leaf(text) }
        ),
    ]
    .boxed()
}

/// A directive: plain, empty, or a sub-lead with items nested up to three
/// levels below it.
fn directive() -> impl Strategy<Value = Directive> {
    prop_oneof![
        3 => pick(DIRECTIVES).prop_map(leaf),
        1 => Just(leaf(String::new())),
        1 => (pick(SUB_LEADS), prop::collection::vec(item(2), 0..4)).prop_map(|(text, items)| Directive {
            items,
            ..leaf(text)
        }),
    ]
}

fn section() -> impl Strategy<Value = Section> {
    (
        pick(ADDRESSEES),
        pick(LEADS),
        prop::collection::vec(directive(), 0..5),
    )
        .prop_map(|(addressee, lead, directives)| Section {
            id: SectionId(0),
            addressee,
            lead,
            directives,
            source_number: None,
        })
}

/// A section without addressee: `1. Информацию … принять к сведению.`,
/// then possibly more directives.
fn headless_section() -> impl Strategy<Value = Section> {
    (pick(HEADLESS), prop::collection::vec(directive(), 0..3)).prop_map(|(first, more)| {
        let mut directives = vec![leaf(first)];
        directives.extend(more);
        Section {
            id: SectionId(0),
            addressee: String::new(),
            lead: String::new(),
            directives,
            source_number: None,
        }
    })
}

fn decided_section() -> impl Strategy<Value = Section> {
    prop_oneof![
        3 => section(),
        1 => headless_section(),
    ]
}

fn agenda_item() -> impl Strategy<Value = AgendaItem> {
    (
        pick(TITLES),
        pick(REPORTERS),
        pick(SPEAKERS),
        prop::collection::vec(pick(SUMMARIES), 0..3),
        prop::collection::vec(decided_section(), 0..3),
    )
        .prop_map(|(title, reporter, speaker, summary, decided)| AgendaItem {
            id: AgendaItemId(0),
            title,
            reporter,
            heard: Hearing {
                speaker,
                summary: summary.join("\n"),
            },
            decided,
            source_number: None,
        })
}

fn protocol() -> impl Strategy<Value = Protocol> {
    (
        maybe(&["Горяченкова О.А., председатель комитета по образованию."]),
        maybe(&["Душакова И.В. - специалист комитета по образованию"]),
        prop::collection::vec(pick(ATTENDEES), 0..4),
        prop::collection::vec(agenda_item(), 1..4),
    )
        .prop_map(|(chair, secretary, attendees, agenda)| Protocol {
            chair,
            secretary,
            attendees,
            agenda,
        })
}

fn header() -> impl Strategy<Value = Header> {
    (
        select(&Kind::ALL[..]),
        maybe(&["4", "12", "7-р"]),
        maybe(ORGS),
        maybe(MEETINGS),
        maybe(TOPICS),
        maybe(DATES),
        maybe(PLACES),
        0..3usize,
    )
        .prop_map(
            |(kind, number, organization, meeting, topic, adopted_on, place, approval)| {
                let approval = match approval {
                    1 if !adopted_on.is_empty() => {
                        format!("Одобрена участниками пленарного заседания {adopted_on}")
                    }
                    2 => "Одобрено участниками совещания единогласно".to_owned(),
                    _ => String::new(),
                };
                Header {
                    kind: Some(kind),
                    number,
                    organization,
                    meeting,
                    topic,
                    adopted_on,
                    place,
                    approval,
                }
            },
        )
}

fn signatories() -> impl Strategy<Value = Vec<Signatory>> {
    prop::collection::vec(
        (
            select(&["Председатель", "Секретарь", "Председатель совещания"][..]),
            maybe(PEOPLE),
        )
            .prop_map(|(role, name)| Signatory {
                role: role.to_owned(),
                name,
            }),
        0..3,
    )
}

prop_compose! {
    fn document()(
        header in header(),
        preamble in prop::collection::vec(pick(PREAMBLE), 0..4),
        lead in maybe(&[
            "По итогам обсуждения участники совещания решили:",
            "Совещание РЕКОМЕНДУЕТ:",
            "Участники совещания решили следующее:",
        ]),
        headless in prop::option::of(headless_section()),
        sections in prop::collection::vec(section(), 0..4),
        protocol in protocol(),
        signatories in signatories(),
    ) -> Document {
        let is_protocol = header.kind == Some(Kind::Protocol);
        // A decision lead can only close the preamble.
        let mut preamble = preamble;
        if !is_protocol && !lead.is_empty() {
            preamble.push(lead.clone());
        }
        // A first section without addressee is told from the preamble by
        // a decision lead or by the numbered section after it.
        let mut all = Vec::new();
        if let Some(first) = headless {
            if !lead.is_empty() || !sections.is_empty() {
                all.push(first);
            }
        }
        all.extend(sections);
        Document {
            header,
            preamble: preamble
                .into_iter()
                .map(|text| Paragraph { id: ParagraphId(0), text })
                .collect(),
            sections: if is_protocol { vec![] } else { all },
            protocol: is_protocol.then_some(protocol),
            signatories,
            ..Document::default()
        }
    }
}
