//! date rules (to be written).

use crate::analysis::Analysis;

/// Adds date candidates.
pub fn find(_a: &mut Analysis) {}
