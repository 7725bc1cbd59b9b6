//! Case policies: which spellings of the text a target's policy accepts
//! (see [`crate::gazetteer::CasePolicy`] for the policies themselves).

use crate::compiled::{words, Target, CASE_CAPITALIZED, CASE_EXACT, CASE_FOLD};
use crate::fold::typo_eq;

impl Target {
    /// Whether some spelling starting with a lower-case letter can satisfy
    /// the case policy.
    pub(crate) fn accepts_lower_start(&self) -> bool {
        match self.case {
            CASE_FOLD => true,
            CASE_EXACT => self.form.chars().next().is_some_and(char::is_lowercase),
            CASE_CAPITALIZED => false,
            _ => self.caps_words & 1 == 0,
        }
    }

    /// Whether some spelling whose first word starts with a capital and has
    /// lower-case letters ("Brown", not "BROWN") can satisfy the policy.
    pub(crate) fn accepts_mixed_start(&self) -> bool {
        match self.case {
            CASE_FOLD => true,
            CASE_EXACT => words(&self.form)
                .next()
                .is_some_and(|w| w.chars().any(char::is_lowercase)),
            _ => self.caps_words & 1 == 0,
        }
    }

    /// Whether the original spelling `surface` satisfies the case policy.
    pub(crate) fn accepts(&self, surface: &str) -> bool {
        match self.case {
            CASE_FOLD => true,
            CASE_EXACT => typo_eq(surface, &self.form),
            CASE_CAPITALIZED => {
                capitals_kept(surface, self.capital_words)
                    && (self.caps_words == 0 || caps_words_kept(surface, self.caps_words))
            }
            _ => self.caps_words == 0 || caps_words_kept(surface, self.caps_words),
        }
    }
}

/// Whether the masked words of the surface start with a capital (or a
/// character without case). The first word always counts.
pub(crate) fn capitals_kept(surface: &str, mask: u32) -> bool {
    if mask & !1 == 0 {
        // Only the first word counts (most aliases have one). A match at a
        // word start mostly starts with an ASCII letter or digit, which
        // says it; in other ASCII text, the first letter or digit does.
        match surface.as_bytes().first() {
            Some(&b) if b.is_ascii_alphanumeric() => return !b.is_ascii_lowercase(),
            _ if surface.is_ascii() => {
                let first = surface.bytes().find(u8::is_ascii_alphanumeric);
                return !first.is_some_and(|b| b.is_ascii_lowercase());
            }
            _ => {}
        }
    }
    if surface.is_ascii() {
        return ascii_words(surface)
            .take(32)
            .enumerate()
            .all(|(i, w)| (mask & (1 << i) == 0 && i > 0) || !w[0].is_ascii_lowercase());
    }
    words(surface).enumerate().take(32).all(|(i, w)| {
        (mask & (1 << i) == 0 && i > 0) || !w.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Whether every masked word of the surface is free of lower-case letters.
/// A surface whose words do not line up with the alias's is accepted.
pub(crate) fn caps_words_kept(surface: &str, mask: u32) -> bool {
    if surface.is_ascii() {
        return ascii_words(surface)
            .take(32)
            .enumerate()
            .all(|(i, w)| mask & (1 << i) == 0 || !w.iter().any(u8::is_ascii_lowercase));
    }
    words(surface)
        .enumerate()
        .take(32)
        .all(|(i, w)| mask & (1 << i) == 0 || !w.chars().any(|c| c.is_lowercase()))
}

/// [`words`] of an ASCII surface, as bytes.
pub(crate) fn ascii_words(surface: &str) -> impl Iterator<Item = &[u8]> {
    surface
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Bit `i` set when the case policy of target `i` (of the first 64)
/// accepts the spelling `surface`.
#[inline]
pub(crate) fn accepted(targets: &[Target], surface: &str) -> u64 {
    // Most patterns have one target.
    if let [t] = targets {
        return u64::from(t.accepts(surface));
    }
    // Many targets share a case policy (every person with this
    // surname): each distinct policy is checked once.
    let mut seen: [(u8, u32, u32, bool); 4] = [(u8::MAX, 0, 0, false); 4];
    let mut n_seen = 0;
    let mut ok = 0u64;
    for (i, t) in targets.iter().enumerate().take(64) {
        let key = (t.case, t.caps_words, t.capital_words);
        let accepted = if t.case == CASE_EXACT {
            t.accepts(surface)
        } else if let Some(&(.., a)) = seen[..n_seen].iter().find(|s| (s.0, s.1, s.2) == key) {
            a
        } else {
            let a = t.accepts(surface);
            if n_seen < seen.len() {
                seen[n_seen] = (key.0, key.1, key.2, a);
                n_seen += 1;
            }
            a
        };
        if accepted {
            ok |= 1 << i;
        }
    }
    ok
}
