//! The environment scan: which of the nine environment factors (five macro, four micro) the
//! board's opportunities and threats already cover. Derived from the canvas, never stored.

use super::{EnvFactor, SwotCanvas};

/// How many O/T items are tagged with one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorCoverage {
    pub factor: EnvFactor,
    pub opportunities: usize,
    pub threats: usize,
}

impl FactorCoverage {
    pub fn is_empty(&self) -> bool {
        self.opportunities + self.threats == 0
    }
}

/// All nine factors in course order with their item counts.
pub fn coverage(canvas: &SwotCanvas) -> Vec<FactorCoverage> {
    EnvFactor::ALL
        .into_iter()
        .map(|factor| {
            let tagged = canvas.items.iter().filter(|item| item.source == Some(factor));
            let (mut opportunities, mut threats) = (0, 0);
            for item in tagged {
                match item.quadrant {
                    super::Quadrant::Opportunities => opportunities += 1,
                    super::Quadrant::Threats => threats += 1,
                    _ => {}
                }
            }
            FactorCoverage { factor, opportunities, threats }
        })
        .collect()
}
