//! `cargo xtask <command>`: the project's automation, in Rust so it needs
//! nothing but cargo on a fresh machine.
//!
//! - `serve`: install what is missing, then serve the app at
//!   http://127.0.0.1:8080 with the sample resolution open.
//! - `test`: install what is missing, then run every test suite: native core
//!   tests, wasm-bindgen-test in headless Chromium, a release build, the size
//!   report and the Playwright end-to-end tests.
//! - `size`: build for release and write the gzip size report.
//! - `bench`: run the native criterion benchmark and the browser timings.
//! - `setup`: only install the tools.
//! - `csp-boot`: Trunk's post-build hook (see `csp.rs`).

mod bench;
mod cmd;
mod csp;
mod report;
mod setup;
mod size;

use std::process::ExitCode;

use cmd::{run, Cmd};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("size") => setup::ensure_all().and_then(|env| size::build_and_report(&env)),
        Some("bench") => setup::ensure_all().and_then(|env| bench::run_all(&env)),
        Some("csp-boot") => csp::externalise_boot_script(),
        Some("setup") => setup::ensure_all().map(|_| ()),
        _ => {
            eprintln!("usage: cargo xtask <serve [--release] | test | size | bench | setup>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String]) -> Result<(), String> {
    let env = setup::ensure_all()?;
    let mut cmd = Cmd::new("trunk")
        .args([
            "serve",
            "--address",
            "127.0.0.1",
            "--port",
            "8080",
            "--no-autoreload",
        ])
        .envs(&env.vars);
    if args.iter().any(|a| a == "--release") {
        cmd = cmd.arg("--release");
    }
    run(cmd)
}

fn test() -> Result<(), String> {
    let env = setup::ensure_all()?;
    let mut summary = report::Summary::default();

    summary.step("native tests (core, cli, xtask)", || {
        run(Cmd::new("cargo").args(["test", "--workspace", "--exclude", "resolution-editor"]))
    });
    summary.step("wasm-bindgen-test in headless Chromium", || {
        run(Cmd::new("cargo")
            .args([
                "test",
                "-p",
                "resolution-editor",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .envs(&env.vars))
    });
    summary.step("release build and size report", || {
        size::build_and_report(&env)
    });
    if summary.failed_any() {
        summary.skip(
            "end-to-end tests (Playwright)",
            "the build or an earlier suite failed",
        );
    } else {
        summary.step("end-to-end tests (Playwright)", || {
            run(Cmd::new("npm")
                .args(["test"])
                .dir(env.e2e_dir())
                .envs(&env.vars))
        });
    }
    summary.finish()
}
