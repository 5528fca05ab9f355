//! Wall-clock instants as milliseconds since the Unix epoch. The core never reads a clock:
//! callers pass `now` in, which keeps `apply` and the history deterministic.

use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01T00:00:00Z (what `Date.now()` returns in the browser).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Converts a JavaScript time value (a float of milliseconds), clamping nonsense to 0.
    pub fn from_js_millis(millis: f64) -> Self {
        if (0.0..9.0e15).contains(&millis) {
            Timestamp(millis as i64)
        } else {
            Timestamp(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_millis_are_clamped_to_sane_values() {
        assert_eq!(Timestamp::from_js_millis(1_700_000_000_123.9), Timestamp(1_700_000_000_123));
        assert_eq!(Timestamp::from_js_millis(f64::NAN), Timestamp(0));
        assert_eq!(Timestamp::from_js_millis(-5.0), Timestamp(0));
        assert_eq!(Timestamp::from_js_millis(f64::INFINITY), Timestamp(0));
    }
}
