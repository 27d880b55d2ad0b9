//! Word export: a valid zip package whose document.xml holds every
//! directive, with real styles and numbering; optionally rendered to PDF by
//! LibreOffice.

mod export_support;

use std::path::PathBuf;
use std::process::Command;

use export_support::{
    decision, directive_texts, docx_paragraphs as paragraphs, docx_part as part, protocol,
};
use resolution_core::export::to_docx;
use resolution_core::Document;

fn check_package(doc: &Document) -> Vec<(String, String)> {
    let bytes = to_docx(doc).unwrap_or_else(|e| panic!("{e}"));
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let xml = part(&bytes, "word/document.xml");
    let paras = paragraphs(&xml);
    for text in directive_texts(doc) {
        assert!(
            paras.iter().any(|(p, _)| p.contains(&text)),
            "directive {text:?} missing"
        );
    }
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains("w:styleId=\"Heading1\"") && styles.contains("heading 1"));
    assert!(styles.contains("Times New Roman"));
    assert!(styles.contains("w:val=\"28\""), "14 pt default size");
    assert!(
        xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""),
        "A4"
    );
    let numbering = part(&bytes, "word/numbering.xml");
    assert!(numbering.contains("%1.%2."), "multilevel numbering");
    paras
}

#[test]
fn decision_package_has_headings_numbering_and_every_directive() {
    let doc = decision();
    let paras = check_package(&doc);
    let title = paras.iter().find(|(t, _)| t == "РЕШЕНИЕ");
    assert!(title.is_some_and(|(_, xml)| xml.contains("w:val=\"Heading1\"")));
    let header: Vec<&str> = paras.iter().take(5).map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        header,
        [
            "Управление образования администрации Озёрского района",
            "РЕШЕНИЕ",
            "совещания руководителей образовательных организаций",
            "«Качество образования: задачи на 2021/2022 учебный год»",
            "27 августа 2021 года, г. Озёрск",
        ]
    );
    // Sections at level 0, directives at level 1, items at level 2.
    let level = |text: &str| {
        paras
            .iter()
            .find(|(t, _)| t.starts_with(text))
            .and_then(|(_, xml)| {
                xml.split("<w:ilvl w:val=\"")
                    .nth(1)
                    .and_then(|r| r.chars().next())
            })
    };
    assert_eq!(level("Управлению образования:"), Some('0'));
    assert_eq!(level("обеспечить разработку плана"), Some('1'));
    assert_eq!(level("проведение мониторинга"), Some('2'));
    assert_eq!(
        level("Срок исполнения:"),
        None,
        "deadline lines are not numbered"
    );
    let signature = paras.iter().find(|(t, _)| t.starts_with("Председатель"));
    assert!(signature
        .is_some_and(|(t, xml)| t == "ПредседательИ. П. Петрова" && xml.contains("<w:tab />")));
}

#[test]
fn protocol_package_has_agenda_and_one_list_per_item() {
    let doc = protocol();
    let bytes = to_docx(&doc).unwrap_or_else(|e| panic!("{e}"));
    let paras = check_package(&doc);
    let texts: Vec<&str> = paras.iter().map(|(t, _)| t.as_str()).collect();
    for expected in [
        "ПРОТОКОЛ № 7",
        "ПОВЕСТКА",
        "2. О посещаемости",
        "СЛУШАЛИ: Сидорову А.А.",
        "РЕШИЛИ:",
    ] {
        assert!(texts.contains(&expected), "{expected:?} not in {texts:?}");
    }
    let numbering = part(&bytes, "word/numbering.xml");
    assert_eq!(
        numbering.matches("w:val=\"%1.%2.\"").count(),
        2,
        "one list per РЕШИЛИ"
    );
    let document = part(&bytes, "word/document.xml");
    assert!(
        document.contains("<w:numId w:val=\"3\" />")
            && document.contains("<w:numId w:val=\"4\" />")
    );
}

#[test]
fn control_characters_do_not_break_the_xml() {
    let mut doc = decision();
    doc.sections[0].directives[0].text = "обеспечить\u{1}\u{8} учёт & контроль <сроков>".into();
    let bytes = to_docx(&doc).unwrap_or_else(|e| panic!("{e}"));
    let xml = part(&bytes, "word/document.xml");
    assert!(!xml.contains('\u{1}'));
    assert!(paragraphs(&xml)
        .iter()
        .any(|(t, _)| t == "обеспечить учёт & контроль <сроков>"));
}

fn find_program(names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let ok = Command::new("which")
            .arg(name)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| (*name).to_owned())
    })
}

#[test]
fn libreoffice_renders_every_directive() {
    let Some(office) = find_program(&["libreoffice", "soffice"]) else {
        println!("skipped: libreoffice not installed");
        return;
    };
    let Some(pdftotext) = find_program(&["pdftotext"]) else {
        println!("skipped: pdftotext (poppler-utils) not installed");
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("export_docx_pdf");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    // Three levels of Word numbering in the decision; numbering restarting
    // within each РЕШИЛИ in the protocol.
    for (name, doc, numbering) in [
        ("decision", decision(), "1.2.1."),
        ("protocol", protocol(), "2.1."),
    ] {
        let docx = dir.join(format!("{name}.docx"));
        std::fs::write(&docx, to_docx(&doc).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"));
        let status = Command::new(&office)
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx)
            .env("HOME", &dir)
            .status()
            .unwrap_or_else(|e| panic!("{office}: {e}"));
        assert!(status.success(), "{office} failed on {name}");
        let pdf = dir.join(format!("{name}.pdf"));
        let out = Command::new(&pdftotext)
            .args(["-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap_or_else(|e| panic!("{pdftotext}: {e}"));
        let text: String = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for directive in directive_texts(&doc) {
            let words: String = directive.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&words), "{name}: {words:?} not in the PDF");
        }
        assert!(
            text.contains(numbering),
            "{name}: Word numbering {numbering} is rendered"
        );
    }
}
