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

use crate::analysis::Analysis;
use crate::document::{EntityType, Span};
use crate::gazetteer::Target;
use crate::tokenize::{Token, TokenKind};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Capitalized words that are not names: articles, pronouns, prepositions, conjunctions and
/// adverbs that start sentences, and weekdays (a DATE, not a name).
const FUNCTION_WORDS: &[&str] = &[
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

/// Lower-case (or capitalized) particles inside personal names: `Herman Van Rompuy`,
/// `Mokhtar Ould Diaye`, `Charles de Gaulle`, `Abdallah al-Rabeeah`.
const PARTICLES: &[&str] = &[
    "de", "d", "van", "von", "der", "den", "ter", "ten", "ben", "bin", "ibn", "ould", "ag", "al",
    "el", "da", "di", "dos", "das", "del", "della", "do", "la", "le", "y", "bint", "Van", "Von",
    "Ben", "Bin", "Ould", "Ag", "Al", "El", "Da", "Di", "Dos", "Del", "Abou", "Abu", "Ibn", "Bint",
    "Mac", "De", "Le", "La", "Du", "Dos", "Das", "Do", "Mc", "St", "Ter", "Ten", "Den", "Der",
];

/// Words linking a name's head to its complement: `Ministère des Affaires étrangères`,
/// `Fonds pour l'environnement`, `Direction des études et de la coordination`.
const CONNECTORS: &[&str] = &[
    "de", "du", "des", "d'", "d’", "pour", "et", "en", "sur", "contre", "aux", "à",
];

/// Articles that may follow a connector (`de la`, `pour les`, `de l’`).
const ARTICLES: &[&str] = &["le", "la", "les", "l'", "l’"];

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
    FUNCTION_SET.contains(w)
}

/// [`FUNCTION_WORDS`] as a hash set: asked for every capitalized token, a linear scan of the
/// 200-word list was the rules' main cost.
static FUNCTION_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// Whether `w` is a particle of a personal name (`van`, `ould`, `de`, `al`).
pub fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// Whether `w` (lower case) links a name's head to its complement (`de`, `pour`, `et`…).
pub fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(&w.to_lowercase().as_str())
}

/// Whether `w` (lower case) is a definite article that may follow a connector.
pub fn is_article(w: &str) -> bool {
    ARTICLES.contains(&w.to_lowercase().as_str())
}

/// Whether a lower-case word looks like an adjective that can qualify a name's head
/// (`mondiale`, `africaine`, `alimentaire`), judged by its ending and a stop list.
pub fn is_adjective(w: &str) -> bool {
    if w.chars().count() < 3 || !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if NOT_ADJECTIVES.contains(&w) || w.contains('\'') || w.contains('’') {
        return false;
    }
    // Hyphenated adjectives (`ouest-africaine`, `socio-économique`) are judged by their last part.
    let last = w.rsplit('-').next().unwrap_or(w);
    ADJECTIVE_SUFFIXES
        .iter()
        .any(|s| last.ends_with(s) && last.len() > s.len() + 1)
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
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.span.of(text);
    if t.capitalized {
        return !is_function_word(w) && w.chars().any(char::is_alphabetic);
    }
    // `al-Rabeeah`, `el-Sissi`: a lower-case prefix joined to a capitalized name.
    ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-"]
        .iter()
        .any(|p| w.starts_with(p) && w[p.len()..].chars().next().is_some_and(char::is_uppercase))
}

/// Whether two consecutive tokens are on the same line with only spaces between them.
pub fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.span.end..b.span.start).is_some_and(|gap| {
        gap.chars()
            .all(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\t')
    })
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
#[derive(Default)]
pub struct KnownIndex {
    /// (start, end, kind), sorted by start then longest first.
    names: Vec<(usize, usize, EntityType)>,
    /// Spans of demonyms (`japonaise`).
    demonyms: Vec<Span>,
    /// Spans of role titles (`directrice générale`).
    roles: Vec<Span>,
}

impl KnownIndex {
    pub fn new(a: &Analysis) -> KnownIndex {
        let mut k = KnownIndex::default();
        for h in &a.hits {
            for t in h.targets {
                match *t {
                    Target::Entity { entry, .. } => {
                        if let Some(e) = a.gazetteers.entries.get(entry as usize) {
                            k.names.push((h.span.start, h.span.end, e.kind));
                        }
                    }
                    Target::Demonym { .. } => k.demonyms.push(h.span),
                    Target::Role { .. } => k.roles.push(h.span),
                    Target::Currency { .. } => {}
                }
            }
        }
        k.names.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        k.demonyms.sort();
        k.roles.sort();
        k
    }

    /// The longest known name starting exactly at `start`.
    pub fn name_at(&self, start: usize) -> Option<Known> {
        let i = self.names.partition_point(|&(s, _, _)| s < start);
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
        let i = self.names.partition_point(|&(s, _, _)| s < start);
        self.names[i..]
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
    }

    #[test]
    fn name_words() {
        let text = "Selon al-Rabeeah et Dakar";
        let t = crate::tokenize::tokenize(text);
        let got: Vec<bool> = t.tokens.iter().map(|k| is_name_word(text, k)).collect();
        assert_eq!(got, [false, true, false, true]);
    }
}
