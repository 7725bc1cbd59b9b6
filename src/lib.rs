/*!
geopol finds geopolitical entities in English news text: people (heads of
state and government, ministers, spokespeople, commanders), states,
nationality adjectives, organizations, treaties and locations. Each mention
comes with byte and character offsets into the caller's text, a kind, a
stable id and a canonical name.

# Example

```
use geopol::{EntityKind, Extractor};

let ex = Extractor::builtin();
let text = "The Chinese Communist Party (CCP) sent Wang Yi to Moscow, \
            where Wang may meet Vladimir Putin. Later the CCP said Putin agreed.";
let mentions = ex.extract(text);

// Offsets always slice the original text.
for m in &mentions {
    assert_eq!(&text[m.start..m.end], m.text);
}
// Short second mentions carry the id of the full name.
let putins: Vec<_> = mentions.iter().filter(|m| m.text.contains("Putin")).collect();
assert_eq!(putins.len(), 2);
assert_eq!(putins[0].id, putins[1].id);
assert_eq!(putins[1].kind, EntityKind::Person);
```

Mentions serialize with serde; `serde_json::to_string(&mention)` gives

```text
{"start":50,"end":56,"char_start":50,"char_end":56,"text":"Moscow","kind":"location","id":"loc:moscow","name":"Moscow","country":"RUS"}
```

# How matching works

* Every name, alias, nationality adjective and partial name of the
  gazetteer is folded (case, diacritics, curly quotes, dashes, runs of
  whitespace) and compiled into one byte trie; the text is folded
  the same way with a map back to original offsets, and the trie is walked
  once from every word start.
* A hit counts only as whole words: no letter, digit or combining mark may
  touch it on either side, so "Oman" is never found in "woman" and "Iran"
  not in "Iranian". Apostrophes and hyphens split words, so "Russia's" gives
  "Russia" and "U.S.-led" gives "U.S.".
* Short all-capitals aliases ("US", "UK", "WHO", "START") match only in
  their exact case; aliases that are common words can require a capital
  ("Turkey"); see [`CasePolicy`].
* Overlaps resolve leftmost-longest: "New START" rather than "START".
* Wire copy is read as such: a dateline's city is a place and its credit
  an organization ("KYIV, Ukraine (AP) —"), a byline's names are people,
  and the photographer of a photo credit is a person ("AP Photo/Efrem
  Lukatsky"); names written in capitals are names ("MOSCOW"), dates are
  never names.
* The document is the unit of resolution: "Putin" after "Vladimir Putin",
  and "CCP" after "Chinese Communist Party (CCP)", carry the same id; an
  office title introduces a person ("Foreign Minister Jan Qorvak"); a name
  that fits several entities is settled by the rest of the document. With
  [`ExtractorBuilder::evidence`] each mention says [`How`] it was found.

# Crate features

* `builtin` (default): embed the generated world gazetteer and enable
  [`Extractor::builtin`] and [`Gazetteer::builtin`].
*/

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod compiled;
mod date;
mod dateline;
mod entity;
mod error;
mod extractor;
mod first_names;
mod fold;
mod gazetteer;
mod holders;
mod kind;
mod mention;
mod offices;
mod overlay;
mod resolve;
mod scan;
mod term;
mod trie;

pub use crate::date::{Date, ParseDateError};
pub use crate::error::Error;
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::gazetteer::{Alias, CasePolicy, Entry, Gazetteer, Role};
pub use crate::holders::{OfficeHolder, OfficeQueryError};
pub use crate::kind::{EntityKind, ParseKindError};
pub use crate::mention::{How, Mention};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Helpers shared by the unit tests.
#[cfg(test)]
mod testing;
