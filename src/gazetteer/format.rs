//! One JSON Lines record <-> one checked [`Entry`].

use serde::Deserialize;
use serde_json::{Map, Value};

use super::entry::{Alias, CasePolicy, Entry, Role};
use crate::kind::EntityKind;

/// Longest alias accepted, in bytes.
pub(crate) const MAX_ALIAS_BYTES: usize = 256;

#[derive(Deserialize)]
struct RawEntry {
    id: Option<String>,
    kind: Option<String>,
    name: Option<String>,
    wikidata: Option<String>,
    #[serde(default)]
    aliases: Option<Vec<Value>>,
    #[serde(default)]
    demonyms: Option<Vec<Value>>,
    #[serde(default)]
    short: Option<Vec<Value>>,
    #[serde(default)]
    generic: Option<Vec<Value>>,
    country: Option<String>,
    category: Option<String>,
    #[serde(default)]
    case: Option<Value>,
    #[serde(default)]
    roles: Option<Vec<Role>>,
    #[serde(default)]
    sources: Option<Vec<String>>,
}

/// Parses and validates one non-empty line. The error is the reason only;
/// the caller adds the file and line.
pub(crate) fn parse_line(line: &str) -> Result<Entry, String> {
    let raw: RawEntry = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        // serde_json appends " at line 1 column N"; within one record the
        // column is what helps.
        match msg.rfind(" at line 1 column ") {
            Some(i) => format!("{} (column {})", &msg[..i], &msg[i + 18..]),
            None => msg,
        }
    })?;
    let id = required(raw.id, "id")?;
    let kind_name = required(raw.kind, "kind")?;
    let kind: EntityKind = match kind_name.parse() {
        Ok(kind) => kind,
        Err(_) => {
            return Err(format!(
                "unknown kind {kind_name:?} (expected person, state, nationality, \
                 organization, treaty or location)"
            ))
        }
    };
    let name = required(raw.name, "name")?;
    let entry = Entry {
        id,
        kind,
        name,
        wikidata: raw.wikidata,
        aliases: aliases(raw.aliases, "aliases")?,
        demonyms: aliases(raw.demonyms, "demonyms")?,
        short: aliases(raw.short, "short")?,
        generic: aliases(raw.generic, "generic")?,
        country: raw.country,
        category: raw.category,
        case: match raw.case {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(case_policy(&s)?),
            Some(other) => return Err(format!("\"case\" must be a string, got {other}")),
        },
        roles: raw.roles.unwrap_or_default(),
        sources: raw.sources.unwrap_or_default(),
    };
    validate(&entry)?;
    Ok(entry)
}

fn required(value: Option<String>, field: &str) -> Result<String, String> {
    match value {
        None => Err(format!("missing required field {field:?}")),
        Some(v) if v.trim().is_empty() => Err(format!("required field {field:?} is empty")),
        Some(v) => Ok(v),
    }
}

fn aliases(values: Option<Vec<Value>>, field: &str) -> Result<Vec<Alias>, String> {
    let Some(values) = values else {
        return Ok(Vec::new());
    };
    values
        .into_iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::String(text) => Ok(Alias::new(text)),
            Value::Object(obj) => {
                alias_object(obj).map_err(|reason| format!("{field}[{i}]: {reason}"))
            }
            other => Err(format!(
                "{field}[{i}]: expected a string or an object with \"text\", got {other}"
            )),
        })
        .collect()
}

fn alias_object(obj: Map<String, Value>) -> Result<Alias, String> {
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(format!("\"text\" must be a string, got {other}")),
        None => return Err("alias object without \"text\"".to_string()),
    };
    let case = match obj.get("case") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(case_policy(s)?),
        Some(other) => return Err(format!("\"case\" must be a string, got {other}")),
    };
    Ok(Alias { text, case })
}

fn case_policy(s: &str) -> Result<CasePolicy, String> {
    Ok(match s {
        "auto" => CasePolicy::Auto,
        "fold" => CasePolicy::Fold,
        "exact" => CasePolicy::Exact,
        "capitalized" => CasePolicy::Capitalized,
        _ => {
            return Err(format!(
                "unknown case policy {s:?} (expected auto, fold, exact or capitalized)"
            ))
        }
    })
}

/// Checks an entry, whether read from a file or built in code.
pub(crate) fn validate(e: &Entry) -> Result<(), String> {
    if e.id.trim().is_empty() {
        return Err("required field \"id\" is empty".to_string());
    }
    if e.name.trim().is_empty() {
        return Err("required field \"name\" is empty".to_string());
    }
    if let Some(q) = &e.wikidata {
        if !is_qid(q) {
            return Err(format!(
                "wikidata {q:?} is not a Wikidata item id (\"Q\" and digits, such as \"Q159\")"
            ));
        }
    }
    if let Some(c) = &e.country {
        check_country(c, "country")?;
    }
    for (i, role) in e.roles.iter().enumerate() {
        if let Some(c) = &role.country {
            check_country(c, &format!("roles[{i}].country"))?;
        }
        for (field, date) in [
            ("start", &role.start),
            ("end", &role.end),
            ("last_seen", &role.last_seen),
        ] {
            if let Some(d) = date.as_deref() {
                if crate::date::day_range(d).is_none() {
                    return Err(format!(
                        "roles[{i}].{field} {d:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                    ));
                }
            }
        }
    }
    if !e.demonyms.is_empty() && e.kind != EntityKind::State {
        return Err("\"demonyms\" is only allowed on a state".to_string());
    }
    if !e.short.is_empty() && e.kind != EntityKind::Person {
        return Err("\"short\" is only allowed on a person".to_string());
    }
    if !e.generic.is_empty() && e.country.is_none() {
        return Err(
            "\"generic\" names need a \"country\": they stand for the entry \
                    in documents about that state"
                .to_string(),
        );
    }
    check_alias(&e.name, "name")?;
    for (field, list) in [
        ("aliases", &e.aliases),
        ("demonyms", &e.demonyms),
        ("short", &e.short),
        ("generic", &e.generic),
    ] {
        for (i, a) in list.iter().enumerate() {
            check_alias(&a.text, &format!("{field}[{i}]"))?;
        }
    }
    Ok(())
}

/// Whether `q` is a Wikidata item id: "Q" and digits, no leading zero.
pub(crate) fn is_qid(q: &str) -> bool {
    let digits = q.strip_prefix('Q').unwrap_or("");
    !digits.is_empty()
        && !digits.starts_with('0')
        && digits.len() <= 12
        && digits.bytes().all(|b| b.is_ascii_digit())
}

fn check_country(c: &str, field: &str) -> Result<(), String> {
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "{field} {c:?} is not an ISO 3166-1 alpha-3 code (three upper-case letters)"
        ))
    }
}

fn check_alias(text: &str, field: &str) -> Result<(), String> {
    if text.len() > MAX_ALIAS_BYTES {
        return Err(format!(
            "{field} is {} bytes long (at most {MAX_ALIAS_BYTES})",
            text.len()
        ));
    }
    if crate::fold::folds_to_nothing(text) {
        return Err(format!("{field} {text:?} is empty"));
    }
    Ok(())
}

/// One entry as a JSON line, fields in the documented order, empty optional
/// fields left out.
pub(crate) fn to_line(e: &Entry) -> String {
    let mut obj = Map::new();
    obj.insert("id".into(), Value::String(e.id.clone()));
    obj.insert("kind".into(), Value::String(e.kind.as_str().into()));
    obj.insert("name".into(), Value::String(e.name.clone()));
    if let Some(q) = &e.wikidata {
        obj.insert("wikidata".into(), Value::String(q.clone()));
    }
    for (field, list) in [
        ("aliases", &e.aliases),
        ("demonyms", &e.demonyms),
        ("short", &e.short),
        ("generic", &e.generic),
    ] {
        if !list.is_empty() {
            obj.insert(
                field.into(),
                Value::Array(list.iter().map(alias_value).collect()),
            );
        }
    }
    if let Some(c) = &e.country {
        obj.insert("country".into(), Value::String(c.clone()));
    }
    if let Some(c) = &e.category {
        obj.insert("category".into(), Value::String(c.clone()));
    }
    if let Some(c) = e.case {
        obj.insert("case".into(), Value::String(c.as_str().into()));
    }
    if !e.roles.is_empty() {
        obj.insert(
            "roles".into(),
            serde_json::to_value(&e.roles).unwrap_or(Value::Null),
        );
    }
    if !e.sources.is_empty() {
        obj.insert(
            "sources".into(),
            Value::Array(e.sources.iter().cloned().map(Value::String).collect()),
        );
    }
    Value::Object(obj).to_string()
}

fn alias_value(a: &Alias) -> Value {
    match a.case {
        None => Value::String(a.text.clone()),
        Some(case) => {
            let mut obj = Map::new();
            obj.insert("text".into(), Value::String(a.text.clone()));
            obj.insert("case".into(), Value::String(case.as_str().into()));
            Value::Object(obj)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_line() {
        let e = parse_line(r#"{"id": "x", "kind": "person", "name": "A B"}"#).unwrap();
        assert_eq!(e.kind, EntityKind::Person);
        assert!(e.aliases.is_empty());
    }

    #[test]
    fn bad_lines_give_reasons() {
        let cases = [
            ("{", "EOF while parsing"),
            (
                r#"{"kind": "person", "name": "A"}"#,
                "missing required field \"id\"",
            ),
            (
                r#"{"id": " ", "kind": "person", "name": "A"}"#,
                "\"id\" is empty",
            ),
            (
                r#"{"id": "x", "kind": "planet", "name": "A"}"#,
                "unknown kind \"planet\"",
            ),
            (
                r#"{"id": "x", "kind": "state", "name": "A", "country": "ru"}"#,
                "alpha-3",
            ),
            (
                r#"{"id": "x", "kind": "state", "name": "A", "aliases": [""]}"#,
                "aliases[0]",
            ),
            (
                r#"{"id": "x", "kind": "state", "name": "A", "aliases": [3]}"#,
                "aliases[0]",
            ),
            (
                r#"{"id": "x", "kind": "state", "name": "A", "aliases": [{"text": "B", "case": "upper"}]}"#,
                "unknown case policy",
            ),
            (
                r#"{"id": "x", "kind": "person", "name": "A", "demonyms": ["B"]}"#,
                "only allowed on a state",
            ),
            (
                r#"{"id": "x", "kind": "organization", "name": "A", "generic": ["B"]}"#,
                "need a \"country\"",
            ),
            (
                r#"{"id": "x", "kind": "person", "name": "A", "roles": [{"title": "T", "start": "2012-13"}]}"#,
                "roles[0].start \"2012-13\" is not a date",
            ),
            (
                r#"{"id": 5, "kind": "person", "name": "A"}"#,
                "invalid type",
            ),
            (
                r#"{"id": "x", "kind": "person", "name": "A", "wikidata": "q42"}"#,
                "wikidata \"q42\" is not a Wikidata item id",
            ),
            (
                r#"{"id": "x", "kind": "person", "name": "A", "wikidata": "Q042"}"#,
                "is not a Wikidata item id",
            ),
            (
                r#"{"id": "x", "kind": "person", "name": "A", "wikidata": 42}"#,
                "invalid type",
            ),
        ];
        for (line, want) in cases {
            let err = parse_line(line).unwrap_err();
            assert!(
                err.contains(want),
                "line {line}: got {err:?}, want {want:?}"
            );
        }
    }

    #[test]
    fn over_long_alias_is_rejected() {
        let long = "a".repeat(MAX_ALIAS_BYTES + 1);
        let line = format!(r#"{{"id": "x", "kind": "state", "name": "A", "aliases": ["{long}"]}}"#);
        assert!(parse_line(&line).unwrap_err().contains("bytes long"));
    }

    #[test]
    fn entry_case_policy() {
        let e = parse_line(
            r#"{"id": "x", "kind": "organization", "name": "We Believe", "case": "capitalized"}"#,
        )
        .unwrap();
        assert_eq!(e.case, Some(CasePolicy::Capitalized));
        assert!(
            parse_line(r#"{"id": "x", "kind": "organization", "name": "A", "case": "upper"}"#)
                .is_err()
        );
        assert_eq!(
            to_line(&e),
            r#"{"id":"x","kind":"organization","name":"We Believe","case":"capitalized"}"#
        );
    }

    #[test]
    fn round_trip() {
        let line = r#"{"id":"Q30","kind":"state","name":"United States","aliases":["U.S.",{"text":"America","case":"capitalized"}],"demonyms":["American"],"country":"USA","category":"sovereign","sources":["rigour"]}"#;
        let e = parse_line(line).unwrap();
        assert_eq!(to_line(&e), line);
    }
}
