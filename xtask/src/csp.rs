//! Trunk post-build hook: moves the inline module script Trunk writes into
//! index.html to its own file, so the page runs under a strict
//! Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`, no
//! inline scripts). Trunk has no option for this (trunk-rs/trunk#288).

use std::path::Path;

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// Rewrite `index.html` in Trunk's staging directory.
pub fn externalise_boot_script() -> Result<(), String> {
    let staging = std::env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook".to_string()
    })?;
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    let dir = Path::new(&staging);
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let Some((rewritten, name, script)) = split_inline_script(&html, &public_url) else {
        return Ok(());
    };
    std::fs::write(dir.join(&name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    std::fs::write(&index, rewritten).map_err(|e| format!("cannot write index.html: {e}"))
}

/// The page without its inline module script, the file name for the script
/// and the script itself; `None` when the page has no inline module script.
fn split_inline_script(html: &str, public_url: &str) -> Option<(String, String, String)> {
    let start = html.find(OPEN)?;
    let body_start = start + OPEN.len();
    let body_len = html[body_start..].find(CLOSE)?;
    let script = html[body_start..body_start + body_len].trim().to_string();
    let name = format!("boot-{:016x}.js", fnv1a(script.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{public_url}{name}\"></script>");
    let end = body_start + body_len + CLOSE.len();
    let page = format!("{}{}{}", &html[..start], tag, &html[end..]);
    Some((page, name, script + "\n"))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::split_inline_script;

    #[test]
    fn inline_module_script_becomes_a_file() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\nawait init();\n</script><link></head>";
        let (page, name, script) = split_inline_script(html, "/").expect("script found");
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert_eq!(
            page,
            format!("<head><script type=\"module\" src=\"/{name}\"></script><link></head>")
        );
        assert_eq!(script, "import init from '/a.js';\nawait init();\n");
    }

    #[test]
    fn page_without_inline_script_is_left_alone() {
        assert!(split_inline_script("<head><script src=\"/x.js\"></script></head>", "/").is_none());
    }
}
