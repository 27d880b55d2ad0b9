//! JSON export (download) and import (file input) of drafts.

use resolution_core::date::{parse_date, CivilDate, DateParse};
use resolution_core::{Document, Kind};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Longest topic part of a file name, in characters.
const SLUG_MAX: usize = 48;

/// `<kind>-<topic-slug>-<date>.json`: the date is the adoption date when it
/// can be read, otherwise `today`.
pub fn export_file_name(doc: &Document, today: CivilDate) -> String {
    let kind = doc.header.kind.map_or("document", kind_code);
    let date = match parse_date(&doc.header.adopted_on) {
        DateParse::Ok(d) => d,
        _ => today,
    };
    let date = format!("{:04}-{:02}-{:02}", date.year, date.month, date.day);
    let slug = slug(&doc.header.topic);
    if slug.is_empty() {
        format!("{kind}-{date}.json")
    } else {
        format!("{kind}-{slug}-{date}.json")
    }
}

/// A stable code for a kind, as in the JSON (`decision`, `protocol`, …).
pub fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Decision => "decision",
        Kind::Resolution => "resolution",
        Kind::Protocol => "protocol",
        Kind::Instructions => "instructions",
        Kind::Ordinance => "ordinance",
    }
}

/// Lower-case Latin transliteration, words joined by `-`, cut at a word
/// boundary to at most [`SLUG_MAX`] characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let latin = transliterate(c);
        if latin.is_empty() && c.is_alphanumeric() {
            continue;
        }
        if latin.is_empty() {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            if out.len() + 1 + latin.len() > SLUG_MAX {
                break;
            }
            out.push('-');
            pending_dash = false;
        }
        if out.len() + latin.len() > SLUG_MAX {
            break;
        }
        out.push_str(&latin);
    }
    out.trim_end_matches('-').to_owned()
}

fn transliterate(c: char) -> String {
    let s = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        c if c.is_ascii_alphanumeric() => return c.to_string(),
        _ => "",
    };
    s.to_owned()
}

/// Offer `contents` as a download named `file_name`.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_text)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_text)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_text)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(js_text)?;
    anchor.click();
    anchor.remove();
    // Revoke later: some browsers start the download asynchronously.
    let revoke = gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    });
    revoke.forget();
    Ok(())
}

pub fn js_text(err: JsValue) -> String {
    err.as_string()
        .or_else(|| {
            err.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{err:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolution_core::samples::{sample_decision, template};

    fn today() -> CivilDate {
        CivilDate {
            year: 2026,
            month: 11,
            day: 23,
        }
    }

    #[test]
    fn sample_file_name_uses_kind_topic_and_adoption_date() {
        let name = export_file_name(&sample_decision(), today());
        assert!(
            name.starts_with("decision-kachestvo-obrazovaniya-"),
            "{name}"
        );
        assert!(name.ends_with("-2026-08-27.json"), "{name}");
        let topic_part = name
            .trim_start_matches("decision-")
            .trim_end_matches("-2026-08-27.json");
        assert!(topic_part.len() <= SLUG_MAX);
        assert!(topic_part
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
    }

    #[test]
    fn empty_topic_and_date_fall_back() {
        let doc = template(Kind::Protocol);
        assert_eq!(export_file_name(&doc, today()), "protocol-2026-11-23.json");
    }

    #[test]
    fn slug_transliterates_and_joins_words() {
        assert_eq!(
            slug("«Школа Минпросвещения России»"),
            "shkola-minprosveshcheniya-rossii"
        );
        assert_eq!(slug("  ЦОС: 2024/2025 "), "tsos-2024-2025");
        assert_eq!(slug("«»"), "");
    }
}
