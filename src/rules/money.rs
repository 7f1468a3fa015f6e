//! money rules (to be written).

use crate::analysis::Analysis;

/// Adds money candidates.
pub fn find(_a: &mut Analysis) {}
