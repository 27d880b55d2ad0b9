//! Errors of loading a JSON draft, with Russian and English messages.

use thiserror::Error;

use crate::locale::Locale;

/// Why a JSON draft could not be loaded. `Display` gives the English text;
/// [`JsonError::message`] gives either language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum JsonError {
    /// The input is not well-formed JSON.
    #[error("JSON syntax error at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The `format` field names something other than a resolution draft.
    /// `line` and `column` are those of the format value.
    #[error(
        "not a resolution draft: format is {found}{}",
        position_suffix(*.line, *.column)
    )]
    WrongFormat {
        found: String,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// No `format` field at the top level.
    #[error("not a resolution draft: the \"format\" field is missing")]
    MissingFormat,
    /// Written by a newer (or unknown) version of the editor. `line` and
    /// `column` are those of the version value.
    #[error(
        "draft version {found} is not supported{}: this editor reads versions up to {supported}",
        position_suffix(*.line, *.column)
    )]
    UnsupportedVersion {
        found: String,
        supported: u32,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// Well-formed JSON of the wrong shape. `path` points at the offending
    /// value (`document.sections[2].directives[0].text`); `line` and
    /// `column` are known when the error is in the input as written (not in
    /// a draft migrated from an older version). Columns are counted in
    /// bytes, as the JSON parser counts them, in every error.
    #[error("invalid draft at {path}{}: {message}", position_suffix(*.line, *.column))]
    Invalid {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    /// Two nodes share one id. `path`, `line` and `column` are those of its
    /// second use (the position is unknown in a migrated draft).
    #[error("duplicate id {id} at {path}{}", position_suffix(*.line, *.column))]
    DuplicateId {
        id: u32,
        path: String,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// An id too large to leave room for new nodes, at `path`.
    #[error("id {id} at {path}{} is out of range", position_suffix(*.line, *.column))]
    IdOutOfRange {
        id: u32,
        path: String,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// The input exceeds the size limit; checked before parsing.
    #[error("the draft is too large: {bytes} bytes, the limit is {limit} bytes")]
    TooLarge { bytes: usize, limit: usize },
}

fn position_suffix(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
        _ => String::new(),
    }
}

fn position_suffix_ru(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (строка {line}, столбец {column})"),
        _ => String::new(),
    }
}

impl JsonError {
    /// A stable machine-readable code for the error kind.
    pub fn code(&self) -> &'static str {
        match self {
            JsonError::Syntax { .. } => "json-syntax",
            JsonError::WrongFormat { .. } => "json-wrong-format",
            JsonError::MissingFormat => "json-missing-format",
            JsonError::UnsupportedVersion { .. } => "json-unsupported-version",
            JsonError::Invalid { .. } => "json-invalid",
            JsonError::DuplicateId { .. } => "json-duplicate-id",
            JsonError::IdOutOfRange { .. } => "json-id-out-of-range",
            JsonError::TooLarge { .. } => "json-too-large",
        }
    }

    /// The message in the given language. Details quoted from the JSON
    /// parser (`message` fields) stay in English.
    pub fn message(&self, locale: Locale) -> String {
        match locale {
            Locale::En => self.to_string(),
            Locale::Ru => self.message_ru(),
        }
    }

    fn message_ru(&self) -> String {
        match self {
            JsonError::Syntax {
                line,
                column,
                message,
            } => format!("Ошибка синтаксиса JSON в строке {line}, столбце {column}: {message}"),
            JsonError::WrongFormat {
                found,
                line,
                column,
            } => format!(
                "Это не черновик резолюции: формат {found}{}",
                position_suffix_ru(*line, *column)
            ),
            JsonError::MissingFormat => {
                "Это не черновик резолюции: нет поля \"format\"".to_string()
            }
            JsonError::UnsupportedVersion {
                found,
                supported,
                line,
                column,
            } => format!(
                "Версия черновика {found} не поддерживается{}: редактор читает версии до {supported}",
                position_suffix_ru(*line, *column)
            ),
            JsonError::Invalid {
                path,
                line,
                column,
                message,
            } => format!(
                "Неверная структура черновика в {path}{}: {message}",
                position_suffix_ru(*line, *column)
            ),
            JsonError::DuplicateId {
                id,
                path,
                line,
                column,
            } => format!(
                "Повторяющийся идентификатор {id} в {path}{}",
                position_suffix_ru(*line, *column)
            ),
            JsonError::IdOutOfRange {
                id,
                path,
                line,
                column,
            } => format!(
                "Идентификатор {id} в {path}{} вне допустимого диапазона",
                position_suffix_ru(*line, *column)
            ),
            JsonError::TooLarge { bytes, limit } => {
                format!("Черновик слишком большой: {bytes} байт, допустимо не более {limit} байт")
            }
        }
    }
}
