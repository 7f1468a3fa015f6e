//! person rules (to be written).

use crate::analysis::Analysis;

/// Adds person candidates.
pub fn find(_a: &mut Analysis) {}
