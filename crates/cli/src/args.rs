//! Hand-rolled argument parsing: a few subcommands and their flags.

use std::path::PathBuf;

use resolution_core::date::CivilDate;
use resolution_core::locale::Locale;
use resolution_core::text::NumberingStyle;

use crate::encoding::Forced;
use crate::today::Today;

pub const USAGE: &str = "\
usage:
  resolution check FILE... [--json] [--today YYYY-MM-DD|none] [--lang ru|en] [--from txt|json] [--encoding E]
  resolution convert FILE... --to json|txt|md|csv|ics|docx [-o OUT] [--numbering decimal|decimal-paren|letters|bullets] [--lang ru|en] [--from txt|json] [--encoding E]
  resolution diff OLD NEW [--json] [--lang ru|en] [--encoding E]
  resolution control FILE [--sort deadline|addressee] [--today YYYY-MM-DD|none] [--lang ru|en] [--from txt|json] [--encoding E]
  resolution schema

FILE, OLD and NEW are .txt or .json drafts, or - for standard input (one of them at most).
check and convert take several FILEs; one that cannot be read is reported on stderr and
  the others go on, and the exit code is the worst over all files.
Text is read as UTF-8 (a BOM is allowed), as UTF-16 when it starts with a byte-order mark,
  and as Windows-1251 when it is not UTF-8 but reads as Russian text in Windows-1251;
  other bytes are refused. A file not in UTF-8 is named on stderr (read as ...).
  JSON is UTF-8 only. --encoding utf-8|utf-16|cp1251 reads every input in that
  encoding (JSON too; UTF-16 without a BOM guesses its byte order) instead.
convert: md is Markdown, csv the control sheet (UTF-8 with BOM, `;`-separated),
  ics the dated tasks as an iCalendar file (tasks left out are listed on stderr),
  docx a Word document (binary: needs -o OUT). Without -o, text goes to standard output;
  when OUT is a folder, the file gets the document's name (kind, number, topic, date).
  With several FILEs, -o names a folder (created when missing) and each file goes there
  under its document's name; a name already given in the same run gets ` (2)`, ` (3)`...
  before its extension (a file left by an earlier run is replaced, as with one FILE).
  Each file written is listed on stdout as `FILE -> OUTPUT`.
check with several FILEs: each summary line starts with its file too, and a total line
  ends the report; --json prints one array of {\"file\", \"diagnostics\"} objects, or
  {\"file\", \"error\"} for a file that could not be read. With one FILE the output is
  the same as ever: the diagnostics alone.
diff: structural comparison of two drafts; --json prints it as JSON.
control: the control sheet as a table: number, addressee, deadline, findings, targets.
check --json: each diagnostic as JSON; a location's range {start, end} counts UTF-8 bytes
  of the text it points into (the header field, section lead or directive text of the
  draft), and char_range beside it gives the same range in Unicode characters.
--today: the day deadlines are judged against; a deadline before it is noted as past
  (RES404, a note that never changes the exit code). Without --today it is the current
  date in UTC (the browser uses the local date); --today none leaves that rule out, for
  output that does not change from day to day (CI).
Exit codes: 0 no errors / drafts equal, 1 the draft has errors (check) / drafts differ (diff),
2 unreadable input or bad usage.";

/// A draft file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Txt,
    Json,
}

impl Format {
    fn parse(value: &str) -> Result<Self, String> {
        match value {
            "txt" | "text" => Ok(Format::Txt),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format `{other}`: expected txt or json")),
        }
    }
}

/// What `convert` writes.
pub use resolution_core::export::Target;

fn parse_target(value: &str) -> Result<Target, String> {
    Target::parse(value).ok_or_else(|| {
        format!("unknown format `{value}`: expected json, txt, md, csv, ics or docx")
    })
}

/// Row order of `resolution control`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// As in the document.
    #[default]
    Document,
    Deadline,
    Addressee,
}

impl Sort {
    fn parse(value: &str) -> Result<Self, String> {
        match value {
            "deadline" => Ok(Sort::Deadline),
            "addressee" => Ok(Sort::Addressee),
            other => Err(format!(
                "unknown sort order `{other}`: expected deadline or addressee"
            )),
        }
    }
}

/// Where a draft comes from: a path, or `-` for standard input, with an
/// optional explicit format (otherwise guessed from the extension or the
/// content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: String,
    pub format: Option<Format>,
    /// `--encoding`: otherwise detected (see `encoding::decode`).
    pub encoding: Option<Forced>,
}

#[derive(Debug, Clone)]
pub enum Command {
    Check {
        /// One or more; `-` at most once.
        inputs: Vec<Input>,
        json: bool,
        today: Today,
        locale: Locale,
    },
    Convert {
        /// One or more; `-` at most once.
        inputs: Vec<Input>,
        to: Target,
        output: Option<PathBuf>,
        numbering: NumberingStyle,
        locale: Locale,
    },
    Diff {
        old: Input,
        new: Input,
        json: bool,
        locale: Locale,
    },
    Control {
        input: Input,
        sort: Sort,
        today: Today,
        locale: Locale,
    },
    Schema,
    Help,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given".to_string());
    };
    match command.as_str() {
        "check" => parse_check(rest),
        "convert" => parse_convert(rest),
        "diff" => parse_diff(rest),
        "control" => parse_control(rest),
        "schema" => match rest.first() {
            None => Ok(Command::Schema),
            Some(extra) => Err(format!("unexpected argument `{extra}`")),
        },
        "help" | "-h" | "--help" => Ok(Command::Help),
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Flags of all subcommands, gathered in one pass.
#[derive(Default)]
struct Flags {
    files: Vec<String>,
    json: bool,
    today: Today,
    locale: Locale,
    from: Option<Format>,
    to: Option<Target>,
    output: Option<PathBuf>,
    numbering: Option<NumberingStyle>,
    sort: Option<Sort>,
    encoding: Option<Forced>,
}

fn parse_flags(args: &[String], allowed: &[&str]) -> Result<Flags, String> {
    let mut flags = Flags::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let name = arg.as_str();
        let is_flag = name.starts_with('-') && name != "-";
        if !is_flag {
            flags.files.push(arg.clone());
            continue;
        }
        if !allowed.contains(&name) {
            return Err(format!("unknown option `{name}`"));
        }
        if name == "--json" {
            flags.json = true;
            continue;
        }
        let value = iter
            .next()
            .ok_or_else(|| format!("option `{name}` needs a value"))?;
        match name {
            "--today" => flags.today = parse_today(value)?,
            "--lang" => {
                flags.locale = value
                    .parse()
                    .map_err(|_| format!("unknown language `{value}`: expected ru or en"))?
            }
            "--from" => flags.from = Some(Format::parse(value)?),
            "--to" => flags.to = Some(parse_target(value)?),
            "-o" | "--output" => flags.output = Some(PathBuf::from(value)),
            "--numbering" => flags.numbering = Some(parse_numbering(value)?),
            "--sort" => flags.sort = Some(Sort::parse(value)?),
            "--encoding" => flags.encoding = Some(Forced::parse(value)?),
            _ => return Err(format!("unknown option `{name}`")),
        }
    }
    Ok(flags)
}

/// The one FILE argument of a subcommand.
fn single_file(files: Vec<String>, missing: &str) -> Result<String, String> {
    let mut files = files.into_iter();
    match (files.next(), files.next()) {
        (Some(file), None) => Ok(file),
        (Some(first), Some(second)) => Err(format!("more than one FILE: `{first}` and `{second}`")),
        (None, _) => Err(missing.to_string()),
    }
}

/// The FILE arguments of `check` and `convert`: at least one, and standard
/// input at most once.
fn several_files(files: Vec<String>, missing: &str) -> Result<Vec<String>, String> {
    if files.is_empty() {
        return Err(missing.to_string());
    }
    if files.iter().filter(|f| *f == "-").count() > 1 {
        return Err("standard input (-) can be given only once".to_string());
    }
    Ok(files)
}

fn inputs(paths: Vec<String>, format: Option<Format>, encoding: Option<Forced>) -> Vec<Input> {
    paths
        .into_iter()
        .map(|path| Input {
            path,
            format,
            encoding,
        })
        .collect()
}

fn parse_check(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(
        args,
        &["--json", "--today", "--lang", "--from", "--encoding"],
    )?;
    let paths = several_files(flags.files, "check needs a FILE (or - for standard input)")?;
    Ok(Command::Check {
        inputs: inputs(paths, flags.from, flags.encoding),
        json: flags.json,
        today: flags.today,
        locale: flags.locale,
    })
}

fn parse_convert(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(
        args,
        &[
            "--to",
            "-o",
            "--output",
            "--numbering",
            "--lang",
            "--from",
            "--encoding",
        ],
    )?;
    let paths = several_files(
        flags.files,
        "convert needs a FILE (or - for standard input)",
    )?;
    let to = flags
        .to
        .ok_or("convert needs --to json, txt, md, csv, ics or docx")?;
    Ok(Command::Convert {
        inputs: inputs(paths, flags.from, flags.encoding),
        to,
        output: flags.output,
        numbering: flags.numbering.unwrap_or_default(),
        locale: flags.locale,
    })
}

fn parse_diff(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(args, &["--json", "--lang", "--encoding"])?;
    let mut files = flags.files.into_iter();
    let (Some(old), Some(new), None) = (files.next(), files.next(), files.next()) else {
        return Err("diff needs two files: OLD and NEW".to_string());
    };
    if old == "-" && new == "-" {
        return Err("diff can read only one of OLD and NEW from standard input".to_string());
    }
    Ok(Command::Diff {
        old: Input {
            path: old,
            format: None,
            encoding: flags.encoding,
        },
        new: Input {
            path: new,
            format: None,
            encoding: flags.encoding,
        },
        json: flags.json,
        locale: flags.locale,
    })
}

fn parse_control(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(
        args,
        &["--sort", "--today", "--lang", "--from", "--encoding"],
    )?;
    let path = single_file(
        flags.files,
        "control needs a FILE (or - for standard input)",
    )?;
    Ok(Command::Control {
        input: Input {
            path,
            format: flags.from,
            encoding: flags.encoding,
        },
        sort: flags.sort.unwrap_or_default(),
        today: flags.today,
        locale: flags.locale,
    })
}

/// `none`, or the day of `YYYY-MM-DD`.
fn parse_today(value: &str) -> Result<Today, String> {
    if value == "none" {
        return Ok(Today::Off);
    }
    parse_iso_date(value).map(Today::On)
}

/// `YYYY-MM-DD`, a real calendar day.
fn parse_iso_date(value: &str) -> Result<CivilDate, String> {
    let bad = || format!("bad date `{value}`: expected YYYY-MM-DD or none");
    let mut parts = value.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year = y.parse().map_err(|_| bad())?;
    let month = m.parse().map_err(|_| bad())?;
    let day = d.parse().map_err(|_| bad())?;
    CivilDate::new(year, month, day).ok_or_else(|| format!("no such day: `{value}`"))
}

/// The `--numbering` names of the export styles.
const NUMBERING: [(&str, NumberingStyle); 4] = [
    ("decimal", NumberingStyle::Decimal),
    ("decimal-paren", NumberingStyle::DecimalParen),
    ("letters", NumberingStyle::Letters),
    ("bullets", NumberingStyle::Bullets),
];

fn parse_numbering(value: &str) -> Result<NumberingStyle, String> {
    NUMBERING
        .iter()
        .find(|(name, _)| *name == value)
        .map(|(_, style)| *style)
        .ok_or_else(|| {
            let names: Vec<&str> = NUMBERING.iter().map(|(name, _)| *name).collect();
            format!(
                "unknown numbering `{value}`: expected one of {}",
                names.join(", ")
            )
        })
}
