//! organization rules (to be written).

use crate::analysis::Analysis;

/// Adds organization candidates.
pub fn find(_a: &mut Analysis) {}
