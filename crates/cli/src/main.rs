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
use resolution_core::text::NumberingStyle;
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
            inputs,
            json,
            today,
            locale,
        } => {
            let options = ValidateOptions {
                today: today.date(),
            };
            match inputs.as_slice() {
                [input] => check_one(input, json, &options, locale),
                _ => check_several(&inputs, json, &options, locale),
            }
        }
        Command::Convert {
            inputs,
            to,
            output,
            numbering,
            locale,
        } => match inputs.as_slice() {
            [input] => convert_one(input, to, output, numbering, locale),
            _ => convert_several(&inputs, to, output, numbering, locale),
        },
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

/// `check FILE`: the diagnostics, exit 1 on errors, 2 when unreadable.
fn check_one(
    input: &args::Input,
    json: bool,
    options: &ValidateOptions,
    locale: Locale,
) -> ExitCode {
    let doc = match load(input, locale) {
        Ok(doc) => doc,
        Err(message) => return fail(&message),
    };
    let diagnostics = check::diagnostics(&doc, options);
    let written = if json {
        write_stdout_with(|out| check::write_json(out, &doc, &diagnostics, locale))
    } else {
        let name = input::display_name(input);
        write_stdout(check::render_text(name, &doc, &diagnostics, locale).as_bytes())
    };
    if written != ExitCode::SUCCESS {
        written
    } else if check::has_errors(&diagnostics) {
        ExitCode::from(EXIT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `check FILE FILE…`: every file, each unreadable one reported on stderr
/// (and in the JSON) without stopping the others; the exit code is the
/// worst of all.
fn check_several(
    inputs: &[args::Input],
    json: bool,
    options: &ValidateOptions,
    locale: Locale,
) -> ExitCode {
    let mut worst = 0u8;
    let mut unreadable = 0;
    let mut total = check::Counts::default();
    let mut report = check::SeveralJson::default();
    let written = write_stdout_with(|out| {
        for input in inputs {
            let name = input::display_name(input);
            let doc = match load(input, locale) {
                Ok(doc) => doc,
                Err(message) => {
                    eprintln!("resolution: {message}");
                    worst = EXIT_TROUBLE;
                    unreadable += 1;
                    if json {
                        report.unreadable(out, name, &message)?;
                    }
                    continue;
                }
            };
            let diagnostics = check::diagnostics(&doc, options);
            if check::has_errors(&diagnostics) {
                worst = worst.max(EXIT_ERRORS);
            }
            total.add(check::Counts::of(&diagnostics));
            if json {
                report.file(out, name, &doc, &diagnostics, locale)?;
            } else {
                let text = check::render_text_of_one(name, &doc, &diagnostics, locale);
                out.write_all(text.as_bytes())?;
            }
        }
        if json {
            std::mem::take(&mut report).finish(out)
        } else {
            let text = check::render_total(inputs.len(), unreadable, total, locale);
            out.write_all(text.as_bytes())
        }
    });
    if written != ExitCode::SUCCESS {
        written
    } else {
        ExitCode::from(worst)
    }
}

/// `convert FILE`: to standard output, to a file, or into a folder under
/// the document's name.
fn convert_one(
    input: &args::Input,
    to: Target,
    output: Option<PathBuf>,
    numbering: NumberingStyle,
    locale: Locale,
) -> ExitCode {
    if to.is_binary() && output.is_none() {
        return fail(&binary_needs_output(to, locale));
    }
    let (doc, bytes) = match load_and_render(input, to, numbering, locale, "") {
        Ok(rendered) => rendered,
        Err(message) => return fail(&message),
    };
    match output {
        None => write_stdout(&bytes),
        Some(path) => {
            let path = output_path(path, &doc, to);
            match std::fs::write(&path, bytes) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&cannot_write(&path.display().to_string(), &e, locale)),
            }
        }
    }
}

/// Loads `input` and renders it as `to`, telling on stderr what the output
/// left out. `label` (`""`, or `NAME: ` with several files) opens those
/// lines and a rendering error; a loading error names its file already.
fn load_and_render(
    input: &args::Input,
    to: Target,
    numbering: NumberingStyle,
    locale: Locale,
    label: &str,
) -> Result<(Document, Vec<u8>), String> {
    let doc = load(input, locale)?;
    let converted =
        convert::render(&doc, to, numbering, locale).map_err(|e| format!("{label}{e}"))?;
    for line in &converted.left_out {
        eprintln!("resolution: {label}{line}");
    }
    Ok((doc, converted.bytes))
}

/// `convert FILE FILE… -o DIR`: each file into the folder (created when
/// missing) under its document's name, made unique within the run; a file
/// that cannot be read or written is reported and the others go on. Prints
/// `INPUT -> OUTPUT` for each file written.
fn convert_several(
    inputs: &[args::Input],
    to: Target,
    output: Option<PathBuf>,
    numbering: NumberingStyle,
    locale: Locale,
) -> ExitCode {
    let Some(dir) = output else {
        return fail(&several_need_folder(locale));
    };
    if dir.exists() && !dir.is_dir() {
        return fail(&not_a_folder(&dir.display().to_string(), locale));
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return fail(&cannot_write(&dir.display().to_string(), &e, locale));
    }
    let mut taken = convert::Taken::default();
    let mut worst = ExitCode::SUCCESS;
    let mut written = String::new();
    for input in inputs {
        let name = input::display_name(input);
        let label = format!("{name}: ");
        let (doc, bytes) = match load_and_render(input, to, numbering, locale, &label) {
            Ok(rendered) => rendered,
            Err(message) => {
                worst = fail(&message);
                continue;
            }
        };
        let path = dir.join(taken.claim(convert::file_name(&doc, to)));
        match std::fs::write(&path, bytes) {
            Ok(()) => written.push_str(&format!("{name} -> {}\n", path.display())),
            Err(e) => worst = fail(&cannot_write(&path.display().to_string(), &e, locale)),
        }
    }
    let listed = write_stdout(written.as_bytes());
    if listed != ExitCode::SUCCESS {
        listed
    } else {
        worst
    }
}

fn several_need_folder(locale: Locale) -> String {
    match locale {
        Locale::Ru => "для нескольких файлов укажите папку: -o ПАПКА".to_string(),
        Locale::En => "several FILEs need a folder: -o DIR".to_string(),
    }
}

fn not_a_folder(path: &str, locale: Locale) -> String {
    match locale {
        Locale::Ru => format!("{path} — файл, а для нескольких файлов -o должен быть папкой"),
        Locale::En => format!("{path} is a file, but with several FILEs -o must be a folder"),
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
    write_stdout_with(|out| out.write_all(bytes))
}

/// Runs `write` on buffered standard output; a reader that went away
/// (`| head`) is no failure.
fn write_stdout_with(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock>) -> std::io::Result<()>,
) -> ExitCode {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}")),
    }
}
