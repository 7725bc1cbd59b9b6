//! Entity-linking scores: Wikidata QIDs of mentions against gold links.
//!
//! A linking document has `eval_start` and `eval_end` (UTF-8 bytes, the
//! annotated region) and gold entities with `qid` (null for a name with no
//! Wikidata item) and `types` (PERSON, LOCATION, ORGANIZATION, OTHER).
//! Rules:
//! * a predicted link is a mention with a QID lying inside the region;
//! * it is right when it overlaps a gold entity with the same QID;
//! * it is wrong when it overlaps gold entities and none has its QID (a
//!   null gold counts);
//! * it is not judged when it overlaps no gold entity (the annotation is not
//!   exhaustive), or when it is a nationality whose state's QID differs from
//!   the gold's (gold often links a demonym to the people);
//! * recall is the gold QIDs found by an overlapping prediction with the
//!   same QID over all gold QIDs, overall and per type; GEO is PERSON,
//!   LOCATION and ORGANIZATION together.

use std::collections::{BTreeMap, HashMap};

use geopol::{EntityKind, Mention};
use serde::Deserialize;

/// The gold types recall is reported for, GEO last.
pub const LINK_TYPES: [&str; 5] = ["PERSON", "LOCATION", "ORGANIZATION", "OTHER", "GEO"];

/// One gold link.
#[derive(Deserialize, Clone)]
pub struct GoldLink {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub qid: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub types: Vec<String>,
}

/// Linking counts of one corpus.
#[derive(Default)]
pub struct LinkTally {
    pub right: u64,
    pub wrong: u64,
    /// Gold QIDs per type (GEO included): (found, all).
    pub recall: BTreeMap<&'static str, (u64, u64)>,
    /// Wrong links: "text → predicted (gold)" and their counts.
    pub wrong_links: HashMap<String, u64>,
    /// Missed gold links: "text (QID name)" and their counts.
    pub missed: HashMap<String, u64>,
}

impl LinkTally {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong)
    }

    /// Scores the mentions of one document.
    pub fn add_document(
        &mut self,
        text: &str,
        region: (usize, usize),
        gold: &[GoldLink],
        mentions: &[Mention],
    ) {
        let overlaps = |a: (usize, usize), g: &GoldLink| a.0 < g.end && g.start < a.1;
        let links: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.wikidata.is_some() && m.start >= region.0 && m.end <= region.1)
            .collect();
        for m in &links {
            let qid = m.wikidata.as_deref().unwrap_or_default();
            let hit: Vec<&GoldLink> = gold
                .iter()
                .filter(|g| overlaps((m.start, m.end), g))
                .collect();
            if hit.is_empty() {
                continue;
            }
            if hit.iter().any(|g| g.qid.as_deref() == Some(qid)) {
                self.right += 1;
            } else if m.kind == EntityKind::Nationality {
                continue;
            } else {
                self.wrong += 1;
                let g = hit[0];
                let key = format!(
                    "{:?} → {} {} (gold {} {})",
                    m.text,
                    qid,
                    m.name,
                    g.qid.as_deref().unwrap_or("NIL"),
                    g.name.as_deref().unwrap_or("")
                );
                *self.wrong_links.entry(key).or_default() += 1;
            }
        }
        for g in gold {
            let Some(q) = g.qid.as_deref() else { continue };
            let found = links
                .iter()
                .any(|m| m.wikidata.as_deref() == Some(q) && overlaps((m.start, m.end), g));
            let mut types: Vec<&'static str> = vec!["ALL"];
            for &t in &LINK_TYPES[..4] {
                if g.types.iter().any(|x| x == t) {
                    types.push(t);
                }
            }
            if g.types
                .iter()
                .any(|x| LINK_TYPES[..3].contains(&x.as_str()))
            {
                types.push("GEO");
            }
            for t in types {
                let r = self.recall.entry(t).or_default();
                r.0 += found as u64;
                r.1 += 1;
            }
            if !found {
                let span = text.get(g.start..g.end).unwrap_or("");
                let key = format!("{span:?} ({q} {})", g.name.as_deref().unwrap_or(""));
                *self.missed.entry(key).or_default() += 1;
            }
        }
    }

    /// The figures as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        let mut recall = serde_json::Map::new();
        for t in std::iter::once("ALL").chain(LINK_TYPES) {
            let (found, all) = self.recall.get(t).copied().unwrap_or_default();
            recall.insert(
                t.into(),
                serde_json::json!({"found": found, "gold": all, "recall": round(ratio(found, all))}),
            );
        }
        serde_json::json!({
            "right": self.right,
            "wrong": self.wrong,
            "precision": round(self.precision()),
            "recall": recall,
        })
    }

    /// The figures as a table, with the `errors` most frequent wrong and
    /// missed links.
    pub fn table(&self, errors: usize) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "linking: precision {:.3} ({} right, {} wrong)",
            self.precision(),
            self.right,
            self.wrong
        );
        for t in std::iter::once("ALL").chain(LINK_TYPES) {
            let (found, all) = self.recall.get(t).copied().unwrap_or_default();
            let _ = writeln!(
                out,
                "  recall {t:<13} {:.3} ({found} of {all})",
                ratio(found, all)
            );
        }
        if errors > 0 {
            for (label, table) in [
                ("wrong links", &self.wrong_links),
                ("missed links", &self.missed),
            ] {
                let mut v: Vec<(&String, &u64)> = table.iter().collect();
                v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let _ = writeln!(out, "  {label}:");
                for (t, n) in v.iter().take(errors) {
                    let _ = writeln!(out, "    {n}× {t}");
                }
            }
        }
        out
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}
