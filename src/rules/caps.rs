//! Word classes shared by the name rules: capitalized name words, French function words that
//! are capitalized only because they open a sentence, name particles, connectors of name
//! complements, adjectives, and a lookup of gazetteer names by position.
//!
//! Everything here works on the [`Token`]s of the document, so every span stays a slice of the
//! original text.
//!
//! ```
//! use glaneur::rules::caps;
//! assert!(caps::is_function_word("Selon"));
//! assert!(!caps::is_function_word("Dakar"));
//! assert!(caps::is_adjective("internationale"));
//! assert!(!caps::is_adjective("annonce"));
//! ```

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::analysis::Analysis;
use crate::document::{EntityType, Span};
use crate::fold::fold;
use crate::gazetteer::Target;
use crate::rules::{location, organization};
use crate::tokenize::{Token, TokenKind};
use crate::words::{WordFilter, WordSet};

/// Capitalized words that are not names: articles, pronouns, prepositions, conjunctions and
/// adverbs that start sentences, and weekdays (a DATE, not a name).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "A",
    "À",
    "À",
    "Afin",
    "Ainsi",
    "Alors",
    "Après",
    "Au",
    "Aucun",
    "Aucune",
    "Aujourd",
    "Auprès",
    "Aussi",
    "Autre",
    "Autres",
    "Aux",
    "Avant",
    "Avec",
    "Bien",
    "C",
    "Car",
    "Ce",
    "Ceci",
    "Cela",
    "Celle",
    "Celles",
    "Celui",
    "Cependant",
    "Certains",
    "Certaines",
    "Ces",
    "Cet",
    "Cette",
    "Ceux",
    "Chacun",
    "Chaque",
    "Chez",
    "Comme",
    "Comment",
    "Concernant",
    "Contre",
    "Côté",
    "D",
    "Dans",
    "De",
    "Depuis",
    "Des",
    "Dès",
    "Deux",
    "Donc",
    "Dont",
    "Du",
    "Durant",
    "Elle",
    "Elles",
    "En",
    "Encore",
    "Enfin",
    "Entre",
    "Et",
    "Eux",
    "Face",
    "Grâce",
    "Hier",
    "Ici",
    "Il",
    "Ils",
    "J",
    "Je",
    "Jusqu",
    "L",
    "La",
    "Le",
    "Les",
    "Leur",
    "Leurs",
    "Lors",
    "Lorsque",
    "Lui",
    "M",
    "Ma",
    "Mais",
    "Malgré",
    "Me",
    "Mes",
    "Moi",
    "Mon",
    "N",
    "Ne",
    "Ni",
    "Nos",
    "Notre",
    "Nous",
    "On",
    "Or",
    "Ou",
    "Où",
    "Outre",
    "Par",
    "Parmi",
    "Pas",
    "Pendant",
    "Plus",
    "Plusieurs",
    "Pour",
    "Pourquoi",
    "Pourtant",
    "Puis",
    "Qu",
    "Quand",
    "Que",
    "Quel",
    "Quelle",
    "Quelles",
    "Quels",
    "Qui",
    "S",
    "Sa",
    "Sans",
    "Selon",
    "Ses",
    "Si",
    "Sinon",
    "Soit",
    "Son",
    "Sous",
    "Suite",
    "Sur",
    "T",
    "Tandis",
    "Tant",
    "Toujours",
    "Tous",
    "Tout",
    "Toute",
    "Toutes",
    "Toutefois",
    "Très",
    "Un",
    "Une",
    "Vers",
    "Via",
    "Voici",
    "Voilà",
    "Vos",
    "Votre",
    "Vous",
    "Y",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
    "Dimanche",
    "Janvier",
    "Février",
    "Mars",
    "Avril",
    "Mai",
    "Juin",
    "Juillet",
    "Août",
    "Septembre",
    "Octobre",
    "Novembre",
    "Décembre",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    "Mme",
    "Mlle",
    "Dr",
    "Pr",
    "Source",
    "Photo",
    "Crédit",
    "Lire",
    "Voir",
    "Cf",
    "Ok",
    "Oui",
    "Non",
    "Fin",
    "Note",
    "Notes",
    "Article",
    "Articles",
    "Publié",
    "Mis",
    "Mise",
    "Par",
    "Les",
    "Nouveau",
    "Nouvelle",
    "Premier",
    "Première",
    "Dernier",
    "Dernière",
    "Certes",
    "Désormais",
    "Notamment",
    "Également",
    "Egalement",
    "Actuellement",
    "Cette",
    "Selon",
    "Vu",
    "Étant",
    "Etant",
    "Afin",
    "Hormis",
    "Sauf",
    "Lorsqu",
    "Puisque",
    "Quant",
    "Quoique",
    "Bref",
    "Question",
    "Interrogé",
    "Interrogée",
    "Rappelons",
    "Rappel",
];

/// Titles written before a personal name (`M. Dupont`, `Mme Pope`, `S.E. Mme X`); the name
/// follows, possibly after a dot. Listed here beside the function words (several are both)
/// so that one hash lookup per capitalized token answers both questions.
pub const TITLES: &[&str] = &[
    "M",
    "MM",
    "Mme",
    "Mmes",
    "Mlle",
    "Dr",
    "Pr",
    "Me",
    "Mgr",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    "Docteur",
    "Professeur",
    "Maître",
    "Sir",
    "Lady",
    "Dame",
    "Cheikh",
    "Sheikh",
    "Imam",
    "Père",
    "Sœur",
    "Frère",
    "Abbé",
    "Feu",
    "SE",
    "S.E",
    "SM",
    "S.M",
    "Excellence",
];

/// No function word or title is longer, in bytes (a test checks it): longer words skip the
/// hash.
const FUNCTION_WORD_MAX_LEN: usize = 13;

/// What a capitalized word is among [`FUNCTION_WORDS`] and [`TITLES`], as [`TokenClass`] bits.
fn capitalized_word_class(w: &str) -> u16 {
    static INDEX: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    // Every word of both lists starts with a capital (a test checks it): a word starting with
    // a lower-case ASCII letter, a digit or a sign is none of them.
    let first_may_be_capital = w
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_uppercase() || !b.is_ascii());
    if w.len() > FUNCTION_WORD_MAX_LEN || !first_may_be_capital {
        return 0;
    }
    // Most capitalized words are names: the filter turns them away before any hashing.
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    let filter = FILTER.get_or_init(|| WordFilter::new(FUNCTION_WORDS.iter().chain(TITLES)));
    if !filter.may_contain(w) {
        return 0;
    }
    let index = INDEX.get_or_init(|| {
        let mut index: FxHashMap<&'static str, u16> = FxHashMap::default();
        for &f in FUNCTION_WORDS {
            *index.entry(f).or_default() |= TokenClass::FUNCTION_WORD;
        }
        for &t in TITLES {
            *index.entry(t).or_default() |= TokenClass::TITLE;
        }
        index
    });
    index.get(w).copied().unwrap_or(0)
}

/// Lower-case (or capitalized) particles inside personal names: `Herman Van Rompuy`,
/// `Mokhtar Ould Diaye`, `Charles de Gaulle`, `Abdallah al-Rabeeah`.
const PARTICLES: &[&str] = &[
    "de", "d", "van", "von", "der", "den", "ter", "ten", "ben", "bin", "ibn", "ould", "ag", "al",
    "el", "da", "di", "dos", "das", "del", "della", "do", "la", "le", "y", "bint", "Van", "Von",
    "Ben", "Bin", "Ould", "Ag", "Al", "El", "Da", "Di", "Dos", "Del", "Abou", "Abu", "Ibn", "Bint",
    "Mac", "De", "Le", "La", "Du", "Dos", "Das", "Do", "Mc", "St", "Ter", "Ten", "Den", "Der",
];

/// Endings of French adjectives that follow a name's head (`mondiale`, `africaine`,
/// `internationale`, `européenne`, `monétaire`, `économique`, `koweïtien`).
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
    "éen", "éenne", "éens", "éennes", "ain", "aine", "ains", "aines", "ais", "aise", "aises",
    "ois", "oise", "oises", "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "eur",
    "eure", "ieur", "ieure", "ième", "ste", "stes", "an", "ane", "ans", "anes", "in", "ine", "ins",
    "ines", "ier", "ière", "iers", "ières", "ite", "ites", "ant", "ante", "ants", "antes", "ente",
    "entes", "ème", "ème", "ale", "ond", "onde", "abe", "abes", "ole", "oles", "ère", "ères",
    "eux", "euse", "euses", "ile", "iles", "ble", "bles",
];

/// No adjective suffix is longer, in bytes (a test checks it): the lengths fit the bits of a
/// byte.
const ADJECTIVE_SUFFIX_MAX_LEN: usize = 7;

/// Lower-case words with an adjective's ending that are not adjectives of a name (verbs, nouns
/// and adverbs that commonly follow one): `La Banque mondiale annonce…` must stop at `annonce`.
const NOT_ADJECTIVES: &[&str] = &[
    "ont",
    "sont",
    "font",
    "vont",
    "ant",
    "ent",
    "était",
    "avait",
    "rapporte",
    "lance",
    "annonce",
    "entend",
    "prévient",
    "estime",
    "souligne",
    "affirme",
    "explique",
    "indique",
    "précise",
    "rappelle",
    "signale",
    "demande",
    "présente",
    "représente",
    "finance",
    "soutient",
    "devient",
    "détient",
    "maintient",
    "obtient",
    "contient",
    "comprend",
    "attend",
    "prend",
    "rend",
    "vend",
    "dépend",
    "tient",
    "vient",
    "revient",
    "parvient",
    "intervient",
    "constate",
    "reste",
    "aussi",
    "ainsi",
    "alors",
    "bien",
    "mais",
    "puis",
    "ensuite",
    "depuis",
    "pendant",
    "avant",
    "durant",
    "selon",
    "moins",
    "plus",
    "très",
    "tant",
    "quant",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "quelque",
    "quelques",
    "chaque",
    "autre",
    "autres",
    "même",
    "mêmes",
    "cette",
    "une",
    "certain",
    "certaine",
    "certains",
    "certaines",
    "plusieurs",
    "entre",
    "contre",
    "sous",
    "vers",
    "elle",
    "elles",
    "celle",
    "celles",
    "telle",
    "telles",
    "quelle",
    "quelles",
    "lui",
    "leur",
    "leurs",
    "notamment",
    "également",
    "actuellement",
    "récemment",
    "totalement",
    "pleinement",
    "vivement",
    "directement",
    "fin",
    "loin",
    "besoin",
    "soin",
    "main",
    "demain",
    "matin",
    "pain",
    "moyen",
    "rien",
    "bien",
    "lien",
    "soutien",
    "maintien",
    "entretien",
    "chemin",
    "terrain",
    "domaine",
    "semaine",
    "plan",
    "an",
    "ans",
    "ale",
    "suite",
    "rencontre",
    "site",
    "mandat",
    "dirigeant",
    "dirigeants",
    "président",
    "présidente",
    "représentant",
    "représentante",
    "gouvernement",
    "montant",
    "moment",
    "document",
    "financement",
    "développement",
    "investissement",
    "engagement",
    "changement",
    "événement",
    "élément",
    "agent",
    "argent",
    "urgent",
    "accident",
    "incident",
    "continent",
    "parlement",
    "département",
    "fonctionnement",
    "règlement",
    "traitement",
    "paiement",
    "versement",
    "renforcement",
    "lancement",
    "événements",
    "projet",
    "communiqué",
    "doté",
    "dotée",
    "basé",
    "basée",
    "situé",
    "située",
    "créé",
    "créée",
    "chargé",
    "chargée",
    "a",
    "est",
    "sera",
    "serait",
    "doit",
    "peut",
    "va",
    "fait",
    "dit",
    "mis",
    "pris",
    "dernier",
    "dernière",
    "prochain",
    "prochaine",
    "premier",
    "première",
    "nouveau",
    "nouvelle",
    "ancien",
    "ancienne",
    "seul",
    "seule",
    "tel",
    "ni",
    "unie",
    "unies",
    "uni",
    "unis",
    "ici",
    "là",
    "aujourd",
    "hier",
    "global",
    "total",
    "totale",
    "capital",
    "local",
    "locale",
    "journal",
    "rival",
    "signal",
    "tribunal",
    "canal",
    "total",
    "cadre",
    "charge",
    "large",
    "image",
    "âge",
    "page",
    "partage",
    "voyage",
    "message",
    "usage",
    "village",
    "passage",
    "montage",
    "visage",
    "otage",
    "otages",
    "engage",
    "dégage",
    "encourage",
    "partage",
    "envisage",
    "ouvrage",
    "échange",
    "change",
    "derrière",
    "devant",
    "arrière",
    "matière",
    "manière",
    "carrière",
    "frontière",
    "lumière",
    "rivière",
    "bannière",
    "filière",
    "étant",
    "ayant",
];

/// Whether `w` is a capitalized function word (an article, pronoun, preposition… that opens a
/// sentence) rather than a name.
pub fn is_function_word(w: &str) -> bool {
    // Asked for every capitalized token: a hash table, not a scan of the 200-word list.
    capitalized_word_class(w) & TokenClass::FUNCTION_WORD != 0
}

/// Whether `w` is a title written before a personal name (`M`, `Mme`, `Excellence`).
pub fn is_title(w: &str) -> bool {
    capitalized_word_class(w) & TokenClass::TITLE != 0
}

/// Whether `w` is a particle of a personal name (`van`, `ould`, `de`, `al`).
pub fn is_particle(w: &str) -> bool {
    static SET: WordSet = WordSet::new(PARTICLES);
    // Asked of most words after a name word, which are longer than any particle: the length
    // turns them away before the set hashes them.
    w.len() <= MAX_PARTICLE_LEN && SET.contains(w)
}

/// [`is_particle`] of token `t` of `text`: the length first, from the span, before the word is
/// sliced out of the text (most words after a name word are longer than any particle).
#[inline]
pub fn is_particle_token(text: &str, t: &Token) -> bool {
    t.span.len() <= MAX_PARTICLE_LEN && is_particle(t.span.of(text))
}

/// The longest of [`PARTICLES`], in bytes (a test checks it).
const MAX_PARTICLE_LEN: usize = 5;

/// Whether `w` (in any case) links a name's head to its complement: `Ministère des Affaires
/// étrangères`, `Fonds pour l'environnement`, `Direction des études et de la coordination`.
pub fn is_connector(w: &str) -> bool {
    lowercase_is(w, is_connector_lower)
}

/// [`is_connector`] of token `i`, read from its lower-case form ([`crate::tokenize::Tokens::lower`]):
/// nothing to lower-case at each call.
pub fn is_connector_at(a: &Analysis, i: usize) -> bool {
    is_connector_lower(a.tokens.lower(i))
}

/// [`is_connector`] of a word already in lower case.
fn is_connector_lower(lw: &str) -> bool {
    matches!(
        lw,
        "de" | "du" | "des" | "d'" | "d’" | "pour" | "et" | "en" | "sur" | "contre" | "aux" | "à"
    )
}

/// Whether `w` (in any case) is a definite article that may follow a connector (`de la`,
/// `pour les`, `de l’`).
pub fn is_article(w: &str) -> bool {
    lowercase_is(w, is_article_lower)
}

/// [`is_article`] of token `i`, read from its lower-case form ([`crate::tokenize::Tokens::lower`]).
pub fn is_article_at(a: &Analysis, i: usize) -> bool {
    is_article_lower(a.tokens.lower(i))
}

/// [`is_article`] of a word already in lower case.
pub(crate) fn is_article_lower(lw: &str) -> bool {
    matches!(lw, "le" | "la" | "les" | "l'" | "l’")
}

/// `test(&w.to_lowercase())`, without allocating for a word already in lower case (most of
/// them) or a short ASCII one (lower-cased in a buffer on the stack): the rules ask this of
/// almost every token.
fn lowercase_is(w: &str, test: impl Fn(&str) -> bool) -> bool {
    if w.chars().all(lowercase_unchanged) {
        return test(w);
    }
    let mut buf = [0u8; 16];
    match buf.get_mut(..w.len()) {
        Some(lower) if w.is_ascii() => {
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(test)
        }
        _ => test(&w.to_lowercase()),
    }
}

/// Whether `c.to_lowercase()` is `c` itself (then so is a word of such characters, final
/// sigma included since `Σ` is not such a character).
fn lowercase_unchanged(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    let mut l = c.to_lowercase();
    l.next() == Some(c) && l.next().is_none()
}

/// Whether a lower-case word looks like an adjective that can qualify a name's head
/// (`mondiale`, `africaine`, `alimentaire`), judged by its ending and a stop list.
pub fn is_adjective(w: &str) -> bool {
    // The last byte first: most words end with one that ends no suffix (the word's last part,
    // judged below, ends with the same byte), and are turned away for a load.
    let ends_a_suffix = w
        .as_bytes()
        .last()
        .is_some_and(|&b| suffixes().lengths_by_last_byte[usize::from(b)] != 0);
    if !ends_a_suffix {
        return false;
    }
    // Three characters at least, the first in lower case.
    let mut chars = w.chars();
    if !chars.next().is_some_and(char::is_lowercase) || chars.nth(1).is_none() {
        return false;
    }
    // Hyphenated adjectives (`ouest-africaine`, `socio-économique`) are judged by their last
    // part. The ending first: it turns most words away without hashing them. A suffix of the
    // last part is one of the whole word, which has more bytes before it: the whole word is
    // tested first, and only one that passes is looked at for a hyphen.
    if !has_adjective_suffix(w) {
        return false;
    }
    let suffixed = match w.bytes().rposition(|b| b == b'-') {
        Some(hyphen) => has_adjective_suffix(w.get(hyphen + 1..).unwrap_or(w)),
        None => true,
    };
    static NOT_ADJECTIVE_SET: WordSet = WordSet::new(NOT_ADJECTIVES);
    suffixed && !has_apostrophe(w) && !NOT_ADJECTIVE_SET.contains(w)
}

/// Whether `w` holds an apostrophe, `'` or `’`: one walk over its bytes (a word is short),
/// where two searches for a character each cost a call. `’` is the bytes `E2 80 99`, and
/// `E2` only ever starts a character.
fn has_apostrophe(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'\'' => true,
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x80, 0x99]),
        _ => false,
    })
}

/// [`ADJECTIVE_SUFFIXES`] as a hash set, and the lengths they come in by their last byte.
struct Suffixes {
    /// Bit `n` of entry `b`: a suffix of `n` bytes ends with byte `b`.
    lengths_by_last_byte: [u8; 256],
    /// The suffixes of at most [`ADJECTIVE_SUFFIX_MAX_LEN`] bytes, as [`suffix_key`]s.
    keys: FxHashSet<u64>,
}

/// The bytes of a suffix of at most [`ADJECTIVE_SUFFIX_MAX_LEN`] bytes packed in an integer,
/// after its length (two suffixes have the same key only if they are equal): hashing an
/// integer is one multiplication, where hashing a string loops over its bytes, and a word
/// may be looked up for three or four lengths.
fn suffix_key(s: &[u8]) -> u64 {
    s.iter()
        .fold(s.len() as u64, |key, &b| key << 8 | u64::from(b))
}

/// Whether `w` ends with one of [`ADJECTIVE_SUFFIXES`] and has more than one byte before it:
/// one hash lookup for each length a suffix ending with the word's last byte comes in, rather
/// than a comparison per suffix (most words end with a byte that ends no suffix: none).
fn has_adjective_suffix(w: &str) -> bool {
    let Some(&last) = w.as_bytes().last() else {
        return false;
    };
    let suffixes = suffixes();
    let mut lengths = suffixes.lengths_by_last_byte[usize::from(last)];
    while lengths != 0 {
        let len = lengths.trailing_zeros() as usize;
        lengths &= lengths - 1;
        if w.len() > len + 1
            && w.is_char_boundary(w.len() - len)
            && suffixes
                .keys
                .contains(&suffix_key(&w.as_bytes()[w.len() - len..]))
        {
            return true;
        }
    }
    false
}

/// [`ADJECTIVE_SUFFIXES`] indexed, built on first use.
fn suffixes() -> &'static Suffixes {
    static SUFFIXES: OnceLock<Suffixes> = OnceLock::new();
    SUFFIXES.get_or_init(|| {
        let mut s = Suffixes {
            lengths_by_last_byte: [0; 256],
            keys: ADJECTIVE_SUFFIXES
                .iter()
                .filter(|suffix| suffix.len() <= ADJECTIVE_SUFFIX_MAX_LEN)
                .map(|suffix| suffix_key(suffix.as_bytes()))
                .collect(),
        };
        for suffix in ADJECTIVE_SUFFIXES {
            if let Some(&b) = suffix
                .as_bytes()
                .last()
                .filter(|_| suffix.len() <= ADJECTIVE_SUFFIX_MAX_LEN)
            {
                s.lengths_by_last_byte[usize::from(b)] |= 1 << suffix.len();
            }
        }
        s
    })
}

/// Whether `w` is a Roman numeral used after a sovereign's name (`Mohammed VI`, `Elizabeth II`).
pub fn is_roman(w: &str) -> bool {
    matches!(
        w,
        "I" | "II"
            | "III"
            | "IV"
            | "V"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "X"
            | "XI"
            | "XII"
            | "XIII"
            | "XIV"
            | "XV"
            | "XVI"
    )
}

/// Whether the token is a word that can be part of a name: it starts with an upper-case
/// letter (or is `al-X`/`el-X`), is not a function word and has at least one lower-case or
/// upper-case letter.
pub fn is_name_word(text: &str, t: &Token) -> bool {
    TokenClass::of(text, t).is_name_word()
}

/// Whether a word that does not start with a capital is a name word all the same:
/// `al-Rabeeah`, `el-Sissi`, a lower-case prefix joined to a capitalized name.
#[inline]
fn is_prefixed_name(text: &str, t: &Token) -> bool {
    // A plain word (letters and digits only, a flag of the token) has no hyphen. Every prefix
    // starts with `a` or `e` and has its hyphen at byte 2 or 3, which most words do not: the
    // bytes are tested before the word is sliced out of the text.
    let (bytes, start, end) = (text.as_bytes(), t.span.start, t.span.end);
    let hyphen_at = |at: usize| at < end && bytes.get(at) == Some(&b'-');
    !t.plain
        && matches!(bytes.get(start), Some(b'a' | b'e'))
        && (hyphen_at(start + 2) || hyphen_at(start + 3))
        && prefixed_name(t.span.of(text))
}

/// Whether `w` is a lower-case prefix, a hyphen and a capitalized name.
#[inline(never)]
fn prefixed_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-"]
        .iter()
        .any(|p| w.starts_with(p) && w[p.len()..].chars().next().is_some_and(char::is_uppercase))
}

/// The tokens where a module's rules may start, each with the module's flags saying which
/// rules, found in one pass over the document: each rule then visits its own few candidates
/// rather than every token (most tokens are lower-case words that start no name, and a rule
/// that looks at each of them pays for it on every word).
///
/// The place and organisation rules' lists are written by the pass that classes the tokens
/// ([`KnownIndex::place_starts`], [`KnownIndex::organization_starts`]): their flags are
/// functions of a token's class, which that pass holds in hand, so no later walk reads the
/// classes again. A start is kept in eight bytes (a token index under 2³² — a text under
/// 4 GiB has fewer tokens), half a [`Start`].
#[derive(Clone, Debug, Default)]
pub struct Starts(Vec<(u32, u8)>);

/// A token where some rule may start, and which rules (flags defined by the module).
#[derive(Clone, Copy, Debug)]
pub struct Start {
    pub at: usize,
    pub flags: u8,
}

impl Starts {
    /// An empty list with room for `n` starts.
    fn with_capacity(n: usize) -> Starts {
        Starts(Vec::with_capacity(n))
    }

    /// Adds token `at` with `flags`, unless it has none; tokens come in order.
    #[inline]
    fn push(&mut self, at: u32, flags: u8) {
        if flags != 0 {
            self.0.push((at, flags));
        }
    }

    /// The tokens with one of `flags`, in order.
    pub fn with(&self, flags: u8) -> impl Iterator<Item = usize> + '_ {
        self.with_flags(flags).map(|s| s.at)
    }

    /// The starts with one of `flags`, in order, with all their flags.
    pub fn with_flags(&self, flags: u8) -> impl Iterator<Item = Start> + '_ {
        self.0
            .iter()
            .filter(move |&&(_, f)| f & flags != 0)
            .map(|&(at, flags)| Start {
                at: at as usize,
                flags,
            })
    }
}

/// What the name rules ask first about a token, in two bytes computed once per document
/// ([`KnownIndex::class`]): whether it is a word, capitalized, a name word, a function word,
/// a title, in capitals, where a known name starts; and, in the high byte, the organisation
/// rules' word flags ([`TokenClass::organization_flags`]). Each rule's cheapest necessary
/// condition is one of these bits, so a rule tests them before any lookup and skips most
/// tokens for a load and a mask, and the walks that list where rules start read these
/// instead of the tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenClass(u16);

impl TokenClass {
    const WORD: u16 = 1;
    const CAPITALIZED: u16 = 2;
    const NAME_WORD: u16 = 4;
    const FUNCTION_WORD: u16 = 8;
    const TITLE: u16 = 16;
    const ALL_CAPS: u16 = 32;
    const KNOWN_START: u16 = 64;
    /// The shift of the organisation flags.
    const ORGANIZATION_SHIFT: u32 = 8;
    /// The bits of a token where a place or organisation rule may start
    /// ([`KnownIndex::marked`]).
    const MARKS: u16 = TokenClass::CAPITALIZED
        | TokenClass::ALL_CAPS
        | TokenClass::NAME_WORD
        | TokenClass::KNOWN_START
        | 0xff << TokenClass::ORGANIZATION_SHIFT;

    /// The class of token `t` of `text`: at most one hash lookup, for a capitalized word.
    ///
    /// Inlined into the pass over the tokens, which then only calls out for capitalized
    /// words: most tokens are punctuation or lower-case words, settled by a few tests.
    #[inline]
    pub fn of(text: &str, t: &Token) -> TokenClass {
        if t.kind != TokenKind::Word {
            return TokenClass(0);
        }
        let class = if t.capitalized {
            TokenClass::of_capitalized(t.span.of(text))
        } else if is_prefixed_name(text, t) {
            TokenClass(TokenClass::WORD | TokenClass::NAME_WORD)
        } else {
            TokenClass(TokenClass::WORD)
        };
        if t.all_caps {
            TokenClass(class.0 | TokenClass::ALL_CAPS)
        } else {
            class
        }
    }

    /// The class of a capitalized word `w`.
    #[inline(never)]
    fn of_capitalized(w: &str) -> TokenClass {
        let known = capitalized_word_class(w);
        let name = if known & TokenClass::FUNCTION_WORD == 0 && has_letter(w) {
            TokenClass::NAME_WORD
        } else {
            0
        };
        TokenClass(TokenClass::WORD | TokenClass::CAPITALIZED | known | name)
    }

    /// A [`TokenKind::Word`].
    pub fn is_word(self) -> bool {
        self.0 & TokenClass::WORD != 0
    }

    /// A word whose first character is upper case.
    pub fn is_capitalized(self) -> bool {
        self.0 & TokenClass::CAPITALIZED != 0
    }

    /// A word that can be part of a name ([`is_name_word`]).
    pub fn is_name_word(self) -> bool {
        self.0 & TokenClass::NAME_WORD != 0
    }

    /// A capitalized function word ([`is_function_word`]).
    pub fn is_function_word(self) -> bool {
        self.0 & TokenClass::FUNCTION_WORD != 0
    }

    /// A title before a personal name ([`is_title`]).
    pub fn is_title(self) -> bool {
        self.0 & TokenClass::TITLE != 0
    }

    /// A word in capitals ([`Token::all_caps`]).
    pub fn is_all_caps(self) -> bool {
        self.0 & TokenClass::ALL_CAPS != 0
    }

    /// The flags that `organization::word_flags` gave the token (head word,
    /// club word, club end); only [`KnownIndex`] sets them ([`TokenClass::of`] does not).
    pub fn organization_flags(self) -> u8 {
        (self.0 >> TokenClass::ORGANIZATION_SHIFT) as u8
    }

    /// One of the known names [`KnownIndex`] lists starts at the token's first byte, whatever
    /// the token's kind; only [`KnownIndex`] sets it ([`TokenClass::of`] does not).
    pub fn starts_known_name(self) -> bool {
        self.0 & TokenClass::KNOWN_START != 0
    }
}

/// Whether two consecutive tokens are on the same line with only spaces between them.
pub fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    // Most gaps between words are one space: one byte compared, before any decoding.
    if b.span.start == a.span.end + 1 && text.as_bytes().get(a.span.end) == Some(&b' ') {
        return true;
    }
    text.get(a.span.end..b.span.start).is_some_and(|gap| {
        gap.chars()
            .all(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\t')
    })
}

/// The index of the first token starting at or after byte `end`, counted on from token
/// `from`, which starts before `end`: [`crate::tokenize::Tokens::index_at`] for the end of a
/// name starting at token `from` (a few tokens on), without a binary search of the whole
/// document.
pub fn index_from(a: &Analysis, from: usize, end: usize) -> usize {
    let toks = &a.tokens.tokens;
    let mut j = from;
    while toks.get(j).is_some_and(|t| t.span.start < end) {
        j += 1;
    }
    j
}

/// Whether the text of token `i` is `w` (not empty): [`word`]`(a, i) == w`, compared as bytes,
/// without slicing the text as a `str` (which checks that both ends are character
/// boundaries) for the many tokens that are not `w`.
#[inline]
pub fn word_is(a: &Analysis, i: usize, w: &str) -> bool {
    a.tokens
        .tokens
        .get(i)
        .is_some_and(|t| a.text.as_bytes().get(t.span.start..t.span.end) == Some(w.as_bytes()))
}

/// The text of token `i`, or `""` past the end.
pub fn word<'t>(a: &Analysis<'t>, i: usize) -> &'t str {
    a.tokens
        .tokens
        .get(i)
        .map(|t| t.span.of(a.text))
        .unwrap_or("")
}

/// What the gazetteers know about a stretch of text starting at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityType,
    pub span: Span,
}

/// Gazetteer names by start offset: the longest entity name starting at a byte offset, and
/// whether a demonym or role starts there. Built once per document from [`Analysis::hits`].
///
/// The rules ask these questions at almost every token and the answer is almost always "no":
/// a bit per byte offset says whether anything starts there before any search.
#[derive(Default)]
pub struct KnownIndex {
    /// (start, end, kind), sorted by start then longest first.
    names: Vec<(usize, usize, EntityType)>,
    /// The index in `names` that the last look-up found, where the next one starts searching
    /// ([`KnownIndex::first_name_from`]).
    last_name: std::cell::Cell<usize>,
    /// Spans of demonyms (`japonaise`).
    demonyms: Vec<Span>,
    /// Spans of role titles (`directrice générale`).
    roles: Vec<Span>,
    /// Offsets where a name, a demonym, a role starts.
    name_starts: Offsets,
    demonym_starts: Offsets,
    role_starts: Offsets,
    /// The [`TokenClass`] of every token, by index.
    classes: Vec<TokenClass>,
    /// The tokens whose class has one of `TokenClass::MARKS`, in order: where any place or
    /// organisation rule may start.
    marked: Vec<u32>,
    /// Where the place rules may start, with `location::start_flags`.
    place_starts: Starts,
    /// Where the organisation rules may start, with `organization::start_flags`.
    organization_starts: Starts,
}

/// What [`token_classes`] gives: the class of every token, the tokens it marks, and where
/// the place and organisation rules may start.
struct Classes {
    classes: Vec<TokenClass>,
    marked: Vec<u32>,
    place_starts: Starts,
    organization_starts: Starts,
}

/// The [`TokenClass`] of every token of the document, with the organisation rules' word flags
/// and [`TokenClass::starts_known_name`], the tokens it marks ([`KnownIndex::marked`]) and
/// the place and organisation rules' starts, which are functions of the marked tokens'
/// classes: the one pass over the tokens that the name rules share. One plain loop writes the
/// four lists, where a pass for the classes, a walk of the names for their starts, a pass for
/// the marked tokens and a walk of them for each module's starts each went over the document;
/// most tokens are punctuation or lower-case words, which it settles without a call.
///
/// `name_starts` holds the offsets where a known name starts ([`KnownIndex::name_at`]).
#[inline(never)]
fn token_classes(a: &Analysis, name_starts: &Offsets) -> Classes {
    let tokens = &a.tokens.tokens;
    let mut classes = Vec::with_capacity(tokens.len());
    // A token in five or six is marked, in news text: room for most documents' at once.
    let room = tokens.len() / 4;
    let mut marked = Vec::with_capacity(room);
    let mut place_starts = Starts::with_capacity(room);
    let mut organization_starts = Starts::with_capacity(room);
    for (i, t) in (0u32..).zip(tokens) {
        let mut bits = match t.kind {
            TokenKind::Word if t.capitalized => capitalized_bits(a, i as usize, t),
            TokenKind::Word => lower_case_bits(a, i as usize, t),
            _ => 0,
        };
        if name_starts.contains(t.span.start) {
            bits |= TokenClass::KNOWN_START;
        }
        let class = TokenClass(bits);
        if bits & TokenClass::MARKS != 0 {
            // Every rule start has one of the marks: the others need no flags.
            marked.push(i);
            place_starts.push(i, location::start_flags(class));
            organization_starts.push(i, organization::start_flags(class));
        }
        classes.push(class);
    }
    Classes {
        classes,
        marked,
        place_starts,
        organization_starts,
    }
}

/// The class of a word that is not capitalized (token `i`), with the organisation rules' word
/// flags, as bits: [`TokenClass::of`] and [`organization::word_flags`] in one. Inlined into
/// the pass over the tokens, for most tokens are such words and a few tests settle them.
#[inline(always)]
fn lower_case_bits(a: &Analysis, i: usize, t: &Token) -> u16 {
    let mut bits = TokenClass::WORD;
    if is_prefixed_name(a.text, t) {
        bits |= TokenClass::NAME_WORD;
    }
    if t.all_caps {
        bits |= TokenClass::ALL_CAPS;
    }
    bits | u16::from(organization::lower_case_flags(a, i, t)) << TokenClass::ORGANIZATION_SHIFT
}

/// The class of capitalized word `t` (token `i`) with the organisation rules' word flags, as
/// bits: [`TokenClass::of`] and the organisation rules' flags in one. Most capitalized words
/// are names, in none of the lists the two look words up in (function words, titles, head
/// words, club words): one filter of their folded forms turns them away from all four at once.
/// The others (a third of the capitalized words: `Le`, `Selon`, `M`, `Ministère`) are found
/// in all four by one look-up of their folded form ([`listed`]).
#[inline(never)]
fn capitalized_bits(a: &Analysis, i: usize, t: &Token) -> u16 {
    let all_caps = if t.all_caps { TokenClass::ALL_CAPS } else { 0 };
    let folded = a.tokens.folded(i);
    let Some(listed) = organization::capitalized_word_filter()
        .may_contain(folded)
        .then(|| listed(folded))
        .flatten()
    else {
        // No function word: a name word if it has a letter; no organisation flag. An ASCII
        // capital is a letter: no need to slice the word out to look further for one.
        let letter = a
            .text
            .as_bytes()
            .get(t.span.start)
            .is_some_and(u8::is_ascii_uppercase)
            || has_letter(t.span.of(a.text));
        let name = if letter { TokenClass::NAME_WORD } else { 0 };
        return TokenClass::WORD | TokenClass::CAPITALIZED | name | all_caps;
    };
    let w = t.span.of(a.text);
    let (known, club) = listed.as_written(w);
    let class = TokenClass::WORD | TokenClass::CAPITALIZED | known | all_caps;
    if known & TokenClass::FUNCTION_WORD != 0 {
        // A function word is no name word, no head and no club word.
        return class;
    }
    let name = if has_letter(w) {
        TokenClass::NAME_WORD
    } else {
        0
    };
    let flags = organization::capitalized_flags(a.text, t, listed.head, club);
    class | name | u16::from(flags) << TokenClass::ORGANIZATION_SHIFT
}

/// What the word lists say of the words with one folded form: the function words, titles and
/// club words written so (an exact comparison each, as the lists are exact), and whether the
/// form is a head word (folded, as [`organization::TRIGGERS`] are).
#[derive(Debug, Default)]
struct Listed {
    /// The listed words with this folded form, as written, each with its [`TokenClass`] bits
    /// (function word, title) and its club lists ([`organization::club_words`] bits).
    words: Vec<(&'static str, u16, u8)>,
    /// The folded form is the head word of a trigger.
    head: bool,
}

impl Listed {
    /// The class bits and club lists of word `w` (whose folded form this is).
    fn as_written(&self, w: &str) -> (u16, u8) {
        self.words
            .iter()
            .find(|&&(listed, _, _)| listed == w)
            .map_or((0, 0), |&(_, class, club)| (class, club))
    }

    /// Adds `class` and `club` to the listed word `w`.
    fn add(&mut self, w: &'static str, class: u16, club: u8) {
        match self.words.iter_mut().find(|(listed, _, _)| *listed == w) {
            Some((_, c, k)) => {
                *c |= class;
                *k |= club;
            }
            None => self.words.push((w, class, club)),
        }
    }
}

/// What the lists of function words, titles, head words and club words say of the words
/// whose folded form is `folded` (`None`: they are in none). One look-up answers the four
/// lists, where a capitalized word that passed their common filter was looked up in each
/// (three hash look-ups and the filter again), a few thousand times per megabyte. Folding
/// goes character by character, so a token's folded form is its word's: the word is listed
/// exactly only if its folded form is a key.
fn listed(folded: &str) -> Option<&'static Listed> {
    static INDEX: OnceLock<FxHashMap<String, Listed>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: FxHashMap<String, Listed> = FxHashMap::default();
        let lists = [
            (FUNCTION_WORDS, TokenClass::FUNCTION_WORD),
            (TITLES, TokenClass::TITLE),
        ];
        for (list, class) in lists {
            for &w in list {
                index.entry(fold(w)).or_default().add(w, class, 0);
            }
        }
        for (w, club) in organization::club_words() {
            index.entry(fold(w)).or_default().add(w, 0, club);
        }
        for t in organization::TRIGGERS {
            index.entry(t.word.to_string()).or_default().head = true;
        }
        index
    });
    index.get(folded)
}

/// Whether the capitalized word `w` has a letter. An ASCII capital is a letter: no need to
/// look further for one.
#[inline]
fn has_letter(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) || w.chars().any(char::is_alphabetic)
}

/// A set of byte offsets, one bit each.
#[derive(Default)]
struct Offsets(Vec<u64>);

impl Offsets {
    /// An empty set sized for the offsets of a text of `len` bytes, so that no insertion
    /// grows it.
    fn for_text(len: usize) -> Offsets {
        Offsets(vec![0; len / 64 + 1])
    }

    fn insert(&mut self, at: usize) {
        let word = at / 64;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (at % 64);
    }

    fn contains(&self, at: usize) -> bool {
        self.0.get(at / 64).is_some_and(|w| w >> (at % 64) & 1 == 1)
    }
}

impl KnownIndex {
    pub fn new(a: &Analysis) -> KnownIndex {
        let len = a.text.len();
        let mut k = KnownIndex {
            // Most hits are names: no growing while they are pushed.
            names: Vec::with_capacity(a.hits.len()),
            name_starts: Offsets::for_text(len),
            demonym_starts: Offsets::for_text(len),
            role_starts: Offsets::for_text(len),
            ..KnownIndex::default()
        };
        for h in &a.hits {
            for t in h.targets {
                match *t {
                    Target::Entity { entry, .. } => {
                        if let Some(e) = a.gazetteers.entries.get(entry as usize) {
                            k.names.push((h.span.start, h.span.end, e.kind));
                            k.name_starts.insert(h.span.start);
                        }
                    }
                    Target::Demonym { .. } => {
                        k.demonyms.push(h.span);
                        k.demonym_starts.insert(h.span.start);
                    }
                    Target::Role { .. } => {
                        k.roles.push(h.span);
                        k.role_starts.insert(h.span.start);
                    }
                    Target::Currency { .. } => {}
                }
            }
        }
        // The gazetteers give hits in this order already: the (stable) sort is then one pass.
        k.names.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        // Equal spans are identical: an unstable sort gives the same order.
        k.demonyms.sort_unstable();
        k.roles.sort_unstable();
        let classes = token_classes(a, &k.name_starts);
        k.classes = classes.classes;
        k.marked = classes.marked;
        k.place_starts = classes.place_starts;
        k.organization_starts = classes.organization_starts;
        k
    }

    /// Where the place rules may start, with their flags (`location::start_flags`).
    pub fn place_starts(&self) -> &Starts {
        &self.place_starts
    }

    /// Where the organisation rules may start, with their flags
    /// (`organization::start_flags`).
    pub fn organization_starts(&self) -> &Starts {
        &self.organization_starts
    }

    /// The [`TokenClass`] of every token, by index: a rule that walks the document reads
    /// these bytes rather than the tokens.
    pub fn classes(&self) -> &[TokenClass] {
        &self.classes
    }

    /// The tokens that are capitalized, in capitals, name words, where a known name starts or
    /// with an organisation flag, in order. The place and organisation rules start only there,
    /// and `person::find` and `known::variants` walk these instead of every token: they rely
    /// on every capitalized word and every name word being listed.
    pub fn marked(&self) -> &[u32] {
        &self.marked
    }

    /// The [`TokenClass`] of token `i` (no class past the end), computed once per document.
    pub fn class(&self, i: usize) -> TokenClass {
        self.classes.get(i).copied().unwrap_or_default()
    }

    /// [`is_name_word`] of token `i` (false past the end), computed once per document.
    pub fn is_name_word_at(&self, i: usize) -> bool {
        self.class(i).is_name_word()
    }

    /// The index in `names` of the first name starting at or after `start`, by a galloping
    /// search from the index the last look-up found: each rule asks about the names in the
    /// order of the text, so the next answer is a step or two away ([`crate::gallop`]).
    fn first_name_from(&self, start: usize) -> usize {
        let found =
            crate::gallop::partition_point_near(&self.names, self.last_name.get(), |n| n.0 < start);
        self.last_name.set(found);
        found
    }

    /// The longest known name starting exactly at `start`.
    pub fn name_at(&self, start: usize) -> Option<Known> {
        if !self.name_starts.contains(start) {
            return None;
        }
        let i = self.first_name_from(start);
        self.names
            .get(i)
            .filter(|&&(s, _, _)| s == start)
            .map(|&(s, e, kind)| Known {
                kind,
                span: Span::new(s, e),
            })
    }

    /// The longest known name of one of `kinds` starting exactly at `start`.
    pub fn name_of_kind_at(&self, start: usize, kinds: &[EntityType]) -> Option<Known> {
        if !self.name_starts.contains(start) {
            return None;
        }
        let i = self.first_name_from(start);
        self.names
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(s, _, _)| s == start)
            .find(|(_, _, k)| kinds.contains(k))
            .map(|&(s, e, kind)| Known {
                kind,
                span: Span::new(s, e),
            })
    }

    /// Whether a demonym starts at `start` (and where it ends).
    pub fn demonym_at(&self, start: usize) -> Option<Span> {
        if !self.demonym_starts.contains(start) {
            return None;
        }
        let i = self.demonyms.partition_point(|s| s.start < start);
        self.demonyms.get(i).filter(|s| s.start == start).copied()
    }

    /// Role titles ending exactly at `end`, longest first.
    pub fn roles_ending_at(&self, end: usize) -> impl Iterator<Item = Span> + '_ {
        let mut v: Vec<Span> = self
            .roles
            .iter()
            .filter(|r| r.end == end)
            .copied()
            .collect();
        v.sort_by_key(|r| r.start);
        v.into_iter()
    }

    /// Every role title span.
    pub fn roles(&self) -> &[Span] {
        &self.roles
    }

    /// Whether a role title starts at `start`, and the longest one's span.
    pub fn role_at(&self, start: usize) -> Option<Span> {
        if !self.role_starts.contains(start) {
            return None;
        }
        let i = self.roles.partition_point(|s| s.start < start);
        self.roles[i..]
            .iter()
            .take_while(|s| s.start == start)
            .max_by_key(|s| s.end)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn galloping_search_finds_what_a_binary_search_finds() {
        let starts = [3, 3, 5, 9, 9, 9, 12, 20, 21, 40, 41, 41, 57, 80];
        let k = KnownIndex {
            names: starts
                .iter()
                .map(|&s| (s, s + 2, EntityType::Location))
                .collect(),
            ..KnownIndex::default()
        };
        // Forward, backward, far and near, from wherever the last search stopped.
        let queries = [
            0, 3, 4, 9, 81, 2, 41, 40, 10, 9, 57, 100, 0, 21, 20, 3, 80, 79, 12,
        ];
        for q in queries.into_iter().chain(0..90).chain((0..90).rev()) {
            let want = k.names.partition_point(|&(s, _, _)| s < q);
            assert_eq!(k.first_name_from(q), want, "{q}");
        }
        let empty = KnownIndex::default();
        assert_eq!(empty.first_name_from(7), 0);
    }

    #[test]
    fn particles_are_short() {
        assert!(PARTICLES.iter().all(|w| w.len() <= MAX_PARTICLE_LEN));
        assert!(is_particle("della") && is_particle("Ould") && !is_particle("Mohamed"));
    }

    #[test]
    fn adjectives_by_ending_and_stop_list() {
        let cases = [
            ("mondiale", true),
            ("africaine", true),
            ("ouest-africaine", true),
            ("alimentaire", true),
            ("économique", true),
            ("koweitien", true),
            ("européenne", true),
            ("annonce", false),
            ("a", false),
            ("développement", false),
            ("Mondiale", false),
            ("unies", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_adjective(w), want, "{w}");
        }
        for w in ["l’africaine", "d'ici", "a’", "x-y", "—", "e\u{2019}", "é"] {
            assert_eq!(has_apostrophe(w), w.contains(['\'', '’']), "{w}");
        }
    }

    #[test]
    fn adjective_suffixes_are_short() {
        assert!(ADJECTIVE_SUFFIXES
            .iter()
            .all(|s| !s.is_empty() && s.len() <= ADJECTIVE_SUFFIX_MAX_LEN));
    }

    #[test]
    fn function_words_and_titles_are_short_and_capitalized() {
        let words = FUNCTION_WORDS.iter().chain(TITLES);
        assert!(words.clone().all(|w| w.len() <= FUNCTION_WORD_MAX_LEN));
        // `capitalized_word_class` and `TokenClass::of` rely on it.
        assert!(words
            .clone()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)));
        // The first-name rule skips function words, since none is in capitals either.
        assert!(FUNCTION_WORDS.iter().all(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase())
        }));
        assert!(is_title("Mme") && is_function_word("Mme") && !is_title("Selon"));
        assert!(is_title("Excellence") && !is_function_word("Excellence"));
    }

    #[test]
    fn connectors_and_articles_any_case() {
        assert!(is_connector("De") && is_connector("d’") && is_connector("À"));
        assert!(!is_connector("dès") && !is_connector("Contre-Pouvoir"));
        assert!(is_connector("CONTRE") && is_connector("DE") && !is_connector("DES-"));
        assert!(is_article("L’") && is_article("les") && !is_article("un"));
    }

    #[test]
    fn connectors_and_articles_by_token() {
        let text = "Ministère DES Affaires de L’Intérieur";
        let tokens = crate::tokenize::tokenize(text);
        for i in 0..=tokens.tokens.len() {
            let w = tokens.tokens.get(i).map_or("", |t| t.span.of(text));
            assert_eq!(is_connector_lower(tokens.lower(i)), is_connector(w), "{w}");
            assert_eq!(is_article_lower(tokens.lower(i)), is_article(w), "{w}");
        }
    }

    #[test]
    fn name_words() {
        let text = "Selon al-Rabeeah et Dakar";
        let t = crate::tokenize::tokenize(text);
        let got: Vec<bool> = t.tokens.iter().map(|k| is_name_word(text, k)).collect();
        assert_eq!(got, [false, true, false, true]);
        let class: Vec<TokenClass> = t.tokens.iter().map(|k| TokenClass::of(text, k)).collect();
        assert!(class[0].is_function_word() && class[0].is_capitalized());
        assert!(!class[1].is_capitalized() && class[1].is_word());
        assert!(!class[2].is_name_word() && !class[3].is_title());
    }
}
