//! location rules (to be written).

use crate::analysis::Analysis;

/// Adds location candidates.
pub fn find(_a: &mut Analysis) {}
