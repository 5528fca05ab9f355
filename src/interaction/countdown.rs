//! The workshop timer's arithmetic: a countdown that runs from a wall-clock end time, so it
//! stays right across tab switches, throttled timers and reloads (its state is kept in the
//! tab's session storage by the UI). Pure; the UI only asks it what to show.

use crate::model::Timestamp;
use serde::{Deserialize, Serialize};

/// Longest countdown: 24 hours.
pub const MAX_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Stored", into = "Stored")]
pub enum Countdown {
    /// Set to `ms` but not started.
    Idle { ms: i64 },
    /// Running until the clock reads `ends_at` (`ms` is the length it was set to).
    Running { ms: i64, ends_at: Timestamp },
    /// Paused with `left` still to run.
    Paused { ms: i64, left: i64 },
}

/// How a countdown is kept: `{"state": "running", "ms": …, "ends_at": …}`. A flat record with
/// a plain state name, so reading it needs none of serde's buffering of tagged enums.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Stored {
    state: State,
    ms: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ends_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    left: Option<i64>,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    Idle,
    Running,
    Paused,
}

impl TryFrom<Stored> for Countdown {
    type Error = &'static str;
    fn try_from(stored: Stored) -> Result<Self, Self::Error> {
        let ms = stored.ms;
        match (stored.state, stored.ends_at, stored.left) {
            (State::Idle, _, _) => Ok(Countdown::Idle { ms }),
            (State::Running, Some(ends_at), _) => Ok(Countdown::Running { ms, ends_at }),
            (State::Paused, _, Some(left)) => Ok(Countdown::Paused { ms, left }),
            _ => Err("a running countdown needs its end, a paused one what is left"),
        }
    }
}

impl From<Countdown> for Stored {
    fn from(countdown: Countdown) -> Self {
        let (state, ends_at, left) = match countdown {
            Countdown::Idle { .. } => (State::Idle, None, None),
            Countdown::Running { ends_at, .. } => (State::Running, Some(ends_at), None),
            Countdown::Paused { left, .. } => (State::Paused, None, Some(left)),
        };
        Stored { state, ms: countdown.length_ms(), ends_at, left }
    }
}

impl Default for Countdown {
    fn default() -> Self {
        Countdown::Idle { ms: 5 * 60 * 1000 }
    }
}

impl Countdown {
    /// A countdown of `minutes` (clamped to 1 second … 24 hours), not started.
    pub fn of_minutes(minutes: f64) -> Countdown {
        let ms = if minutes.is_finite() { (minutes * 60_000.0).round() as i64 } else { 0 };
        Countdown::Idle { ms: ms.clamp(1_000, MAX_MS) }
    }

    pub fn length_ms(self) -> i64 {
        match self {
            Countdown::Idle { ms } | Countdown::Running { ms, .. } | Countdown::Paused { ms, .. } => ms,
        }
    }

    /// Milliseconds left at `now` (never below 0).
    pub fn left(self, now: Timestamp) -> i64 {
        match self {
            Countdown::Idle { ms } => ms,
            Countdown::Running { ends_at, .. } => (ends_at.0 - now.0).max(0),
            Countdown::Paused { left, .. } => left,
        }
    }

    pub fn is_running(self) -> bool {
        matches!(self, Countdown::Running { .. })
    }

    /// Whether a running countdown has reached zero.
    pub fn is_up(self, now: Timestamp) -> bool {
        self.is_running() && self.left(now) == 0
    }

    /// Starts, or resumes from a pause.
    pub fn start(self, now: Timestamp) -> Countdown {
        match self {
            Countdown::Idle { ms } => Countdown::Running { ms, ends_at: Timestamp(now.0 + ms) },
            Countdown::Paused { ms, left } => Countdown::Running { ms, ends_at: Timestamp(now.0 + left) },
            running => running,
        }
    }

    pub fn pause(self, now: Timestamp) -> Countdown {
        match self {
            Countdown::Running { ms, .. } => Countdown::Paused { ms, left: self.left(now) },
            other => other,
        }
    }

    /// Back to the full length, stopped.
    pub fn reset(self) -> Countdown {
        Countdown::Idle { ms: self.length_ms() }
    }

    /// `mm:ss`, or `h:mm:ss` from an hour up, rounding partial seconds up (so 0:00 means done).
    pub fn label(self, now: Timestamp) -> String {
        let seconds = (self.left(now) + 999) / 1000;
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        if h > 0 {
            format!("{h}:{m:02}:{s:02}")
        } else {
            format!("{m:02}:{s:02}")
        }
    }

    /// Reads a stored countdown; anything unreadable or out of range is the default.
    pub fn parse(text: &str) -> Countdown {
        serde_json::from_str::<Countdown>(text)
            .ok()
            .filter(|c| (1_000..=MAX_MS).contains(&c.length_ms()) && (0..=MAX_MS).contains(&c.left(Timestamp(0)).min(MAX_MS)))
            .unwrap_or_default()
    }

    pub fn to_json(self) -> String {
        serde_json::to_string(&self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_countdown_follows_the_clock_not_the_ticks() {
        let c = Countdown::of_minutes(2.0).start(Timestamp(1_000));
        assert_eq!(c.label(Timestamp(1_000)), "02:00");
        assert_eq!(c.label(Timestamp(1_001)), "02:00");
        assert_eq!(c.label(Timestamp(2_000)), "01:59");
        // A tab that slept for a minute shows the right time at once.
        assert_eq!(c.label(Timestamp(61_000)), "01:00");
        assert!(!c.is_up(Timestamp(120_999)));
        assert!(c.is_up(Timestamp(121_000)));
        assert_eq!(c.label(Timestamp(500_000)), "00:00");
    }

    #[test]
    fn pause_resume_and_reset() {
        let c = Countdown::of_minutes(1.0).start(Timestamp(0));
        let paused = c.pause(Timestamp(20_000));
        assert_eq!(paused, Countdown::Paused { ms: 60_000, left: 40_000 });
        assert_eq!(paused.label(Timestamp(999_999)), "00:40");
        let resumed = paused.start(Timestamp(100_000));
        assert_eq!(resumed.left(Timestamp(110_000)), 30_000);
        assert_eq!(resumed.reset(), Countdown::Idle { ms: 60_000 });
    }

    #[test]
    fn lengths_are_clamped_and_long_ones_show_hours() {
        assert_eq!(Countdown::of_minutes(0.0).length_ms(), 1_000);
        assert_eq!(Countdown::of_minutes(f64::NAN).length_ms(), 1_000);
        assert_eq!(Countdown::of_minutes(1e9).length_ms(), MAX_MS);
        assert_eq!(Countdown::of_minutes(90.0).label(Timestamp(0)), "1:30:00");
    }

    #[test]
    fn stored_countdowns_round_trip_and_garbage_is_the_default() {
        let c = Countdown::of_minutes(3.0).start(Timestamp(5));
        assert_eq!(Countdown::parse(&c.to_json()), c);
        assert_eq!(Countdown::parse("{nope"), Countdown::default());
        // The kept form is the one earlier builds wrote, so a reload finds its timer.
        let running = Countdown::Running { ms: 60_000, ends_at: Timestamp(5) };
        assert_eq!(running.to_json(), r#"{"state":"running","ms":60000,"ends_at":5}"#);
        assert_eq!(Countdown::parse(r#"{"state":"paused","ms":60000,"left":1000}"#), Countdown::Paused { ms: 60_000, left: 1_000 });
        assert_eq!(Countdown::parse(r#"{"state":"running","ms":60000}"#), Countdown::default());
        assert_eq!(Countdown::parse(r#"{"state":"idle","ms":-5}"#), Countdown::default());
    }
}
