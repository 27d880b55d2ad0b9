//! Imported documents survive a JSON save and reload unchanged: an own
//! sample in the usual style, and the corpus documents when present.

use resolution_core::json::{from_json, to_json};
use resolution_core::text::import_text;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");

const SAMPLE: &str = "\
ПРОТОКОЛ №2
заседания методического совета

12.03.2025

Председатель – Алексеева Е.В., начальник управления образования
Секретарь – Орлова Т.П., методист

ПОВЕСТКА

1. Об итогах муниципального этапа олимпиады школьников

Орлова Т.П. – методист

1. СЛУШАЛИ: Орлову Т.П., которая подвела итоги олимпиады.

РЕШИЛИ:

1. Информацию принять к сведению.

2. Руководителям ОО обеспечить:

- подготовку участников регионального этапа до 1 апреля 2025 года;

- анализ результатов на школьных методических объединениях.

Председатель                 Е.В. Алексеева
";

fn assert_round_trip(name: &str, text: &str) {
    let doc = import_text(text);
    let saved = to_json(&doc);
    let loaded =
        from_json(&saved).unwrap_or_else(|e| panic!("{name}: saved draft fails to load: {e}"));
    assert_eq!(loaded, doc, "{name}: JSON round trip changed the document");
}

#[test]
fn own_protocol_sample_round_trips() {
    let doc = import_text(SAMPLE);
    assert!(doc.protocol.is_some(), "sample imports as a protocol");
    assert_round_trip("sample", SAMPLE);
}

#[test]
fn corpus_documents_round_trip() {
    let Ok(entries) = std::fs::read_dir(CORPUS) else {
        println!("skipped: corpus not found at {CORPUS}");
        return;
    };
    let mut checked = 0;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
            assert_round_trip(&path.display().to_string(), &text);
            checked += 1;
        }
    }
    assert!(checked > 0, "no .txt documents in {CORPUS}");
}
