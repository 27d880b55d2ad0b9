//! Hand-rolled argument parsing: three subcommands and a few flags.

use std::path::PathBuf;

use resolution_core::date::CivilDate;
use resolution_core::locale::Locale;
use resolution_core::text::NumberingStyle;

pub const USAGE: &str = "\
usage:
  resolution check FILE [--json] [--today YYYY-MM-DD] [--lang ru|en] [--from txt|json]
  resolution convert FILE --to json|txt [-o OUT] [--numbering decimal|decimal-paren|letters|bullets] [--lang ru|en] [--from txt|json]
  resolution schema

FILE is a .txt or .json draft, or - for standard input.
Exit codes: 0 no errors, 1 the draft has errors (check), 2 unreadable input or bad usage.";

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

/// Where a draft comes from: a path, or `-` for standard input, with an
/// optional explicit format (otherwise guessed from the extension or the
/// content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: String,
    pub format: Option<Format>,
}

#[derive(Debug, Clone)]
pub enum Command {
    Check {
        input: Input,
        json: bool,
        today: Option<CivilDate>,
        locale: Locale,
    },
    Convert {
        input: Input,
        to: Format,
        output: Option<PathBuf>,
        numbering: NumberingStyle,
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
        "schema" => match rest.first() {
            None => Ok(Command::Schema),
            Some(extra) => Err(format!("unexpected argument `{extra}`")),
        },
        "help" | "-h" | "--help" => Ok(Command::Help),
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Flags shared by both subcommands, gathered in one pass.
#[derive(Default)]
struct Flags {
    file: Option<String>,
    json: bool,
    today: Option<CivilDate>,
    locale: Locale,
    from: Option<Format>,
    to: Option<Format>,
    output: Option<PathBuf>,
    numbering: Option<NumberingStyle>,
}

fn parse_flags(args: &[String], allowed: &[&str]) -> Result<Flags, String> {
    let mut flags = Flags::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let name = arg.as_str();
        let is_flag = name.starts_with('-') && name != "-";
        if !is_flag {
            if let Some(first) = &flags.file {
                return Err(format!("more than one FILE: `{first}` and `{name}`"));
            }
            flags.file = Some(arg.clone());
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
            "--today" => flags.today = Some(parse_iso_date(value)?),
            "--lang" => {
                flags.locale = value
                    .parse()
                    .map_err(|_| format!("unknown language `{value}`: expected ru or en"))?
            }
            "--from" => flags.from = Some(Format::parse(value)?),
            "--to" => flags.to = Some(Format::parse(value)?),
            "-o" | "--output" => flags.output = Some(PathBuf::from(value)),
            "--numbering" => flags.numbering = Some(parse_numbering(value)?),
            _ => return Err(format!("unknown option `{name}`")),
        }
    }
    Ok(flags)
}

fn parse_check(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(args, &["--json", "--today", "--lang", "--from"])?;
    let path = flags
        .file
        .ok_or("check needs a FILE (or - for standard input)")?;
    Ok(Command::Check {
        input: Input {
            path,
            format: flags.from,
        },
        json: flags.json,
        today: flags.today,
        locale: flags.locale,
    })
}

fn parse_convert(args: &[String]) -> Result<Command, String> {
    let flags = parse_flags(
        args,
        &["--to", "-o", "--output", "--numbering", "--lang", "--from"],
    )?;
    let path = flags
        .file
        .ok_or("convert needs a FILE (or - for standard input)")?;
    let to = flags.to.ok_or("convert needs --to json or --to txt")?;
    Ok(Command::Convert {
        input: Input {
            path,
            format: flags.from,
        },
        to,
        output: flags.output,
        numbering: flags.numbering.unwrap_or_default(),
        locale: flags.locale,
    })
}

/// `YYYY-MM-DD`, a real calendar day.
fn parse_iso_date(value: &str) -> Result<CivilDate, String> {
    let bad = || format!("bad date `{value}`: expected YYYY-MM-DD");
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
