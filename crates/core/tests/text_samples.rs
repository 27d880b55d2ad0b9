//! Import of hand-written samples in the style of real decisions,
//! resolutions and protocols, including messy pastes: broken numbering,
//! duplicated items, stray and mixed bullets, wrapped lines, run-in bullets.

use resolution_core::text::{
    audit, export_text, import_text, import_text_report, normalized, DateSource, LinePlace,
    NumberingStyle,
};
use resolution_core::validate::{validate, RuleCode, ValidateOptions};
use resolution_core::{Document, Kind, Section};

const DECISION: &str = "\
**РЕШЕНИЕ**  
**августовской конференции педагогических работников**  
**«Новая школа: качество, доступность,**  
**воспитание»**

Принято участниками конференции 27 августа 2021 года

Участники конференции обсудили итоги работы муниципальной системы образования Заречного района за 2020/2021 учебный год и задачи на новый учебный год.  

Конференция отметила:

- открытие 3 центров «Точка роста» в сельских школах;
- рост охвата детей дополнительным образованием до 78 %;

По итогам обсуждения участники конференции решили:

1. Управлению образования администрации Заречного района:

1.1. Обеспечить мониторинг реализации муниципальной программы до 1 декабря 2021 года.

1.2. Организовать курсы повышения квалификации для учителей математики.

1.4. Провести муниципальный конкурс «Учитель года» в феврале 2022 года.

1.4. Подготовить аналитическую справку по итогам ГИА.

2. Руководителям общеобразовательных организаций обеспечить:

• выполнение плана мероприятий по повышению качества образования;
- участие педагогов в региональных конкурсах;
• своевременное обновление официальных сайтов;- размещение отчётов о самообследовании до 20 апреля 2022 года.

4. Муниципальному казённому учреждению «Центр психолого-педагогической помощи»:

в течение 2021/2022 учебного года:

- проводить консультации для родителей;
- организовать работу службы медиации;

продолжить работу с детьми группы риска, уделив особое внимание

обучающимся, состоящим на профилактическом учёте.

Председатель конференции                 И.П. Соколова
Секретарь                                Т.В. Лебедева
";

const RESOLUTION: &str = "\
 РЕЗОЛЮЦИЯ

муниципального педагогического форума

«Воспитание в современной школе»

г. Озёрск
14 ноября 2023 г.

Участники форума (более 200 человек) обсудили вопросы реализации рабочих программ воспитания и роль советников директоров по воспитанию. 

Форум рекомендует:

Отделу образования администрации Озёрского городского округа:

а) обеспечить методическое сопровождение советников директоров по воспитанию;
б) провести муниципальный этап конкурса «Классный руководитель года» до 1 марта 2024 года;
г) организовать сетевое взаимодействие школ с учреждениями культуры.

Директорам общеобразовательных организаций:

— включить в планы воспитательной работы мероприятия Года педагога и наставника;
— обеспечить участие обучающихся в проекте «Орлята России»;
— рассмотреть итоги форума на педагогических советах
до 15 декабря 2023 года.
";

const PROTOCOL: &str = "\
Управление образования администрации Заречного района

ПРОТОКОЛ № 7
заседания муниципального методического совета

12.10.2023

Председатель: Смирнова А.В., начальник управления образования
Секретарь – Кузнецова Е.Н., методист ИМЦ

Присутствовали: 14 человек (список прилагается).

Повестка дня:

1. Об итогах государственной итоговой аттестации 2023 года.
Докладчик: Петрова Н.С., заместитель начальника управления

2. О подготовке к муниципальному этапу всероссийской олимпиады школьников.
Докладчик: Орлова Т.М., методист ИМЦ

1. СЛУШАЛИ:
Петрову Н.С. – об итогах государственной итоговой аттестации. Доля выпускников, 

получивших аттестат, составила 99,2 %.

Выступили: Васильев П.П., директор МБОУ СОШ № 2.

РЕШИЛИ:
1. Информацию принять к сведению.
2. Руководителям ОО:
2.1. Проанализировать результаты ГИА на педагогических советах до 1 ноября 2023 года.
2.3. Разработать планы повышения качества подготовки выпускников.
Срок исполнения: до 15 ноября 2023 года.

2. СЛУШАЛИ: Орлову Т.М., которая рассказала о графике проведения олимпиады.

РЕШИЛИ:
1. Руководителям ОО обеспечить:
 - 1) участие обучающихся 7–11 классов в муниципальном этапе;
 - 2) соблюдение порядка проведения олимпиады.

Председатель:
Секретарь:


Смирнова А.В.
Кузнецова Е.Н.
";

fn texts(s: &Section) -> Vec<&str> {
    s.directives.iter().map(|d| d.text.as_str()).collect()
}

fn numbers(s: &Section) -> Vec<Option<&str>> {
    s.directives
        .iter()
        .map(|d| d.source_number.as_deref())
        .collect()
}

fn assert_lossless(input: &str) -> Document {
    let report = import_text_report(input);
    let audit = audit(input, &report);
    assert!(audit.is_clean(), "characters lost or invented: {audit:?}");
    assert!(report.unplaced_lines(input).is_empty());
    assert_eq!(report.line_places.len(), input.split('\n').count());
    report.document
}

fn assert_round_trips(doc: &Document) {
    for style in NumberingStyle::ALL {
        let text = export_text(doc, style);
        let back = import_text(&text);
        assert_eq!(normalized(&back), normalized(doc), "{style:?}:\n{text}");
        assert_eq!(
            export_text(&back, style),
            text,
            "export is stable for {style:?}"
        );
    }
}

#[test]
fn decision_header_and_preamble() {
    let doc = assert_lossless(DECISION);
    let h = &doc.header;
    assert_eq!(h.kind, Some(Kind::Decision));
    assert_eq!(
        h.meeting,
        "августовской конференции педагогических работников"
    );
    assert_eq!(h.topic, "«Новая школа: качество, доступность, воспитание»");
    assert_eq!(
        h.approval,
        "Принято участниками конференции 27 августа 2021 года"
    );
    assert_eq!(h.adopted_on, "27 августа 2021 года");
    assert_eq!(
        import_text_report(DECISION).date_source,
        DateSource::Approval
    );
    let preamble: Vec<_> = doc.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(preamble.len(), 5, "{preamble:#?}");
    assert_eq!(
        preamble[2],
        "- открытие 3 центров «Точка роста» в сельских школах;"
    );
    assert!(
        preamble[0].ends_with("на новый учебный год."),
        "trailing spaces trimmed"
    );
    assert!(doc.protocol.is_none());
    assert!(doc.unclassified.is_empty());
}

#[test]
fn decision_sections_keep_broken_numbering() {
    let doc = import_text(DECISION);
    assert_eq!(doc.sections.len(), 3);
    let s1 = &doc.sections[0];
    assert_eq!(
        s1.addressee,
        "Управлению образования администрации Заречного района"
    );
    assert_eq!(s1.source_number.as_deref(), Some("1"));
    assert_eq!(
        numbers(s1),
        [Some("1.1"), Some("1.2"), Some("1.4"), Some("1.4")]
    );
    assert!(texts(s1)[0].starts_with("Обеспечить мониторинг"));

    let s2 = &doc.sections[1];
    assert_eq!(
        s2.addressee,
        "Руководителям общеобразовательных организаций"
    );
    assert_eq!(s2.lead, "обеспечить");
    assert_eq!(
        texts(s2),
        [
            "выполнение плана мероприятий по повышению качества образования;",
            "участие педагогов в региональных конкурсах;",
            "своевременное обновление официальных сайтов;",
            "размещение отчётов о самообследовании до 20 апреля 2022 года.",
        ]
    );

    let s3 = &doc.sections[2];
    assert_eq!(
        s3.source_number.as_deref(),
        Some("4"),
        "gap 2 → 4 kept for the validator"
    );
    assert!(s3
        .addressee
        .starts_with("Муниципальному казённому учреждению"));
    assert_eq!(s3.directives.len(), 2);
    assert_eq!(s3.directives[0].text, "в течение 2021/2022 учебного года:");
    assert_eq!(s3.directives[0].items.len(), 2);
    assert_eq!(
        s3.directives[1].text,
        "продолжить работу с детьми группы риска, уделив особое внимание обучающимся, состоящим на профилактическом учёте.",
        "a sentence wrapped across a blank line is joined"
    );
}

#[test]
fn decision_signatures_with_spaces() {
    let doc = import_text(DECISION);
    let sigs: Vec<_> = doc
        .signatories
        .iter()
        .map(|s| (s.role.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        sigs,
        [
            ("Председатель конференции", "И.П. Соколова"),
            ("Секретарь", "Т.В. Лебедева")
        ]
    );
}

#[test]
fn resolution_with_place_date_letters_and_dashes() {
    let doc = assert_lossless(RESOLUTION);
    let h = &doc.header;
    assert_eq!(h.kind, Some(Kind::Resolution));
    assert_eq!(h.meeting, "муниципального педагогического форума");
    assert_eq!(h.topic, "«Воспитание в современной школе»");
    assert_eq!(h.place, "г. Озёрск");
    assert_eq!(h.adopted_on, "14 ноября 2023 г.");
    assert_eq!(doc.preamble.len(), 2);
    assert_eq!(doc.sections.len(), 2);
    let s1 = &doc.sections[0];
    assert_eq!(
        s1.addressee,
        "Отделу образования администрации Озёрского городского округа"
    );
    assert_eq!(numbers(s1), [Some("а)"), Some("б)"), Some("г)")]);
    let s2 = &doc.sections[1];
    assert_eq!(s2.addressee, "Директорам общеобразовательных организаций");
    assert_eq!(s2.directives.len(), 3);
    assert_eq!(
        s2.directives[2].text,
        "рассмотреть итоги форума на педагогических советах до 15 декабря 2023 года."
    );
}

#[test]
fn protocol_parts() {
    let doc = assert_lossless(PROTOCOL);
    let h = &doc.header;
    assert_eq!(h.kind, Some(Kind::Protocol));
    assert_eq!(h.number, "7");
    assert_eq!(
        h.organization,
        "Управление образования администрации Заречного района"
    );
    assert_eq!(h.meeting, "заседания муниципального методического совета");
    assert_eq!(h.adopted_on, "12.10.2023");
    let p = doc.protocol.as_ref().expect("protocol part");
    assert_eq!(p.chair, "Смирнова А.В., начальник управления образования");
    assert_eq!(p.secretary, "Кузнецова Е.Н., методист ИМЦ");
    assert_eq!(p.attendees, ["14 человек (список прилагается)."]);
    assert_eq!(p.agenda.len(), 2);
    let first = &p.agenda[0];
    assert_eq!(
        first.title,
        "Об итогах государственной итоговой аттестации 2023 года."
    );
    assert_eq!(
        first.reporter,
        "Петрова Н.С., заместитель начальника управления"
    );
    assert_eq!(first.heard.speaker, "Петрову Н.С.");
    let summary: Vec<_> = first.heard.summary.split('\n').collect();
    assert_eq!(
        summary,
        [
            "об итогах государственной итоговой аттестации. Доля выпускников, получивших аттестат, составила 99,2 %.",
            "Выступили: Васильев П.П., директор МБОУ СОШ № 2.",
        ]
    );
    assert_eq!(first.decided.len(), 2);
    assert_eq!(first.decided[0].addressee, "");
    assert_eq!(first.decided[0].source_number.as_deref(), Some("1"));
    assert_eq!(texts(&first.decided[0]), ["Информацию принять к сведению."]);
    let ro = &first.decided[1];
    assert_eq!(ro.addressee, "Руководителям ОО");
    assert_eq!(numbers(ro), [Some("2.1"), Some("2.3"), None]);
    assert_eq!(texts(ro)[2], "Срок исполнения: до 15 ноября 2023 года.");

    let second = &p.agenda[1];
    assert_eq!(second.heard.speaker, "Орлову Т.М.");
    assert_eq!(
        second.heard.summary,
        "которая рассказала о графике проведения олимпиады."
    );
    assert_eq!(second.decided.len(), 1);
    assert_eq!(second.decided[0].lead, "обеспечить");
    assert_eq!(numbers(&second.decided[0]), [Some("1)"), Some("2)")]);

    let sigs: Vec<_> = doc
        .signatories
        .iter()
        .map(|s| (s.role.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        sigs,
        [
            ("Председатель", "Смирнова А.В."),
            ("Секретарь", "Кузнецова Е.Н.")
        ]
    );
}

#[test]
fn samples_round_trip_in_every_style() {
    for input in [DECISION, RESOLUTION, PROTOCOL] {
        assert_round_trips(&import_text(input));
    }
}

#[test]
fn built_in_sample_round_trips() {
    // The built-in sample keeps the colon in its addressees; the importer
    // consumes that colon (the exporter writes it back), so compare without.
    let mut doc = resolution_core::samples::sample_decision();
    for s in &mut doc.sections {
        s.addressee = s.addressee.trim_end_matches(':').to_owned();
    }
    assert_round_trips(&doc);
}

#[test]
fn every_line_is_placed() {
    let report = import_text_report(PROTOCOL);
    let lines: Vec<&str> = PROTOCOL.split('\n').collect();
    for (line, place) in lines.iter().zip(&report.line_places) {
        assert_eq!(
            line.trim().is_empty(),
            *place == LinePlace::Blank,
            "{line:?} → {place:?}"
        );
    }
    let chair_line = lines
        .iter()
        .position(|l| l.starts_with("Председатель:"))
        .unwrap_or(0);
    assert_eq!(report.line_places[chair_line], LinePlace::Protocol);
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .unwrap_or(0);
    assert_eq!(report.line_places[last], LinePlace::Signatory);
}

#[test]
fn consumed_ranges_are_structure_only() {
    for input in [DECISION, RESOLUTION, PROTOCOL] {
        let report = import_text_report(input);
        for r in &report.consumed {
            let piece = input[r.clone()].trim();
            let ok = piece == "**"
                || piece
                    .chars()
                    .all(|c| c.is_ascii_digit() || ".)-–—•·*".contains(c) || c.is_whitespace())
                || piece.chars().count() <= 3 && piece.ends_with(')')
                || [
                    ":",
                    "№",
                    "–",
                    "-",
                    ",",
                    "РЕШЕНИЕ",
                    "РЕЗОЛЮЦИЯ",
                    "ПРОТОКОЛ",
                    "ПОВЕСТКА",
                ]
                .contains(&piece)
                || [
                    "Председатель",
                    "Секретарь",
                    "Присутствовали",
                    "Докладчик",
                    "Повестка",
                    "СЛУШАЛИ",
                    "РЕШИЛИ",
                ]
                .iter()
                .any(|w| piece.starts_with(w));
            assert!(ok, "unexpected consumed text {piece:?}");
        }
    }
}

#[test]
fn exports_a_traditional_layout() {
    let doc = import_text(RESOLUTION);
    let text = export_text(&doc, NumberingStyle::Decimal);
    let expected_start = "\
РЕЗОЛЮЦИЯ
муниципального педагогического форума
«Воспитание в современной школе»

г. Озёрск
14 ноября 2023 г.

Участники форума";
    assert!(text.starts_with(expected_start), "{text}");
    assert!(text.contains(
        "\n1. Отделу образования администрации Озёрского городского округа:\n\n1.1. обеспечить"
    ));
    assert!(text.contains("\n2. Директорам общеобразовательных организаций:\n"));
    let letters = export_text(&doc, NumberingStyle::Letters);
    assert!(letters.contains("\nв) организовать сетевое"), "{letters}");
    let bullets = export_text(&doc, NumberingStyle::Bullets);
    assert!(bullets.contains("\n– обеспечить участие"), "{bullets}");
    let paren = export_text(&doc, NumberingStyle::DecimalParen);
    assert!(
        paren.contains("\n2) Директорам") && paren.contains("\n2.3) рассмотреть"),
        "{paren}"
    );
}

#[test]
fn protocol_export_layout() {
    let text = export_text(&import_text(PROTOCOL), NumberingStyle::default());
    for needle in [
        "ПРОТОКОЛ №7\n",
        "Председатель – Смирнова А.В.",
        "Присутствовали:\n",
        "ПОВЕСТКА\n",
        "1. СЛУШАЛИ: Петрову Н.С., об итогах",
        "РЕШИЛИ:\n",
        "\n1. Информацию принять к сведению.\n",
        "\n2.2. Разработать планы",
        "\nСрок исполнения: до 15 ноября 2023 года.\n",
        "\n1. Руководителям ОО обеспечить:\n",
        "Председатель: Смирнова А.В.\nСекретарь: Кузнецова Е.Н.\n",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
}

#[test]
fn sub_leads_collect_items_in_numbered_sections() {
    let input = "\
РЕШЕНИЕ

1. Комитету по образованию:
1.1. Обеспечить:
1.1.1. подготовку школ к учебному году;
1.1.2. проведение приёмки до 15 августа 2024 года.
1.2. Провести совещание.
2. Директору МБОУ СОШ № 1:
- обеспечить:
• охрану здания;
• пропускной режим;
- отчитаться до 1 сентября 2024 года.
";
    let doc = assert_lossless(input);
    assert_eq!(doc.sections.len(), 2);
    let s1 = &doc.sections[0];
    assert_eq!(s1.directives.len(), 2);
    assert_eq!(s1.directives[0].items.len(), 2);
    assert_eq!(
        s1.directives[0].items[1].source_number.as_deref(),
        Some("1.1.2")
    );
    let s2 = &doc.sections[1];
    assert_eq!(s2.addressee, "Директору МБОУ СОШ № 1");
    assert_eq!(s2.directives.len(), 2);
    assert_eq!(s2.directives[0].items.len(), 2);
    assert_round_trips(&doc);
}

#[test]
fn degenerate_inputs() {
    for input in [
        "",
        "\n\n",
        "   ",
        "**",
        "**\n**",
        "1.",
        "-",
        "РЕШЕНИЕ",
        "Председатель:",
        ":",
        "«",
        "»»»",
    ] {
        let report = import_text_report(input);
        assert!(audit(input, &report).is_clean(), "{input:?}");
        assert!(report.unplaced_lines(input).is_empty(), "{input:?}");
    }
    let doc = import_text("просто строка без структуры");
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.header.kind, None);
}

#[test]
fn date_and_place_variants_in_the_header() {
    let doc = assert_lossless(
        "ПРОТОКОЛ № 3 от 14.03.2024\nзаседания совета\n\nПредседатель – Иванова И.И.\n",
    );
    assert_eq!(doc.header.number, "3");
    assert_eq!(doc.header.adopted_on, "14.03.2024");
    assert_eq!(doc.header.meeting, "заседания совета");

    let doc = assert_lossless("ПРОТОКОЛ №5\nсовещания директоров\n\n25.02.2022                 г. Чаплыгин\n\nПредседатель – Иванова И.И.\n");
    assert_eq!(doc.header.adopted_on, "25.02.2022");
    assert_eq!(doc.header.place, "г. Чаплыгин");

    let doc = assert_lossless(
        "РЕШЕНИЕ\nсовета\n\nс. Лебедевка\t\t30 августа 2019 г.\n\nУчастники обсудили итоги.\n",
    );
    assert_eq!(doc.header.place, "с. Лебедевка");
    assert_eq!(doc.header.adopted_on, "30 августа 2019 г.");

    let doc = assert_lossless("РЕШЕНИЕ\nот 30.08.2019\n\nУчастники обсудили итоги.\n");
    assert_eq!(doc.header.adopted_on, "30.08.2019");
    assert_eq!(doc.header.meeting, "");
    assert_round_trips(&doc);
}

#[test]
fn long_sections_get_double_letters() {
    let mut input = String::from("РЕШЕНИЕ\n\nРуководителям ОО:\n");
    for n in 1..=30 {
        input.push_str(&format!("- провести мероприятие номер {n};\n"));
    }
    let doc = assert_lossless(&input);
    assert_eq!(doc.sections[0].directives.len(), 30);
    let letters = export_text(&doc, NumberingStyle::Letters);
    assert!(
        letters.contains("\nя) провести мероприятие номер 28;\n"),
        "{letters}"
    );
    assert!(
        letters.contains("\nаа) провести мероприятие номер 29;\n"),
        "{letters}"
    );
    assert!(
        letters.contains("\nаб) провести мероприятие номер 30;\n"),
        "{letters}"
    );
    assert_round_trips(&doc);
}

#[test]
fn glued_markers_and_bullets() {
    let input = "РЕШЕНИЕ\n\n1.Управлению образования:\n-обеспечить охват детей;\n–провести семинар.\n2)Руководителям ОО:\n•Принять участие в конкурсе.\n";
    let doc = assert_lossless(input);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[0].addressee, "Управлению образования");
    assert_eq!(
        texts(&doc.sections[0]),
        ["обеспечить охват детей;", "провести семинар."]
    );
    assert_eq!(doc.sections[1].source_number.as_deref(), Some("2)"));
    assert_eq!(texts(&doc.sections[1]), ["Принять участие в конкурсе."]);
}

#[test]
fn directives_after_a_decision_lead_without_addressee() {
    let input = "\
РЕШЕНИЕ
педагогического совета

Заслушав информацию заместителя директора, педагогический совет РЕШИЛ:

- принять к сведению информацию об итогах года;
- утвердить план работы на 2024/2025 учебный год;
- классным руководителям провести родительские собрания до 20 сентября 2024 года.
";
    let doc = assert_lossless(input);
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.sections.len(), 1);
    assert_eq!(doc.sections[0].addressee, "");
    assert_eq!(doc.sections[0].directives.len(), 3);
    assert_round_trips(&doc);
}

#[test]
fn unnumbered_agenda() {
    let input = "\
ПРОТОКОЛ
заседания совета

ПОВЕСТКА ДНЯ:
О подготовке школ к новому учебному году
Докладчик: Иванова И.И.
Об организации питания обучающихся
Докладчик: Петрова П.П.

СЛУШАЛИ: Иванову И.И. – о готовности школ.
РЕШИЛИ: Информацию принять к сведению.
СЛУШАЛИ: Петрову П.П. – об организации питания.
РЕШИЛИ:
Руководителям ОО:
- обеспечить контроль качества питания.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    let titles: Vec<_> = p.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "О подготовке школ к новому учебному году",
            "Об организации питания обучающихся"
        ]
    );
    assert_eq!(p.agenda[1].reporter, "Петрова П.П.");
    assert_eq!(p.agenda[0].heard.speaker, "Иванову И.И.");
    assert_eq!(
        texts(&p.agenda[0].decided[0]),
        ["Информацию принять к сведению."]
    );
    assert_eq!(p.agenda[1].decided[0].addressee, "Руководителям ОО");
    assert_round_trips(&doc);
}

#[test]
fn imported_ids_are_unique_and_allocated() {
    for input in [DECISION, RESOLUTION, PROTOCOL] {
        let mut doc = import_text(input);
        let mut ids: Vec<u32> = doc.preamble.iter().map(|p| p.id.0).collect();
        for s in doc.all_sections() {
            ids.push(s.id.0);
            for d in &s.directives {
                ids.push(d.id.0);
                ids.extend(d.items.iter().map(|i| i.id.0));
            }
        }
        if let Some(p) = &doc.protocol {
            ids.extend(p.agenda.iter().map(|a| a.id.0));
        }
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "ids must be unique");
        let max = ids.last().copied().unwrap_or_default();
        assert!(doc.next_id > max);
        assert!(
            doc.alloc() > max,
            "fresh ids continue after the imported ones"
        );
    }
}

#[test]
fn bare_two_level_numbers() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\n1. Отделу образования:\n1.1 обеспечить охват детей;\n1.2 провести семинар.\n",
    );
    assert_eq!(numbers(&doc.sections[0]), [Some("1.1"), Some("1.2")]);
    assert_eq!(
        texts(&doc.sections[0]),
        ["обеспечить охват детей;", "провести семинар."]
    );
}

#[test]
fn empty_directives_round_trip_in_every_style() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\n1. Отделу образования:\n1.1. Провести семинар.\n1.2. \n1.3. Подготовить отчёт.\n",
    );
    assert_eq!(
        texts(&doc.sections[0]),
        ["Провести семинар.", "", "Подготовить отчёт."]
    );
    assert_round_trips(&doc);
}

#[test]
fn a_lone_bullet_is_an_empty_item() {
    let doc = assert_lossless("РЕШЕНИЕ\n\nРуководителям ОО:\n–\n– провести семинар;\n•\n");
    assert_eq!(texts(&doc.sections[0]), ["", "провести семинар;", ""]);
}

#[test]
fn sub_items_of_sub_items_at_every_depth() {
    let doc = assert_lossless(
        "\
РЕШЕНИЕ

1. Комитету по образованию:
1.1. Обеспечить:
1.1.1. подготовку школ к учебному году, в том числе:
1.1.1.1. ремонт спортивных залов;
1.1.1.2. приёмку зданий до 15 августа 2024 года;
1.1.2. проведение совещания.
1.2. Провести семинар.
2. Директору МБОУ СОШ № 1:
а) организовать:
– охрану здания:
• пропускной режим;
б) отчитаться до 1 сентября 2024 года.
",
    );
    let deep = &doc.sections[0].directives[0];
    assert_eq!(deep.items.len(), 2);
    assert_eq!(deep.items[0].items.len(), 2);
    assert_eq!(
        deep.items[0].items[1].source_number.as_deref(),
        Some("1.1.1.2")
    );
    let lettered = &doc.sections[1];
    assert_eq!(
        texts(lettered),
        ["организовать:", "отчитаться до 1 сентября 2024 года."]
    );
    assert_eq!(
        lettered.directives[0].items[0].items[0].text,
        "пропускной режим;"
    );
    assert_round_trips(&doc);
    let decimal = export_text(&doc, NumberingStyle::Decimal);
    assert!(decimal.contains("\n1.1.1.2. приёмку"), "{decimal}");
    let bullets = export_text(&doc, NumberingStyle::Bullets);
    assert!(bullets.contains("\n◦ приёмку"), "{bullets}");
}

#[test]
fn sub_items_deeper_than_numbers_go_on_with_bullets() {
    let mut doc = import_text("РЕШЕНИЕ\n\n1. Комитету по образованию:\n1.1. Обеспечить:\n");
    let mut text = String::from("уровень");
    let mut parent = &mut doc.sections[0].directives[0];
    for depth in 1..=12 {
        text.push_str(" ещё");
        parent.items.push(resolution_core::Directive {
            id: resolution_core::DirectiveId(0),
            text: format!("{text} {depth}:"),
            items: vec![],
            source_number: None,
        });
        parent = &mut parent.items[0];
    }
    for style in NumberingStyle::ALL {
        let exported = export_text(&doc, style);
        assert!(exported.contains("ещё 12:"), "{exported}");
        let back = import_text(&exported);
        let mut depth = 0;
        let mut d = &back.sections[0].directives[0];
        while let Some(first) = d.items.first() {
            depth += 1;
            d = first;
        }
        assert!(
            depth >= 9,
            "{style:?}: nesting kept to depth {depth}\n{exported}"
        );
        assert_eq!(
            count(&back.sections[0].directives),
            13,
            "{style:?}: every item read back"
        );
    }
}

fn count(list: &[resolution_core::Directive]) -> usize {
    list.iter().map(|d| 1 + count(&d.items)).sum()
}

#[test]
fn a_first_numbered_item_without_addressee_is_a_directive() {
    let input = "\
РЕШЕНИЕ
совещания руководителей образовательных организаций

Участники совещания обсудили итоги летней оздоровительной кампании.

1. Информацию начальника управления принять к сведению.

2. Руководителям образовательных организаций:

2.1. Обеспечить занятость детей в каникулы.
";
    let doc = assert_lossless(input);
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[0].addressee, "");
    assert_eq!(doc.sections[0].source_number.as_deref(), Some("1"));
    assert_eq!(
        texts(&doc.sections[0]),
        ["Информацию начальника управления принять к сведению."]
    );
    let gaps = validate(&doc, &ValidateOptions::default())
        .into_iter()
        .filter(|d| d.code == RuleCode::NumberingGap)
        .count();
    assert_eq!(gaps, 0);
    assert_round_trips(&doc);
}

#[test]
fn decision_lead_followed_by_a_word() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\nУчастники совещания решили следующее:\n\n1. Информацию принять к сведению.\n2. Продолжить работу по профилактике.\n",
    );
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.sections.len(), 2);
    assert_round_trips(&doc);
}

#[test]
fn numbered_preamble_lists_stay_in_the_preamble() {
    for input in [
        "РЕШЕНИЕ\n\nУчастники отметили:\n1. Рост охвата детей.\n2. Открытие центров.\nРуководителям ОО:\n- обеспечить охват.\n",
        "РЕШЕНИЕ\n\nУчастники отметили:\n1. Рост охвата детей.\n2. Открытие центров.\n1. Руководителям ОО:\n- обеспечить охват.\n",
        "РЕШЕНИЕ\n\nОтмечено:\n1. Рост охвата детей.\n3. Открытие центров.\n4. Руководителям ОО:\n- обеспечить охват.\n",
    ] {
        let doc = assert_lossless(input);
        assert_eq!(doc.preamble.len(), 3, "{input}");
        assert_eq!(doc.sections.len(), 1, "{input}");
    }
}

#[test]
fn an_addressee_in_line_with_its_directive_opens_a_section() {
    let input = "\
РЕШЕНИЕ
совещания руководителей

Участники совещания решили:

1. Информацию начальника управления принять к сведению.
2. Руководителям ОО обеспечить участие педагогов в семинарах до 1 октября 2024 года.
3. Управлению образования (Петрова А.И.) организовать мониторинг до 1 ноября 2024 года.
4. Работу методического центра признать удовлетворительной.
5. МКУ «ИМЦ» провести конкурс в декабре 2024 года.
";
    let doc = assert_lossless(input);
    let addressees: Vec<&str> = doc.sections.iter().map(|s| s.addressee.as_str()).collect();
    assert_eq!(
        addressees,
        [
            "",
            "Руководителям ОО",
            "Управлению образования (Петрова А.И.)",
            "",
            "МКУ «ИМЦ»"
        ]
    );
    assert_eq!(
        texts(&doc.sections[1]),
        ["обеспечить участие педагогов в семинарах до 1 октября 2024 года."]
    );
    assert_eq!(
        texts(&doc.sections[3]),
        ["Работу методического центра признать удовлетворительной."]
    );
    let missing = validate(&doc, &ValidateOptions::default())
        .into_iter()
        .filter(|d| d.code == RuleCode::MissingAddressee)
        .count();
    assert_eq!(missing, 0);
    assert_round_trips(&doc);
}

#[test]
fn an_addressee_in_line_starts_the_directives_without_a_decision_line() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\nУчастники обсудили итоги года.\n\n1. Руководителям ОО обеспечить охват детей.\n2. Отделу опеки провести проверку.\n",
    );
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[1].addressee, "Отделу опеки");
    assert_round_trips(&doc);
}

#[test]
fn lower_case_labels_and_labels_without_separator() {
    let input = "\
ПРОТОКОЛ № 3
заседания совета школы

05.04.2024

председатель: Громова А.А., директор школы
секретарь Лунина Б.Б., учитель

присутствовали: Белов В.В., Зайцева Г.Г.

ПОВЕСТКА ДНЯ:
1. О ремонте спортзала.

СЛУШАЛИ: Громову А.А. – о смете ремонта.
РЕШИЛИ:
1. Смету ремонта утвердить.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    assert_eq!(p.chair, "Громова А.А., директор школы");
    assert_eq!(p.secretary, "Лунина Б.Б., учитель");
    assert_eq!(p.attendees, ["Белов В.В., Зайцева Г.Г."]);
    assert!(doc.preamble.is_empty());
    assert_round_trips(&doc);

    let input = "\
ПРОТОКОЛ № 4
заседания совета школы

Председатель Громова А.А., директор школы
Секретарь Лунина Б.Б.
Присутствовали: Белов В.В.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    assert_eq!(p.chair, "Громова А.А., директор школы");
    assert_eq!(p.secretary, "Лунина Б.Б.");
    assert_eq!(p.attendees, ["Белов В.В."]);
    assert!(doc.preamble.is_empty());
    assert_round_trips(&doc);
}

#[test]
fn absentees_invited_and_votes_are_not_attendees_or_directives() {
    let input = "\
ПРОТОКОЛ № 5
заседания совета школы

Председатель: Громова А.А.
Секретарь: Лунина Б.Б.
Присутствовали:
Белов В.В. – учитель;
Зайцева Г.Г. – учитель.
Отсутствовали: Орлов Е.Е.
Приглашённые: Киселёва Ж.Ж., родитель.

ПОВЕСТКА ДНЯ:
1. О ремонте спортзала.

СЛУШАЛИ: Громову А.А. – о смете ремонта.
РЕШИЛИ:
1. Смету ремонта утвердить.
Голосовали: «за» – 12, «против» – 0, «воздержались» – 0.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    assert_eq!(
        p.attendees,
        [
            "Белов В.В. – учитель;",
            "Зайцева Г.Г. – учитель.",
            "Приглашённые: Киселёва Ж.Ж., родитель."
        ]
    );
    let preamble: Vec<_> = doc.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(preamble, ["Отсутствовали: Орлов Е.Е."]);
    let item = &p.agenda[0];
    assert_eq!(item.decided.len(), 1);
    assert_eq!(texts(&item.decided[0]), ["Смету ремонта утвердить."]);
    assert_eq!(
        item.heard.summary,
        "о смете ремонта.\nГолосовали: «за» – 12, «против» – 0, «воздержались» – 0."
    );
    assert_round_trips(&doc);

    let input = "\
ПРОТОКОЛ № 6
заседания совета школы

Председатель: Громова А.А.
отсутствовали:
Орлов Е.Е.
Приглашенные:
Киселёва Ж.Ж.

СЛУШАЛИ: Громову А.А.
РЕШИЛИ:
1. Смету утвердить.
Голосовали:
«за» – 12;
против – 0.
2. Провести ремонт до 1 августа 2024 года.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    assert_eq!(p.attendees, ["Приглашенные:", "Киселёва Ж.Ж."]);
    let preamble: Vec<_> = doc.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(preamble, ["отсутствовали:", "Орлов Е.Е."]);
    let item = &p.agenda[0];
    assert_eq!(item.heard.summary, "Голосовали:\n«за» – 12;\nпротив – 0.");
    let decided: Vec<_> = item.decided.iter().flat_map(texts).collect();
    assert_eq!(
        decided,
        [
            "Смету утвердить.",
            "Провести ремонт до 1 августа 2024 года."
        ]
    );
    assert_round_trips(&doc);
}

#[test]
fn agenda_reporter_label_is_split_off_and_stripped() {
    let input = "\
ПРОТОКОЛ № 8
заседания совета школы

ПОВЕСТКА ДНЯ:
1. Об итогах олимпиады. Докладчик: Белов В.В.
2. О ремонте спортзала.
Докладчик – Громова А.А., директор
3. О питании. Докладчик Зайцева Г.Г.

1. СЛУШАЛИ: Белова В.В. – об итогах олимпиады.
РЕШИЛИ: Информацию принять к сведению.
";
    let doc = assert_lossless(input);
    let p = doc.protocol.as_ref().expect("protocol");
    let items: Vec<_> = p
        .agenda
        .iter()
        .map(|a| (a.title.as_str(), a.reporter.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            ("Об итогах олимпиады.", "Белов В.В."),
            ("О ремонте спортзала.", "Громова А.А., директор"),
            ("О питании.", "Зайцева Г.Г."),
        ]
    );
    assert_round_trips(&doc);
}

#[test]
fn an_addressee_in_lower_case_on_a_numbered_line_opens_a_section() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\nУчастники совещания решили:\n\n1. Руководителям ОО:\n1.1. обеспечить охват.\n2. руководителям дошкольных организаций:\n2.1. провести собрания.\n- педагогам:\n",
    );
    let addressees: Vec<&str> = doc.sections.iter().map(|s| s.addressee.as_str()).collect();
    assert_eq!(
        addressees,
        ["Руководителям ОО", "руководителям дошкольных организаций"]
    );
    assert_eq!(
        texts(&doc.sections[1]),
        ["провести собрания.", "педагогам:"]
    );
    assert_round_trips(&doc);
}

#[test]
fn a_deadline_in_an_addressee_line_becomes_the_sections_lead() {
    let doc = assert_lossless(
        "РЕШЕНИЕ\n\nУчастники совещания решили:\n\n1. Руководителям ОО в срок до 1 марта 2025 года:\n1.1. провести анализ;\n1.2. направить отчёт.\n2. Участникам конкурса 2024 года:\n2.1. представить работы до 1 мая 2025 года.\n",
    );
    assert_eq!(doc.sections[0].addressee, "Руководителям ОО");
    assert_eq!(doc.sections[0].lead, "в срок до 1 марта 2025 года");
    assert_eq!(doc.sections[1].addressee, "Участникам конкурса 2024 года");
    let missing = validate(&doc, &ValidateOptions::default())
        .into_iter()
        .filter(|d| d.code == RuleCode::MissingDeadline)
        .count();
    assert_eq!(missing, 0);
    assert_round_trips(&doc);
}

#[test]
fn protocol_decisions_numbered_one_level_down_take_their_addressee_in_line() {
    let doc = assert_lossless(
        "ПРОТОКОЛ №2\nсовещания руководителей\n\nПредседатель: Иванова А.А.\nСекретарь: Петрова Б.Б.\n\nПОВЕСТКА:\n1. Об отдыхе детей.\n\n1. СЛУШАЛИ:\nКузнецову Г.Г.\n\nРЕШИЛИ:\n1.1. Руководителям ОО обеспечить охват отдыхом.\nСрок исполнения: до 1 июня 2025 года.\n1.2. Отделу опеки провести проверку лагерей.\n",
    );
    let protocol = doc.protocol.as_ref().expect("a protocol");
    let decided = &protocol.agenda[0].decided;
    let addressees: Vec<&str> = decided.iter().map(|s| s.addressee.as_str()).collect();
    assert_eq!(addressees, ["Руководителям ОО", "Отделу опеки"]);
    assert_eq!(
        texts(&decided[0]),
        [
            "обеспечить охват отдыхом.",
            "Срок исполнения: до 1 июня 2025 года."
        ]
    );
    assert_round_trips(&doc);
}
