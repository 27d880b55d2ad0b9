//! Pairing the paragraphs, agenda items, sections and directives of two
//! documents: by id where ids are trustworthy, by content otherwise.

use std::collections::HashMap;

use super::matching::Pairing;
use super::nodes::{Owner, Tables};
use super::similarity::{Analysed, Bag, Vocabulary};
use super::types::MatchMode;
use crate::words::normalize;

/// Every node prepared for matching (normalised text and word bag).
pub(crate) struct Bags {
    paragraphs: Vec<Analysed>,
    /// Title and reporter.
    agenda: Vec<Analysed>,
    /// Addressee and lead.
    heads: Vec<Analysed>,
    addressees: Vec<String>,
    directives: Vec<Analysed>,
}

impl Bags {
    pub(crate) fn new(t: &Tables<'_>, v: &mut Vocabulary) -> Self {
        Bags {
            paragraphs: t
                .paragraphs
                .iter()
                .map(|p| v.analyse([p.text.as_str()]))
                .collect(),
            agenda: t
                .agenda
                .iter()
                .map(|a| v.analyse([a.title.as_str(), a.reporter.as_str()]))
                .collect(),
            heads: t
                .sections
                .iter()
                .map(|s| v.analyse([s.section.addressee.as_str(), s.section.lead.as_str()]))
                .collect(),
            addressees: t
                .sections
                .iter()
                .map(|s| normalize(&s.section.addressee))
                .collect(),
            directives: t
                .directives
                .iter()
                .map(|d| v.analyse([d.directive.text.as_str()]))
                .collect(),
        }
    }
}

pub(crate) fn bags(list: &[Analysed]) -> Vec<&Bag> {
    list.iter().map(|a| &a.bag).collect()
}

pub(crate) fn keys(list: &[Analysed]) -> Vec<Option<&str>> {
    list.iter().map(|a| Some(a.normalized.as_str())).collect()
}

fn string_keys(list: &[String]) -> Vec<Option<&str>> {
    list.iter().map(|a| Some(a.as_str())).collect()
}

/// Id pairs whose content disagrees, per kind. They are set aside while
/// content matching runs and restored when neither node found a better
/// partner (a node rewritten in place).
#[derive(Default)]
struct Suspects {
    paragraphs: Vec<(usize, usize)>,
    agenda: Vec<(usize, usize)>,
    sections: Vec<(usize, usize)>,
    directives: Vec<(usize, usize)>,
}

pub(crate) struct Matches {
    pub(crate) paragraphs: Pairing,
    pub(crate) agenda: Pairing,
    pub(crate) sections: Pairing,
    pub(crate) directives: Pairing,
}

impl Matches {
    /// Pairs the nodes of `o` and `n` (see the module documentation of
    /// `diff` for the rules) and says whether ids were used.
    pub(crate) fn new(
        o: &Tables<'_>,
        n: &Tables<'_>,
        ob: &Bags,
        nb: &Bags,
    ) -> (Matches, MatchMode) {
        let mut m = Matches::by_ids(o, n);
        let mut suspects = Suspects::default();
        let confirmed = m.set_aside_dissimilar(ob, nb, &mut suspects);
        let total = confirmed
            + suspects.paragraphs.len()
            + suspects.agenda.len()
            + suspects.sections.len()
            + suspects.directives.len();
        let trusted = if total == 0 {
            // Nothing paired by id: the ids do not correspond, unless one
            // side has no nodes to pair at all.
            let empty = |p: &Pairing| p.old_len() == 0 || p.new_len() == 0;
            [&m.paragraphs, &m.agenda, &m.sections, &m.directives]
                .into_iter()
                .all(empty)
        } else {
            2 * confirmed >= total
        };
        if !trusted {
            m = Matches::empty(o, n);
            suspects = Suspects::default();
        }
        m.by_content(o, n, ob, nb, &suspects);
        (
            m,
            if trusted {
                MatchMode::Ids
            } else {
                MatchMode::Content
            },
        )
    }

    fn empty(o: &Tables<'_>, n: &Tables<'_>) -> Self {
        Matches {
            paragraphs: Pairing::new(o.paragraphs.len(), n.paragraphs.len()),
            agenda: Pairing::new(o.agenda.len(), n.agenda.len()),
            sections: Pairing::new(o.sections.len(), n.sections.len()),
            directives: Pairing::new(o.directives.len(), n.directives.len()),
        }
    }

    fn by_ids(o: &Tables<'_>, n: &Tables<'_>) -> Self {
        let mut m = Matches::empty(o, n);
        let keys = |ids: Vec<u32>| ids.into_iter().map(Some).collect::<Vec<_>>();
        m.paragraphs.by_key(
            &keys(o.paragraphs.iter().map(|p| p.id.0).collect()),
            &keys(n.paragraphs.iter().map(|p| p.id.0).collect()),
        );
        m.agenda.by_key(
            &keys(o.agenda.iter().map(|a| a.id.0).collect()),
            &keys(n.agenda.iter().map(|a| a.id.0).collect()),
        );
        m.sections.by_key(
            &keys(o.sections.iter().map(|s| s.section.id.0).collect()),
            &keys(n.sections.iter().map(|s| s.section.id.0).collect()),
        );
        m.directives.by_key(
            &keys(o.directives.iter().map(|d| d.directive.id.0).collect()),
            &keys(n.directives.iter().map(|d| d.directive.id.0).collect()),
        );
        m
    }

    /// Unpairs id pairs whose content is not similar (sections: addressee
    /// and lead), moving them to `suspects`; returns how many pairs stay.
    /// Ids are trusted when at least half of all id pairs stay: two
    /// separate imports number their nodes alike, but one inserted line
    /// shifts every later id and the pairs after it disagree.
    fn set_aside_dissimilar(&mut self, o: &Bags, n: &Bags, suspects: &mut Suspects) -> usize {
        fn split(
            pairing: &mut Pairing,
            old: &[Analysed],
            new: &[Analysed],
            out: &mut Vec<(usize, usize)>,
        ) -> usize {
            let pairs: Vec<(usize, usize)> = pairing.pairs().collect();
            let mut kept = 0;
            for (a, b) in pairs {
                let similar =
                    matches!((old.get(a), new.get(b)), (Some(x), Some(y)) if x.bag.similar(&y.bag));
                if similar {
                    kept += 1;
                } else {
                    pairing.unpair(a);
                    out.push((a, b));
                }
            }
            kept
        }
        split(
            &mut self.paragraphs,
            &o.paragraphs,
            &n.paragraphs,
            &mut suspects.paragraphs,
        ) + split(&mut self.agenda, &o.agenda, &n.agenda, &mut suspects.agenda)
            + split(
                &mut self.sections,
                &o.heads,
                &n.heads,
                &mut suspects.sections,
            )
            + split(
                &mut self.directives,
                &o.directives,
                &n.directives,
                &mut suspects.directives,
            )
    }

    /// Pairs the nodes left unpaired by content: equal normalised text
    /// first, then similar text; then gives back the suspect id pairs whose
    /// nodes are both still unpaired. Directives before sections, so
    /// sections can be paired by where their directives went.
    fn by_content(
        &mut self,
        o: &Tables<'_>,
        n: &Tables<'_>,
        ob: &Bags,
        nb: &Bags,
        suspects: &Suspects,
    ) {
        self.paragraphs
            .by_key(&keys(&ob.paragraphs), &keys(&nb.paragraphs));
        self.paragraphs
            .by_similarity(&bags(&ob.paragraphs), &bags(&nb.paragraphs));
        self.paragraphs
            .by_scores(suspects.paragraphs.iter().copied());

        self.agenda.by_key(&keys(&ob.agenda), &keys(&nb.agenda));
        self.agenda
            .by_similarity(&bags(&ob.agenda), &bags(&nb.agenda));
        self.agenda.by_scores(suspects.agenda.iter().copied());

        // The owner of a node's section, as a new-side owner.
        let old_owner = |owner: Owner| match owner {
            Owner::Document => Some(Owner::Document),
            Owner::Agenda(a) => self.agenda.of_old(a).map(Owner::Agenda),
        };
        let old_directive_keys: Vec<_> = o
            .directives
            .iter()
            .zip(&ob.directives)
            .map(|(d, text)| {
                let owner = o.sections.get(d.section).and_then(|s| old_owner(s.owner))?;
                Some((owner, text.normalized.as_str()))
            })
            .collect();
        let new_directive_keys: Vec<_> = n
            .directives
            .iter()
            .zip(&nb.directives)
            .map(|(d, text)| Some((n.sections.get(d.section)?.owner, text.normalized.as_str())))
            .collect();
        let old_heads: Vec<_> = o
            .sections
            .iter()
            .zip(&ob.heads)
            .map(|(s, head)| Some((old_owner(s.owner)?, head.normalized.as_str())))
            .collect();
        let new_heads: Vec<_> = n
            .sections
            .iter()
            .zip(&nb.heads)
            .map(|(s, head)| Some((s.owner, head.normalized.as_str())))
            .collect();

        self.directives
            .by_key(&old_directive_keys, &new_directive_keys);
        self.directives
            .by_key(&keys(&ob.directives), &keys(&nb.directives));
        self.directives
            .by_similarity(&bags(&ob.directives), &bags(&nb.directives));
        self.directives
            .by_scores(suspects.directives.iter().copied());

        let votes = self.section_votes(o, n);
        let mut section_suspects = suspects.sections.clone();
        self.set_aside_sections_without_common_directives(o, n, &votes, &mut section_suspects);
        self.sections_by_votes(o, n, votes);
        self.sections.by_key(&old_heads, &new_heads);
        self.sections
            .by_key(&string_keys(&ob.addressees), &string_keys(&nb.addressees));
        self.sections
            .by_similarity(&bags(&ob.heads), &bags(&nb.heads));
        self.sections.by_scores(section_suspects);
    }

    /// How many paired directives go from old section `a` to new section
    /// `b`, for each `(a, b)`.
    fn section_votes(&self, o: &Tables<'_>, n: &Tables<'_>) -> HashMap<(usize, usize), usize> {
        let mut votes: HashMap<(usize, usize), usize> = HashMap::new();
        for (a, b) in self.directives.pairs() {
            if let (Some(a), Some(b)) = (o.directives.get(a), n.directives.get(b)) {
                *votes.entry((a.section, b.section)).or_default() += 1;
            }
        }
        votes
    }

    /// A section pair (by id, similar addressee) whose sections both have
    /// directives but share none is doubtful: another section with the
    /// same addressee (`Руководителям ОО` under each agenda item) may be the
    /// real counterpart.
    fn set_aside_sections_without_common_directives(
        &mut self,
        o: &Tables<'_>,
        n: &Tables<'_>,
        votes: &HashMap<(usize, usize), usize>,
        suspects: &mut Vec<(usize, usize)>,
    ) {
        let pairs: Vec<(usize, usize)> = self.sections.pairs().collect();
        for (a, b) in pairs {
            let both_filled = o.sections.get(a).is_some_and(|s| s.size > 0)
                && n.sections.get(b).is_some_and(|s| s.size > 0);
            if both_filled && !votes.contains_key(&(a, b)) {
                self.sections.unpair(a);
                suspects.push((a, b));
            }
        }
    }

    /// Pairs sections that share at least half of their directives (of the
    /// larger one), most shared first.
    fn sections_by_votes(
        &mut self,
        o: &Tables<'_>,
        n: &Tables<'_>,
        votes: HashMap<(usize, usize), usize>,
    ) {
        let mut scored: Vec<(f64, usize, usize)> = votes
            .into_iter()
            .filter_map(|((a, b), count)| {
                let larger = o.sections.get(a)?.size.max(n.sections.get(b)?.size);
                let score = count as f64 / larger.max(1) as f64;
                (score >= 0.5).then_some((score, a, b))
            })
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        self.sections
            .by_scores(scored.into_iter().map(|(_, a, b)| (a, b)));
    }
}
