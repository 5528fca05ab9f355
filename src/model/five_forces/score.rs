//! Force intensities and the industry-attractiveness verdict, derived from the factors.
//! Intensity = the weighted mean of a force's rated factors (weight `None` counts 1), or the
//! user's override when set; a force with neither is "not assessed" — never a fake 0.
//! Verdict rule (shown to the user): a force is high at intensity ≥ `HIGH_AT`; with all five
//! assessed, 3 or more high forces → unattractive, 0–1 → attractive, 2 → moderate.

use super::{FiveForcesCanvas, Force};

/// Intensity from which a force counts as high.
pub const HIGH_AT: f64 = 3.5;
/// High forces from which the industry is unattractive.
pub const UNATTRACTIVE_FROM: usize = 3;
/// High forces up to which the industry is attractive.
pub const ATTRACTIVE_UP_TO: usize = 1;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IntensitySource {
    /// Weighted mean of this many rated factors.
    Factors(usize),
    Override,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Intensity {
    /// 1.0 (weak) … 5.0 (strong).
    pub value: f64,
    pub source: IntensitySource,
}

impl Intensity {
    pub fn is_high(&self) -> bool {
        self.value >= HIGH_AT
    }
}

/// A force's intensity, or `None` when it is not assessed.
pub fn intensity(canvas: &FiveForcesCanvas, force: Force) -> Option<Intensity> {
    if let Some(value) = canvas.overrides.get(&force) {
        return Some(Intensity { value: f64::from(*value), source: IntensitySource::Override });
    }
    let (mut sum, mut weights, mut count) = (0.0, 0.0, 0);
    for factor in canvas.force_factors(force) {
        if let Some(rating) = factor.rating {
            let weight = f64::from(factor.weight.unwrap_or(1));
            sum += f64::from(rating) * weight;
            weights += weight;
            count += 1;
        }
    }
    (count > 0).then(|| Intensity { value: sum / weights, source: IntensitySource::Factors(count) })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attractiveness {
    Attractive,
    Moderate,
    Unattractive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub assessed: usize,
    pub high: usize,
    /// `None` until all five forces are assessed.
    pub level: Option<Attractiveness>,
}

pub fn verdict(canvas: &FiveForcesCanvas) -> Verdict {
    let intensities: Vec<Intensity> = Force::ALL.iter().filter_map(|f| intensity(canvas, *f)).collect();
    let high = intensities.iter().filter(|i| i.is_high()).count();
    let attractiveness = if high >= UNATTRACTIVE_FROM {
        Attractiveness::Unattractive
    } else if high <= ATTRACTIVE_UP_TO {
        Attractiveness::Attractive
    } else {
        Attractiveness::Moderate
    };
    let level = (intensities.len() == Force::ALL.len()).then_some(attractiveness);
    Verdict { assessed: intensities.len(), high, level }
}
