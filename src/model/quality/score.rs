//! SERVQUAL arithmetic, derived from the canvas and never stored. A dimension's expectation
//! (E) and perception (P) come from the survey when any of its statements was answered (the
//! mean of its statements' means, as SERVQUAL scores a dimension), else from the averages
//! entered by hand; its gap is P − E. A dimension with neither side missing is assessed; one
//! with a side missing is "not assessed", never 0. The overall SERVQUAL score is the mean gap
//! of the assessed dimensions weighted by their importance points, normalised over those
//! dimensions: points that do not add up to 100 are normalised, not refused (the canvas says
//! so), and when every assessed dimension has 0 points the dimensions count equally.

use super::{dimension_index, QualityCanvas, Statement, Tally, Weights};
use crate::model::core::Servqual;

/// Where a score came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Source {
    /// The survey: `statements` of the dimension answered, `answers` in all.
    Survey { statements: usize, answers: u32 },
    /// Entered by hand.
    Entered,
}

/// A mean score on the 1–7 scale, with its source and (from a survey) the spread of the
/// answers behind it (their standard deviation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    pub value: f64,
    pub source: Source,
    pub spread: Option<f64>,
}

/// One dimension's scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionScore {
    pub dimension: Servqual,
    pub expectation: Option<Mean>,
    pub perception: Option<Mean>,
    /// Its importance points as stored.
    pub points: u8,
}

impl DimensionScore {
    /// P − E, when both are known.
    pub fn gap(&self) -> Option<f64> {
        Some(self.perception?.value - self.expectation?.value)
    }
}

/// The mean of a tally's answers.
pub fn tally_mean(tally: &Tally) -> Option<f64> {
    (tally.n > 0).then(|| tally.sum as f64 / f64::from(tally.n))
}

/// The standard deviation of a tally's answers (of the population that answered).
pub fn tally_spread(tally: &Tally) -> Option<f64> {
    let mean = tally_mean(tally)?;
    let variance = tally.sum_sq as f64 / f64::from(tally.n) - mean * mean;
    Some(variance.max(0.0).sqrt())
}

/// A statement's mean expectation and perception.
pub fn statement_means(statement: &Statement) -> (Option<f64>, Option<f64>) {
    (tally_mean(&statement.expectation), tally_mean(&statement.perception))
}

fn merged(a: Tally, b: &Tally) -> Tally {
    Tally { n: a.n.saturating_add(b.n), sum: a.sum.saturating_add(b.sum), sum_sq: a.sum_sq.saturating_add(b.sum_sq) }
}

/// One side of a dimension from the survey: the mean of the means of its answered statements.
fn surveyed(canvas: &QualityCanvas, dimension: Servqual, side: impl Fn(&Statement) -> &Tally) -> Option<Mean> {
    let answered: Vec<&Tally> = canvas.statements.iter().filter(|s| s.dimension == dimension).map(side).filter(|t| t.n > 0).collect();
    if answered.is_empty() {
        return None;
    }
    let value = answered.iter().filter_map(|t| tally_mean(t)).sum::<f64>() / answered.len() as f64;
    let all = answered.iter().fold(Tally::default(), |acc, t| merged(acc, t));
    Some(Mean { value, source: Source::Survey { statements: answered.len(), answers: all.n }, spread: tally_spread(&all) })
}

fn entered(tenths: Option<u8>) -> Option<Mean> {
    tenths.map(|t| Mean { value: f64::from(t) / 10.0, source: Source::Entered, spread: None })
}

/// The scores of every dimension, in `Servqual::ALL` order.
pub fn dimension_scores(canvas: &QualityCanvas) -> [DimensionScore; 5] {
    Servqual::ALL.map(|dimension| {
        let by_hand = canvas.entered.get(&dimension).copied().unwrap_or_default();
        DimensionScore {
            dimension,
            expectation: surveyed(canvas, dimension, |s| &s.expectation).or_else(|| entered(by_hand.expectation)),
            perception: surveyed(canvas, dimension, |s| &s.perception).or_else(|| entered(by_hand.perception)),
            points: canvas.weights[dimension_index(dimension)],
        }
    })
}

/// The sum of the importance points.
pub fn points_total(weights: &Weights) -> u32 {
    weights.iter().map(|&w| u32::from(w)).sum()
}

/// The weighted SERVQUAL score: the mean gap of the assessed dimensions, weighted by their
/// points normalised over them; `None` when no dimension is assessed.
pub fn overall(scores: &[DimensionScore; 5]) -> Option<f64> {
    let assessed: Vec<(f64, f64)> = scores.iter().filter_map(|s| s.gap().map(|g| (g, f64::from(s.points)))).collect();
    if assessed.is_empty() {
        return None;
    }
    let total: f64 = assessed.iter().map(|(_, w)| w).sum();
    Some(if total > 0.0 {
        assessed.iter().map(|(g, w)| g * w).sum::<f64>() / total
    } else {
        assessed.iter().map(|(g, _)| g).sum::<f64>() / assessed.len() as f64
    })
}

/// `value` rounded to two decimals, half away from zero, with −0 shown as 0.
pub fn round2(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// A score with two decimals ("5.33").
pub fn format_score(value: f64) -> String {
    format!("{:.2}", round2(value))
}

/// A gap with two decimals and its sign ("+0.50", "-1.25", "0.00").
pub fn format_gap(value: f64) -> String {
    let rounded = round2(value);
    if rounded > 0.0 {
        format!("+{rounded:.2}")
    } else {
        format!("{rounded:.2}")
    }
}

/// The dimension with the largest shortfall (most negative gap), if any falls short.
pub fn largest_shortfall(scores: &[DimensionScore; 5]) -> Option<(Servqual, f64)> {
    scores.iter().filter_map(|s| s.gap().map(|g| (s.dimension, g))).filter(|(_, g)| *g < 0.0).min_by(|a, b| a.1.total_cmp(&b.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::core::ItemId;
    use crate::model::quality::Entered;

    fn tally(answers: &[u8]) -> Tally {
        let mut t = Tally::default();
        for &a in answers {
            t.add(a);
        }
        t
    }

    fn statement(id: u64, dimension: Servqual, e: &[u8], p: &[u8]) -> Statement {
        Statement { id: ItemId(id), dimension, text: format!("s{id}"), expectation: tally(e), perception: tally(p) }
    }

    #[test]
    fn a_tally_gives_the_mean_and_spread_of_its_answers_and_ignores_off_scale_ones() {
        let t = tally(&[7, 5, 6, 0, 8]);
        assert_eq!((t.n, t.sum, t.sum_sq), (3, 18, 110));
        assert_eq!(tally_mean(&t), Some(6.0));
        assert!((tally_spread(&t).unwrap() - (2.0f64 / 3.0).sqrt()).abs() < 1e-12);
        assert_eq!(tally_mean(&Tally::default()), None);
        assert!(t.is_consistent() && Tally::default().is_consistent());
        assert!(!Tally { n: 1, sum: 9, sum_sq: 81 }.is_consistent());
    }

    #[test]
    fn a_dimension_without_both_sides_is_not_assessed_never_zero() {
        let mut canvas = QualityCanvas::default();
        canvas.entered.insert(Servqual::Reliability, Entered { expectation: Some(65), perception: None });
        let scores = dimension_scores(&canvas);
        let reliability = scores[1];
        assert_eq!(reliability.expectation.map(|m| m.value), Some(6.5));
        assert_eq!(reliability.gap(), None);
        assert_eq!(overall(&scores), None);
        assert!(scores.iter().all(|s| s.gap().is_none()));
    }

    #[test]
    fn the_survey_outranks_entered_averages_and_averages_statement_means() {
        let mut canvas = QualityCanvas::default();
        canvas.entered.insert(Servqual::Tangibles, Entered { expectation: Some(10), perception: Some(10) });
        // Two statements: means 6 and 4 (E), 5 and 2 (P); one unanswered statement is skipped.
        canvas.statements = vec![
            statement(1, Servqual::Tangibles, &[6, 6], &[5, 5]),
            statement(2, Servqual::Tangibles, &[4], &[2]),
            statement(3, Servqual::Tangibles, &[], &[]),
        ];
        let t = dimension_scores(&canvas)[0];
        assert_eq!(t.expectation.map(|m| m.value), Some(5.0));
        assert_eq!(t.perception.map(|m| m.value), Some(3.5));
        assert_eq!(t.expectation.map(|m| m.source), Some(Source::Survey { statements: 2, answers: 3 }));
        assert_eq!(t.gap(), Some(-1.5));
    }

    #[test]
    fn points_that_do_not_add_up_to_100_are_normalised_over_the_assessed_dimensions() {
        let mut canvas = QualityCanvas::default();
        canvas.entered.insert(Servqual::Tangibles, Entered { expectation: Some(60), perception: Some(50) });
        canvas.entered.insert(Servqual::Empathy, Entered { expectation: Some(60), perception: Some(62) });
        // Gaps −1.0 and +0.2; points 30 and 10 (the others, unassessed, do not count).
        canvas.weights = [30, 25, 25, 10, 10];
        let scores = dimension_scores(&canvas);
        let expected = (0.2 * 10.0 - 30.0) / 40.0;
        assert!((overall(&scores).unwrap() - expected).abs() < 1e-12);
        assert_eq!(points_total(&canvas.weights), 100);
        // All assessed dimensions at 0 points: they count equally.
        canvas.weights = [0, 50, 50, 0, 0];
        let scores = dimension_scores(&canvas);
        assert!((overall(&scores).unwrap() - (-0.4)).abs() < 1e-12);
        assert_eq!(largest_shortfall(&scores).map(|(d, _)| d), Some(Servqual::Tangibles));
    }

    #[test]
    fn rounding_is_to_two_decimals_half_away_from_zero_without_minus_zero() {
        assert_eq!(round2(5.0 / 3.0), 1.67);
        assert_eq!(round2(-0.004), 0.0);
        assert!(round2(-0.004).is_sign_positive());
        assert_eq!(round2(-1.125), -1.13);
        assert_eq!(round2(2.5), 2.5);
        assert_eq!(
            (format_score(16.0 / 3.0), format_gap(0.5), format_gap(-1.125), format_gap(-0.001)),
            ("5.33".into(), "+0.50".into(), "-1.13".into(), "0.00".into())
        );
    }
}
