//! The library's error type.

use std::path::PathBuf;

/// What went wrong, with the file and line when a file is to blame.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer file could not be read.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A gazetteer file is malformed.
    #[error("{file}:{line}: {message}")]
    Gazetteer {
        file: String,
        line: usize,
        message: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
