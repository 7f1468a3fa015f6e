//! Resolution: gives every mention its canonical name and links later short forms (a bare
//! surname, an acronym defined in the text) to the full entity.

use crate::analysis::Analysis;

/// Fills in canonical names of the chosen mentions.
pub fn resolve(a: &mut Analysis) {
    for m in &mut a.mentions {
        if m.canonical.is_none()
            && !matches!(m.kind, crate::EntityType::Money | crate::EntityType::Date)
        {
            m.canonical = Some(m.span.of(a.text).to_string());
        }
    }
}
