//! `resolution`: check and convert resolution drafts from the command line.

mod args;
mod check;
mod convert;
mod input;
mod locate;

use std::io::Write;
use std::process::ExitCode;

use resolution_core::locale::Locale;
use resolution_core::validate::ValidateOptions;

use args::Command;

/// The draft has errors.
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
        Command::Help => write_stdout(&format!("{}\n", args::USAGE)),
        Command::Schema => write_stdout(&resolution_core::json::schema_json()),
        Command::Check {
            input,
            json,
            today,
            locale,
        } => {
            let doc = match input::load(&input) {
                Ok(doc) => doc,
                Err(e) => return fail(&e.message(locale)),
            };
            let options = ValidateOptions { today };
            let diagnostics = check::diagnostics(&doc, &options);
            let text = if json {
                check::render_json(&doc, &diagnostics, locale)
            } else {
                check::render_text(input::display_name(&input), &doc, &diagnostics, locale)
            };
            let written = write_stdout(&text);
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
            let doc = match input::load(&input) {
                Ok(doc) => doc,
                Err(e) => return fail(&e.message(locale)),
            };
            let text = convert::render(&doc, to, numbering);
            match output {
                None => write_stdout(&text),
                Some(path) => match std::fs::write(&path, text) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => fail(&cannot_write(&path.display().to_string(), &e, locale)),
                },
            }
        }
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
fn write_stdout(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}")),
    }
}
