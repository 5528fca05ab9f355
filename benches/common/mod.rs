//! What the native benchmarks share: a deterministic random source and a timer that warms up,
//! repeats and reports the median with min and max. Included by each bench with `mod common;`.
#![allow(dead_code)] // each bench uses a different part

use std::time::{Duration, Instant};

/// Knuth's MMIX linear congruential generator: deterministic and dependency-free.
pub struct Lcg(pub u64);

impl Lcg {
    /// A float in [0, 1) from the high bits.
    pub fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n - 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub struct Timing {
    pub median: Duration,
    pub min: Duration,
    pub max: Duration,
}

/// Runs `run` a few times to warm up, then `iterations` times, timing each run.
pub fn time(iterations: usize, mut run: impl FnMut()) -> Timing {
    for _ in 0..3.max(iterations / 10) {
        run();
    }
    let mut samples: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    samples.sort_unstable();
    Timing { median: samples[samples.len() / 2], min: samples[0], max: samples[samples.len() - 1] }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
