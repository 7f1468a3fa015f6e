//! CONTRIBUTION facts: a donor gives (lends, pledges, grants) money or aid to a recipient.
//!
//! Rules, each recorded on its facts:
//! * `contribution.verb_active` — `X a versé M à Y`, `X octroie à Y un prêt de M`, `X
//!   débloque M en faveur de Y`;
//! * `contribution.verb_passive` — `M versés par X à Y`, `un prêt accordé par X au Y`;
//! * `contribution.noun` — a noun of giving with its donor after it: `une contribution de X
//!   au fonds Y`, `un don japonais de M au PAM`, `la subvention de M du gouvernement
//!   japonais`; the recipient is the `à`/`au` complement, or the subject when the subject
//!   receives (`Y se félicite d'une subvention de M de X`);
//! * `contribution.noun_subject` — the subject gives what the noun names: `X annonce l'octroi
//!   au Y d'un prêt de M`, `X, premier contributeur au fonds Y`;
//! * `contribution.receive` — `Y a reçu M de X`, `Y bénéficie de M de la part de X`.
//!
//! A person as donor stands for the organisation of their role (`la directrice des opérations
//! de la Banque mondiale, X, a annoncé l'octroi de M à Y` → Banque mondiale). A negated,
//! conditional or denied statement gives nothing. The date is the one of the clause.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::document::{DateValue, EntityType, Money};
use crate::facts::cues::{
    clause_date, clause_end, entity_after, entity_at, er_forms, hedged, subject_before, Cues, Item,
    Sentence, ACTORS, OF, TO,
};
use crate::facts::cues::{entity_list_before, Arg, COUNTRIES};
use crate::facts::{Argument, FactKind, Found};

/// Conjugated forms and participles of the verbs of giving ([`Cues::GIVE`]).
pub(super) fn give_verbs() -> Vec<String> {
    let mut v: Vec<String> = [
        "vers", "accord", "débloqu", "allou", "financ", "contribu", "apport", "attribu", "décaiss",
        "octroy", "donn", "inject", "dégag", "consacr", "prêt", "cofinanc", "remett",
    ]
    .iter()
    .flat_map(|s| er_forms(s))
    .collect();
    v.extend(
        [
            "octroie",
            "octroient",
            "offre",
            "offrent",
            "offert",
            "offerte",
            "offerts",
            "offertes",
            "offrir",
            "fournit",
            "fournissent",
            "fourni",
            "fournie",
            "fournis",
            "fournies",
            "fournir",
            "promet",
            "promettent",
            "promis",
            "promise",
            "promises",
            "remet",
            "remettent",
            "remis",
            "remise",
            "consent",
            "consenti",
            "consentie",
            "consentis",
            "consenties",
            "accorde",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    v
}

/// Verbs whose subject receives.
pub(super) const RECEIVE_VERBS: &[&str] = &[
    "reçu",
    "reçoit",
    "reçoivent",
    "recevra",
    "perçu",
    "perçoit",
    "obtenu",
    "obtient",
    "obtiennent",
    "bénéficie",
    "bénéficié",
    "bénéficient",
    "bénéficiera",
];

/// Verbs of a subject that thanks for or welcomes a gift, and so has received it (`L'OIM salue
/// la contribution du Japon`). They count as receiving, but the word after them is the gift,
/// never its donor.
pub(super) const THANK_VERBS: &[&str] = &[
    "félicite",
    "félicitent",
    "salue",
    "saluent",
    "remercie",
    "remercient",
    "accueille",
];

/// Whether an item is a verb of receiving, thanks included.
fn is_receiving(it: &Item) -> bool {
    it.is(RECEIVE_VERBS) || it.is(THANK_VERBS)
}

/// Verbs of financing: `X a financé en Tunisie des projets` names the recipient country
/// with `en` ([`Cues::FUND_VERB`], compared without accents).
pub(super) fn fund_verbs() -> Vec<String> {
    er_forms("financ")
        .into_iter()
        .chain(er_forms("invest"))
        .collect()
}

/// Nouns that name a gift, a loan or a pledge.
pub(super) const GIFT_NOUNS: &[&str] = &[
    "contribution",
    "contributions",
    "don",
    "dons",
    "subvention",
    "subventions",
    "prêt",
    "prêts",
    "financement",
    "financements",
    "octroi",
    "versement",
    "versements",
    "décaissement",
    "donation",
    "enveloppe",
    "promesse",
    "promesses",
    "aide",
    "appui",
    "soutien",
    "crédit",
    "crédits",
];

/// Nouns of the giver, in apposition to the subject: `X, premier contributeur au fonds Y`.
pub(super) const GIVER_NOUNS: &[&str] = &[
    "contributeur",
    "contributrice",
    "donateur",
    "donatrice",
    "bailleur",
    "bailleurs",
    "donateurs",
];

/// Words of a donor's description before its name: `du gouvernement japonais`, `du peuple
/// américain`.
const DONOR_HEADS: &[&str] = &[
    "gouvernement",
    "gouvernements",
    "peuple",
    "état",
    "royaume",
    "république",
];

/// The organisations persons speak for: person → organisation of the first ROLE that names
/// one, for a donor written as a person (`la directrice de la Banque mondiale, X, a annoncé
/// l'octroi de …`).
///
/// Roles are learned sentence after sentence, so a role may be stated after the gift it
/// explains; every person looked up in vain is therefore noted ([`Speakers::take_missed`]), and
/// a sentence where one was is read again once the whole document's roles are known
/// ([`Speakers::knows_any`]). A person found is final: the first role stated stays.
#[derive(Debug, Default)]
pub struct Speakers {
    orgs: HashMap<String, Argument>,
    /// The persons looked up and not found since the last [`Speakers::take_missed`].
    missed: RefCell<Vec<String>>,
}

impl Speakers {
    /// Learns the organisations of the ROLE facts among `found` (a person's first one stays).
    pub fn learn(&mut self, found: &[Found]) {
        for f in found {
            if let FactKind::Role {
                person,
                organization: Some(org),
                ..
            } = &f.kind
            {
                self.orgs
                    .entry(person.canonical.clone())
                    .or_insert_with(|| org.clone());
            }
        }
    }

    /// The organisation `person` speaks for, if a role learned so far names one; a person not
    /// found is noted as missed.
    fn org_of(&self, person: &str) -> Option<&Argument> {
        let org = self.orgs.get(person);
        if org.is_none() {
            self.missed.borrow_mut().push(person.to_string());
        }
        org
    }

    /// The persons missed since the last call, and forgets them.
    pub fn take_missed(&mut self) -> Vec<String> {
        std::mem::take(self.missed.get_mut())
    }

    /// Whether some of these persons now have an organisation.
    pub fn knows_any(&self, persons: &[String]) -> bool {
        persons.iter().any(|p| self.orgs.contains_key(p))
    }
}

/// Rule `contribution.agreement` on a sentence: `signer` carries, from one sentence to the
/// next, the one party that signed funding agreements (`X a signé deux accords d'une valeur de
/// M`), so that `l'accord avec Y, d'une valeur de M'` later names a recipient of X. It reads no
/// roles, so a sentence read again for its gifts ([`gifts`]) is not read again for these.
pub fn agreements_in(s: &Sentence, signer: &mut Option<Argument>, out: &mut Vec<Found>) {
    if s.cues.any(Cues::SIGN | Cues::AGREEMENT) {
        agreements(&s.items, signer, out);
    }
}

/// The gifts of a sentence: verbs and nouns of giving and receiving, with their donors,
/// recipients, amounts and dates. A donor written as a person stands for the organisation
/// `speakers` knows for them.
pub fn gifts<'a>(s: &Sentence<'a>, speakers: &'a Speakers, out: &mut Vec<Found>) {
    let items = &s.items;
    if !s.cues.any(Cues::GIVE | Cues::GIFT | Cues::RECEIVE) {
        return;
    }
    for i in 0..items.len() {
        let cues = items[i].cues;
        if cues.any(Cues::GIVE) {
            verb(items, i, speakers, out);
        } else if cues.any(Cues::GIFT) {
            noun(items, i, speakers, out);
        } else if cues.any(Cues::RECEIVE) {
            receive(items, i, out);
        }
    }
}

/// Verbs of signing.
pub(super) const SIGN_VERBS: &[&str] =
    &["signé", "signe", "signent", "conclu", "paraphé", "paraphe"];
/// Nouns of an agreement.
pub(super) const AGREEMENTS: &[&str] = &["accord", "accords", "convention", "conventions"];

/// Rule `contribution.agreement`: `X a signé deux accords d'une valeur de M …. L'accord avec
/// Y, d'une valeur de M', …` — X funds Y. The signer must be one party alone (`A et B ont
/// signé un accord` says nothing of who gives) and its sentence must state an amount.
fn agreements(items: &[Item], signer: &mut Option<Argument>, out: &mut Vec<Found>) {
    for i in 0..items.len() {
        if items[i].has(Cues::SIGN) {
            let end = clause_end(items, i).min(i + 20);
            let agreement = (i + 1..end.min(i + 5)).any(|k| items[k].is(AGREEMENTS));
            let money = (i + 1..end).any(|k| items[k].money().is_some());
            if agreement && money {
                if let Some((arg, k)) = subject_before(items, i, ACTORS) {
                    let (list, _) = entity_list_before(items, k + 1, ACTORS);
                    if list.len() == 1 && !hedged(items, k, i + 1) {
                        *signer = Some(arg.to_argument());
                    }
                }
            }
            continue;
        }
        if !items[i].has(Cues::AGREEMENT) {
            continue;
        }
        let Some(donor) = signer.as_ref() else {
            continue;
        };
        // `avec Y (et Z)`
        let Some(w) = (i + 1..(i + 4).min(items.len())).find(|&k| items[k].is(&["avec"])) else {
            continue;
        };
        let (recipients, after) = crate::facts::cues::entity_list(items, w + 1, ACTORS);
        if recipients.is_empty() {
            continue;
        }
        let end = clause_end(items, after).min(after + 14);
        // The amount belongs to one agreement only when one recipient is named.
        let amount = if recipients.len() == 1 {
            amount_in(items, after, end)
        } else {
            None
        };
        if hedged(items, i.saturating_sub(3), end) {
            continue;
        }
        for (r, _) in recipients {
            if let Some(kind) = contribution(Arg::from(donor), r, amount.clone(), None) {
                out.push(Found {
                    kind,
                    rule: "contribution.agreement",
                    confidence: 0.55,
                });
            }
        }
    }
}

/// The donor standing at item `i` as a subject: an organisation or a country, or a person
/// whose role names an organisation.
fn actor_subject<'a>(
    items: &[Item<'a>],
    end: usize,
    speakers: &'a Speakers,
) -> Option<(Arg<'a>, usize)> {
    let kinds = [
        EntityType::Organization,
        EntityType::Country,
        EntityType::Person,
    ];
    let (arg, k) = subject_before(items, end, &kinds)?;
    if items[k].entity(&[EntityType::Person]).is_some() {
        return speakers.org_of(&arg.canonical).map(|o| (Arg::from(o), k));
    }
    Some((arg, k))
}

/// The first amount in `from..to`.
fn amount_in(items: &[Item], from: usize, to: usize) -> Option<Money> {
    items
        .get(from..to.min(items.len()))?
        .iter()
        .find_map(|it| it.money().cloned())
}

/// Nouns of a recipient's activity or fund: `au fonds de la Banque mondiale`, `à la
/// réponse du PAM`, `aux opérations humanitaires des Nations unies` — the recipient is the
/// name after them.
const RECIPIENT_HEADS: &[&str] = &[
    "fonds",
    "réponse",
    "opérations",
    "opération",
    "plan",
    "programme",
    "programmes",
    "budget",
    "action",
    "actions",
    "efforts",
    "activités",
    "appel",
    "caisse",
    "mission",
    "initiative",
    "travail",
    "guichet",
    "campagne",
];

/// A recipient at `k`: `à`/`au` + organisation or country, or `à`/`au` + a recipient head and
/// up to two adjectives + `de`/`du` + name. Returns the argument and its index.
fn recipient_at<'a>(items: &[Item<'a>], k: usize) -> Option<(Arg<'a>, usize)> {
    // Every preposition of `TO` starts with one of these: most words fail here.
    if !items[k].is(&["à", "au", "aux", "en"]) {
        return None;
    }
    let j = crate::facts::cues::prep(items, k, TO)?;
    if let Some((a, j)) = entity_at(items, j, ACTORS) {
        return Some((a, j));
    }
    let mut j = crate::facts::cues::skip_articles(items, j);
    if !items.get(j).is_some_and(|it| it.is(RECIPIENT_HEADS)) {
        return None;
    }
    j += 1;
    let mut adjectives = 0;
    while adjectives < 2
        && items
            .get(j)
            .and_then(Item::word)
            .is_some_and(crate::rules::caps::is_adjective)
    {
        j += 1;
        adjectives += 1;
    }
    entity_after(items, j, OF, ACTORS)
}

/// The first recipient in `from..to`.
fn recipient_in<'a>(items: &[Item<'a>], from: usize, to: usize) -> Option<(Arg<'a>, usize)> {
    (from..to.min(items.len())).find_map(|k| recipient_at(items, k))
}

/// The fact, with its owned arguments, if donor and recipient differ.
fn contribution(
    donor: Arg,
    recipient: Arg,
    amount: Option<Money>,
    date: Option<DateValue>,
) -> Option<FactKind> {
    (donor.canonical != recipient.canonical).then(|| FactKind::Contribution {
        donor: donor.to_argument(),
        recipient: recipient.to_argument(),
        amount,
        date,
    })
}

/// The donors of an active verb: the subject, and names coordinated with it (`la Suisse et
/// la Commission européenne ont contribué`). A city subject stands for its government
/// (`Ottawa promet M à Y`).
fn subjects<'a>(
    items: &[Item<'a>],
    end: usize,
    speakers: &'a Speakers,
) -> Option<(Vec<Arg<'a>>, usize)> {
    let kinds = [
        EntityType::Organization,
        EntityType::Country,
        EntityType::Person,
        EntityType::Location,
    ];
    let (arg, k) = subject_before(items, end, &kinds)?;
    let arg = if items[k].entity(&[EntityType::Person]).is_some() {
        Arg::from(speakers.org_of(&arg.canonical)?)
    } else {
        arg
    };
    if items[k].entity(&[EntityType::Location]).is_some() {
        // A place is a donor only as the sentence's first word (`Ottawa promet`).
        if crate::facts::cues::skip_articles(items, 0) != k {
            return None;
        }
    }
    let (mut list, first) = entity_list_before(items, k + 1, ACTORS);
    if list.len() > 1 && list.last().is_some_and(|l| l.canonical == arg.canonical) {
        list.pop();
        list.push(arg);
        return Some((list, first));
    }
    Some((vec![arg], k))
}

/// An organ of a named body as the sentence's subject acts for it: `Le Conseil
/// d'administration de la BAD a approuvé l'octroi …` → the BAD.
fn organ_subject<'a>(items: &[Item<'a>], end: usize) -> Option<(Arg<'a>, usize)> {
    let first = crate::facts::cues::skip_articles(items, 0);
    if first == 0 || items.get(first).is_none_or(|it| it.word().is_none()) {
        return None;
    }
    // The organ's name (`Conseil d'administration`) is a few words, then `de`/`du` + the body.
    (first + 1..(first + 5).min(end)).find_map(|k| {
        if items[first..k].iter().any(|it| it.word().is_none()) {
            return None;
        }
        entity_after(items, k, OF, ACTORS).filter(|(_, j)| *j < end)
    })
}

/// `X a versé M à Y`, `X a versé M à Y et M' à Z`, and `M versés par X à Y`.
fn verb<'a>(items: &[Item<'a>], i: usize, speakers: &'a Speakers, out: &mut Vec<Found>) {
    let end = clause_end(items, i).min(i + 24);
    // Passive: `par X` shortly after the participle.
    let passive = (i + 1..(i + 5).min(end)).find_map(|k| {
        items[k]
            .is(&["par"])
            .then(|| entity_at(items, k + 1, ACTORS))
            .flatten()
    });
    let (donors, first, rule) = match passive {
        Some((d, j)) => (vec![d], j, "contribution.verb_passive"),
        None => {
            let Some((d, k)) = subjects(items, i, speakers)
                .or_else(|| organ_subject(items, i).map(|(d, k)| (vec![d], k)))
            else {
                return;
            };
            if i - k > 20 {
                return;
            }
            (d, k, "contribution.verb_active")
        }
    };
    let from = first.min(i);
    if hedged(items, from.saturating_sub(3), i + 1) {
        return;
    }
    // Recipients: the first one, then more each after its own amount (`3 M€ au CERF et
    // 1,2 M€ au CICR`). `financer en Tunisie` names the country financed.
    let mut found: Vec<(Arg<'a>, Option<Money>, usize)> = Vec::new();
    let mut money: Option<Money> = None;
    let mut k = i + 1;
    while k < end {
        if let Some(m) = items[k].money() {
            if money.is_none() || !found.is_empty() {
                money = Some(m.clone());
            }
        }
        let to = recipient_at(items, k)
            .or_else(|| {
                (found.is_empty() && items[i].has(Cues::FUND_VERB))
                    .then(|| entity_after(items, k, &[&["en"]], COUNTRIES))
                    .flatten()
            })
            .or_else(|| {
                // `débloque M pour la RDC`: after an amount, `pour` + a name is the recipient.
                (found.is_empty() && money.is_some())
                    .then(|| entity_after(items, k, &[&["pour"]], ACTORS))
                    .flatten()
            });
        if let Some((r, j)) = to {
            if found.is_empty() || money.is_some() {
                // The amount stated after the first recipient belongs to it.
                // … or follows it in the clause (`pour un montant de M`).
                let amount = money.take().or_else(|| {
                    if found.is_empty() {
                        amount_in(items, j + 1, clause_end(items, j).min(j + 30))
                    } else {
                        None
                    }
                });
                found.push((r, amount, j));
            }
            k = j + 1;
            continue;
        }
        k += 1;
    }
    for (n, (recipient, amount, r)) in found.into_iter().enumerate() {
        let last = r.max(i);
        let date = clause_date(items, from, last + 1);
        for donor in &donors {
            if let Some(kind) = contribution(donor.clone(), recipient.clone(), amount.clone(), date)
            {
                let confidence = if n == 0 { 0.8 } else { 0.7 };
                out.push(Found {
                    kind,
                    rule,
                    confidence,
                });
            }
        }
    }
}

/// A noun of giving: donor and recipient around it.
fn noun<'a>(items: &[Item<'a>], i: usize, speakers: &'a Speakers, out: &mut Vec<Found>) {
    let end = clause_end(items, i).min(i + 18);
    let giver_noun = items[i].is(GIVER_NOUNS);
    // The donor written after the noun: a demonym (`la contribution marocaine`), `de`/`du` +
    // name (after an amount or adjectives), `par X`, `de la part de X`.
    let mut donor: Option<(Arg<'a>, usize)> = None;
    if !giver_noun {
        let mut k = i + 1;
        while k < end {
            let it = &items[k];
            if let Some(arg) = it.demonym() {
                donor = Some((arg, k));
                break;
            }
            if it.is(&["par"]) {
                if let Some((a, j)) = entity_at(items, k + 1, ACTORS) {
                    donor = Some((a, j));
                }
                break;
            }
            if let Some(j) = crate::facts::cues::prep(items, k, OF) {
                let mut j2 = crate::facts::cues::skip_articles(items, j);
                while items.get(j2).is_some_and(|x| x.is(&["part"])) {
                    j2 = crate::facts::cues::prep(items, j2 + 1, OF).unwrap_or(j2 + 1);
                }
                while items.get(j2).is_some_and(|x| x.is(DONOR_HEADS)) {
                    j2 += 1;
                }
                if let Some(it2) = items.get(j2) {
                    if let Some(a) = it2.entity(ACTORS).or_else(|| it2.demonym()) {
                        donor = Some((a, j2));
                        break;
                    }
                }
                k = j;
                continue;
            }
            // Amounts, adjectives and small words may stand between the noun and the donor.
            if it.money().is_some()
                || it.is_punct("(")
                || it.is_punct(")")
                || it.word().is_some_and(|w| !TO_START.contains(&w))
            {
                k += 1;
                continue;
            }
            break;
        }
    }
    let recipient = recipient_in(items, i + 1, end);
    let amount = amount_in(items, i + 1, end);
    match (donor, recipient) {
        (Some((d, dj)), Some((r, rj))) => {
            if hedged(items, i.saturating_sub(6), dj.max(rj) + 1) {
                return;
            }
            let date = clause_date(items, i.saturating_sub(8), dj.max(rj) + 1);
            if let Some(kind) = contribution(d, r, amount, date) {
                out.push(Found {
                    kind,
                    rule: "contribution.noun",
                    confidence: 0.75,
                });
            }
        }
        (Some((d, dj)), None) => {
            // The subject receives: `Y se félicite d'une subvention de X`.
            let Some((r, rk)) = subject_before(items, i, ACTORS) else {
                return;
            };
            let receives = items[rk..i].iter().any(is_receiving);
            if !receives || hedged(items, rk, dj + 1) {
                return;
            }
            let date = clause_date(items, rk, dj + 1);
            if let Some(kind) = contribution(d, r.clone(), amount, date) {
                out.push(Found {
                    kind,
                    rule: "contribution.noun",
                    confidence: 0.7,
                });
            }
        }
        (None, Some((r, rj))) => {
            // The subject gives: `X annonce l'octroi au Y d'un prêt`, `X, premier contributeur au Y`.
            let Some((d, dk)) =
                actor_subject(items, i, speakers).or_else(|| organ_subject(items, i))
            else {
                return;
            };
            if i - dk > 24 || items[dk..i].iter().any(is_receiving) {
                return;
            }
            // A bare noun needs an amount or a giver noun to be a gift (`l'aide au Sahel` is not).
            if amount.is_none()
                && !giver_noun
                && !items[i].is(&["contribution", "don", "subvention", "prêt", "octroi"])
            {
                return;
            }
            if hedged(items, dk, rj + 1) {
                return;
            }
            let date = clause_date(items, dk, rj + 1);
            if let Some(kind) = contribution(d, r, amount, date) {
                out.push(Found {
                    kind,
                    rule: "contribution.noun_subject",
                    confidence: 0.65,
                });
            }
        }
        (None, None) => {}
    }
}

/// Words that start the recipient complement, where the donor search stops.
const TO_START: &[&str] = &[
    "à", "au", "aux", "en", "pour", "qui", "que", "et", "dans", "sur", "avec",
];

/// The donor at `k`: `de`/`du` (or `par`, `de la part de`) + organisation, country, or a
/// demonym after `gouvernement` (`du gouvernement japonais`).
fn donor_at<'a>(items: &[Item<'a>], k: usize) -> Option<(Arg<'a>, usize)> {
    let j = crate::facts::cues::prep(items, k, OF)
        .or_else(|| items[k].is(&["par"]).then_some(k + 1))?;
    let mut j = crate::facts::cues::skip_articles(items, j);
    if items.get(j).is_some_and(|x| x.is(&["part"])) {
        j = crate::facts::cues::prep(items, j + 1, OF).unwrap_or(j + 1);
        j = crate::facts::cues::skip_articles(items, j);
    }
    while items.get(j).is_some_and(|x| x.is(DONOR_HEADS)) {
        j += 1;
    }
    let it = items.get(j)?;
    it.demonym().or_else(|| it.entity(ACTORS)).map(|a| (a, j))
}

/// `Y a reçu M de X`, `Y a reçu de X un financement de M`.
fn receive(items: &[Item], i: usize, out: &mut Vec<Found>) {
    let end = clause_end(items, i).min(i + 16);
    let Some((r, rk)) = subject_before(items, i, ACTORS) else {
        return;
    };
    let Some(m) = (i + 1..end).find(|&k| items[k].money().is_some()) else {
        return;
    };
    // The donor right after the verb, or after the amount.
    let donor = donor_at(items, i + 1)
        .filter(|_| !items[i].is(THANK_VERBS))
        .or_else(|| (m + 1..end.min(m + 4)).find_map(|k| donor_at(items, k)));
    let Some((d, dj)) = donor else {
        return;
    };
    if hedged(items, rk, i + 1) {
        return;
    }
    let amount = items[m].money().cloned();
    let date = clause_date(items, rk, dj.max(m) + 1);
    if let Some(kind) = contribution(d, r.clone(), amount, date) {
        out.push(Found {
            kind,
            rule: "contribution.receive",
            confidence: 0.7,
        });
    }
}
