//! `content/officials.yaml`: the editor's registry of officials.
//!
//! The file is a YAML list of people. Each entry:
//!
//! ```yaml
//! - slug: dmitry-ryabikhin          # page name officials/SLUG.html; lowercase, digits, dashes
//!   name: Dmitry Ryabikhin          # canonical name in Latin script
//!   native: [Дмитрий Рябихин]       # names in native script (optional)
//!   aliases: [Dmitry Ryabihin]      # other spellings that are this person (optional)
//!   group: Ministry of Defence of Belarus   # organisation or country (optional)
//!   roles:                          # roles as sources give them (optional)
//!     - title: deputy chief of the ministry's international cooperation department
//!       from: "2022-12"             # dates as written (optional)
//!       to: null
//!       citation: tass-ryabikhin#p3 # SOURCE-SLUG#pN (optional)
//!       note: ...                   # editorial remark (optional)
//!   not_same_as: [other-slug]       # people this one must never be merged with (optional)
//!   note: ...                       # editorial remark (optional)
//! ```
//!
//! The registry wins over the machine: a mention that matches one of an entry's names resolves
//! to that entry, two entries are never merged, and `not_same_as` also keeps an entry apart from
//! people found only by the machine (by their generated slug).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::error::Problem;
use crate::slug::Slug;

/// The registry; empty when the dossier has none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Registry {
    /// The file it was read from, relative to the dossier root.
    pub file: String,
    /// The people, in file order.
    pub people: Vec<RegistryPerson>,
    /// The file's text (for the lines of problems found after parsing).
    pub text: String,
}

/// One person of the registry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryPerson {
    /// URL-safe name of the person's page.
    pub slug: String,
    /// Canonical name in Latin script.
    pub name: String,
    /// Names in the native script.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub native: Vec<String>,
    /// Other spellings of the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Organisation or country, for grouping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Roles as the sources give them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RegistryRole>,
    /// Slugs of people this one must never be merged with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_same_as: Vec<String>,
    /// An editorial remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One role of a registered person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryRole {
    /// The title as written.
    pub title: String,
    /// When the role began, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// When the role ended, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Where a source gives it: `SOURCE-SLUG#pN` or `SOURCE-SLUG`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// An editorial remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RegistryRole {
    /// The role in one line: "title (from – to) \[citation\]".
    pub fn display(&self) -> String {
        let mut out = self.title.clone();
        if self.from.is_some() || self.to.is_some() {
            let from = self.from.as_deref().unwrap_or("?");
            let to = self.to.as_deref().unwrap_or("");
            out.push_str(&format!(" ({from} – {to})"));
        }
        if let Some(c) = &self.citation {
            out.push_str(&format!(" [{c}]"));
        }
        out
    }
}

impl RegistryPerson {
    /// Every name of the person: canonical, aliases, then native forms.
    pub fn all_names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .chain(&self.native)
    }
}

/// The native name whose words, transliterated, are the person's `name` with its first and last
/// words swapped ("Ryabikhin Dmitry" beside "Дмитрий Рябихин"), when there is one.
fn surname_first(person: &RegistryPerson) -> Option<&String> {
    let words = |s: &str| -> Vec<String> {
        any_ascii::any_ascii(s)
            .to_lowercase()
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let close = |a: &str, b: &str| strsim::jaro_winkler(a, b) >= 0.85;
    let name = words(&person.name);
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return None;
    };
    if name.len() < 2 {
        return None;
    }
    person.native.iter().find(|native| {
        let native = words(native);
        match (native.first(), native.last()) {
            (Some(n_first), Some(n_last)) if native.len() >= 2 => {
                close(first, n_last) && close(last, n_first) && !close(first, n_first)
            }
            _ => false,
        }
    })
}

/// The 1-based line where `needle` first occurs in `text`, when it does.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

impl Registry {
    /// Parses the registry text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Registry, Problem> {
        if text.trim().is_empty() {
            return Ok(Registry {
                file: file.to_string(),
                people: Vec::new(),
                text: String::new(),
            });
        }
        let people: Vec<RegistryPerson> = serde_yaml::from_str(text).map_err(|e| {
            let line = e.location().map(|l| l.line());
            let column = e.location().map(|l| l.column());
            Problem::at(
                file,
                line,
                format!(
                    "the registry of officials is not valid: {e}{}",
                    crate::yaml::unknown_field_hint(&e.to_string())
                ),
                "the file is a YAML list of people, each with `slug` and `name` and optionally \
                 `native`, `aliases`, `group`, `roles` (title, from, to, citation, note), \
                 `not_same_as` and `note`",
            )
            .with_column(column)
            .with_excerpt(text, 1)
        })?;
        check(text, file, &people)?;
        Ok(Registry {
            file: file.to_string(),
            people,
            text: text.to_string(),
        })
    }

    /// Every role citation that does not name a source of the dossier, or names a paragraph
    /// the source does not have; `paragraphs` maps each source slug to its paragraph count.
    pub fn check_citations(&self, paragraphs: &BTreeMap<String, usize>) -> Vec<Problem> {
        let mut problems = Vec::new();
        for role in self.people.iter().flat_map(|p| &p.roles) {
            let Some(citation) = &role.citation else {
                continue;
            };
            // A citation that does not parse was refused when the registry was read.
            let Ok(Citation {
                source: slug,
                paragraph,
            }) = citation.parse::<Citation>()
            else {
                continue;
            };
            let slug = slug.as_str();
            let message = match paragraphs.get(slug) {
                None => {
                    let hint = crate::error::did_you_mean(slug, paragraphs.keys());
                    format!("the citation `{citation}` names no source of this dossier{hint}")
                }
                Some(&count) if paragraph.is_some_and(|n| n > count) => {
                    format!("the citation `{citation}`: {slug} has paragraphs p1 to p{count}")
                }
                Some(_) => continue,
            };
            problems.push(Problem::at(
                &self.file,
                line_of(&self.text, citation),
                message,
                "cite a source by its slug (its file name without extension), with #pN for \
                 paragraph N as numbered on its page",
            ));
        }
        problems
    }

    /// The person with this slug.
    pub fn get(&self, slug: &str) -> Option<&RegistryPerson> {
        self.people.iter().find(|p| p.slug == slug)
    }
}

/// Checks slugs, citations and `not_same_as` references.
fn check(text: &str, file: &str, people: &[RegistryPerson]) -> Result<(), Problem> {
    let mut seen = BTreeSet::new();
    for person in people {
        let line = line_of(text, &format!("slug: {}", person.slug));
        if !Slug::is_valid(&person.slug) {
            return Err(Problem::at(
                file,
                line,
                format!("`{}` is not a valid slug", person.slug),
                "use lowercase ASCII letters, digits and dashes, e.g. `dmitry-ryabikhin`",
            ));
        }
        if !seen.insert(person.slug.as_str()) {
            return Err(Problem::at(
                file,
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.contains(&format!("slug: {}", person.slug)))
                    .nth(1)
                    .map(|(i, _)| i + 1),
                format!("the slug `{}` is used twice", person.slug),
                "give every person a different slug, or merge the two entries",
            ));
        }
        if person.name.trim().is_empty() {
            return Err(Problem::at(
                file,
                line,
                format!("`{}` has an empty name", person.slug),
                "give the canonical name in Latin script",
            ));
        }
        for role in &person.roles {
            if let Some(c) = &role.citation {
                if c.parse::<Citation>().is_err() {
                    return Err(Problem::at(
                        file,
                        line_of(text, c),
                        format!("`{c}` is not a citation"),
                        "write SOURCE-SLUG#pN (paragraph N of a source) or SOURCE-SLUG",
                    ));
                }
            }
        }
        if let Some(latin) = person
            .native
            .iter()
            .find(|n| n.chars().any(|c| c.is_alphabetic()) && n.is_ascii())
        {
            let line = text
                .lines()
                .position(|l| {
                    l.contains(latin.as_str())
                        && (l.contains("native") || l.trim_start().starts_with("- "))
                })
                .map(|i| i + 1);
            return Err(Problem::at(
                file,
                line,
                format!(
                    "`native: {latin}` is in Latin script, so it would never match a name in \
                     the native script"
                ),
                "put Latin spellings under `aliases`; `native` takes names as the sources \
                 write them in Cyrillic (or another native script)",
            ));
        }
        if let Some(native) = surname_first(person) {
            return Err(Problem::at(
                file,
                line,
                format!(
                    "`name: {}` seems to put the surname first (the native name is `{native}`), \
                     so it would not match the sources' spellings",
                    person.name
                ),
                "write the name in the order the sources use, given name first \
                 (e.g. Dmitry Ryabikhin)",
            ));
        }
        if person.not_same_as.contains(&person.slug) {
            return Err(Problem::at(
                file,
                line,
                format!("`{}` says it is not the same as itself", person.slug),
                "list other people's slugs under `not_same_as`",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_person() {
        let text = "- slug: valery-revenko\n  name: Valery Revenko\n  native: [Валерий Ревенко]\n  roles:\n    - title: начальник\n      citation: zerkalo-revenko#p1\n";
        let r = Registry::parse(text, "content/officials.yaml").unwrap();
        assert_eq!(r.people.len(), 1);
        assert_eq!(r.people[0].native, ["Валерий Ревенко"]);
        assert_eq!(
            r.people[0].roles[0].display(),
            "начальник [zerkalo-revenko#p1]"
        );
    }

    #[test]
    fn unknown_field_is_an_error_with_a_line() {
        let text = "- slug: a\n  name: A\n  nmae: typo\n";
        let e = Registry::parse(text, "content/officials.yaml").unwrap_err();
        assert_eq!(e.file, "content/officials.yaml");
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("nmae"), "{e}");
    }

    #[test]
    fn a_surname_first_name_is_an_error_and_the_usual_order_is_not() {
        let swapped = "- slug: a\n  name: Ryabikhin Dmitry\n  native: [Дмитрий Рябихин]\n";
        let e = Registry::parse(swapped, "officials.yaml").unwrap_err();
        assert!(e.message.contains("surname first"), "{e}");
        let usual = "- slug: a\n  name: Dmitry Ryabikhin\n  native: [Дмитрий Рябихин]\n";
        assert!(Registry::parse(usual, "officials.yaml").is_ok());
    }

    #[test]
    fn duplicate_slug_and_bad_citation_are_errors() {
        let dup = "- slug: a\n  name: A\n- slug: a\n  name: B\n";
        let e = Registry::parse(dup, "f.yaml").unwrap_err();
        assert_eq!(e.line, Some(3));
        let bad = "- slug: a\n  name: A\n  roles:\n    - title: x\n      citation: tass p3\n";
        let e = Registry::parse(bad, "f.yaml").unwrap_err();
        assert_eq!(e.line, Some(5));
    }

    #[test]
    fn empty_file_is_an_empty_registry() {
        assert!(Registry::parse("  \n", "f.yaml").unwrap().people.is_empty());
    }
}
