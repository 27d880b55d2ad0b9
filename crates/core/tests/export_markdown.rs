//! Markdown export: structure, numbering and escaping.

mod export_support;

use export_support::{decision, directive_texts, protocol};
use resolution_core::export::to_markdown;

#[test]
fn decision_has_header_preamble_numbered_sections_and_signatures() {
    let md = to_markdown(&decision());
    let lines: Vec<&str> = md.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "**Управление образования администрации Озёрского района**"
    );
    assert_eq!(lines[1], "# Решение");
    assert_eq!(
        lines[2],
        "**совещания руководителей образовательных организаций**"
    );
    assert_eq!(
        lines[3],
        "**«Качество образования: задачи на 2021/2022 учебный год»**"
    );
    assert_eq!(lines[4], "*27 августа 2021 года, г. Озёрск*");
    // Markdown in user text is escaped.
    assert_eq!(
        lines[5],
        "Участники совещания обсудили итоги года и \\*приоритеты\\* работы; отмечены \\[успехи\\] школ."
    );
    assert_eq!(lines[6], "**1\\. Управлению образования:**");
    assert_eq!(
        lines[7],
        "1.1. обеспечить разработку плана мероприятий до 1 октября 2021 года;"
    );
    assert!(lines.contains(
        &"1.2.2. подготовку аналитической справки, в том числе по школам; с низкими результатами."
    ));
    assert!(lines.contains(&"**2\\. Руководителям общеобразовательных организаций обеспечить:**"));
    assert!(lines.contains(&"*Срок исполнения: до 20 декабря 2021 года*"));
    assert_eq!(lines[lines.len() - 2], "Председатель — И. П. Петрова");
    assert_eq!(lines[lines.len() - 1], "Секретарь — О. С. Иванова");
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
}

#[test]
fn protocol_parts_are_printed_with_local_numbers() {
    let doc = protocol();
    let md = to_markdown(&doc);
    assert!(
        md.starts_with("**Отдел образования администрации Лесного района**\n\n# Протокол № 7\n")
    );
    for expected in [
        "**Председатель:** Орлова Т.Н., начальник отдела образования",
        "**Присутствовали:**\n\n- Сидорова А.А. — методист\n\n- руководители школ",
        "## ПОВЕСТКА",
        "1\\. О подготовке к государственной итоговой аттестации — *Орлова Т.Н.*",
        "## 2\\. О посещаемости",
        "**СЛУШАЛИ:** Сидорову А.А.",
        "Рассказала о ходе подготовки.\n\nОтметила риски.",
        "**РЕШИЛИ:**",
        "1\\. Информацию Сидоровой А.А. принять к сведению.",
        "**2\\. Заместителям директоров:**\n\n2.1. Обеспечить контроль за посещаемостью занятий.",
        "*Срок исполнения: постоянно*",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
    for text in directive_texts(&doc) {
        assert!(md.contains(&text), "directive {text:?} missing");
    }
}

#[test]
fn line_start_markers_in_user_text_are_escaped() {
    let mut doc = decision();
    doc.sections[1].directives[1].text = "- 1. # _обеспечить_ <b>участие</b> & `код`".into();
    let md = to_markdown(&doc);
    assert!(
        md.contains("2.2. \\- 1. \\# \\_обеспечить\\_ \\<b\\>участие\\</b\\> \\& \\`код\\`"),
        "{md}"
    );
    doc.preamble[0].text = "2019. Год\n# не заголовок".into();
    let md = to_markdown(&doc);
    assert!(md.contains("2019\\. Год\n\n\\# не заголовок"), "{md}");
}
