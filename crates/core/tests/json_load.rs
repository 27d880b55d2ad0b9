//! Loading and saving JSON drafts: round trips, every error kind, the
//! migration chain and id integrity.

use resolution_core::json::{
    from_json, migrate_v0_to_v1, to_json, JsonError, CURRENT_VERSION, FORMAT, MAX_BYTES,
};
use resolution_core::locale::Locale;
use resolution_core::{
    AgendaItem, AgendaItemId, Directive, DirectiveId, Document, Header, Hearing, Kind, Paragraph,
    ParagraphId, Protocol, Section, SectionId, Signatory,
};
use serde_json::{json, Value};

fn directive(id: u32, text: &str) -> Directive {
    Directive {
        id: DirectiveId(id),
        text: text.to_string(),
        items: Vec::new(),
        source_number: None,
    }
}

/// A decision with nested items, a protocol part and signatories.
fn sample() -> Document {
    let mut lead = directive(4, "в целях развития сети центров «Точка роста» обеспечить:");
    lead.items = vec![
        directive(5, "разработку сетевых программ до 1 октября 2024 года;"),
        directive(6, "охват обучающихся не менее 40 %."),
    ];
    lead.source_number = Some("1.2".to_string());
    Document {
        header: Header {
            kind: Some(Kind::Decision),
            number: "7".to_string(),
            organization: "Управление образования администрации Северного района".to_string(),
            meeting: "августовского совещания педагогических работников".to_string(),
            topic: "«Качество образования: ориентиры и решения»".to_string(),
            adopted_on: "28 августа 2024 года".to_string(),
            place: "с. Северное".to_string(),
            approval: "Одобрено участниками совещания 28 августа 2024 года".to_string(),
        },
        preamble: vec![Paragraph {
            id: ParagraphId(1),
            text: "Участники совещания обсудили итоги учебного года.".to_string(),
        }],
        sections: vec![Section {
            id: SectionId(2),
            addressee: "Управлению образования".to_string(),
            lead: String::new(),
            directives: vec![
                directive(3, "провести мониторинг до 15 сентября 2024 года;"),
                lead,
            ],
            source_number: Some("1".to_string()),
        }],
        protocol: Some(Protocol {
            chair: "Петрова А.И.".to_string(),
            secretary: "Сидоров В.В.".to_string(),
            attendees: vec!["Иванова Н.С. - методист".to_string()],
            agenda: vec![AgendaItem {
                id: AgendaItemId(7),
                title: "О подготовке к новому учебному году".to_string(),
                reporter: "Петрова А.И.".to_string(),
                heard: Hearing {
                    speaker: "Петрову А.И.".to_string(),
                    summary: "которая рассказала о готовности школ".to_string(),
                },
                decided: vec![Section {
                    id: SectionId(8),
                    addressee: "Руководителям ОО".to_string(),
                    lead: "обеспечить".to_string(),
                    directives: vec![directive(9, "приёмку школ до 10 августа 2024 года.")],
                    source_number: None,
                }],
                source_number: Some("1".to_string()),
            }],
        }),
        signatories: vec![Signatory {
            role: "Председатель".to_string(),
            name: "А.И. Петрова".to_string(),
        }],
        unclassified: vec!["строка без места".to_string()],
        next_id: 10,
        comments: Vec::new(),
    }
}

fn envelope(version: Value, document: Value) -> String {
    json!({ "format": FORMAT, "version": version, "document": document }).to_string()
}

#[test]
fn round_trip_keeps_every_field() {
    let doc = sample();
    let text = to_json(&doc);
    assert_eq!(from_json(&text), Ok(doc));
}

#[test]
fn envelope_has_format_version_and_document_in_order() {
    let text = to_json(&Document::default());
    let value: Value = serde_json::from_str(&text).expect("to_json writes valid JSON");
    assert_eq!(value["format"], "resolution-draft");
    assert_eq!(value["version"], CURRENT_VERSION);
    assert!(value["document"].is_object());
    let format_at = text.find("\"format\"");
    let version_at = text.find("\"version\"");
    let document_at = text.find("\"document\"");
    assert!(format_at < version_at && version_at < document_at, "{text}");
    assert!(text.contains('\n'), "output is pretty-printed");
}

#[test]
fn cyrillic_text_is_written_as_is() {
    let text = to_json(&sample());
    assert!(text.contains("Управлению образования"));
}

#[test]
fn syntax_error_reports_line_and_column() {
    let input = "{\n  \"format\": \"resolution-draft\",\n  \"version\": 1,\n  oops\n}";
    match from_json(input) {
        Err(JsonError::Syntax { line, column, .. }) => {
            assert_eq!((line, column), (4, 3));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn empty_input_is_a_syntax_error() {
    assert!(matches!(
        from_json(""),
        Err(JsonError::Syntax {
            line: 1,
            column: 0,
            ..
        })
    ));
}

#[test]
fn wrong_and_missing_format() {
    assert_eq!(
        from_json(r#"{"format": "odt", "version": 1, "document": {}}"#),
        Err(JsonError::WrongFormat {
            found: "\"odt\"".to_string(),
            line: Some(1),
            column: Some(12),
        })
    );
    let err = from_json("{\n  \"version\": 1,\n  \"format\": 3\n}").unwrap_err();
    assert_eq!(
        err,
        JsonError::WrongFormat {
            found: "3".to_string(),
            line: Some(3),
            column: Some(13),
        }
    );
    assert!(err.message(Locale::Ru).contains("строка 3"), "{err}");
    assert!(err.to_string().contains("line 3"), "{err}");
    assert_eq!(
        from_json(r#"{"header": {"kind": null}}"#),
        Err(JsonError::MissingFormat)
    );
    assert_eq!(from_json("[1, 2]"), Err(JsonError::MissingFormat));
    assert_eq!(from_json("\"text\""), Err(JsonError::MissingFormat));
}

#[test]
fn newer_versions_are_refused() {
    let input = envelope(json!(2), json!({}));
    assert!(matches!(
        from_json(&input),
        Err(JsonError::UnsupportedVersion { found, supported: 1, line: Some(1), column: Some(_) })
            if found == "2"
    ));
    let huge = envelope(json!(u64::MAX), json!({}));
    assert!(matches!(
        from_json(&huge),
        Err(JsonError::UnsupportedVersion { .. })
    ));
}

#[test]
fn non_integer_version_is_invalid() {
    for version in [json!("1"), json!(-1), json!(1.5), json!(null)] {
        let input = envelope(version.clone(), json!({}));
        match from_json(&input) {
            Err(JsonError::Invalid { path, .. }) => assert_eq!(path, "version", "{version}"),
            other => panic!("version {version}: expected Invalid, got {other:?}"),
        }
    }
}

/// The English and Russian messages of an error carry `line` and
/// `column`.
fn assert_position_in_messages(error: &JsonError, line: usize, column: usize) {
    let en = error.message(Locale::En);
    let ru = error.message(Locale::Ru);
    assert!(
        en.contains(&format!("line {line}, column {column}")),
        "{en}"
    );
    assert!(
        ru.contains(&format!("строка {line}, столбец {column}")),
        "{ru}"
    );
}

#[test]
fn version_of_the_wrong_type_names_its_line_and_column() {
    for version in ["\"1\"", "-1", "1.5", "null", "[1]"] {
        let input = format!(
            "{{\n  \"format\": \"resolution-draft\",\n  \"version\": {version},\n  \"document\": {{}}\n}}"
        );
        let error = from_json(&input).expect_err("a version of the wrong type is refused");
        match &error {
            JsonError::Invalid {
                path, line, column, ..
            } => {
                assert_eq!(path, "version");
                assert_eq!((*line, *column), (Some(3), Some(14)), "{version}");
            }
            other => panic!("version {version}: expected Invalid, got {other:?}"),
        }
        assert_position_in_messages(&error, 3, 14);
    }
}

#[test]
fn unsupported_version_names_its_line_and_column() {
    let input = "{\"format\": \"resolution-draft\",\n \"document\": {},\n\t\"version\":  7}";
    let error = from_json(input).expect_err("version 7 is refused");
    assert!(
        matches!(&error, JsonError::UnsupportedVersion { found, line: Some(3), column: Some(14), .. } if found == "7"),
        "{error:?}"
    );
    assert_position_in_messages(&error, 3, 14);
}

#[test]
fn duplicate_id_names_the_line_and_column_of_its_second_use() {
    let input = r#"{
  "format": "resolution-draft",
  "version": 1,
  "document": {
    "header": { "kind": "decision" },
    "preamble": [{ "id": 1, "text": "Участники обсудили итоги." }],
    "sections": [
      { "id": 2, "addressee": "Отделу «Итоги»", "directives": [
        { "id": 3, "text": "провести {мониторинг}, \"id\": 1" },
        { "id":   1, "text": "организовать семинар" }
      ] }
    ]
  }
}"#;
    let error = from_json(input).expect_err("id 1 is used twice");
    match &error {
        JsonError::DuplicateId {
            id,
            path,
            line,
            column,
        } => {
            assert_eq!(*id, 1);
            assert_eq!(path, "document.sections[0].directives[1].id");
            assert_eq!((*line, *column), (Some(10), Some(19)));
        }
        other => panic!("expected DuplicateId, got {other:?}"),
    }
    assert_position_in_messages(&error, 10, 19);
    assert!(error
        .message(Locale::Ru)
        .contains("Повторяющийся идентификатор 1 в document.sections[0].directives[1].id"));
}

#[test]
fn duplicate_id_of_a_migrated_draft_has_a_path_but_no_position() {
    let mut old = version_0();
    old["preamble"] = json!([{ "id": 0, "text": "абзац" }, { "id": 0, "text": "абзац" }]);
    match from_json(&envelope(json!(0), old)) {
        Err(JsonError::DuplicateId {
            path, line, column, ..
        }) => {
            assert!(path.starts_with("document."), "{path}");
            assert_eq!((line, column), (None, None));
        }
        other => panic!("expected DuplicateId, got {other:?}"),
    }
}

#[test]
fn wrong_shape_reports_path_line_and_column() {
    let input = r#"{
  "format": "resolution-draft",
  "version": 1,
  "document": {
    "header": { "kind": "decision" },
    "sections": [
      { "id": 1, "addressee": "Отделу", "directives": [
        { "id": 2, "text": 42 }
      ] }
    ]
  }
}"#;
    match from_json(input) {
        Err(JsonError::Invalid {
            path,
            line,
            column,
            message,
        }) => {
            assert_eq!(path, "document.sections[0].directives[0].text");
            assert_eq!(line, Some(8));
            assert!(column.is_some_and(|c| c > 0));
            assert!(message.contains("invalid type"), "{message}");
            assert!(
                !message.contains("at line"),
                "position is not repeated: {message}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn unknown_kind_is_invalid_with_path() {
    let input = envelope(json!(1), json!({ "header": { "kind": "memo" } }));
    assert!(matches!(
        from_json(&input),
        Err(JsonError::Invalid { path, .. }) if path == "document.header.kind"
    ));
}

#[test]
fn missing_document_is_invalid() {
    let input = json!({ "format": FORMAT, "version": 1 }).to_string();
    assert!(matches!(from_json(&input), Err(JsonError::Invalid { .. })));
}

#[test]
fn duplicate_ids_are_refused_across_node_kinds() {
    let mut doc = sample();
    doc.preamble[0].id = ParagraphId(9);
    assert!(matches!(
        from_json(&to_json(&doc)),
        Err(JsonError::DuplicateId { id: 9, path, line: Some(_), column: Some(_) })
            if path == "document.protocol.agenda[0].decided[0].directives[0].id"
    ));

    let mut nested = sample();
    nested.sections[0].directives[1].items[1].id = DirectiveId(3);
    assert!(matches!(
        from_json(&to_json(&nested)),
        Err(JsonError::DuplicateId { id: 3, path, .. })
            if path == "document.sections[0].directives[1].items[1].id"
    ));
}

#[test]
fn largest_id_is_refused_so_new_ids_fit() {
    let mut doc = sample();
    doc.sections[0].id = SectionId(u32::MAX);
    assert!(matches!(
        from_json(&to_json(&doc)),
        Err(JsonError::IdOutOfRange { id: u32::MAX, path, line: Some(_), column: Some(_) })
            if path == "document.sections[0].id"
    ));
}

#[test]
fn next_id_is_repaired_past_the_largest_id() {
    let mut doc = sample();
    doc.next_id = 0;
    let mut loaded = from_json(&to_json(&doc)).expect("sample loads");
    assert_eq!(loaded.next_id, 10);
    let fresh = loaded.new_directive_id();
    assert_eq!(fresh, DirectiveId(10));

    let mut ahead = sample();
    ahead.next_id = 500;
    assert_eq!(from_json(&to_json(&ahead)).map(|d| d.next_id), Ok(500));
}

#[test]
fn size_limit_is_checked_before_parsing() {
    let input = " ".repeat(MAX_BYTES + 1);
    assert_eq!(
        from_json(&input),
        Err(JsonError::TooLarge {
            bytes: MAX_BYTES + 1,
            limit: MAX_BYTES
        })
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 100_000;
    let input = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(matches!(from_json(&input), Err(JsonError::Syntax { .. })));

    let mut items = json!([]);
    for id in 0..200u32 {
        items = json!([{ "id": id + 10, "text": "пункт", "items": items }]);
    }
    let input = envelope(
        json!(1),
        json!({ "header": {}, "sections": [{ "id": 1, "addressee": "Отделу", "directives": items }] }),
    );
    assert!(from_json(&input).is_err());
}

/// A pre-release (version 0) draft: flat header, bare strings, no ids.
fn version_0() -> Value {
    json!({
        "kind": "resolution",
        "number": "2",
        "meeting": "февральского совещания работников образования",
        "topic": "«Новые возможности для каждого»",
        "date": "14 февраля 2025 г.",
        "preamble": [
            "В работе совещания приняли участие руководители школ.",
            "Участники совещания обозначили приоритеты."
        ],
        "sections": [
            {
                "addressee": "Методическому центру",
                "directives": [
                    "организовать курсы повышения квалификации до 1 апреля 2025 г.;",
                    "обобщить опыт наставничества."
                ]
            },
            {
                "addressee": "Руководителям ОО",
                "lead": "обеспечить",
                "directives": ["участие педагогов в конкурсах."]
            }
        ],
        "signatories": [{ "role": "Председатель", "name": "Е.В. Алексеева" }]
    })
}

#[test]
fn version_0_drafts_are_migrated() {
    let doc = from_json(&envelope(json!(0), version_0())).expect("v0 draft loads");
    assert_eq!(doc.header.kind, Some(Kind::Resolution));
    assert_eq!(doc.header.adopted_on, "14 февраля 2025 г.");
    assert_eq!(doc.header.topic, "«Новые возможности для каждого»");
    assert_eq!(doc.preamble.len(), 2);
    assert_eq!(doc.preamble[1].id, ParagraphId(1));
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[0].id, SectionId(2));
    assert_eq!(
        doc.sections[0].directives[1].text,
        "обобщить опыт наставничества."
    );
    assert_eq!(doc.sections[1].lead, "обеспечить");
    assert_eq!(doc.sections[1].directives[0].id, DirectiveId(6));
    assert_eq!(doc.next_id, 7);
    assert_eq!(doc.signatories[0].name, "Е.В. Алексеева");
}

#[test]
fn migrated_draft_saves_as_current_version() {
    let doc = from_json(&envelope(json!(0), version_0())).expect("v0 draft loads");
    let saved = to_json(&doc);
    let value: Value = serde_json::from_str(&saved).expect("valid JSON");
    assert_eq!(value["version"], 1);
    assert_eq!(from_json(&saved), Ok(doc));
}

#[test]
fn migration_step_leaves_odd_shapes_for_the_typed_check() {
    let migrated = migrate_v0_to_v1(json!({ "preamble": [1, "текст"] }));
    assert_eq!(migrated["preamble"][0], 1);
    assert_eq!(migrated["preamble"][1]["text"], "текст");
    assert_eq!(migrate_v0_to_v1(json!("строка")), json!("строка"));

    let input = envelope(json!(0), json!({ "preamble": [1] }));
    match from_json(&input) {
        Err(JsonError::Invalid {
            path, line, column, ..
        }) => {
            assert_eq!(path, "document.preamble[0]");
            assert_eq!((line, column), (None, None));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn messages_exist_in_both_languages() {
    let errors = [
        JsonError::Syntax {
            line: 2,
            column: 5,
            message: "expected value".to_string(),
        },
        JsonError::WrongFormat {
            found: "\"odt\"".to_string(),
            line: Some(1),
            column: Some(12),
        },
        JsonError::MissingFormat,
        JsonError::UnsupportedVersion {
            found: "3".to_string(),
            supported: 1,
            line: Some(3),
            column: Some(14),
        },
        JsonError::Invalid {
            path: "document.header".to_string(),
            line: Some(3),
            column: Some(7),
            message: "missing field `kind`".to_string(),
        },
        JsonError::DuplicateId {
            id: 4,
            path: "document.sections[1].id".to_string(),
            line: Some(9),
            column: Some(13),
        },
        JsonError::IdOutOfRange {
            id: u32::MAX,
            path: "document.sections[0].id".to_string(),
            line: None,
            column: None,
        },
        JsonError::TooLarge {
            bytes: 6_000_000,
            limit: MAX_BYTES,
        },
    ];
    for error in &errors {
        let ru = error.message(Locale::Ru);
        let en = error.message(Locale::En);
        assert!(
            ru.chars().any(|c| ('а'..='я').contains(&c)),
            "Russian text for {error:?}: {ru}"
        );
        assert!(ru != en);
        assert_eq!(en, error.to_string());
        assert!(error.code().starts_with("json-"));
    }
    assert!(errors[4]
        .message(Locale::Ru)
        .contains("строка 3, столбец 7"));
    assert!(errors[4].message(Locale::En).contains("line 3, column 7"));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let doc_json = to_json(&sample());
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..2_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut bytes = doc_json.clone().into_bytes();
        let len = bytes.len();
        let cut = usize::try_from(seed % len as u64).unwrap_or(0);
        match round % 3 {
            0 => bytes.truncate(cut),
            1 => bytes[cut] = (seed >> 32) as u8,
            _ => {
                bytes.remove(cut);
            }
        }
        let input = String::from_utf8_lossy(&bytes);
        let _ = from_json(&input);
    }
    assert_eq!(from_json(&doc_json), Ok(sample()));
}
