//! `resolution`: check, convert, compare and summarise resolution drafts
//! from the command line.

mod args;
mod check;
mod control;
mod convert;
mod diff;
mod encoding;
mod input;
mod locate;
mod today;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use resolution_core::locale::Locale;
use resolution_core::validate::ValidateOptions;
use resolution_core::Document;

use args::{Command, Target};

/// The draft has errors (check), or the drafts differ (diff).
const EXIT_ERRORS: u8 = 1;
/// Unreadable input or bad usage.
const EXIT_TROUBLE: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&args) {
        Ok(command) => run(command),
        Err(message) => {
            eprintln!("resolution: {message}\n\n{}", args::USAGE);
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

fn run(command: Command) -> ExitCode {
    match command {
        Command::Help => write_stdout(format!("{}\n", args::USAGE).as_bytes()),
        Command::Schema => write_stdout(resolution_core::json::schema_json().as_bytes()),
        Command::Check {
            input,
            json,
            today,
            locale,
        } => {
            let doc = match load(&input, locale) {
                Ok(doc) => doc,
                Err(message) => return fail(&message),
            };
            let options = ValidateOptions {
                today: today.date(),
            };
            let diagnostics = check::diagnostics(&doc, &options);
            let text = if json {
                check::render_json(&doc, &diagnostics, locale)
            } else {
                check::render_text(input::display_name(&input), &doc, &diagnostics, locale)
            };
            let written = write_stdout(text.as_bytes());
            if written != ExitCode::SUCCESS {
                written
            } else if check::has_errors(&diagnostics) {
                ExitCode::from(EXIT_ERRORS)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Convert {
            input,
            to,
            output,
            numbering,
            locale,
        } => {
            if to.is_binary() && output.is_none() {
                return fail(&binary_needs_output(to, locale));
            }
            let doc = match load(&input, locale) {
                Ok(doc) => doc,
                Err(message) => return fail(&message),
            };
            let converted = match convert::render(&doc, to, numbering, locale) {
                Ok(converted) => converted,
                Err(e) => return fail(&e.to_string()),
            };
            for line in &converted.left_out {
                eprintln!("resolution: {line}");
            }
            match output {
                None => write_stdout(&converted.bytes),
                Some(path) => {
                    let path = output_path(path, &doc, to);
                    match std::fs::write(&path, converted.bytes) {
                        Ok(()) => ExitCode::SUCCESS,
                        Err(e) => fail(&cannot_write(&path.display().to_string(), &e, locale)),
                    }
                }
            }
        }
        Command::Diff {
            old,
            new,
            json,
            locale,
        } => {
            let (old_doc, new_doc) = match (load(&old, locale), load(&new, locale)) {
                (Ok(o), Ok(n)) => (o, n),
                (Err(message), _) | (_, Err(message)) => return fail(&message),
            };
            let changes = resolution_core::diff::diff(&old_doc, &new_doc);
            let written = write_stdout(diff::render(&changes, json, locale).as_bytes());
            if written != ExitCode::SUCCESS || changes.is_empty() {
                written
            } else {
                ExitCode::from(EXIT_ERRORS)
            }
        }
        Command::Control {
            input,
            sort,
            today,
            locale,
        } => {
            let doc = match load(&input, locale) {
                Ok(doc) => doc,
                Err(message) => return fail(&message),
            };
            let rows = control::rows(&doc, sort, today.date(), locale);
            write_stdout(control::render(&rows, locale).as_bytes())
        }
    }
}

/// Reads a draft; says on stderr when it was not UTF-8.
fn load(input: &args::Input, locale: Locale) -> Result<Document, String> {
    let loaded = input::load(input).map_err(|e| e.message(locale))?;
    if let Some(notice) = input::encoding_notice(input, loaded.encoding, locale) {
        eprintln!("resolution: {notice}");
    }
    Ok(loaded.doc)
}

/// `-o DIR` writes into the folder, under the document's suggested name.
fn output_path(path: PathBuf, doc: &Document, to: Target) -> PathBuf {
    if path.is_dir() {
        path.join(convert::file_name(doc, to))
    } else {
        path
    }
}

fn binary_needs_output(to: Target, locale: Locale) -> String {
    let ext = to.extension();
    match locale {
        Locale::Ru => format!(
            "файл .{ext} двоичный и в стандартный вывод не пишется: укажите файл или папку, -o ИМЯ.{ext}"
        ),
        Locale::En => format!(
            "a .{ext} file is binary and is not written to standard output: give a file or folder with -o NAME.{ext}"
        ),
    }
}

fn cannot_write(path: &str, error: &std::io::Error, locale: Locale) -> String {
    match locale {
        Locale::Ru => format!("не удалось записать {path}: {error}"),
        Locale::En => format!("cannot write {path}: {error}"),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("resolution: {message}");
    ExitCode::from(EXIT_TROUBLE)
}

/// Writes to standard output; a closed pipe is not a crash.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}")),
    }
}
