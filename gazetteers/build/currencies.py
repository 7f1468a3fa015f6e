#!/usr/bin/env python3
"""Build gazetteers/currencies.tsv.

Sources: the list of active ISO 4217 codes comes from pycountry (iso-codes,
LGPL-2.1); French singular and plural display names come from CLDR through
babel (Unicode licence). Press forms, bare words and symbols are added by hand
below (project licence).

Usage: python3 gazetteers/build/currencies.py
Deterministic: rows sorted by code, forms in a fixed order, duplicates removed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "currencies.tsv")

# ISO 4217 codes that are funds, metals, bond units, test codes or duplicates
# of another code: not currencies a news article gives an amount in.
SKIP = {
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "VED",
    "XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU",
    "XTS", "XUA", "XXX",
}

# Canonical French name where CLDR's is unusable or ambiguous.
NAME = {
    "XOF": "franc CFA de l'Afrique de l'Ouest",
    "XAF": "franc CFA de l'Afrique centrale",
    "ZWG": "or du Zimbabwe",
    "CNY": "yuan renminbi",
    "USD": "dollar américain",
}

# Extra forms (lower case except proper parts and acronyms). A bare word is
# given to one currency only: the one a French news text most likely means.
FORMS = {
    "USD": "dollar|dollars|dollar américain|dollars américains|dollar US|dollars US|"
           "dollar des États-Unis|dollars des États-Unis|dollar étatsunien|dollars étatsuniens|"
           "dollar états-unien|dollars états-uniens|billet vert",
    "EUR": "euro|euros",
    "GBP": "livre sterling|livres sterling|livre britannique|livres britanniques|sterling",
    "JPY": "yen|yens|yen japonais|yens japonais",
    "CNY": "yuan|yuans|yuan chinois|yuans chinois|renminbi|renminbis|yuan renminbi|yuans renminbi",
    "CHF": "franc suisse|francs suisses",
    "XOF": "franc CFA|francs CFA|franc CFA BCEAO|francs CFA BCEAO|franc CFA de l'Afrique de l'Ouest|"
           "francs CFA de l'Afrique de l'Ouest|franc CFA ouest-africain|francs CFA ouest-africains",
    "XAF": "franc CFA BEAC|francs CFA BEAC|franc CFA de l'Afrique centrale|francs CFA de l'Afrique centrale|"
           "franc CFA d'Afrique centrale|francs CFA d'Afrique centrale",
    "XPF": "franc Pacifique|francs Pacifique|franc CFP|francs CFP",
    "MAD": "dirham|dirhams|dirham marocain|dirhams marocains",
    "DZD": "dinar|dinars|dinar algérien|dinars algériens",
    "TND": "dinar tunisien|dinars tunisiens",
    "KWD": "dinar koweïtien|dinars koweïtiens",
    "INR": "roupie|roupies|roupie indienne|roupies indiennes",
    "NGN": "naira|nairas|naira nigérian|nairas nigérians|naira nigérian",
    "GHS": "cédi|cédis|cédi ghanéen|cédis ghanéens|cedi|cedis",
    "KES": "shilling kényan|shillings kényans|shilling kenyan|shillings kenyans",
    "UGX": "shilling ougandais|shillings ougandais",
    "TZS": "shilling tanzanien|shillings tanzaniens",
    "SOS": "shilling somalien|shillings somaliens",
    "ZAR": "rand|rands|rand sud-africain|rands sud-africains",
    "RUB": "rouble|roubles|rouble russe|roubles russes",
    "UAH": "hryvnia|hryvnias|hryvnia ukrainienne|hryvnias ukrainiennes|hryvna|hryvnas",
    "ILS": "shekel|shekels|shekel israélien|shekels israéliens|nouveau shekel|nouveaux shekels",
    "SAR": "riyal|riyals|riyal saoudien|riyals saoudiens|rial saoudien|rials saoudiens",
    "QAR": "riyal qatari|riyals qataris|rial qatari|rials qataris",
    "IRR": "rial iranien|rials iraniens",
    "YER": "rial yéménite|rials yéménites",
    "OMR": "rial omanais|rials omanais",
    "BRL": "real|reals|réal|réals|real brésilien|reals brésiliens",
    "TRY": "livre turque|livres turques|lire turque|lires turques|livre turque|lira turque|liras turques",
    "RON": "leu|lei|leu roumain|lei roumains",
    "PLN": "zloty|zlotys|zloty polonais|zlotys polonais|złoty|złotys",
    "HUF": "forint|forints|forint hongrois|forints hongrois",
    "AOA": "kwanza|kwanzas",
    "ETB": "birr|birrs",
    "MGA": "ariary|ariarys|ariary malgache|ariarys malgaches",
    "MRU": "ouguiya|ouguiyas",
    "GMD": "dalasi|dalasis",
    "SLE": "leone|leones",
    "THB": "baht|bahts",
    "MYR": "ringgit|ringgits",
    "IDR": "rupiah|rupiahs|roupie indonésienne|roupies indonésiennes",
    "VND": "dong|dongs|dông|dôngs",
    "BDT": "taka|takas",
    "KZT": "tenge|tenges",
    "GEL": "lari|laris|laris géorgiens",
    "AMD": "dram|drams",
    "AFN": "afghani|afghanis|afghanis afghans",
    "VES": "bolivar|bolivars|bolivar souverain|bolivars souverains",
    "GTQ": "quetzal|quetzals",
    "HNL": "lempira|lempiras",
    "HTG": "gourde haïtienne|gourdes haïtiennes",
    "BWP": "pula|pulas",
    "MZN": "metical|meticais|meticals",
    "ERN": "nakfa|nakfas|nafka érythréen|nakfa érythréen|nakfas érythréens",
    "KRW": "won sud-coréen|wons sud-coréens",
    "KPW": "won nord-coréen|wons nord-coréens",
    "GNF": "franc guinéen|francs guinéens",
    "CDF": "franc congolais|francs congolais",
    "RWF": "franc rwandais|francs rwandais",
    "BIF": "franc burundais|francs burundais",
    "DJF": "franc djiboutien|francs djiboutiens",
    "KMF": "franc comorien|francs comoriens",
    "EGP": "livre égyptienne|livres égyptiennes",
    "LBP": "livre libanaise|livres libanaises",
    "SDG": "livre soudanaise|livres soudanaises",
    "SSP": "livre sud-soudanaise|livres sud-soudanaises",
    "SYP": "livre syrienne|livres syriennes",
    "PKR": "roupie pakistanaise|roupies pakistanaises",
    "LKR": "roupie sri-lankaise|roupies sri-lankaises",
    "MUR": "roupie mauricienne|roupies mauriciennes",
    "CAD": "dollar canadien|dollars canadiens",
    "AUD": "dollar australien|dollars australiens",
    "MXN": "peso mexicain|pesos mexicains",
    "ARS": "peso argentin|pesos argentins",
    "XDR": "droit de tirage spécial|droits de tirage spéciaux",
    "ZWG": "zig|or du Zimbabwe",
    "ZMW": "kwacha zambien|kwachas zambiens",
    "MWK": "kwacha malawite|kwachas malawites|kwacha malawien|kwachas malawiens",
    "LYD": "dinar libyen|dinars libyens",
    "IQD": "dinar irakien|dinars irakiens",
    "JOD": "dinar jordanien|dinars jordaniens",
    "BHD": "dinar bahreïni|dinars bahreïnis|dinar bahreïnien|dinars bahreïniens",
    "AED": "dirham émirien|dirhams émiriens|dirham des EAU|dirhams des EAU",
    "CVE": "escudo cap-verdien|escudos cap-verdiens",
}

# Case-sensitive symbols and abbreviations; the ISO code is always added.
SYMBOLS = {
    "USD": "$|US$|$US|$ US|US $",
    "EUR": "€",
    "GBP": "£|£GB",
    "JPY": "¥|JP¥",
    "CNY": "RMB|CN¥|¥CN",
    "CHF": "FS|SFr.",
    "XOF": "FCFA|F CFA|F.CFA|CFA|FCfa|Fcfa|F Cfa",
    "XPF": "FCFP|F CFP",
    "MAD": "DH|Dh|DHS|Dhs|dhs",
    "DZD": "DA",
    "TND": "DT",
    "INR": "₹|Rs.",
    "NGN": "₦",
    "GHS": "GH₵|GH¢",
    "KES": "KSh|Ksh",
    "UGX": "USh",
    "TZS": "TSh",
    "RUB": "₽",
    "UAH": "₴",
    "ILS": "₪|NIS",
    "BRL": "R$",
    "TRY": "₺|TL",
    "KRW": "₩",
    "VND": "₫",
    "PHP": "₱",
    "PLN": "zł",
    "CAD": "$CA|CA$|C$|$ CA",
    "AUD": "$AU|AU$|A$",
    "NZD": "$NZ|NZ$",
    "HKD": "HK$|$HK",
    "SGD": "S$|$SG",
    "MXN": "$MX|MX$",
    "ARS": "$AR",
    "CLP": "$CL",
    "COP": "$CO",
    "XDR": "DTS|SDR",
    "CDF": "FC",
    "GNF": "FG",
    "RWF": "FRw|RF",
    "BIF": "FBu",
    "DJF": "Fdj",
    "EGP": "E£",
    "LBP": "£L",
    "MGA": "Ar",
    "MRU": "UM",
    "ETB": "Br",
    "SAR": "SR",
    "THB": "฿",
    "BDT": "৳",
    "KZT": "₸",
    "GEL": "₾",
    "AMD": "֏",
    "AZN": "₼",
    "CRC": "₡",
    "PYG": "₲",
    "LAK": "₭",
    "MNT": "₮",
    "ZWG": "ZiG",
}



def norm_apos(s):
    """Typographic apostrophe to ASCII, narrow/no-break spaces to plain spaces."""
    return s.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")


def main():
    import pycountry
    from babel.numbers import get_currency_name, get_currency_symbol

    rows = []
    for cur in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = cur.alpha_3
        if code in SKIP:
            continue
        sing = norm_apos(get_currency_name(code, count=1, locale="fr"))
        plur = norm_apos(get_currency_name(code, count=2, locale="fr"))
        name = NAME.get(code, sing)
        forms = []
        for f in [name, sing, plur] + FORMS.get(code, "").split("|"):
            f = f.strip()
            if not f or f == code or "(" in f:
                continue
            if f not in forms:
                forms.append(f)
        syms = []
        cldr_sym = norm_apos(get_currency_symbol(code, "fr"))
        for s in SYMBOLS.get(code, "").split("|") + [cldr_sym, code]:
            s = s.strip()
            if s and s not in syms:
                syms.append(s)
        rows.append([code, name, "|".join(forms), "|".join(syms)])

    # a symbol given by CLDR to one code may be claimed by hand for another:
    # keep each symbol and each form on one currency only (first claim by hand wins)
    owner_sym, owner_form = {}, {}
    for code in SYMBOLS:
        for s in SYMBOLS[code].split("|"):
            owner_sym.setdefault(s, code)
    for code in FORMS:
        for f in FORMS[code].split("|"):
            owner_form.setdefault(f.lower(), code)
    for r in rows:
        r[3] = "|".join(s for s in r[3].split("|") if owner_sym.get(s, r[0]) == r[0])
        r[2] = "|".join(f for f in r[2].split("|") if owner_form.get(f.lower(), r[0]) == r[0])

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("code\tname\tforms\tsymbols\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} currencies to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
