//! Gazetteers: TSV files of known entities and cue words, loaded into an entry table and two
//! tries of patterns.
//!
//! * Names, official forms, aliases, demonyms, role titles and currency words are matched on
//!   the [folded](crate::fold) text, so case, accents and apostrophes do not matter. A one-word
//!   name must still be capitalized in the text (`Orange` the company, not `orange` the colour).
//! * Acronyms and currency symbols are matched on the original text, case-sensitively (`CARE`
//!   the NGO is not `care`).
//!
//! Every match must start and end on a word boundary, so the tries (the `trie` submodule) are
//! walked only where a word starts and some pattern may begin: at the first byte of each
//! token, and at every byte of the tokens that are not plain (`U.S.A`, `l’OIM`)
//! ([`Gazetteers::find_in_tokens`]). Matches may overlap: the pipeline's overlap resolution
//! chooses among them, so one pass per document is enough.
//!
//! The files are documented in `gazetteers/README.md`. The default set is compiled into the
//! binary ([`Gazetteers::builtin`]); [`Gazetteers::from_dir`] reads a user's directory instead,
//! so users extend the knowledge without touching code.

use std::borrow::Cow;
use std::collections::HashSet;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use crate::document::{EntityType, Span};
use crate::error::{Error, Result};
use crate::fold::{fold, key_of_folded, name_key, Folded};
use crate::tokenize::{is_word_char, Tokens};

#[path = "line_index.rs"]
mod line_index;
#[path = "trie.rs"]
mod trie;

/// The gazetteer files, by name, in the order they are loaded.
pub const FILES: [&str; 8] = [
    "countries.tsv",
    "places.tsv",
    "places_geonames.tsv",
    "organizations.tsv",
    "people.tsv",
    "currencies.tsv",
    "roles.tsv",
    "first_names.tsv",
];

fn builtin_file(name: &str) -> &'static str {
    match name {
        "countries.tsv" => include_str!("../gazetteers/countries.tsv"),
        "places.tsv" => include_str!("../gazetteers/places.tsv"),
        "places_geonames.tsv" => include_str!("../gazetteers/places_geonames.tsv"),
        "organizations.tsv" => include_str!("../gazetteers/organizations.tsv"),
        "people.tsv" => include_str!("../gazetteers/people.tsv"),
        "currencies.tsv" => include_str!("../gazetteers/currencies.tsv"),
        "roles.tsv" => include_str!("../gazetteers/roles.tsv"),
        "first_names.tsv" => include_str!("../gazetteers/first_names.tsv"),
        _ => "",
    }
}

/// A known entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id, prefixed by its file: `country:ma`, `org:oim`, `person:amy-pope`, `place:geneve`.
    pub id: String,
    pub kind: EntityType,
    /// The canonical name written in the output.
    pub canonical: String,
    pub acronyms: Vec<String>,
    /// Wikidata QID (`Q1028`), when known.
    pub wikidata: Option<String>,
    /// ISO 3166-1 alpha-2 (upper case) of a country, or of the country a place or body is in.
    pub country: Option<String>,
    /// Organisation kind (`un_agency`, `fund`, …), or place kind (`city`, …).
    pub subkind: Option<String>,
    /// For people: the role title and the organisation id they are known for.
    pub role: Option<String>,
    pub organization: Option<String>,
    /// For countries: the first word of the official long form (`royaume`, `république`),
    /// used to resolve anaphors such as `le Royaume`.
    pub head: Option<String>,
}

/// A sorted word list with a value per word, looked up by folded form with a binary search.
///
/// The built-in lists are folded and sorted at compile time (`build.rs`), so loading one is a
/// single pass over a static string: no allocation per word, no hashing, no sorting. A user's
/// file (`--gazetteers DIR`) is folded and sorted once at load.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    data: Cow<'static, str>,
    /// The [`line_index`] of `data`: prepared at compile time for the built-in lexicons.
    index: Cow<'static, [u8]>,
    /// Open-addressing hash table of line numbers + 1 (0: empty slot), built on the first
    /// lookup: rules look words up for many tokens, and a binary search over 36,000 lines cost
    /// about 1,000 instructions a lookup. The bits of a slot above the line number hold a
    /// [`Lexicon::tag`] of the key's hash.
    table: std::sync::OnceLock<Vec<u32>>,
}

impl Lexicon {
    /// A lexicon over sorted `folded-key \t value` lines, indexed now.
    fn from_sorted(data: String) -> Lexicon {
        let index = line_index::line_index(&data);
        Lexicon {
            data: Cow::Owned(data),
            index: Cow::Owned(index),
            table: std::sync::OnceLock::new(),
        }
    }

    fn line(&self, i: usize) -> (usize, usize, usize) {
        line_index::line(&self.index, i).unwrap_or((0, 0, 0))
    }

    fn key(&self, i: usize) -> &str {
        let (s, t, _) = self.line(i);
        self.data.get(s..t).unwrap_or("")
    }

    /// Builds the hash table now rather than at the first lookup.
    fn prepare(&self) {
        self.table.get_or_init(|| self.build_table());
    }

    /// The value columns (tab-separated) for a word; `key` must already be folded ([`fold`]).
    pub fn get_folded(&self, key: &str) -> Option<&str> {
        let table = self.table.get_or_init(|| self.build_table());
        let mask = table.len().checked_sub(1)?;
        let hash = slot_of(key);
        let (lines, tag) = (self.line_mask(), self.tag(hash));
        let mut slot = hash & mask;
        loop {
            let entry = *table.get(slot)?;
            let line = (entry & lines).checked_sub(1)? as usize;
            // Another key's slot is told by its tag, mostly: its line and key, far apart in
            // memory, are read only when the tags agree.
            if entry & !lines == tag && self.key(line) == key {
                let (_, t, e) = self.line(line);
                return Some(self.data.get(t + 1..e).unwrap_or(""));
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The bits of a [`Lexicon::table`] slot that hold a line number + 1: enough for
    /// [`Lexicon::len`].
    fn line_mask(&self) -> u32 {
        let bits = usize::BITS - self.len().leading_zeros();
        u32::MAX
            .checked_shr(32u32.saturating_sub(bits))
            .unwrap_or(0)
    }

    /// The tag of a key whose hash is `hash`: its high bits, in the bits of a slot above the
    /// line number (none for a lexicon of 2³² lines).
    fn tag(&self, hash: usize) -> u32 {
        let lines = self.line_mask();
        (hash as u64 >> 32) as u32 & !lines
    }

    /// The hash table of [`Lexicon::table`]: a power of two at least twice the number of lines,
    /// so that probes stay short and an empty slot always ends a search.
    fn build_table(&self) -> Vec<u32> {
        if self.is_empty() {
            return Vec::new();
        }
        let size = (self.len() * 2).next_power_of_two();
        let mut table = vec![0u32; size];
        let lines = self.line_mask();
        for line in 0..self.len() {
            let key = self.key(line);
            let hash = slot_of(key);
            let mut slot = hash & (size - 1);
            loop {
                match table[slot] {
                    0 => {
                        table[slot] = (line as u32 + 1) | self.tag(hash);
                        break;
                    }
                    // Keys are unique (the lines are deduplicated); a repeat keeps its first line.
                    other
                        if ((other & lines) as usize)
                            .checked_sub(1)
                            .is_some_and(|l| self.key(l) == key) =>
                    {
                        break
                    }
                    _ => slot = (slot + 1) & (size - 1),
                }
            }
        }
        table
    }

    /// The value columns for a word as written (folded here).
    pub fn get(&self, word: &str) -> Option<&str> {
        self.get_folded(&fold(word))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn len(&self) -> usize {
        self.index.len() / line_index::ENTRY
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Iterates over the folded keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.key(i))
    }
}

fn slot_of(key: &str) -> usize {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(key) as usize
}

/// A GeoNames place of the lexicon: its name as written and its country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceInfo<'a> {
    pub name: &'a str,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: Option<&'a str>,
}

/// A role title in both genders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub masculine: String,
    pub feminine: String,
    pub kind: String,
}

/// A currency: ISO code and French name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency {
    pub code: String,
    pub name: String,
    /// `name` folded ([`fold`]), computed once at load: the money rules compare it with the
    /// written currency of every amount.
    pub folded_name: String,
}

/// How a pattern relates to the entry it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Name,
    Official,
    Alias,
    Acronym,
}

/// What a matched pattern stands for. One surface form can stand for several targets
/// (`Niger` the country and the river).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A name of an entry (index into [`Gazetteers::entries`]).
    Entity { entry: u32, form: Form },
    /// An adjective of a country (`marocaine` → entry of Maroc).
    Demonym { country: u32 },
    /// A role title (index into [`Gazetteers::roles`]); `feminine` tells which form matched.
    Role { role: u32, feminine: bool },
    /// A currency word or symbol (index into [`Gazetteers::currencies`]).
    Currency { currency: u32 },
}

/// One gazetteer match in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'g> {
    pub span: Span,
    pub targets: &'g [Target],
}

/// The loaded gazetteers.
pub struct Gazetteers {
    pub entries: Vec<Entry>,
    pub roles: Vec<Role>,
    pub currencies: Vec<Currency>,
    /// Folded first names; the value is the gender (`f`, `m`, `u`).
    pub first_names: Lexicon,
    /// Populated places from GeoNames (`places_geonames.tsv`), by folded name. Not in the
    /// automata: a large world list matched everywhere costs precision (`Tours`, `Nice` …) and
    /// start-up time; rules look a capitalized name up here when the context says "place".
    pub place_lexicon: Lexicon,
    by_id: HashMap<String, u32>,
    by_key: HashMap<String, Vec<u32>>,
    /// Indices of [`Gazetteers::currencies`] by the first word of their folded name, in
    /// gazetteer order (`dinar` → the dinars of Algeria, Bahrain, Iraq …): the money rules
    /// ask which currencies a bare common name (`dinars`) may be, and a look-up here spares
    /// them a scan of all the currencies for each.
    currencies_by_head: HashMap<String, Vec<u32>>,
    folded: Automaton,
    exact: Automaton,
}

/// A trie of patterns with the targets of each pattern, and whether a one-word pattern needs a
/// capital letter in the text.
struct Automaton {
    trie: trie::Trie,
    /// [`byte_flags`] of `trie`.
    flags: [u8; 256],
    targets: Vec<Vec<Target>>,
    needs_capital: Vec<bool>,
    /// Some pattern starts with a space: it may match between two tokens, so
    /// [`Gazetteers::find_in_tokens`] scans the whole text (none of the built-in ones does).
    starts_with_space: bool,
}

#[derive(Default)]
struct PatternSet {
    /// Each distinct pattern (owned here only) and its index.
    index: HashMap<String, usize>,
    targets: Vec<Vec<Target>>,
    needs_capital: Vec<bool>,
}

impl PatternSet {
    fn reserve(&mut self, patterns: usize) {
        self.index.reserve(patterns);
        self.targets.reserve(patterns);
        self.needs_capital.reserve(patterns);
    }

    fn add(&mut self, pattern: String, target: Target, needs_capital: bool) {
        if pattern.trim().is_empty() {
            return;
        }
        // One hash per pattern; a new pattern moves into the map.
        let i = match self.index.entry(pattern) {
            std::collections::hash_map::Entry::Occupied(e) => *e.get(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(self.targets.len());
                self.targets.push(vec![target]);
                self.needs_capital.push(needs_capital);
                return;
            }
        };
        if !self.targets[i].contains(&target) {
            self.targets[i].push(target);
        }
        // A form that some target accepts in lower case is accepted in lower case.
        self.needs_capital[i] &= needs_capital;
    }

    fn build(self) -> Automaton {
        // The patterns by index, borrowed from the map that owns them.
        let mut patterns = vec![""; self.targets.len()];
        for (pattern, &i) in &self.index {
            patterns[i] = pattern;
        }
        let trie = trie::Trie::new(&patterns);
        let starts_with_space = patterns
            .iter()
            .any(|p| p.chars().next().is_some_and(char::is_whitespace));
        Automaton {
            starts_with_space,
            flags: byte_flags(&trie),
            trie,
            targets: self.targets,
            needs_capital: self.needs_capital,
        }
    }
}

/// A parsed TSV file: rows of cells addressed by column name.
struct Table<'a> {
    file: &'a str,
    columns: Vec<&'a str>,
    /// The cells of all rows, `columns.len()` per row (a short row is padded with `""`): one
    /// vector for the file rather than one per row.
    cells: Vec<&'a str>,
    /// The line number of each row.
    lines: Vec<usize>,
}

impl<'a> Table<'a> {
    fn parse(file: &'a str, content: &'a str, required: &[&str]) -> Result<Table<'a>> {
        let mut lines = content
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((_, header)) = lines.next() else {
            return Ok(Table {
                file,
                columns: Vec::new(),
                cells: Vec::new(),
                lines: Vec::new(),
            });
        };
        let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
        for r in required {
            if !columns.contains(r) {
                return Err(Error::Gazetteer {
                    file: file.to_string(),
                    line: 1,
                    message: format!("missing column `{r}` (header: {})", columns.join(", ")),
                });
            }
        }
        let width = columns.len();
        let mut cells = Vec::with_capacity(content.len() / 32 * width);
        let mut rows = Vec::new();
        for (line, l) in lines {
            let first = cells.len();
            cells.extend(l.split('\t').map(str::trim));
            let n = cells.len() - first;
            if n > width {
                return Err(Error::Gazetteer {
                    file: file.to_string(),
                    line,
                    message: format!("{n} cells for {width} columns"),
                });
            }
            cells.resize(first + width, "");
            rows.push(line);
        }
        Ok(Table {
            file,
            columns,
            cells,
            lines: rows,
        })
    }

    /// The rows with their line numbers.
    fn rows(&self) -> impl Iterator<Item = (usize, &[&'a str])> {
        let width = self.columns.len().max(1);
        self.lines.iter().copied().zip(self.cells.chunks(width))
    }

    /// The positions of named columns (`None` for a column the file lacks), looked up once per
    /// file rather than by name for every cell.
    fn columns<const N: usize>(&self, names: [&str; N]) -> [Option<usize>; N] {
        names.map(|name| self.columns.iter().position(|c| *c == name))
    }

    /// The cell of `row` in `column` (from [`Table::columns`]); `""` when absent.
    fn at(row: &[&'a str], column: Option<usize>) -> &'a str {
        column.and_then(|i| row.get(i)).copied().unwrap_or("")
    }

    /// The `|`-separated values of a cell.
    fn list_at(row: &[&'a str], column: Option<usize>) -> impl Iterator<Item = &'a str> {
        Table::at(row, column)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn error(&self, line: usize, message: impl Into<String>) -> Error {
        Error::Gazetteer {
            file: self.file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// `prefix` followed by `rest`, allocated once at its size (`format!` costs several times more,
/// for each of thousands of entry ids at start-up).
fn prefixed(prefix: &str, rest: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + rest.len());
    s.push_str(prefix);
    s.push_str(rest);
    s
}

/// [`opt`] in upper case (ISO codes), with one allocation.
fn opt_upper(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_ascii_uppercase())
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// A one-word name (no space) must be capitalized in the text, and so must a name that starts
/// with an article (`Les Républicains` the party, not `les républicains`); other multi-word
/// names need not be (`organisation des Nations unies` is written in lower case too).
fn needs_capital(name: &str) -> bool {
    let name = name.trim();
    let first = name.split([' ', '\'']).next().unwrap_or("");
    !name.contains(' ') || matches!(fold(first).as_str(), "le" | "la" | "les" | "l")
}

/// Builds [`Gazetteers`] from file contents.
struct Builder {
    g: Gazetteers,
    folded: PatternSet,
    exact: PatternSet,
}

impl Builder {
    fn add_entry(&mut self, entry: Entry) -> Option<u32> {
        if self.g.by_id.contains_key(&entry.id) {
            return None;
        }
        let i = self.g.entries.len() as u32;
        self.g.by_id.insert(entry.id.clone(), i);
        self.g.entries.push(entry);
        Some(i)
    }

    fn name(&mut self, entry: u32, name: &str, form: Form) {
        self.folded_name(entry, name, fold(name.trim()), form);
    }

    /// [`Builder::name`] with `folded`, the name trimmed and folded, already computed.
    fn folded_name(&mut self, entry: u32, name: &str, folded: String, form: Form) {
        let key = key_of_folded(&folded).into_owned();
        self.keyed_name(entry, name, folded, key, form);
    }

    /// [`Builder::folded_name`] with the name's lookup key ([`key_of_folded`]) too.
    fn keyed_name(&mut self, entry: u32, name: &str, folded: String, key: String, form: Form) {
        if key.is_empty() {
            return;
        }
        // Most keys are new: one hash to find their slot.
        let entries = self.g.by_key.entry(key).or_default();
        if !entries.contains(&entry) {
            entries.push(entry);
        }
        if form == Form::Acronym {
            self.exact.add(
                name.trim().to_string(),
                Target::Entity { entry, form },
                false,
            );
        } else {
            self.folded
                .add(folded, Target::Entity { entry, form }, needs_capital(name));
        }
    }

    /// Whether some entry already has this lookup key ([`key_of_folded`]).
    fn is_known_key(&self, key: &str) -> bool {
        self.g.by_key.get(key).is_some_and(|v| !v.is_empty())
    }

    fn countries(&mut self, t: &Table) -> Result<()> {
        let [iso2_col, name_col, official_col, id_col, wikidata_col, aliases_col, demonyms_col] = t
            .columns([
                "iso2", "name", "official", "id", "wikidata", "aliases", "demonyms",
            ]);
        for (line, row) in t.rows() {
            let iso2 = Table::at(row, iso2_col).to_ascii_uppercase();
            let name = Table::at(row, name_col);
            if name.is_empty() || iso2.is_empty() {
                return Err(t.error(line, "a country needs `name` and `iso2`"));
            }
            let official = Table::at(row, official_col);
            let entry = Entry {
                id: prefixed("country:", &Table::at(row, id_col).to_ascii_lowercase()),
                kind: EntityType::Country,
                canonical: name.to_string(),
                acronyms: Vec::new(),
                wikidata: opt(Table::at(row, wikidata_col)),
                country: Some(iso2.clone()),
                subkind: None,
                role: None,
                organization: None,
                head: official.split_whitespace().next().map(fold).filter(|w| {
                    matches!(
                        w.as_str(),
                        "royaume"
                            | "republique"
                            | "etat"
                            | "etats"
                            | "emirat"
                            | "emirats"
                            | "sultanat"
                            | "principaute"
                            | "grand-duche"
                            | "federation"
                            | "confederation"
                            | "commonwealth"
                            | "union"
                    )
                }),
            };
            let Some(i) = self.add_entry(entry) else {
                continue;
            };
            self.name(i, name, Form::Name);
            if !official.is_empty() {
                self.name(i, official, Form::Official);
            }
            for a in Table::list_at(row, aliases_col) {
                let form = if a.chars().all(|c| c.is_ascii_uppercase()) {
                    Form::Acronym
                } else {
                    Form::Alias
                };
                self.name(i, a, form);
            }
            for d in Table::list_at(row, demonyms_col) {
                self.folded
                    .add(fold(d), Target::Demonym { country: i }, false);
            }
        }
        Ok(())
    }

    fn places(&mut self, t: &Table) -> Result<()> {
        let [name_col, id_col, wikidata_col, country_col, kind_col, aliases_col] =
            t.columns(["name", "id", "wikidata", "country", "kind", "aliases"]);
        for (line, row) in t.rows() {
            let name = Table::at(row, name_col);
            if name.is_empty() {
                return Err(t.error(line, "a place needs a `name`"));
            }
            // A place whose name is already a country or an earlier place is not a new entity.
            let folded = fold(name.trim());
            let key = key_of_folded(&folded);
            if self.is_known_key(&key) {
                continue;
            }
            let key = key.into_owned();
            let id = Table::at(row, id_col);
            let entry = Entry {
                id: prefixed("place:", if id.is_empty() { name } else { id }),
                kind: EntityType::Location,
                canonical: name.to_string(),
                acronyms: Vec::new(),
                wikidata: opt(Table::at(row, wikidata_col)),
                country: opt_upper(Table::at(row, country_col)),
                subkind: opt(Table::at(row, kind_col)),
                role: None,
                organization: None,
                head: None,
            };
            let Some(i) = self.add_entry(entry) else {
                continue;
            };
            self.keyed_name(i, name, folded, key, Form::Name);
            for a in Table::list_at(row, aliases_col) {
                self.name(i, a, Form::Alias);
            }
        }
        Ok(())
    }

    fn organizations(&mut self, t: &Table) -> Result<()> {
        let [name_col, id_col, acronyms_col, wikidata_col, country_col, kind_col, aliases_col] = t
            .columns([
                "name", "id", "acronyms", "wikidata", "country", "kind", "aliases",
            ]);
        for (line, row) in t.rows() {
            let name = Table::at(row, name_col);
            let id = Table::at(row, id_col);
            if name.is_empty() || id.is_empty() {
                return Err(t.error(line, "an organisation needs `id` and `name`"));
            }
            let acronyms: Vec<String> = Table::list_at(row, acronyms_col)
                .map(str::to_string)
                .collect();
            let entry = Entry {
                id: prefixed("org:", id),
                kind: EntityType::Organization,
                canonical: name.to_string(),
                acronyms: acronyms.clone(),
                wikidata: opt(Table::at(row, wikidata_col)),
                country: opt_upper(Table::at(row, country_col)),
                subkind: opt(Table::at(row, kind_col)),
                role: None,
                organization: None,
                head: None,
            };
            let Some(i) = self.add_entry(entry) else {
                continue;
            };
            self.name(i, name, Form::Name);
            for a in &acronyms {
                self.name(i, a, Form::Acronym);
            }
            for a in Table::list_at(row, aliases_col) {
                self.name(i, a, Form::Alias);
            }
        }
        Ok(())
    }

    fn people(&mut self, t: &Table) -> Result<()> {
        let [name_col, id_col, wikidata_col, country_col, role_col, organization_col, aliases_col] =
            t.columns([
                "name",
                "id",
                "wikidata",
                "country",
                "role",
                "organization",
                "aliases",
            ]);
        for (line, row) in t.rows() {
            let name = Table::at(row, name_col);
            if name.is_empty() {
                return Err(t.error(line, "a person needs a `name`"));
            }
            let id = Table::at(row, id_col);
            let entry = Entry {
                id: prefixed("person:", if id.is_empty() { name } else { id }),
                kind: EntityType::Person,
                canonical: name.to_string(),
                acronyms: Vec::new(),
                wikidata: opt(Table::at(row, wikidata_col)),
                country: opt_upper(Table::at(row, country_col)),
                subkind: None,
                role: opt(Table::at(row, role_col)),
                organization: opt(Table::at(row, organization_col)).map(|o| prefixed("org:", &o)),
                head: None,
            };
            let Some(i) = self.add_entry(entry) else {
                continue;
            };
            self.name(i, name, Form::Name);
            for a in Table::list_at(row, aliases_col) {
                self.name(i, a, Form::Alias);
            }
        }
        Ok(())
    }

    fn currencies(&mut self, t: &Table) -> Result<()> {
        let [code_col, name_col, forms_col, symbols_col] =
            t.columns(["code", "name", "forms", "symbols"]);
        for (line, row) in t.rows() {
            let code = Table::at(row, code_col);
            if code.len() != 3 {
                return Err(t.error(line, format!("`{code}` is not an ISO 4217 code")));
            }
            let i = self.g.currencies.len() as u32;
            let name = Table::at(row, name_col);
            let folded_name = fold(name);
            let head = folded_name.split(' ').next().unwrap_or_default();
            self.g
                .currencies_by_head
                .entry(head.to_string())
                .or_default()
                .push(i);
            self.g.currencies.push(Currency {
                code: code.to_string(),
                name: name.to_string(),
                folded_name,
            });
            for f in Table::list_at(row, forms_col) {
                self.folded
                    .add(fold(f), Target::Currency { currency: i }, false);
            }
            for s in Table::list_at(row, symbols_col) {
                self.exact
                    .add(s.to_string(), Target::Currency { currency: i }, false);
            }
            self.exact
                .add(code.to_string(), Target::Currency { currency: i }, false);
        }
        Ok(())
    }

    fn roles(&mut self, t: &Table) -> Result<()> {
        let [masculine_col, feminine_col, kind_col] = t.columns(["masculine", "feminine", "kind"]);
        for (line, row) in t.rows() {
            let m = Table::at(row, masculine_col);
            if m.is_empty() {
                return Err(t.error(line, "a role needs its `masculine` form"));
            }
            let f = Table::at(row, feminine_col);
            let f = if f.is_empty() { m } else { f };
            let i = self.g.roles.len() as u32;
            self.g.roles.push(Role {
                masculine: m.to_string(),
                feminine: f.to_string(),
                kind: Table::at(row, kind_col).to_string(),
            });
            self.folded.add(
                fold(m),
                Target::Role {
                    role: i,
                    feminine: false,
                },
                false,
            );
            if f != m {
                self.folded.add(
                    fold(f),
                    Target::Role {
                        role: i,
                        feminine: true,
                    },
                    false,
                );
            }
        }
        Ok(())
    }
}

/// The table of a file, if it was found.
fn parse_table<'a>(
    file: &'a str,
    content: &'a Option<Cow<'static, str>>,
    required: &[&str],
) -> Result<Option<Table<'a>>> {
    content
        .as_deref()
        .map(|c| Table::parse(file, c, required))
        .transpose()
}

/// The built-in lexicons and their line indexes, prepared by `build.rs`.
const FIRST_NAMES_LEX: (&str, &[u8]) = (
    include_str!(concat!(env!("OUT_DIR"), "/first_names.lex")),
    include_bytes!(concat!(env!("OUT_DIR"), "/first_names.idx")),
);
const PLACES_LEX: (&str, &[u8]) = (
    include_str!(concat!(env!("OUT_DIR"), "/places_geonames.lex")),
    include_bytes!(concat!(env!("OUT_DIR"), "/places_geonames.idx")),
);

/// A lexicon from a file's content: the prepared built-in form when the content is the built-in
/// file, else folded, sorted and indexed now.
fn lexicon(
    content: Cow<'static, str>,
    values: &[&str],
    (data, index): (&'static str, &'static [u8]),
) -> Lexicon {
    if matches!(&content, Cow::Borrowed(_)) {
        return Lexicon {
            data: Cow::Borrowed(data),
            index: Cow::Borrowed(index),
            table: std::sync::OnceLock::new(),
        };
    }
    Lexicon::from_sorted(lexicon_lines(&content, values))
}

/// Sorted, deduplicated `folded-name \t values` lines of a TSV file (what `build.rs` does at
/// compile time for the built-in files).
fn lexicon_lines(content: &str, values: &[&str]) -> String {
    let Ok(t) = Table::parse("lexicon", content, &["name"]) else {
        return String::new();
    };
    let [name] = t.columns(["name"]);
    let values: Vec<Option<usize>> = values.iter().map(|&c| t.columns([c])[0]).collect();
    let mut rows: Vec<(String, String)> = t
        .rows()
        .filter(|(_, row)| !Table::at(row, name).is_empty())
        .map(|(_, row)| {
            let v: Vec<&str> = values.iter().map(|&c| Table::at(row, c)).collect();
            (fold(Table::at(row, name)), v.join("\t"))
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.dedup_by(|a, b| a.0 == b.0);
    rows.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect()
}

impl Gazetteers {
    /// The gazetteers compiled into the binary.
    pub fn builtin() -> Result<Gazetteers> {
        Gazetteers::from_contents(|name| Ok(Some(Cow::Borrowed(builtin_file(name)))))
    }

    /// Reads the gazetteer files from `dir`; a file missing there is taken from the built-in set.
    pub fn from_dir(dir: &Path) -> Result<Gazetteers> {
        Gazetteers::from_contents(|name| {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(Some(Cow::Owned(s))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    Ok(Some(Cow::Borrowed(builtin_file(name))))
                }
                Err(source) => Err(Error::Io { path, source }),
            }
        })
    }

    fn from_contents(
        mut read: impl FnMut(&str) -> Result<Option<Cow<'static, str>>>,
    ) -> Result<Gazetteers> {
        let mut b = Builder {
            g: Gazetteers {
                entries: Vec::new(),
                roles: Vec::new(),
                currencies: Vec::new(),
                first_names: Lexicon::default(),
                place_lexicon: Lexicon::default(),
                by_id: HashMap::default(),
                by_key: HashMap::default(),
                currencies_by_head: HashMap::default(),
                folded: PatternSet::default().build(),
                exact: PatternSet::default().build(),
            },
            folded: PatternSet::default(),
            exact: PatternSet::default(),
        };
        // The files are read first, in order; the work is then shared by two cores.
        let mut contents: [Option<Cow<'static, str>>; FILES.len()] = Default::default();
        for (content, file) in contents.iter_mut().zip(FILES) {
            *content = read(file)?;
        }
        let mut take = |file: &str| {
            FILES
                .iter()
                .position(|f| *f == file)
                .and_then(|i| contents[i].take())
        };
        let first_names = take("first_names.tsv")
            .map(|c| lexicon(c, &["gender"], FIRST_NAMES_LEX))
            .unwrap_or_default();
        let place_lexicon = take("places_geonames.tsv")
            .map(|c| lexicon(c, &["name", "country"], PLACES_LEX))
            .unwrap_or_default();
        let countries = take("countries.tsv");
        let places = take("places.tsv");
        let organizations = take("organizations.tsv");
        let people = take("people.tsv");
        // The tables are presized for the entries' rows (a name and an alias or two each):
        // growing them by doubling rehashed or copied them a dozen times.
        let rows: usize = [&countries, &places, &organizations, &people]
            .into_iter()
            .flatten()
            .map(|c| c.bytes().filter(|&b| b == b'\n').count())
            .sum();
        b.g.entries.reserve(rows);
        b.g.by_id.reserve(rows);
        b.g.by_key.reserve(rows * 3 / 2);
        b.folded.reserve(rows * 3 / 2);
        let currencies = take("currencies.tsv");
        let roles = take("roles.tsv");
        std::thread::scope(|scope| -> Result<()> {
            // Other threads parse the places (the largest table), prepare the lexicons' hash
            // tables (so that the first lookup does not pay for them) and parse the later
            // files while this one loads the countries and then the places.
            let places = scope.spawn(|| parse_table("places.tsv", &places, &["name"]));
            let later = scope.spawn(|| {
                first_names.prepare();
                place_lexicon.prepare();
                (
                    parse_table("organizations.tsv", &organizations, &["id", "name"]),
                    parse_table("people.tsv", &people, &["name"]),
                    parse_table("currencies.tsv", &currencies, &["code"]),
                    parse_table("roles.tsv", &roles, &["masculine"]),
                )
            });
            if let Some(c) = &countries {
                b.countries(&Table::parse("countries.tsv", c, &["iso2", "name"])?)?;
            }
            let places = places
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            if let Some(t) = places? {
                b.places(&t)?;
            }
            let (organizations, people, currencies, roles) = later
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            if let Some(t) = organizations? {
                b.organizations(&t)?;
            }
            if let Some(t) = people? {
                b.people(&t)?;
            }
            if let Some(t) = currencies? {
                b.currencies(&t)?;
            }
            if let Some(t) = roles? {
                b.roles(&t)?;
            }
            Ok(())
        })?;
        let Builder {
            mut g,
            folded,
            exact,
        } = b;
        g.first_names = first_names;
        g.place_lexicon = place_lexicon;
        // The two tries are built on two cores.
        let (folded, exact) = std::thread::scope(|scope| {
            let exact = scope.spawn(|| exact.build());
            let folded = folded.build();
            let exact = exact
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (folded, exact)
        });
        g.folded = folded;
        g.exact = exact;
        Ok(g)
    }

    /// The entry with this id (`org:oim`).
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i as usize])
    }

    /// Index of the entry with this id.
    pub fn entry_index(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// Entries having this name, acronym or alias (compared folded).
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.by_key
            .get(&name_key(name))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// [`Gazetteers::lookup`] of a name already folded ([`crate::fold::fold`]): no allocation
    /// unless its spaces need collapsing.
    ///
    /// ```
    /// let g = glaneur::gazetteer::Gazetteers::builtin().unwrap();
    /// assert_eq!(g.lookup_folded("guinee-bissau"), g.lookup("Guinée-Bissau"));
    /// assert!(!g.lookup_folded("guinee-bissau").is_empty());
    /// ```
    pub fn lookup_folded(&self, folded: &str) -> &[u32] {
        self.by_key
            .get(key_of_folded(folded).as_ref())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The currencies whose folded name is the word `head` or starts with it (`dinar` for
    /// `dinar tunisien`), by index into [`Gazetteers::currencies`], in gazetteer order.
    ///
    /// ```
    /// let g = glaneur::gazetteer::Gazetteers::builtin().unwrap();
    /// assert!(g.currencies_named("dinar").len() > 1);
    /// assert!(g.currencies_named("dinar tunisien").is_empty());
    /// ```
    pub fn currencies_named(&self, head: &str) -> &[u32] {
        self.currencies_by_head
            .get(head)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Whether a folded word is a known first name.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// All gazetteer matches in a text (overlapping; on word boundaries), by start and, for
    /// one start, longest first.
    pub fn find<'g>(&'g self, text: &str, folded: &Folded) -> Vec<Hit<'g>> {
        let mut hits = Vec::new();
        let mut exact = Vec::new();
        let mut found = Vec::new();
        let ft = folded.text.as_str();
        let accept = self.accept_folded(text, folded);
        self.folded
            .scan(ft, 0..ft.len(), &mut hits, &mut found, &accept);
        self.exact
            .scan(text, 0..text.len(), &mut exact, &mut found, &accept_exact);
        merge(hits, exact)
    }

    /// [`Gazetteers::find`] for a text already split into `tokens` (made with its folded
    /// text): the same matches, but the tries are tried only where a word may start, which
    /// the tokens tell, instead of at every byte of the text and of the folded text.
    ///
    /// A match starts on a word boundary: at the first byte of a token, or inside a token
    /// that is not plain ([`Tokens::is_plain`]: `U.S.A`, `Guinée-Bissau`, `l’`, whose bytes
    /// are all scanned as before), never in the spaces between tokens (unless a pattern
    /// starts with a space: then the whole text is scanned).
    ///
    /// ```
    /// use glaneur::{fold::Folded, gazetteer::Gazetteers, tokenize::tokenize};
    /// let g = Gazetteers::builtin().unwrap();
    /// let text = "Le Maroc a rejoint l’OIM et la Guinée-Bissau.";
    /// assert_eq!(g.find_in_tokens(text, &tokenize(text)), g.find(text, &Folded::new(text)));
    /// ```
    pub fn find_in_tokens<'g>(&'g self, text: &str, tokens: &Tokens) -> Vec<Hit<'g>> {
        let folded = tokens.folded_text();
        if self.folded.starts_with_space || self.exact.starts_with_space {
            return self.find(text, folded);
        }
        let ft = folded.text.as_str();
        let accept = self.accept_folded(text, folded);
        // Room for the hits of most texts at once (about one token in ten begins a folded
        // hit, far fewer an exact one), where doubling from empty copied them several times.
        let count = tokens.tokens.len();
        let mut hits = Vec::with_capacity(count / 8);
        let mut exact = Vec::with_capacity(count / 64);
        let mut found = Vec::new();
        // Tokens are in order and disjoint in both texts: each byte is tried once, in order.
        for t in tokens.extents() {
            self.folded
                .scan_token(ft, t.folded, t.plain, &mut hits, &mut found, &accept);
            self.exact
                .scan_token(text, t.text, t.plain, &mut exact, &mut found, &accept_exact);
        }
        merge(hits, exact)
    }

    /// What accepts a match of the folded automaton: its span in the original text, if the
    /// pattern needs no capital or the text has one there.
    fn accept_folded<'a>(
        &'a self,
        text: &'a str,
        folded: &'a Folded,
    ) -> impl Fn(usize, usize, usize) -> Option<Span> + 'a {
        // Hits come in order of start: their original spans are found walking on.
        let next = std::cell::Cell::new(0);
        move |start, end, pid| {
            let mut k = next.get();
            let (s, e) = folded.original_in_order(start, end, &mut k);
            next.set(k);
            let capital_ok = !self.folded.needs_capital.get(pid).copied().unwrap_or(false)
                || text
                    .get(s..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase);
            capital_ok.then_some(Span::new(s, e))
        }
    }

    /// Number of patterns in the two automata (for diagnostics and benchmarks).
    pub fn pattern_count(&self) -> usize {
        self.folded.targets.len() + self.exact.targets.len()
    }

    /// Ids of the entries whose kind is `kind`.
    pub fn entries_of(&self, kind: EntityType) -> impl Iterator<Item = (u32, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.kind == kind)
            .map(|(i, e)| (i as u32, e))
    }

    /// The set of folded canonical names, for quick membership tests.
    pub fn canonical_keys(&self) -> HashSet<String> {
        self.entries
            .iter()
            .map(|e| name_key(&e.canonical))
            .collect()
    }
}

/// Every match of the exact automaton is a hit, at its place.
fn accept_exact(start: usize, end: usize, _: usize) -> Option<Span> {
    Some(Span::new(start, end))
}

/// The hits of the folded automaton then those of the exact one, both in order, as one list
/// in order: a stable sort of two runs is one merge, and keeps a folded hit before an exact
/// one of the same span.
fn merge<'g>(mut hits: Vec<Hit<'g>>, exact: Vec<Hit<'g>>) -> Vec<Hit<'g>> {
    let folded_hits = hits.len();
    hits.extend(exact);
    if folded_hits > 0 && hits.len() > folded_hits {
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    }
    hits
}

/// What turns a match of an automaton, `(start, end, pattern)` in the text it scans, into the
/// span of a hit (or rejects it: a one-word name without its capital).
type Accept<'a> = dyn Fn(usize, usize, usize) -> Option<Span> + 'a;

impl Automaton {
    /// Appends to `hits` the matches in `text` (on word boundaries) that start in `range` and
    /// that `accept` turns into a span: in order of start and, for one start, longest first.
    /// `found` is a buffer for the patterns found at one start: `(end, pattern)`.
    fn scan<'g>(
        &'g self,
        text: &str,
        range: std::ops::Range<usize>,
        hits: &mut Vec<Hit<'g>>,
        found: &mut Vec<(usize, u32)>,
        accept: &Accept,
    ) {
        let bytes = text.as_bytes();
        let mut start = range.start;
        let mut prev = self.flags_before(bytes, start);
        while let Some(&b) = bytes.get(start).filter(|_| start < range.end) {
            let flags = self.flags[b as usize];
            if flags & prev & LOWER != 0 {
                // Inside a run of lower-case ASCII letters no match starts: skip the run,
                // eight bytes at a time (most of a French text, folded or not).
                start += lower_run(bytes.get(start..).unwrap_or(&[]));
                prev = LOWER | ALNUM | WORD;
                continue;
            }
            let before = std::mem::replace(&mut prev, flags);
            if self.may_start(text, start, flags, before) {
                self.walk(text, start, hits, found, accept);
            }
            start += 1;
        }
    }

    /// [`Automaton::scan`] of a token's bytes `range` in `text`: its first byte only when it is
    /// plain ([`Tokens::is_plain`]).
    #[inline(always)]
    fn scan_token<'g>(
        &'g self,
        text: &str,
        range: std::ops::Range<usize>,
        plain: bool,
        hits: &mut Vec<Hit<'g>>,
        found: &mut Vec<(usize, u32)>,
        accept: &Accept,
    ) {
        if plain {
            // A token folded to nothing (a combining accent) has no first byte.
            if range.start < range.end {
                self.scan_at(text, range.start, hits, found, accept);
            }
        } else {
            self.scan(text, range, hits, found, accept);
        }
    }

    /// [`Automaton::scan`] of the one byte `start`: the first byte of a plain token.
    ///
    /// Always inlined: it runs for every token, most tokens begin no match, and a test of a
    /// first byte or two costs less than the call would.
    #[inline(always)]
    fn scan_at<'g>(
        &'g self,
        text: &str,
        start: usize,
        hits: &mut Vec<Hit<'g>>,
        found: &mut Vec<(usize, u32)>,
        accept: &Accept,
    ) {
        let bytes = text.as_bytes();
        let Some(&b) = bytes.get(start) else {
            return;
        };
        let flags = self.flags[b as usize];
        // Most tokens begin no pattern: known before looking at the byte before.
        if flags & STARTS == 0 {
            return;
        }
        let before = self.flags_before(bytes, start);
        if self.may_start(text, start, flags, before) {
            self.walk(text, start, hits, found, accept);
        }
    }

    /// The flags of the byte before `start`; 0 at the start of the text, which starts as if
    /// after a space.
    #[inline(always)]
    fn flags_before(&self, bytes: &[u8], start: usize) -> u8 {
        start
            .checked_sub(1)
            .and_then(|b| bytes.get(b))
            .map_or(0, |&b| self.flags[b as usize])
    }

    /// Whether a match may start at byte `start`, whose flags are `flags`, after a byte whose
    /// flags are `before` (0 at the start of the text): some pattern starts with the byte and
    /// the one after, and `start` is the start of a word or not in a word.
    #[inline(always)]
    fn may_start(&self, text: &str, start: usize, flags: u8, before: u8) -> bool {
        if flags & STARTS == 0 {
            return false;
        }
        // Inside an ASCII word: the common case, decided without decoding characters.
        if flags & ALNUM != 0 && before & WORD != 0 {
            return false;
        }
        if (flags | before) & NON_ASCII != 0 && !may_start_at(text, start) {
            return false;
        }
        self.trie.may_begin(text.as_bytes(), start)
    }

    /// Walks the trie from byte `start` and appends the matches on word boundaries that
    /// `accept` takes, longest first.
    fn walk<'g>(
        &'g self,
        text: &str,
        start: usize,
        hits: &mut Vec<Hit<'g>>,
        found: &mut Vec<(usize, u32)>,
        accept: &Accept,
    ) {
        self.trie.prefixes(text.as_bytes(), start, found);
        // Longest first.
        for &(end, pid) in found.iter().rev() {
            let pid = pid as usize;
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            if let (Some(span), Some(targets)) = (accept(start, end, pid), self.targets.get(pid)) {
                hits.push(Hit { span, targets });
            }
        }
    }
}

/// [`Automaton::flags`]: some pattern starts with the byte.
const STARTS: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// An ASCII letter, digit or hyphen: a byte that continues a word.
const WORD: u8 = 4;
/// Not ASCII: the character must be decoded to know whether it is a letter.
const NON_ASCII: u8 = 8;
/// A lower-case ASCII letter.
const LOWER: u8 = 16;

/// The number of lower-case ASCII letters at the start of `bytes`, read eight at a time.
fn lower_run(bytes: &[u8]) -> usize {
    use crate::scan::{first_stop, HIGH, ONES};
    first_stop(
        bytes,
        |w| {
            // Per byte, without carries between bytes (the high bits are set aside): `a` or
            // above, and `{` or above; a lower-case letter is the first and not the second.
            let low = w & !HIGH;
            let from_a = low + (0x80 - u64::from(b'a')) * ONES;
            let past_z = low + (0x80 - u64::from(b'z' + 1)) * ONES;
            !(from_a & !past_z & !w) & HIGH
        },
        |b| !b.is_ascii_lowercase(),
    )
}

/// The flags of each byte for a trie: what the scan needs to know about a byte, in one load.
fn byte_flags(trie: &trie::Trie) -> [u8; 256] {
    std::array::from_fn(|b| {
        let b = b as u8;
        let mut f = 0;
        if trie.starts_with(b) {
            f |= STARTS;
        }
        if b.is_ascii_alphanumeric() {
            f |= ALNUM | WORD;
        }
        if b == b'-' {
            f |= WORD;
        }
        if !b.is_ascii() {
            f |= NON_ASCII;
        }
        if b.is_ascii_lowercase() {
            f |= LOWER;
        }
        f
    })
}

/// Whether a match may start at byte `start` (a character boundary) of `text`: the left half
/// of [`on_word_boundaries`], tested before walking a trie from there.
fn may_start_at(text: &str, start: usize) -> bool {
    if start >= text.len() {
        return false;
    }
    if start == 0 {
        return true;
    }
    // Called only when the byte at `start` or the one before it is not ASCII.
    let first = text.get(start..).and_then(|t| t.chars().next());
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    !first.is_some_and(is_word_char) || !before.is_some_and(|c| is_word_char(c) || c == '-')
}

/// A match must not cut a word: the characters around it are not letters, digits or hyphens
/// joining letters. A pattern that itself starts or ends with a non-word char (`$`, `€`) needs
/// no boundary on that side.
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    // Most matches are surrounded by ASCII: four byte tests (the rejected ones too: `de` in
    // `demande` is most of what an overlapping scan finds).
    let b = text.as_bytes();
    if let (Some(&first), Some(&last)) = (b.get(start), end.checked_sub(1).and_then(|e| b.get(e))) {
        let before = start
            .checked_sub(1)
            .and_then(|s| b.get(s))
            .copied()
            .unwrap_or(b' ');
        let after = b.get(end).copied().unwrap_or(b' ');
        if first.is_ascii() && last.is_ascii() && before.is_ascii() && after.is_ascii() {
            let is_word = |x: u8| x.is_ascii_alphanumeric() || x == b'-';
            let left_ok = !first.is_ascii_alphanumeric() || !is_word(before);
            let right_ok = !last.is_ascii_alphanumeric() || !is_word(after);
            return left_ok && right_ok;
        }
    }
    let is_word = |c: char| is_word_char(c) || c == '-';
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let left_ok = !first.is_some_and(is_word_char) || !before.is_some_and(is_word);
    let right_ok = !last.is_some_and(is_word_char) || !after.is_some_and(is_word);
    left_ok && right_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Gazetteers {
        Gazetteers::from_contents(|name| {
            Ok(Some(
                match name {
                    "countries.tsv" => "id\tiso2\tiso3\tname\tofficial\taliases\tdemonyms\tcapital\twikidata\nma\tMA\tMAR\tMaroc\tRoyaume du Maroc\t\tmarocain|marocaine\tRabat\tQ1028\nci\tCI\tCIV\tCôte d'Ivoire\tRépublique de Côte d'Ivoire\t\tivoirien\tYamoussoukro\t\n",
                    "organizations.tsv" => "id\tname\tacronyms\taliases\tkind\tcountry\twikidata\noim\tOrganisation internationale pour les migrations\tOIM|IOM\t\tun_agency\t\t\norange\tOrange\t\t\tcompany\tfr\t\n",
                    "currencies.tsv" => "code\tname\tforms\tsymbols\nUSD\tdollar américain\tdollar|dollars\t$|US$\n",
                    _ => "",
                }
                .to_string()
                .into(),
            ))
        })
        .unwrap()
    }

    fn found(g: &Gazetteers, text: &str) -> Vec<String> {
        let f = Folded::new(text);
        g.find(text, &f)
            .iter()
            .map(|h| h.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn folded_names_and_exact_acronyms() {
        let g = small();
        assert_eq!(
            found(&g, "La COTE D’IVOIRE et l’OIM"),
            ["COTE D’IVOIRE", "OIM"]
        );
        assert_eq!(found(&g, "le royaume du maroc"), ["royaume du maroc"]);
        assert_eq!(found(&g, "l'oim"), Vec::<String>::new());
    }

    #[test]
    fn one_word_names_need_a_capital() {
        let g = small();
        assert_eq!(found(&g, "une orange et Orange"), ["Orange"]);
    }

    #[test]
    fn boundaries_are_respected() {
        let g = small();
        assert!(found(&g, "Marocains").is_empty() || found(&g, "Marocains") == ["Marocains"]);
        assert_eq!(found(&g, "OIMS"), Vec::<String>::new());
        assert_eq!(found(&g, "10$ et 5 dollars"), ["$", "dollars"]);
    }

    /// The scan from the tokens finds exactly what the scan of every byte finds.
    #[test]
    fn word_start_scan_equals_the_byte_scan() {
        let texts = [
            "",
            " ",
            "Le Maroc a rejoint l’OIM en 1998 ; l'oim, L’OIM et l' OIM.",
            "La COTE D’IVOIRE, la Côte d'Ivoire et la Cote-d'Ivoire (CI).",
            "Guinée-Bissau, Jean‐Pierre (U+2010), États-Unis, Etats‐Unis, U.S.A, U.S.A.",
            "10$ et 5 dollars, US$, 3 €, 100 000 dollars, 1,5 million de dollars, 2.500 USD.",
            "OIMS OIM-2 2OIM OIM2 -OIM «OIM» “OIM” (OIM) OIM. OIM",
            "ORANGE, Orange, orange, l’Orange ; Royaume du Maroc, ROYAUME DU MAROC",
            "Ame\u{301}rique, Œuvre d’Orient, ŒUVRE, Ærø, straße, İstanbul, Ⓐ ǅ",
            "le HCR\u{a0}: l’UNICEF\u{202f}; la Banque mondiale—la FAO\t(ONU)\nUNHCR",
            "a-b-c d.e.f g’h i'j k`l m´n 1'2 1.2.3 1 000 000 a\u{2009}b",
            "l’Organisation internationale pour les migrations (OIM) au Niger, Nigeria.",
            "ǅemal Σίσυφος ΣΟΦΟΣ d’Ivoire Côte-d’Ivoire",
        ];
        // All of them in one text too: more than 64 tokens (plain bits in several words).
        let all = texts.join(" ");
        let builtin = Gazetteers::builtin().unwrap();
        for g in [&small(), &builtin] {
            for text in texts.iter().copied().chain([all.as_str()]) {
                let tokens = crate::tokenize::tokenize(text);
                assert_eq!(
                    g.find_in_tokens(text, &tokens),
                    g.find(text, &Folded::new(text)),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn malformed_file_names_line() {
        let err = Gazetteers::from_contents(|name| {
            Ok(Some(if name == "organizations.tsv" {
                "id\tname\n\tOrphan\n".into()
            } else {
                String::new().into()
            }))
        })
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "organizations.tsv:2: an organisation needs `id` and `name`"
        );
    }

    /// Every key finds its own line, whatever the tags of the slots it passes, and no other
    /// word finds one: in a small lexicon (many bits of tag) and in the built-in ones.
    #[test]
    fn lexicon_finds_each_key_and_nothing_else() {
        let mut lines: Vec<String> = (0..3000).map(|i| format!("w{i:05}\t{i}\n")).collect();
        lines.sort();
        let small = Lexicon::from_sorted(lines.concat());
        for i in 0..3000 {
            assert_eq!(
                small.get_folded(&format!("w{i:05}")),
                Some(i.to_string().as_str())
            );
            assert_eq!(small.get_folded(&format!("x{i:05}")), None);
            assert_eq!(small.get_folded(&format!("w{i:05} ")), None);
        }
        let builtin = Gazetteers::builtin().unwrap();
        for lexicon in [&builtin.first_names, &builtin.place_lexicon] {
            for (line, key) in lexicon.keys().enumerate() {
                let (_, t, e) = lexicon.line(line);
                assert_eq!(lexicon.get_folded(key), lexicon.data.get(t + 1..e), "{key}");
                assert_eq!(lexicon.get_folded(&format!("{key}#")), None);
            }
        }
    }

    #[test]
    fn lookup_by_any_name() {
        let g = small();
        assert_eq!(g.lookup("IOM").len(), 1);
        assert_eq!(
            g.entries[g.lookup("royaume du Maroc")[0] as usize].canonical,
            "Maroc"
        );
        assert_eq!(g.entries[0].head.as_deref(), Some("royaume"));
    }
}
