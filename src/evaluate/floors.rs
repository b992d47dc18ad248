//! The floors of the evaluation (`tests/corpus/floors.yaml`) and the regression guard: while a
//! subject has not reached a floor, the best figure it has reached so far is its floor.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Problem;

/// One floor: a figure must be at least, or at most, a value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    /// The figure must be at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    /// The figure must be at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
}

impl Floor {
    /// True when `value` meets the floor.
    fn met_by(&self, value: f64) -> bool {
        self.at_least.is_none_or(|f| value >= f - 1e-9)
            && self.at_most.is_none_or(|f| value <= f + 1e-9)
    }

    /// True when `value` is at least as good as `best` in this floor's direction.
    fn as_good(&self, value: f64, best: f64) -> bool {
        if self.at_most.is_some() {
            value <= best + 1e-9
        } else {
            value >= best - 1e-9
        }
    }

    /// `value` rounded to three decimals towards the easier side, so that recording it never
    /// makes the current figure fail.
    fn rounded(&self, value: f64) -> f64 {
        if self.at_most.is_some() {
            (value * 1000.0).ceil() / 1000.0
        } else {
            (value * 1000.0).floor() / 1000.0
        }
    }
}

/// The floors file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floors {
    /// Figure name → floor (issue 8 §3).
    pub floors: BTreeMap<String, Floor>,
    /// Subject (or `total`) → figure → the best value reached so far, for the figures below their
    /// floor.
    #[serde(default)]
    pub best: BTreeMap<String, BTreeMap<String, f64>>,
}

/// A figure of a subject that falls below what the floors file asks.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The subject, or `total`.
    pub subject: String,
    /// The figure's name.
    pub figure: String,
    /// Its value now.
    pub value: f64,
    /// Its floor.
    pub floor: Floor,
    /// The best value recorded, when one is.
    pub best: Option<f64>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let floor = match (self.floor.at_least, self.floor.at_most) {
            (Some(v), _) => format!("at least {v}"),
            (None, Some(v)) => format!("at most {v}"),
            (None, None) => "anything".to_string(),
        };
        write!(
            f,
            "{} of subject {} is {:.3}; its floor is {floor}",
            self.figure, self.subject, self.value
        )?;
        match self.best {
            Some(best) => write!(
                f,
                " and the best reached so far is {best}: a regression (fix it, or lower `best` in tests/corpus/floors.yaml by hand and say why in the commit)"
            ),
            None => write!(
                f,
                " and it has no best recorded (a new subject or figure? `cargo run --release --example eval -- --record-best`)"
            ),
        }
    }
}

impl Floors {
    /// Parses the floors file; an error names the file, line and column.
    pub fn parse(text: &str, display: &str) -> Result<Floors, Problem> {
        serde_yaml::from_str(text).map_err(|e| {
            let location = e.location();
            Problem::at(
                display,
                location.as_ref().map(|l| l.line()),
                format!("floors file cannot be read: {e}"),
                "see the comment at the top of tests/corpus/floors.yaml",
            )
            .with_column(location.as_ref().map(|l| l.column()))
        })
    }

    /// The floors file's text: `header` (its leading comment), then the floors and bests.
    pub fn to_text(&self, header: &str) -> Result<String, serde_yaml::Error> {
        Ok(format!("{header}{}", serde_yaml::to_string(self)?))
    }

    /// Every figure of `subject` (values by name) that meets neither its floor nor its best.
    pub fn check(&self, subject: &str, figures: &BTreeMap<&str, f64>) -> Vec<Failure> {
        let mut out = Vec::new();
        for (figure, floor) in &self.floors {
            let Some(&value) = figures.get(figure.as_str()) else {
                continue;
            };
            if floor.met_by(value) {
                continue;
            }
            let best = self.best.get(subject).and_then(|b| b.get(figure)).copied();
            if best.is_some_and(|b| floor.as_good(value, b)) {
                continue;
            }
            out.push(Failure {
                subject: subject.to_string(),
                figure: figure.clone(),
                value,
                floor: *floor,
                best,
            });
        }
        out
    }

    /// Records `subject`'s figures as its bests: a figure below its floor gets (or raises) its
    /// best entry, never lowers it; a figure that meets its floor loses its entry.
    pub fn record_best(&mut self, subject: &str, figures: &BTreeMap<&str, f64>) {
        let floors = self.floors.clone();
        let entry = self.best.entry(subject.to_string()).or_default();
        for (figure, floor) in &floors {
            let Some(&value) = figures.get(figure.as_str()) else {
                continue;
            };
            if floor.met_by(value) {
                entry.remove(figure);
                continue;
            }
            let value = floor.rounded(value);
            match entry.get(figure) {
                Some(&best) if floor.as_good(best, value) => {}
                _ => {
                    entry.insert(figure.clone(), value);
                }
            }
        }
        if entry.is_empty() {
            self.best.remove(subject);
        }
    }
}

/// The leading comment lines of a floors file (kept when the file is rewritten).
pub fn header(text: &str) -> String {
    text.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn floors() -> Floors {
        Floors::parse(
            "# header\nfloors:\n  people_precision: {at_least: 0.98}\n  invented_dates: {at_most: 0}\nbest:\n  armenia:\n    people_precision: 0.9\n",
            "floors.yaml",
        )
        .expect("parses")
    }

    #[test]
    fn a_figure_below_its_floor_passes_only_at_or_above_its_best() {
        let f = floors();
        let at = |v: f64| BTreeMap::from([("people_precision", v)]);
        assert!(f.check("armenia", &at(0.99)).is_empty());
        assert!(f.check("armenia", &at(0.9)).is_empty());
        let failures = f.check("armenia", &at(0.85));
        assert_eq!(failures.len(), 1);
        let message = failures[0].to_string();
        assert!(
            message.contains("people_precision of subject armenia is 0.850"),
            "{message}"
        );
        assert!(message.contains("regression"), "{message}");
        let new = f.check("moldova", &at(0.85));
        assert!(new[0].to_string().contains("--record-best"), "{}", new[0]);
    }

    #[test]
    fn counts_with_an_upper_floor_fail_above_it() {
        let f = floors();
        let failures = f.check("armenia", &BTreeMap::from([("invented_dates", 2.0)]));
        assert_eq!(failures[0].figure, "invented_dates");
    }

    #[test]
    fn recording_raises_bests_never_lowers_them_and_drops_reached_floors() {
        let mut f = floors();
        f.record_best("armenia", &BTreeMap::from([("people_precision", 0.85)]));
        assert_eq!(f.best["armenia"]["people_precision"], 0.9);
        f.record_best("armenia", &BTreeMap::from([("people_precision", 0.9345)]));
        assert_eq!(f.best["armenia"]["people_precision"], 0.934);
        f.record_best("armenia", &BTreeMap::from([("people_precision", 0.99)]));
        assert!(!f.best.contains_key("armenia"));
        f.record_best("moldova", &BTreeMap::from([("invented_dates", 3.0)]));
        assert_eq!(f.best["moldova"]["invented_dates"], 3.0);
        let text = f
            .to_text(&header("# header\nfloors: {}\n"))
            .expect("serialises");
        assert!(text.starts_with("# header\n"), "{text}");
        assert_eq!(Floors::parse(&text, "x").expect("round trip"), f);
    }
}
