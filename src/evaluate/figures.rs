//! The counts an evaluation adds up, and the figures (ratios) derived from them. Counts add
//! across subjects; figures of a total are computed from the summed counts, never averaged.

use std::collections::BTreeMap;
use std::ops::AddAssign;

/// Every count of one subject (or of several, summed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles evaluated.
    pub articles: usize,
    /// Pairs of matched mentions the machine puts on one page and the truth gives one person.
    pub pairs_right: usize,
    /// Pairs of matched mentions the machine puts on one page.
    pub pairs_machine: usize,
    /// Pairs of matched mentions the truth gives one person.
    pub pairs_truth: usize,
    /// Machine mentions that match no truth person of their article.
    pub mentions_unmatched: usize,
    /// Official pages the machine makes.
    pub pages: usize,
    /// Pages none of whose mentions matches a true person.
    pub junk_pages: usize,
    /// True persons (distinct ids of the subject).
    pub persons: usize,
    /// True persons no mention of any page matches.
    pub persons_without_page: usize,
    /// Distinct (article, person, title) the machine gives that the truth gives too.
    pub titles_right: usize,
    /// Distinct (article, person, title) the machine gives that the truth does not.
    pub titles_wrong: usize,
    /// Truth quotes with a named speaker.
    pub quotes_named: usize,
    /// Truth quotes the machine attributes to their speaker.
    pub attributed_right: usize,
    /// Truth quotes the machine attributes to someone else (or to someone when none is named).
    pub attributed_wrong: usize,
    /// Machine quotations matching no truth quote but given a speaker.
    pub attributed_spurious: usize,
    /// Dates the article states (publication and event).
    pub dates_stated: usize,
    /// Stated dates the machine finds with the right value.
    pub dates_found: usize,
    /// Stated dates the machine finds with a wrong value.
    pub dates_wrong: usize,
    /// Stated dates the machine does not find.
    pub dates_missed: usize,
    /// Machine dates matching no date of the truth.
    pub dates_invented: usize,
    /// Machine dates matching only furniture dates of the truth.
    pub dates_furniture: usize,
    /// Publication dates the machine gives as the truth does.
    pub published_right: usize,
    /// Publication dates the machine gives differently (or states where the truth has none).
    pub published_wrong: usize,
    /// Publication dates the truth has and the machine leaves unknown.
    pub published_missing: usize,
    /// Article lines (not boilerplate, not the headline, not kept elsewhere) the machine removes.
    pub article_lines_removed: usize,
    /// Boilerplate lines of the truth.
    pub boilerplate_lines: usize,
    /// Boilerplate lines the machine keeps as paragraphs.
    pub boilerplate_kept: usize,
    /// Pairs of quotes of one statement in two articles.
    pub quote_pairs: usize,
    /// Such pairs that one machine quote cluster puts together.
    pub quote_pairs_found: usize,
    /// Pairs of quotes of one statement in two articles of the same language (the machine
    /// compares wordings, it does not translate, so these are the pairs it can find).
    pub quote_pairs_same_language: usize,
    /// Such same-language pairs that one machine quote cluster puts together.
    pub quote_pairs_same_language_found: usize,
    /// Articles whose language the machine names as the truth does.
    pub language_right: usize,
    /// Articles whose language the machine names differently or not at all.
    pub language_wrong: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        let fields: [(&mut usize, usize); 32] = [
            (&mut self.articles, o.articles),
            (&mut self.pairs_right, o.pairs_right),
            (&mut self.pairs_machine, o.pairs_machine),
            (&mut self.pairs_truth, o.pairs_truth),
            (&mut self.mentions_unmatched, o.mentions_unmatched),
            (&mut self.pages, o.pages),
            (&mut self.junk_pages, o.junk_pages),
            (&mut self.persons, o.persons),
            (&mut self.persons_without_page, o.persons_without_page),
            (&mut self.titles_right, o.titles_right),
            (&mut self.titles_wrong, o.titles_wrong),
            (&mut self.quotes_named, o.quotes_named),
            (&mut self.attributed_right, o.attributed_right),
            (&mut self.attributed_wrong, o.attributed_wrong),
            (&mut self.attributed_spurious, o.attributed_spurious),
            (&mut self.dates_stated, o.dates_stated),
            (&mut self.dates_found, o.dates_found),
            (&mut self.dates_wrong, o.dates_wrong),
            (&mut self.dates_missed, o.dates_missed),
            (&mut self.dates_invented, o.dates_invented),
            (&mut self.dates_furniture, o.dates_furniture),
            (&mut self.published_right, o.published_right),
            (&mut self.published_wrong, o.published_wrong),
            (&mut self.published_missing, o.published_missing),
            (&mut self.article_lines_removed, o.article_lines_removed),
            (&mut self.boilerplate_lines, o.boilerplate_lines),
            (&mut self.boilerplate_kept, o.boilerplate_kept),
            (&mut self.quote_pairs, o.quote_pairs),
            (&mut self.quote_pairs_found, o.quote_pairs_found),
            (
                &mut self.quote_pairs_same_language,
                o.quote_pairs_same_language,
            ),
            (
                &mut self.quote_pairs_same_language_found,
                o.quote_pairs_same_language_found,
            ),
            (&mut self.language_right, o.language_right),
        ];
        for (field, add) in fields {
            *field += add;
        }
        self.language_wrong += o.language_wrong;
    }
}

/// `part / whole`, or `None` when `whole` is zero.
fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl Counts {
    /// The figures the floors are set on (`tests/corpus/floors.yaml`), by name. A ratio with
    /// nothing to measure (no pairs, no quotes) is absent.
    pub fn figures(&self) -> BTreeMap<&'static str, f64> {
        let mut out = BTreeMap::new();
        let mut put = |name: &'static str, value: Option<f64>| {
            if let Some(v) = value {
                out.insert(name, v);
            }
        };
        put(
            "people_precision",
            ratio(self.pairs_right, self.pairs_machine),
        );
        put("people_recall", ratio(self.pairs_right, self.pairs_truth));
        put(
            "junk_pages_per_20_articles",
            ratio(self.junk_pages * 20, self.articles),
        );
        put(
            "attribution_precision",
            ratio(
                self.attributed_right,
                self.attributed_right + self.attributed_wrong + self.attributed_spurious,
            ),
        );
        put(
            "attribution_coverage",
            ratio(self.attributed_right, self.quotes_named),
        );
        put(
            "stated_dates_found",
            ratio(self.dates_found, self.dates_stated),
        );
        put("invented_dates", Some(self.dates_invented as f64));
        put("furniture_dates", Some(self.dates_furniture as f64));
        put(
            "article_lines_removed",
            Some(self.article_lines_removed as f64),
        );
        put(
            "quote_pairs_found",
            ratio(self.quote_pairs_found, self.quote_pairs),
        );
        put(
            "same_language_quote_pairs_found",
            ratio(
                self.quote_pairs_same_language_found,
                self.quote_pairs_same_language,
            ),
        );
        out
    }
}
