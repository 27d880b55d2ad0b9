//! Opening a shared draft for review from `?draft=<url>`. Only a URL of
//! the page's own origin is fetched: a link cannot make the editor read
//! from elsewhere.

use resolution_core::json::MAX_BYTES;
use resolution_core::locale::Locale;
use thiserror::Error;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, Url, UrlSearchParams};

use crate::export::js_text;

/// Why a shared draft could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReviewError {
    #[error("“{0}” is not a valid address")]
    BadUrl(String),
    #[error("only drafts from this site can be opened by link; {0} is another origin")]
    CrossOrigin(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("the draft could not be fetched: {0}")]
    Network(String),
}

impl ReviewError {
    pub fn message(&self, locale: Locale) -> String {
        match locale {
            Locale::En => self.to_string(),
            Locale::Ru => match self {
                ReviewError::BadUrl(url) => format!("«{url}» — неверный адрес"),
                ReviewError::CrossOrigin(origin) => format!(
                    "по ссылке открываются только черновики с этого сайта; {origin} — другой источник"
                ),
                ReviewError::Status(code) => format!("сервер ответил {code}"),
                ReviewError::TooLarge => format!("файл больше {MAX_BYTES} байт"),
                ReviewError::Network(detail) => format!("черновик не загружен: {detail}"),
            },
        }
    }
}

/// The `draft` parameter of the page address, if any.
pub fn review_param() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("draft")
        .filter(|s| !s.trim().is_empty())
}

/// Fetches `url` (relative to the page) when it has the page's origin.
pub async fn fetch_same_origin(url: &str) -> Result<String, ReviewError> {
    let window = web_sys::window().ok_or_else(|| ReviewError::Network("no window".into()))?;
    let location = window.location();
    let page = location
        .href()
        .map_err(|e| ReviewError::Network(js_text(e)))?;
    let resolved =
        Url::new_with_base(url, &page).map_err(|_| ReviewError::BadUrl(url.to_owned()))?;
    let origin = location
        .origin()
        .map_err(|e| ReviewError::Network(js_text(e)))?;
    if resolved.origin() != origin {
        return Err(ReviewError::CrossOrigin(resolved.origin()));
    }
    let response = JsFuture::from(window.fetch_with_str(&resolved.href()))
        .await
        .map_err(|e| ReviewError::Network(js_text(e)))?;
    let response: Response = response
        .dyn_into()
        .map_err(|e| ReviewError::Network(js_text(e)))?;
    // A redirect may have led elsewhere.
    if let Ok(final_url) = Url::new(&response.url()) {
        if !response.url().is_empty() && final_url.origin() != origin {
            return Err(ReviewError::CrossOrigin(final_url.origin()));
        }
    }
    if !response.ok() {
        return Err(ReviewError::Status(response.status()));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|e| ReviewError::Network(js_text(e)))?,
    )
    .await
    .map_err(|e| ReviewError::Network(js_text(e)))?
    .as_string()
    .ok_or_else(|| ReviewError::Network("not text".into()))?;
    if text.len() > MAX_BYTES {
        return Err(ReviewError::TooLarge);
    }
    Ok(text)
}
