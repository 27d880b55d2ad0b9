//! Shared helpers of the export tests: small documents written for the
//! tests and access to the corpus.

#![allow(dead_code)]

use std::io::{Cursor, Read};
use std::path::PathBuf;

use resolution_core::model::{
    AgendaItem, Directive, Document, Header, Hearing, Kind, Paragraph, Protocol, Section, Signatory,
};
use resolution_core::text::import_text;

/// A section `addressee` / `lead` with directives; a directive given as
/// `("text", &["item", …])` gets items.
pub fn section(
    doc: &mut Document,
    addressee: &str,
    lead: &str,
    directives: &[(&str, &[&str])],
) -> Section {
    let id = doc.new_section_id();
    let mut s = Section {
        id,
        addressee: addressee.into(),
        lead: lead.into(),
        directives: Vec::new(),
        source_number: None,
    };
    for (text, items) in directives {
        let id = doc.new_directive_id();
        let mut d = Directive {
            id,
            text: (*text).into(),
            items: Vec::new(),
            source_number: None,
        };
        for item in *items {
            let id = doc.new_directive_id();
            d.items.push(Directive {
                id,
                text: (*item).into(),
                items: Vec::new(),
                source_number: None,
            });
        }
        s.directives.push(d);
    }
    s
}

/// A decision of a fictional district written for these tests.
pub fn decision() -> Document {
    let mut doc = Document {
        header: Header {
            kind: Some(Kind::Decision),
            number: String::new(),
            organization: "Управление образования администрации Озёрского района".into(),
            meeting: "совещания руководителей образовательных организаций".into(),
            topic: "«Качество образования: задачи на 2021/2022 учебный год»".into(),
            adopted_on: "27 августа 2021 года".into(),
            place: "г. Озёрск".into(),
            approval: String::new(),
        },
        ..Document::default()
    };
    let id = doc.new_paragraph_id();
    doc.preamble.push(Paragraph {
        id,
        text:
            "Участники совещания обсудили итоги года и *приоритеты* работы; отмечены [успехи] школ."
                .into(),
    });
    let s1 = section(
        &mut doc,
        "Управлению образования",
        "",
        &[
            ("обеспечить разработку плана мероприятий до 1 октября 2021 года;", &[]),
            (
                "в целях повышения качества образования до 15 ноября 2021 года обеспечить:",
                &[
                    "проведение мониторинга образовательных результатов;",
                    "подготовку аналитической справки, в том числе по школам; с низкими результатами.",
                ],
            ),
            ("организовать работу методических объединений — постоянно;", &[]),
            ("провести семинар для заместителей директоров в течение 2021/2022 учебного года.", &[]),
        ],
    );
    let s2 = section(
        &mut doc,
        "Руководителям общеобразовательных организаций",
        "обеспечить",
        &[
            (
                "охват обучающихся дополнительным образованием не менее 75 % к концу 2022 года;",
                &[],
            ),
            ("участие педагогов в курсах повышения квалификации.", &[]),
        ],
    );
    let s3 = section(
        &mut doc,
        "Информационно-методическому центру:",
        "",
        &[
            ("обобщить опыт школ «Точки роста»;", &[]),
            ("Срок исполнения: до 20 декабря 2021 года", &[]),
        ],
    );
    doc.sections = vec![s1, s2, s3];
    doc.signatories = vec![
        Signatory {
            role: "Председатель".into(),
            name: "И. П. Петрова".into(),
        },
        Signatory {
            role: "Секретарь".into(),
            name: "О. С. Иванова".into(),
        },
    ];
    doc
}

/// A protocol with two agenda items written for these tests.
pub fn protocol() -> Document {
    let mut doc = Document {
        header: Header {
            kind: Some(Kind::Protocol),
            number: "7".into(),
            organization: "Отдел образования администрации Лесного района".into(),
            meeting: "совещания руководителей школ".into(),
            topic: String::new(),
            adopted_on: "14.03.2023".into(),
            place: "с. Лесное".into(),
            approval: String::new(),
        },
        ..Document::default()
    };
    let first = vec![section(
        &mut doc,
        "Руководителям школ",
        "",
        &[
            (
                "Провести анализ результатов пробных экзаменов до 1 апреля 2023 года.",
                &[],
            ),
            ("Организовать консультации для выпускников.", &[]),
        ],
    )];
    let second = vec![
        section(
            &mut doc,
            "",
            "",
            &[("Информацию Сидоровой А.А. принять к сведению.", &[])],
        ),
        section(
            &mut doc,
            "Заместителям директоров",
            "",
            &[
                ("Обеспечить контроль за посещаемостью занятий.", &[]),
                ("Срок исполнения: постоянно", &[]),
            ],
        ),
    ];
    let a1 = doc.new_agenda_item_id();
    let a2 = doc.new_agenda_item_id();
    doc.protocol = Some(Protocol {
        chair: "Орлова Т.Н., начальник отдела образования".into(),
        secretary: "Белова Е.В.".into(),
        attendees: vec![
            "Сидорова А.А. — методист".into(),
            "- руководители школ".into(),
        ],
        agenda: vec![
            AgendaItem {
                id: a1,
                title: "О подготовке к государственной итоговой аттестации".into(),
                reporter: "Орлова Т.Н.".into(),
                heard: Hearing {
                    speaker: "Орлову Т.Н.".into(),
                    summary: "Рассказала о ходе подготовки.\nОтметила риски.".into(),
                },
                decided: first,
                source_number: None,
            },
            AgendaItem {
                id: a2,
                title: "О посещаемости".into(),
                reporter: "Сидорова А.А.".into(),
                heard: Hearing {
                    speaker: "Сидорову А.А.".into(),
                    summary: "Представила данные мониторинга.".into(),
                },
                decided: second,
                source_number: None,
            },
        ],
    });
    doc.signatories = vec![
        Signatory {
            role: "Председатель".into(),
            name: "Т.Н. Орлова".into(),
        },
        Signatory {
            role: "Секретарь".into(),
            name: "Е.В. Белова".into(),
        },
    ];
    doc
}

/// Every directive text of `doc` (items included), in reading order.
pub fn directive_texts(doc: &Document) -> Vec<String> {
    doc.all_directives()
        .map(|d| d.text.trim().to_owned())
        .collect()
}

/// The corpus folder, or `None` (after printing why) when it is absent.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ));
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: corpus not found at {}", dir.display());
        None
    }
}

/// The corpus documents imported with `import_text`, with their file names.
pub fn corpus() -> Vec<(String, Document)> {
    let Some(dir) = corpus_dir() else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, import_text(&text)))
        })
        .collect()
}

/// A part of a .docx package as text.
pub fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).unwrap_or_else(|e| panic!("not a zip: {e}"));
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    file.read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    text
}

fn xml_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text of each `<w:p>` of document.xml (runs joined).
pub fn docx_paragraphs(xml: &str) -> Vec<(String, String)> {
    xml.split("</w:p>")
        .map(|p| {
            let mut text = String::new();
            let mut rest = p;
            while let Some(start) = rest.find("<w:t") {
                let after = &rest[start..];
                let Some(open_end) = after.find('>') else {
                    break;
                };
                let tag = &after[..open_end];
                if tag.ends_with('/')
                    || !(tag.starts_with("<w:t>") || tag.starts_with("<w:t ") || tag == "<w:t")
                {
                    rest = &after[open_end..];
                    continue;
                }
                let body = &after[open_end + 1..];
                let Some(close) = body.find("</w:t>") else {
                    break;
                };
                text.push_str(&xml_unescape(&body[..close]));
                rest = &body[close..];
            }
            (text, p.to_owned())
        })
        .filter(|(t, _)| !t.is_empty())
        .collect()
}
