//! Installs what the build and the tests need, idempotently: each tool is
//! checked first and installed only when missing or at the wrong version.

use std::path::{Path, PathBuf};

use crate::cmd::{output, run, Cmd};

const TRUNK_VERSION: &str = "0.21.14";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where things are and the environment every tool runs with.
pub struct Env {
    pub root: PathBuf,
    pub vars: Vec<(String, String)>,
}

impl Env {
    pub fn e2e_dir(&self) -> PathBuf {
        self.root.join("tests/e2e")
    }

    pub fn dist_dir(&self) -> PathBuf {
        self.root.join("dist")
    }
}

pub fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

pub fn ensure_all() -> Result<Env, String> {
    let root = repo_root();
    let cargo_bin = cargo_home().join("bin");
    let node_bin = root.join("tests/e2e/node_modules/.bin");
    let path = format!(
        "{}:{}:{}",
        node_bin.display(),
        cargo_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // Make the PATH apply to the checks below as well.
    std::env::set_var("PATH", &path);

    ensure_wasm_target()?;
    ensure_npm_packages(&root.join("tests/e2e"))?;
    ensure_trunk()?;
    ensure_wasm_bindgen(&root)?;
    ensure_debian_packages()?;

    let vars = vec![
        ("PATH".to_string(), path),
        ("CHROMEDRIVER".to_string(), CHROMEDRIVER.to_string()),
        ("CHROMIUM_PATH".to_string(), CHROMIUM.to_string()),
        (
            "DIST_DIR".to_string(),
            root.join("dist").display().to_string(),
        ),
    ];
    Ok(Env { root, vars })
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(Cmd::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Cmd::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn version_of(program: &str) -> Option<String> {
    output(Cmd::new(program).arg("--version")).map(|s| s.trim().to_string())
}

fn ensure_trunk() -> Result<(), String> {
    if version_of("trunk").is_some_and(|v| v.ends_with(TRUNK_VERSION)) {
        return Ok(());
    }
    run(Cmd::new("cargo").args(["install", &format!("trunk@{TRUNK_VERSION}"), "--locked"]))
}

/// The `wasm-bindgen` version pinned in Cargo.lock; the CLI must match it.
pub fn locked_wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_bindgen(root: &Path) -> Result<(), String> {
    let want = locked_wasm_bindgen_version(root)?;
    let have_cli = version_of("wasm-bindgen").is_some_and(|v| v.ends_with(&want));
    let have_runner = version_of("wasm-bindgen-test-runner").is_some_and(|v| v.ends_with(&want));
    if have_cli && have_runner {
        return Ok(());
    }
    // Not --locked: the registry lacks some of the CLI's locked dependencies.
    run(Cmd::new("cargo").args(["install", &format!("wasm-bindgen-cli@{want}"), "--force"]))
}

/// Debian packages the tests use, each checked by a file it installs:
/// Chromium and its driver for the browser suites, LibreOffice and poppler
/// for the test that renders the .docx export to PDF.
const DEBIAN_PACKAGES: [(&str, &str); 4] = [
    ("chromium", CHROMIUM),
    ("chromium-driver", CHROMEDRIVER),
    ("libreoffice-writer-nogui", "/usr/bin/soffice"),
    ("poppler-utils", "/usr/bin/pdftotext"),
];

fn ensure_debian_packages() -> Result<(), String> {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let apt = |args: &[&str]| {
        Cmd::new("apt-get")
            .args(args.iter().copied())
            .envs(&[("DEBIAN_FRONTEND".to_string(), "noninteractive".to_string())])
    };
    run(apt(&["update"]))?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(missing);
    run(apt(&install))
}

fn ensure_npm_packages(e2e: &Path) -> Result<(), String> {
    let lock = e2e.join("package-lock.json");
    let installed = e2e.join("node_modules/.package-lock.json");
    let up_to_date = match (std::fs::read(&lock), std::fs::read(&installed)) {
        (Ok(_), Ok(_)) => modified(&installed) >= modified(&lock),
        _ => false,
    };
    if up_to_date {
        return Ok(());
    }
    run(Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .dir(e2e))
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}
