#!/usr/bin/env python3
"""Build data/articles.jsonl: the project's own sample articles with gold annotations.

The articles below were written for the glaneur project. They imitate the look of French-language
news pages (agency wires, press releases, African, Belgian, Swiss and Québec outlets, a blog),
boilerplate included, but the events, quotes, minor officials and outlet names are fictional.

Every article is Python data: its text, its publication date, its entity mentions and its facts.
A mention is given by its surface text; the script finds it in the text and computes the offsets
(Unicode code points, as Python's `str` counts them). By default every occurrence of the surface
text is annotated, except occurrences that lie inside a longer mention (longer surfaces are placed
first: `Maroc` inside `Royaume du Maroc` is not a second mention). `occ=` restricts a mention to
the listed occurrence indexes (0-based, counted over all whole-word occurrences in the text).

Markers in the texts and surfaces: `~` stands for U+00A0 (no-break space) and `^` for U+202F
(narrow no-break space), so that the special spaces stay visible in this file.

    python3 data/build_articles.py            # writes data/articles.jsonl next to this script
    python3 data/build_articles.py --check    # also prints a review of uncovered words
    python3 data/build_articles.py --prediction /tmp/pred.jsonl
        # also writes the gold in the system-output shape (each fact argument as
        # {"text", "canonical"} taken from the first accepted name), so that
        # `score.py data/articles.jsonl /tmp/pred.jsonl` can check the facts too:
        # score.py cannot match a gold file's fact lists against themselves.

The output is deterministic (same input, same bytes).
"""

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

SOURCE = "glaneur sample, written for the project"
NBSP, NNBSP = "\u00a0", "\u202f"


def sp(s):
    """Replace the visible markers by the special spaces."""
    return s.replace("~", NBSP).replace("^", NNBSP)


# ---------------------------------------------------------------- mention helpers

def _name(etype, text, canonical=None, occ="*"):
    return {"type": etype, "text": sp(text), "canonical": canonical or text.replace("’", "'"),
            "occ": occ}


def P(text, canonical=None, occ="*"):
    return _name("PERSON", text, canonical, occ)


def O(text, canonical=None, occ="*"):
    return _name("ORGANIZATION", text, canonical, occ)


def C(text, canonical=None, occ="*"):
    return _name("COUNTRY", text, canonical, occ)


def L(text, canonical=None, occ="*"):
    return _name("LOCATION", text, canonical, occ)


def M(text, amount, currency, occ="*"):
    return {"type": "MONEY", "text": sp(text), "value": {"amount": amount, "currency": currency},
            "occ": occ}


def D(text, value, occ="*"):
    return {"type": "DATE", "text": sp(text), "value": value, "occ": occ}


# ---------------------------------------------------------------- fact helpers

def names(*groups):
    """Flatten name lists and strings into one list without duplicates, order kept."""
    out = []
    for g in groups:
        for n in ([g] if isinstance(g, str) else g):
            if n not in out:
                out.append(n)
    return out


def money(amount, currency):
    return {"amount": amount, "currency": currency}


def contribution(donor, recipient, amount=None, date=None):
    return {"type": "CONTRIBUTION", "donor": names(donor), "recipient": names(recipient),
            "amount": amount, "date": date}


def membership(member, organization, since=None):
    return {"type": "MEMBERSHIP", "member": names(member), "organization": names(organization),
            "since": since}


def role(person, title, organization=None, country=None):
    return {"type": "ROLE", "person": names(person), "role": names(title),
            "organization": names(organization) if organization else None,
            "country": names(country) if country else None}


def target(organization, amount=None):
    return {"type": "FUNDING_TARGET", "organization": names(organization), "amount": amount}


# Accepted names of entities that recur across articles: canonical French name, acronyms
# (French, then English), other usual forms.
OIM = ["Organisation internationale pour les migrations", "OIM", "IOM"]
HCR = ["Haut-Commissariat des Nations unies pour les réfugiés", "HCR", "UNHCR",
       "Haut-Commissariat pour les réfugiés"]
PAM = ["Programme alimentaire mondial", "PAM", "WFP", "Programme alimentaire mondial des Nations unies"]
ONU = ["Organisation des Nations unies", "ONU", "Nations unies"]
CERF = ["Fonds central d'intervention pour les urgences humanitaires", "CERF"]
BAD = ["Banque africaine de développement", "BAD", "BafD", "AfDB",
       "Groupe de la Banque africaine de développement"]
FAD = ["Fonds africain de développement", "FAD", "ADF"]
CEDEAO = ["Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO", "ECOWAS"]
UA = ["Union africaine", "UA", "AU"]
AES = ["Alliance des États du Sahel", "AES"]
UNICEF = ["Fonds des Nations unies pour l'enfance", "UNICEF"]
OIF = ["Organisation internationale de la Francophonie", "OIF", "Francophonie"]
AID = ["Association internationale de développement", "AID", "IDA",
       "International Development Association"]
BM = ["Banque mondiale", "Groupe de la Banque mondiale"]
FSD = ["Fonds saoudien pour le développement", "FSD", "SFD"]
KOICA = ["Agence coréenne de coopération internationale", "KOICA"]
CICR = ["Comité international de la Croix-Rouge", "CICR", "ICRC"]
BADEA = ["Banque arabe pour le développement économique en Afrique", "BADEA"]
MAROC = ["Maroc", "Royaume du Maroc"]
SENEGAL = ["Sénégal", "République du Sénégal"]
CI = ["Côte d'Ivoire"]
CANON = {  # canonical names used for mentions
    "OIM": OIM[0], "HCR": HCR[0], "PAM": PAM[0], "ONU": ONU[0], "CERF": CERF[0], "BAD": BAD[0],
    "FAD": FAD[0], "CEDEAO": CEDEAO[0], "UA": UA[0], "AES": AES[0], "UNICEF": UNICEF[0],
    "OIF": OIF[0], "AID": AID[0], "FSD": FSD[0], "KOICA": KOICA[0], "CICR": CICR[0],
    "BADEA": BADEA[0],
}

# ---------------------------------------------------------------- the articles

ARTICLES = []


def article(id, date, text, entities, facts):
    ARTICLES.append({"id": id, "date": date, "text": sp(text.strip("\n")),
                     "entities": entities, "facts": facts})


# 01 ---- Moroccan outlet, typographic apostrophes
article("sample-01", "2024-07-30", """
Migration : Rabat et l’OIM renforcent leur partenariat
Accueil > Politique > Diplomatie
Migration : Rabat et l’OIM renforcent leur partenariat
Par Karima Benali – Publié le 30/07/2024 à 11h42
Partager   Tweeter   Envoyer   Imprimer
Le Royaume du Maroc a annoncé, lundi 29 juillet à Rabat, une contribution de 5 millions de dirhams au Fonds de l’OIM pour le développement, au terme d’un entretien entre le ministre des Affaires étrangères, Nasser Bourita, et la directrice générale de l’Organisation internationale pour les migrations (OIM), Mme Amy Pope.
Une première tranche de 100~000 dirhams sera débloquée dès septembre pour financer des formations professionnelles destinées aux jeunes migrants installés à Casablanca, Tanger et Oujda, a précisé le ministère dans un communiqué. Au total, l’enveloppe représente l’équivalent d’environ 500~000 dollars.
«~Le Maroc ne considère pas la migration comme une menace, mais comme une responsabilité que partagent les pays d’origine, de transit et d’accueil~», a déclaré M. Bourita devant la presse.
Lire aussi : Tanger : un nouveau centre d’accueil pour mineurs non accompagnés
Le Royaume est membre de l’OIM depuis 1998. Il avait accueilli à Marrakech, en décembre 2018, la conférence intergouvernementale qui a adopté le pacte mondial sur les migrations. Mme Pope a salué «~la constance~» de la diplomatie marocaine et souligné que la contribution marocaine intervenait au moment où les besoins explosent sur la route atlantique.
Selon la directrice générale, l’organisation cherche à mobiliser 100 millions de dollars pour ses programmes en Afrique du Nord d’ici 2026. «~Chaque dirham compte~», a-t-elle insisté, avant de s’envoler pour Nouakchott, où elle doit rencontrer les autorités mauritaniennes.
Loading...
À lire également
Casablanca : le tramway prolongé jusqu’à Aïn Sebaâ
Agadir : la saison estivale démarre sur les chapeaux de roues
Inscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité chaque matin.
© Maghreb Horizon – Tous droits réservés
""", [
    L("Rabat"), O("OIM", CANON["OIM"]), P("Karima Benali"), D("30/07/2024", "2024-07-30"),
    C("Royaume du Maroc", "Maroc"), D("lundi 29 juillet", "2024-07-29"),
    M("5 millions de dirhams", 5000000, "MAD"), O("Fonds de l’OIM pour le développement"),
    P("Nasser Bourita"), O("Organisation internationale pour les migrations"), P("Amy Pope"),
    M("100~000 dirhams", 100000, "MAD"), D("septembre", "2024-09"), L("Casablanca"), L("Tanger"),
    L("Oujda"), M("500~000 dollars", 500000, "USD"), C("Maroc"), P("Bourita", "Nasser Bourita"),
    D("1998", "1998"), L("Marrakech"), D("décembre 2018", "2018-12"), P("Pope", "Amy Pope"),
    M("100 millions de dollars", 100000000, "USD"), L("Afrique du Nord"), D("2026", "2026"),
    L("Nouakchott"), L("Aïn Sebaâ"), L("Agadir"), O("Maghreb Horizon"),
], [
    contribution(names(MAROC, "Royaume"),
                 names("Fonds de l'OIM pour le développement", OIM),
                 money(5000000, "MAD"), "2024-07-29"),
    membership(names(MAROC, "Royaume"), OIM, "1998"),
    role(["Nasser Bourita", "Bourita"], "ministre des Affaires étrangères", country=MAROC),
    role(["Amy Pope", "Pope"], ["directrice générale", "directeur général"], OIM),
    target(names(OIM, "organisation"), money(100000000, "USD")),
])

# 02 ---- AFP wire from Geneva, straight apostrophes and straight double quotes
article("sample-02", "2025-02-04", """
Soudan : le HCR lance un appel de fonds de 1,8 milliard de dollars pour les réfugiés
Publié le 04/02/2025 à 14h31 - Modifié le 04/02/2025 à 16h02
GENÈVE (AFP) – Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a lancé mardi à Genève un appel de fonds de 1,8 milliard de dollars pour venir en aide aux Soudanais qui ont fui la guerre vers les pays voisins.
Le plan régional, préparé avec l'Organisation internationale pour les migrations (OIM) et plus de 120 organisations partenaires, couvre sept pays d'accueil : l'Égypte, le Tchad, le Soudan du Sud, l'Éthiopie, la Libye, la Centrafrique et l'Ouganda.
"Près de quatre millions de personnes ont franchi une frontière depuis avril 2023. Sans argent, nous ne pourrons ni les nourrir ni les soigner", a averti le haut-commissaire Filippo Grandi devant la presse.
Sur cette somme, 20,8 millions de dollars doivent financer les centres de transit installés près des frontières, au Soudan du Sud (15,1 millions), au Tchad (4,2 millions) et en Centrafrique (1,5 million). À Renk, principal point d'entrée au Soudan du Sud, plus de 2~000 personnes arrivent chaque jour, selon la directrice générale de l'OIM, Amy Pope.
Une contribution de la Norvège au Fonds central d'intervention pour les urgences humanitaires (CERF), annoncée en janvier, a permis de couvrir les premières semaines de l'opération. Le CERF a depuis alloué 10 millions de dollars au HCR pour l'accueil des nouveaux arrivants au Tchad.
Les États-Unis, premier bailleur de l'agence, n'ont pas contribué à l'appel à ce stade, a indiqué un porte-parole, qui s'est refusé à tout commentaire sur les intentions de la nouvelle administration à Washington.
L'appel lancé pour 2024 n'avait été financé qu'à 30~%, selon les chiffres de l'ONU. M. Grandi, dont le mandat s'achève en décembre, doit se rendre au Tchad le mois prochain.
© AFP
Lire aussi : Tchad : à Adré, l'afflux de réfugiés ne faiblit pas
""", [
    C("Soudan"), O("HCR", CANON["HCR"]), M("1,8 milliard de dollars", 1800000000, "USD"),
    D("04/02/2025", "2025-02-04"), L("GENÈVE", "Genève"), O("AFP", "Agence France-Presse"),
    O("Haut-Commissariat des Nations unies pour les réfugiés"), L("Genève"),
    O("Organisation internationale pour les migrations"), C("Égypte"), C("Tchad"),
    C("Soudan du Sud"), C("Éthiopie"), C("Libye"), C("Centrafrique", "République centrafricaine"),
    C("Ouganda"), D("avril 2023", "2023-04"), P("Filippo Grandi"),
    M("20,8 millions de dollars", 20800000, "USD"), M("15,1 millions", 15100000, "USD"),
    M("4,2 millions", 4200000, "USD"), M("1,5 million", 1500000, "USD"), L("Renk"),
    O("OIM", CANON["OIM"]), P("Amy Pope"), C("Norvège"),
    O("Fonds central d'intervention pour les urgences humanitaires"), O("CERF", CANON["CERF"]),
    D("janvier", "2025-01"), M("10 millions de dollars", 10000000, "USD"), C("États-Unis"),
    L("Washington"), D("2024", "2024"), O("ONU", CANON["ONU"]), P("Grandi", "Filippo Grandi"),
    D("décembre", "2025-12"), L("Adré"),
], [
    target(HCR, money(1800000000, "USD")),
    contribution("Norvège", CERF, None, "2025-01"),
    contribution(CERF, HCR, money(10000000, "USD")),
    role(["Filippo Grandi", "Grandi"], ["haut-commissaire", "haut-commissaire des Nations unies pour les réfugiés"], HCR),
    role("Amy Pope", ["directrice générale", "directeur général"], OIM),
])

# 03 ---- WFP press release, straight apostrophes, « » with U+00A0
article("sample-03", "2024-03-04", """
COMMUNIQUÉ DE PRESSE
Mauritanie : le PAM reçoit 8 millions d'euros de l'Allemagne pour les réfugiés maliens et leurs hôtes
NOUAKCHOTT – Le Programme alimentaire mondial des Nations Unies (PAM) a reçu de la République fédérale d'Allemagne une contribution de 8 millions d'euros pour l'assistance alimentaire aux réfugiés maliens du camp de Mbera et aux communautés mauritaniennes qui les accueillent dans la région du Hodh Ech Chargui. L'accord correspondant a été signé le 3 mars 2024.
Ce financement, accordé par le ministère fédéral de la Coopération économique et du Développement (BMZ) par l'intermédiaire de la banque publique KfW, permettra de fournir des transferts monétaires à près de 90~000 personnes pendant la période de soudure, de juin à septembre.
«~L'Allemagne est un partenaire constant de la Mauritanie et du PAM. Ce soutien arrive au moment où les familles ont épuisé leurs réserves~», a déclaré Nadia Ferrante, représentante et directrice de pays du PAM en Mauritanie.
Situé à une cinquantaine de kilomètres de la frontière avec le Mali, le camp de Mbera abrite plus de 100~000 réfugiés, dont beaucoup sont arrivés depuis la reprise des combats dans le nord du pays. La Suisse et la Commission européenne avaient déjà contribué en 2023 à la réponse du PAM en Mauritanie.
Malgré ces contributions, le PAM estime avoir besoin de 12,4 millions de dollars supplémentaires pour maintenir son assistance jusqu'en décembre.
À propos du PAM
Le PAM, agence des Nations Unies chargée de l'aide alimentaire, intervient dans plus de 120 pays pour répondre aux urgences et aider les communautés à mieux résister aux chocs.
Pour plus d'informations : service de la communication du PAM, Nouakchott
""", [
    C("Mauritanie"), O("PAM", CANON["PAM"]), M("8 millions d'euros", 8000000, "EUR"),
    C("Allemagne"), L("NOUAKCHOTT", "Nouakchott"),
    O("Programme alimentaire mondial des Nations Unies", CANON["PAM"]),
    C("République fédérale d'Allemagne", "Allemagne"), L("Mbera"), L("Hodh Ech Chargui"),
    D("3 mars 2024", "2024-03-03"),
    O("ministère fédéral de la Coopération économique et du Développement",
      "Ministère fédéral de la Coopération économique et du Développement"),
    O("BMZ", "Ministère fédéral de la Coopération économique et du Développement"), O("KfW"),
    D("juin", "2024-06"), D("septembre", "2024-09"), P("Nadia Ferrante"), C("Mali"), C("Suisse"),
    O("Commission européenne"), D("2023", "2023"), M("12,4 millions de dollars", 12400000, "USD"),
    D("décembre", "2024-12"), O("Nations Unies", CANON["ONU"]), L("Nouakchott"),
], [
    contribution(["Allemagne", "République fédérale d'Allemagne",
                  "ministère fédéral de la Coopération économique et du Développement", "BMZ", "KfW"],
                 PAM, money(8000000, "EUR"), "2024-03-03"),
    contribution(["Suisse", "Confédération suisse"], PAM, None, "2023"),
    contribution(["Commission européenne", "Union européenne", "UE"], PAM, None, "2023"),
    role("Nadia Ferrante", ["représentante et directrice de pays", "représentante", "directrice de pays"],
         PAM, ["Mauritanie"]),
    target(PAM, money(12400000, "USD")),
])

# 04 ---- Senegalese wire with an all-caps dateline, no publication date
article("sample-04", None, """
Diplomatie : un nouvel ambassadeur du Sénégal au Maroc
DAKAR – Le président de la République, Bassirou Diomaye Faye, a procédé mercredi à une série de nominations dans le réseau diplomatique, selon le communiqué publié à l'issue de la réunion hebdomadaire du gouvernement.
M. Mamadou Lamine Seck, jusqu'ici directeur des Affaires juridiques et consulaires au ministère de l'Intégration africaine et des Affaires étrangères, a été nommé ambassadeur du Sénégal au Maroc, avec résidence à Rabat. Il remplace un diplomate admis à faire valoir ses droits à la retraite.
Mme Awa Coulibaly Diagne, précédemment consule générale à Milan, devient ambassadrice auprès de la République fédérale du Nigeria et représentante permanente auprès de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), à Abuja. Le Sénégal est membre de la CEDEAO depuis sa création, le 28 mai 1975.
Le chef de l'État a par ailleurs demandé à la ministre de l'Intégration africaine et des Affaires étrangères, Yassine Fall, de «~finaliser avant le 15 juillet~» le plan de redéploiement du réseau consulaire, qui doit rapprocher l'administration des Sénégalais de l'extérieur.
Le Premier ministre Ousmane Sonko avait plaidé en avril pour une diplomatie «~plus économique~», tournée vers la mobilisation des investissements et de la diaspora. Le gouvernement prévoit l'ouverture de deux nouvelles ambassades, dont une à Kigali, d'ici décembre.
À Rabat, la nomination de M. Seck est accueillie favorablement. Les relations entre Dakar et Rabat, marquées par la présence de plus de 10~000 étudiants sénégalais dans les universités marocaines, sont régulièrement qualifiées d'«~exemplaires~» par les deux capitales.
(APS)
""", [
    C("Sénégal"), C("Maroc"), L("DAKAR", "Dakar"), L("Dakar"), P("Bassirou Diomaye Faye"),
    P("Mamadou Lamine Seck"), P("Seck", "Mamadou Lamine Seck"),
    O("ministère de l'Intégration africaine et des Affaires étrangères",
      "Ministère de l'Intégration africaine et des Affaires étrangères"), L("Rabat"),
    P("Awa Coulibaly Diagne"), L("Milan"), C("République fédérale du Nigeria", "Nigeria"),
    O("Communauté économique des États de l'Afrique de l'Ouest"), O("CEDEAO", CANON["CEDEAO"]),
    L("Abuja"), D("28 mai 1975", "1975-05-28"), P("Yassine Fall"), D("15 juillet", "--07-15"),
    P("Ousmane Sonko"), D("avril", "--04"), L("Kigali"), D("décembre", "--12"),
    O("APS", "Agence de presse sénégalaise"),
], [
    role(["Mamadou Lamine Seck", "Seck"], "ambassadeur", country=names(SENEGAL, MAROC)),
    role(["Mamadou Lamine Seck", "Seck"], ["directeur des Affaires juridiques et consulaires", "directeur"],
         ["ministère de l'Intégration africaine et des Affaires étrangères"]),
    role("Awa Coulibaly Diagne", ["consule générale", "consul général"]),
    role("Awa Coulibaly Diagne", ["ambassadrice", "ambassadeur"],
         country=names(SENEGAL, "Nigeria", "République fédérale du Nigeria")),
    role("Awa Coulibaly Diagne", ["représentante permanente", "représentant permanent"], CEDEAO, SENEGAL),
    role("Bassirou Diomaye Faye", ["président de la République", "président"], country=SENEGAL),
    role("Yassine Fall", ["ministre de l'Intégration africaine et des Affaires étrangères", "ministre"],
         country=SENEGAL),
    role("Ousmane Sonko", "premier ministre", country=SENEGAL),
    membership(SENEGAL, CEDEAO, "1975"),
])

# 05 ---- Ivorian outlet, typographic apostrophes, FCFA = XOF
article("sample-05", "2024-05-22", """
Entrepreneuriat féminin : le FAD accorde 2 milliards de FCFA à la Côte d’Ivoire
Lagune Info | Économie | Publié le 22 mai 2024
Entrepreneuriat féminin : le FAD accorde 2 milliards de FCFA à la Côte d’Ivoire
Le Fonds africain de développement (FAD), guichet concessionnel du Groupe de la Banque africaine de développement (BAD), a octroyé un don de 2 milliards de FCFA à la Côte d’Ivoire. L’accord a été signé mardi 21 mai à Abidjan par le ministre des Finances et du Budget, Adama Coulibaly, et la responsable pays de la Banque, Hélène N’Guessan.
Ce financement accordé par le Fonds doit soutenir 3~000 petites entreprises dirigées par des femmes dans les régions du Poro, du Gbêkê et de l’Indénié-Djuablin. Il s’inscrit dans le Programme national d’autonomisation économique des femmes (PNAEF), dont la deuxième phase couvre la période 2023-2028.
«~Ce don confirme la confiance de nos partenaires dans la politique sociale du gouvernement~», a déclaré M. Coulibaly. Le ministre a rappelé que le budget de l’État prévoyait déjà 15 milliards de francs CFA pour le même programme en 2024.
Pour Mme N’Guessan, «~les femmes entrepreneures sont le moteur invisible de l’économie ivoirienne~». La BAD est l’un des premiers bailleurs multilatéraux du pays, avec un portefeuille actif de plus de 2,5 milliards de dollars. La Côte d’Ivoire, membre de la Banque depuis 1964, accueille son siège à Abidjan.
Le PNAEF vise à mobiliser 60 milliards de FCFA auprès des partenaires techniques et financiers d’ici à la fin de 2028.
Lire aussi : Bouaké : la BAD finance un nouveau marché de gros
Lire aussi : Eurobond : la Côte d’Ivoire lève 2,6 milliards de dollars
Loading...
Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. OK | En savoir plus
""", [
    O("FAD", CANON["FAD"]), M("2 milliards de FCFA", 2000000000, "XOF"),
    C("Côte d’Ivoire", "Côte d'Ivoire"), O("Lagune Info"), D("22 mai 2024", "2024-05-22"),
    O("Fonds africain de développement"),
    O("Groupe de la Banque africaine de développement", CANON["BAD"]), O("BAD", CANON["BAD"]),
    D("mardi 21 mai", "2024-05-21"), L("Abidjan"), P("Adama Coulibaly"),
    P("Hélène N’Guessan", "Hélène N'Guessan"), L("Poro"), L("Gbêkê"), L("Indénié-Djuablin"),
    O("Programme national d’autonomisation économique des femmes"),
    O("PNAEF", "Programme national d'autonomisation économique des femmes"),
    D("2023", "2023"), D("2028", "2028"), P("Coulibaly", "Adama Coulibaly"),
    M("15 milliards de francs CFA", 15000000000, "XOF"), D("2024", "2024"),
    P("N’Guessan", "Hélène N'Guessan"), M("2,5 milliards de dollars", 2500000000, "USD"),
    D("1964", "1964"), M("60 milliards de FCFA", 60000000000, "XOF"), L("Bouaké"),
    M("2,6 milliards de dollars", 2600000000, "USD"),
], [
    contribution(names(FAD, "Fonds", BAD), CI, money(2000000000, "XOF"), "2024-05-21"),
    role(["Adama Coulibaly", "Coulibaly"], ["ministre des Finances et du Budget", "ministre"], country=CI),
    role(["Hélène N'Guessan", "N'Guessan"], "responsable pays", names(BAD, "Banque")),
    membership(CI, names(BAD, "Banque"), "1964"),
    target(["Programme national d'autonomisation économique des femmes", "PNAEF"],
           money(60000000000, "XOF")),
])

# 06 ---- Cameroonian outlet, mostly typographic apostrophes, FCFA = XAF
article("sample-06", "2025-07-29", """
Insécurité alimentaire : le Japon offre 1,3 milliard de FCFA au PAM
Accueil » Société » Humanitaire
Insécurité alimentaire : le Japon offre 1,3 milliard de FCFA au PAM
Par Jean-Pierre Nkoulou | L’Écho des Sept Collines
Yaoundé, 29/07/2025 – Le gouvernement japonais et le Programme alimentaire mondial (PAM) ont signé ce mardi 29 juillet à Yaoundé un accord de don de 1,3 milliard de francs CFA destiné aux ménages déplacés de l’Extrême-Nord et du Nord-Ouest.
La cérémonie s’est déroulée au ministère de l’Économie, de la Planification et de l’Aménagement du territoire (Minepat), en présence du ministre Alamine Ousmane Mey, de l’ambassadeur du Japon au Cameroun, Kenji Hayashida, et de la directrice pays du PAM, Laura Mendes.
Le don japonais de 1,3 milliard de FCFA au PAM permettra de distribuer des rations de céréales, de légumineuses et d'huile à environ 60~000 personnes d’août à octobre, dans les départements du Mayo-Sava et du Mayo-Tsanaga.
«~Le peuple japonais se tient aux côtés du peuple camerounais~», a affirmé M. Hayashida. Mme Mendes a salué un partenaire «~fidèle et discret~», présent aux côtés du PAM au Cameroun depuis 2014.
M. Alamine Ousmane Mey a, pour sa part, évoqué un appui «~qui arrive au bon moment~», alors que la période de soudure a commencé plus tôt que prévu. Selon le PAM, le déficit de financement de ses opérations au Cameroun s’élève à 38 millions de dollars pour le second semestre.
Lire aussi : Nord-Ouest : la rentrée scolaire de nouveau menacée
Lire aussi : Maroua : l’Union européenne finance trois centres de santé
Partager   Tweeter   Copier le lien
Abonnez-vous à notre newsletter
""", [
    C("Japon"), M("1,3 milliard de FCFA", 1300000000, "XAF"), O("PAM", CANON["PAM"]),
    P("Jean-Pierre Nkoulou"), O("Écho des Sept Collines", "L'Écho des Sept Collines"),
    L("Yaoundé"), D("29/07/2025", "2025-07-29"), O("Programme alimentaire mondial"),
    D("mardi 29 juillet", "2025-07-29"), M("1,3 milliard de francs CFA", 1300000000, "XAF"),
    L("Extrême-Nord"), L("Nord-Ouest"),
    O("ministère de l’Économie, de la Planification et de l’Aménagement du territoire",
      "Ministère de l'Économie, de la Planification et de l'Aménagement du territoire"),
    O("Minepat", "Ministère de l'Économie, de la Planification et de l'Aménagement du territoire"),
    P("Alamine Ousmane Mey"), C("Cameroun"), P("Kenji Hayashida"), P("Laura Mendes"),
    D("août", "2025-08"), D("octobre", "2025-10"), L("Mayo-Sava"), L("Mayo-Tsanaga"),
    P("Hayashida", "Kenji Hayashida"), P("Mendes", "Laura Mendes"), D("2014", "2014"),
    M("38 millions de dollars", 38000000, "USD"), L("Maroua"), O("Union européenne"),
], [
    contribution(["Japon", "japonais", "gouvernement japonais"], PAM, money(1300000000, "XAF"),
                 "2025-07-29"),
    role("Alamine Ousmane Mey",
         ["ministre", "ministre de l'Économie, de la Planification et de l'Aménagement du territoire"],
         country=["Cameroun"]),
    role(["Kenji Hayashida", "Hayashida"], "ambassadeur", country=["Japon", "Cameroun"]),
    role(["Laura Mendes", "Mendes"], ["directrice pays", "directeur pays"], PAM),
    target(PAM, money(38000000, "USD")),
])

# 07 ---- Belgian outlet, straight apostrophes and quotes
article("sample-07", "2025-06-17", """
La Belgique débloque cent millions d'euros pour la RDC
Publié le 17 juin 2025 à 16h05 · Mis à jour à 17h48
Par la rédaction avec Belga
BRUXELLES – Le gouvernement fédéral a approuvé une enveloppe de cent millions d'euros sur quatre ans pour la République démocratique du Congo (RDC), premier pays partenaire de la coopération belge, a annoncé mardi le ministre des Affaires étrangères et de la Coopération au développement, Maxime Prévot.
L'agence belge de développement Enabel mettra en œuvre l'essentiel des projets, consacrés à la santé maternelle, à l'enseignement technique et à l'agriculture dans les provinces du Kasaï et du Kwilu. Le Burundi et le Rwanda ne sont pas concernés par cette décision.
Dans l'immédiat, la Belgique a versé 3 M€ au Fonds central d'intervention pour les urgences humanitaires (CERF), géré par l'ONU, et 1,2 M€ au Comité international de la Croix-Rouge (CICR) pour ses opérations dans l'est de la RDC, où les combats autour de Goma ont fait fuir des centaines de milliers de personnes.
"Nous ne laisserons pas tomber les populations les plus vulnérables, même dans un contexte budgétaire difficile", a déclaré M. Prévot devant les députés. L'opposition a dénoncé une baisse globale de l'aide publique au développement, qui devrait reculer de 25~% d'ici 2029.
L'ancienne ministre des Affaires étrangères Hadja Lahbib, devenue commissaire européenne chargée de la Gestion des crises, a salué sur les réseaux sociaux "un signal fort". La Commission européenne prépare de son côté une nouvelle aide humanitaire pour l'Afrique centrale.
Les plus lus
Bruxelles : la STIB prolonge la ligne 3 vers le nord
Liège : feu vert pour le nouveau tram
Nous utilisons des cookies pour vous offrir la meilleure expérience. Accepter | Refuser | Paramétrer
""", [
    C("Belgique"), M("cent millions d'euros", 100000000, "EUR"),
    C("RDC", "République démocratique du Congo"), D("17 juin 2025", "2025-06-17"), O("Belga"),
    L("BRUXELLES", "Bruxelles"), C("République démocratique du Congo"), P("Maxime Prévot"),
    O("Enabel"), L("Kasaï"), L("Kwilu"), C("Burundi"), C("Rwanda"), M("3 M€", 3000000, "EUR"),
    O("Fonds central d'intervention pour les urgences humanitaires"), O("CERF", CANON["CERF"]),
    O("ONU", CANON["ONU"]), M("1,2 M€", 1200000, "EUR"),
    O("Comité international de la Croix-Rouge"), O("CICR", CANON["CICR"]), L("Goma"),
    P("Prévot", "Maxime Prévot"), D("2029", "2029"), P("Hadja Lahbib"),
    O("Commission européenne"), L("Afrique centrale"), L("Bruxelles"),
    O("STIB", "Société des transports intercommunaux de Bruxelles"), L("Liège"),
], [
    contribution(["Belgique", "gouvernement fédéral"], ["République démocratique du Congo", "RDC"],
                 money(100000000, "EUR")),
    contribution(["Belgique"], CERF, money(3000000, "EUR")),
    contribution(["Belgique"], CICR, money(1200000, "EUR")),
    role(["Maxime Prévot", "Prévot"],
         ["ministre des Affaires étrangères et de la Coopération au développement", "ministre"],
         country=["Belgique"]),
    role("Hadja Lahbib", ["ancienne ministre des Affaires étrangères", "ministre des Affaires étrangères"],
         country=["Belgique"]),
    role("Hadja Lahbib", ["commissaire européenne chargée de la Gestion des crises",
                          "commissaire européenne", "commissaire"],
         ["Commission européenne", "Union européenne"]),
])

# 08 ---- Swiss outlet, typographic apostrophes, « » with U+202F, CHF
article("sample-08", "2025-03-12", """
La Suisse verse 25 millions de francs au HCR
Keystone-ATS
Publié: 12.03.2025, 15h20
La Confédération a versé 25 millions de francs au Haut-Commissariat des Nations unies pour les réfugiés (HCR) au titre de sa contribution générale annuelle, a annoncé mercredi le Département fédéral des affaires étrangères (DFAE).
Cette contribution non affectée permet à l’agence, dont le siège est à Genève, de réagir rapidement aux crises, notamment au Soudan, en Ukraine et en Afghanistan, souligne le DFAE dans un communiqué.
Le chef de la diplomatie suisse, Ignazio Cassis, s’est entretenu à Berne avec le haut-commissaire Filippo Grandi. «^Genève doit rester au cœur de l’action humanitaire mondiale^», a affirmé le conseiller fédéral, qui a rappelé que la Suisse accueille plus de 40 organisations internationales.
La Suisse figure depuis des années parmi les dix principaux donateurs gouvernementaux du HCR. Le Conseil fédéral a toutefois réduit l’enveloppe de la coopération internationale pour la période 2025-2028, une décision critiquée par les œuvres d’entraide, qui dénoncent des coupes dans les programmes bilatéraux.
L’ONU compte 193 États membres, dont la Suisse, qui a adhéré à l’organisation en 2002 après un vote populaire. La Suisse n’est en revanche membre ni de l’Union européenne ni de l’OTAN.
Newsletter
Recevez chaque soir l’essentiel de l’actualité romande.
S’inscrire
""", [
    C("Suisse"), M("25 millions de francs", 25000000, "CHF"), O("HCR", CANON["HCR"]),
    O("Keystone-ATS"), D("12.03.2025", "2025-03-12"),
    O("Haut-Commissariat des Nations unies pour les réfugiés"),
    O("Département fédéral des affaires étrangères"),
    O("DFAE", "Département fédéral des affaires étrangères"), L("Genève"), C("Soudan"),
    C("Ukraine"), C("Afghanistan"), P("Ignazio Cassis"), L("Berne"), P("Filippo Grandi"),
    O("Conseil fédéral"), D("2025", "2025"), D("2028", "2028"), O("ONU", CANON["ONU"]),
    D("2002", "2002"), O("Union européenne"), O("OTAN", "Organisation du traité de l'Atlantique nord"),
], [
    contribution(["Suisse", "Confédération", "Confédération suisse"], HCR, money(25000000, "CHF")),
    role("Ignazio Cassis", ["chef de la diplomatie", "chef de la diplomatie suisse", "conseiller fédéral"],
         country=["Suisse", "suisse"]),
    role("Filippo Grandi", ["haut-commissaire", "haut-commissaire des Nations unies pour les réfugiés"], HCR),
    membership(["Suisse"], names(ONU, "organisation"), "2002"),
])

# 09 ---- Québec outlet (Canadian dollars), typographic apostrophes
article("sample-09", "2024-12-06", """
Ottawa promet 1,5 Md$ au fonds de la Banque mondiale pour les pays les plus pauvres
La Presse Canadienne
Publié le 6 décembre 2024 à 9 h 15
OTTAWA — Le gouvernement fédéral versera 1,5 Md$ sur trois ans à l’Association internationale de développement (AID), le fonds de la Banque mondiale consacré aux pays les plus pauvres, a annoncé jeudi le ministre du Développement international, Ahmed Hussen.
L’annonce a été faite à Séoul, en marge de la conférence de reconstitution des ressources de l’AID, où les donateurs ont promis près de 24 milliards de dollars américains. La contribution canadienne équivaut à environ 1,07 milliard de dollars américains.
« Le Canada ne tournera pas le dos aux pays qui ont le plus besoin de nous », a déclaré le ministre Hussen, qui a rappelé que le Canada est membre de la Banque mondiale depuis 1945. Ottawa avait versé 1,2 Md$ lors de la précédente reconstitution, en 2021.
Du côté de Québec, le gouvernement Legault a annoncé la veille une aide de 2,5 M$ à l’organisme montréalais Oxfam-Québec pour des projets d’accès à l’eau en Haïti. La ministre des Relations internationales et de la Francophonie, Martine Biron, a souligné que le Québec « fait sa part ».
L’opposition conservatrice a pour sa part critiqué une dépense « mal ciblée » en période de déficit.
Vous aimerez aussi
Montréal : la STM annonce des compressions
Abonnez-vous à nos infolettres
""", [
    L("Ottawa"), M("1,5 Md$", 1500000000, "CAD"), O("Banque mondiale"),
    O("Presse Canadienne", "La Presse canadienne"), D("6 décembre 2024", "2024-12-06"),
    L("OTTAWA", "Ottawa"), O("Association internationale de développement"),
    O("AID", CANON["AID"]), P("Ahmed Hussen"), L("Séoul"),
    M("24 milliards de dollars américains", 24000000000, "USD"),
    M("1,07 milliard de dollars américains", 1070000000, "USD"), C("Canada"),
    P("Hussen", "Ahmed Hussen"), D("1945", "1945"), M("1,2 Md$", 1200000000, "CAD"),
    D("2021", "2021"), L("Québec"), P("Legault", "François Legault"), M("2,5 M$", 2500000, "CAD"),
    O("Oxfam-Québec"), C("Haïti"), P("Martine Biron"), L("Montréal"),
    O("STM", "Société de transport de Montréal"),
], [
    contribution(["Canada", "Ottawa", "gouvernement fédéral"], names(AID, BM),
                 money(1500000000, "CAD")),
    contribution(["Canada", "Ottawa"], names(AID, BM), money(1200000000, "CAD"), "2021"),
    membership(["Canada"], BM, "1945"),
    role(["Ahmed Hussen", "Hussen"], ["ministre du Développement international", "ministre"],
         country=["Canada"]),
    role("Martine Biron", "ministre des Relations internationales et de la Francophonie"),
    contribution(["Québec", "gouvernement du Québec", "gouvernement Legault"], ["Oxfam-Québec"],
                 money(2500000, "CAD")),
])

# 10 ---- blog, typographic apostrophes, no publication date
article("sample-10", None, """
CEDEAO : le Maroc attend toujours à la porte
Publié par Élodie Marchal dans Géopolitique · 7 commentaires
Il y a des dossiers qui n’avancent pas. Celui de l’adhésion du Maroc à la Communauté économique des États de l’Afrique de l’Ouest (CEDEAO) en fait partie. Rabat a officiellement demandé à rejoindre l’organisation en février 2017, quelques semaines après son retour dans la famille continentale : le Maroc a adhéré à l’Union africaine (UA) en 2017, trente-trois ans après avoir claqué la porte de l’Organisation de l’unité africaine (OUA).
À l’époque, tout semblait aller très vite. Les chefs d’État ouest-africains avaient donné leur «~accord de principe~» à Monrovia en juin 2017, puis commandé une étude d’impact. Depuis, plus rien. Des années plus tard, le Royaume pourrait rejoindre la CEDEAO… ou pas. Personne, à Abuja, ne se risque à avancer une date.
Il faut dire que la maison ouest-africaine a d’autres soucis. Le Mali, le Burkina Faso et le Niger, réunis depuis septembre 2023 au sein de l’Alliance des États du Sahel (AES), ont quitté l’organisation en janvier 2025. La CEDEAO compte désormais 12 États membres, dont le Sénégal, la Côte d’Ivoire et le Nigeria, qui pèse à lui seul plus de la moitié du PIB régional.
Côté marocain, on met en avant les investissements : l’Office chérifien des phosphates (OCP) développe des projets d’usines d’engrais au Nigeria et en Éthiopie, et les banques du Royaume sont présentes dans une vingtaine de pays du continent. Côté ouest-africain, certains industriels redoutent surtout la concurrence.
Mon pronostic ? Pas d’adhésion avant 2030. Mais je serais ravie d’avoir tort.
Tags : Maroc, CEDEAO, AES, intégration régionale
7 commentaires
Laisser un commentaire
Abonnez-vous au blog pour être averti des nouveaux billets.
""", [
    O("CEDEAO", CANON["CEDEAO"]), C("Maroc"), P("Élodie Marchal"),
    O("Communauté économique des États de l’Afrique de l’Ouest",
      "Communauté économique des États de l'Afrique de l'Ouest"),
    L("Rabat"), D("février 2017", "2017-02"), O("Union africaine"), O("UA", CANON["UA"]),
    D("2017", "2017"), O("Organisation de l’unité africaine"),
    O("OUA", "Organisation de l'unité africaine"), L("Monrovia"), D("juin 2017", "2017-06"),
    L("Abuja"), C("Mali"), C("Burkina Faso"), C("Niger"), D("septembre 2023", "2023-09"),
    O("Alliance des États du Sahel"), O("AES", CANON["AES"]), D("janvier 2025", "2025-01"),
    C("Sénégal"), C("Côte d’Ivoire", "Côte d'Ivoire"), C("Nigeria"),
    O("Office chérifien des phosphates"), O("OCP", "Office chérifien des phosphates"),
    C("Éthiopie"), D("2030", "2030"),
], [
    membership(MAROC, UA, "2017"),
    membership(["Mali"], AES, "2023"),
    membership(["Burkina Faso"], AES, "2023"),
    membership(["Niger"], AES, "2023"),
    membership(SENEGAL, CEDEAO),
    membership(CI, CEDEAO),
    membership(["Nigeria"], CEDEAO),
])

# 11 ---- UN news site, typographic apostrophes, NNBSP thousands separator
article("sample-11", "2024-10-08", """
ONU Info
Haïti : l’OIM lance un appel de 35 millions de dollars pour les déplacés
8 octobre 2024   Affaires humanitaires
L’Organisation internationale pour les migrations (OIM) a lancé mardi un plan d’urgence qui vise à mobiliser 35 millions de dollars pour venir en aide aux quelque 700~000 personnes déplacées par la violence des gangs en Haïti.
«~Les familles haïtiennes ne peuvent pas porter seules le poids de cette crise~», a déclaré Amy Pope, directrice générale de l’OIM, lors d’un point de presse à Genève. Selon l’agence, plus de la moitié des déplacés sont des enfants.
Le plan prévoit la gestion des sites de déplacés à Port-au-Prince et dans le département de l’Artibonite, la distribution d’articles de première nécessité et un appui psychosocial. Le Fonds central d’intervention pour les urgences humanitaires (CERF) a déjà alloué 100^000 dollars à l’OIM pour acheminer de l’eau potable vers les camps de fortune de la capitale.
Mme Pope a également appelé les pays de la région à suspendre les expulsions vers Haïti. La République dominicaine a renvoyé plus de 25~000 personnes vers Haïti au cours du seul mois de septembre, selon les chiffres de l’organisation.
En juillet, le Japon avait annoncé une contribution de 3 millions de dollars aux opérations humanitaires des Nations Unies en Haïti. Les États-Unis n’ont en revanche pas contribué au plan de l’OIM à ce stade, a précisé une porte-parole.
Cet appel s’ajoute au plan de réponse humanitaire 2024 pour Haïti, qui n’était financé qu’à 39~% début octobre.
Lire aussi
Haïti : le Conseil de sécurité prolonge le mandat du BINUH
Suivez ONU Info sur les réseaux sociaux | Abonnez-vous à notre lettre d’information
""", [
    O("ONU Info"), C("Haïti"), O("OIM", CANON["OIM"]), M("35 millions de dollars", 35000000, "USD"),
    D("8 octobre 2024", "2024-10-08"), O("Organisation internationale pour les migrations"),
    P("Amy Pope"), L("Genève"), L("Port-au-Prince"), L("Artibonite"),
    O("Fonds central d’intervention pour les urgences humanitaires", CANON["CERF"]),
    O("CERF", CANON["CERF"]), M("100^000 dollars", 100000, "USD"), P("Pope", "Amy Pope"),
    C("République dominicaine"), D("septembre", "2024-09"), D("juillet", "2024-07"), C("Japon"),
    M("3 millions de dollars", 3000000, "USD"), O("Nations Unies", CANON["ONU"]),
    C("États-Unis"), D("2024", "2024"), D("octobre", "2024-10"),
    O("Conseil de sécurité", "Conseil de sécurité des Nations unies"),
    O("BINUH", "Bureau intégré des Nations unies en Haïti"),
], [
    target(OIM, money(35000000, "USD")),
    role(["Amy Pope", "Pope"], ["directrice générale", "directeur général"], OIM),
    contribution(CERF, OIM, money(100000, "USD")),
    contribution(["Japon"], names(ONU, "Nations Unies", "Haïti"), money(3000000, "USD"), "2024-07"),
])

# 12 ---- pan-African business site, typographic apostrophes
article("sample-12", "2025-05-30", """
BAD : le Mauritanien Sidi Ould Tah élu président
Continent Finance | Institutions | 30 mai 2025 | Lecture : 3 min
ABIDJAN – Le Mauritanien Sidi Ould Tah a été élu jeudi 29 mai président du Groupe de la Banque africaine de développement (BAD), au troisième tour d’un scrutin organisé lors des assemblées annuelles de l’institution à Abidjan.
Ancien ministre de l’Économie de la Mauritanie, l’ex-directeur général de la Banque arabe pour le développement économique en Afrique (BADEA) l’a emporté face à quatre autres candidats, dont le Zambien Samuel Maimbo et le Sénégalais Amadou Hott. Il succédera le 1er septembre au Nigérian Akinwumi Adesina, président de la BAD depuis 2015.
«~L’Afrique a besoin de capitaux à la hauteur de ses ambitions~», a déclaré M. Ould Tah après la proclamation des résultats. Il a promis de faire de la mobilisation des ressources la priorité de son mandat.
La BAD compte 81 pays membres, dont 54 pays africains et 27 pays non africains, parmi lesquels les États-Unis, la Chine et le Japon. L’administration américaine a proposé de supprimer sa contribution au Fonds africain de développement (FAD), le guichet concessionnel de la Banque, et Washington pourrait ne pas participer à la prochaine reconstitution.
Celle-ci vise à mobiliser 25 milliards de dollars, contre 8,9 milliards de dollars promis lors du précédent cycle, fin 2022. «~Le Fonds reste vital pour les pays les plus fragiles~», a insisté M. Adesina dans son discours d’adieu.
Lire aussi : Assemblées annuelles : Abidjan attend plus de 6~000 participants
Mots-clés : BAD, Sidi Ould Tah, Abidjan, finance
Newsletter : chaque lundi, l’essentiel de l’économie africaine dans votre boîte mail.
""", [
    O("BAD", CANON["BAD"]), P("Sidi Ould Tah"), O("Continent Finance"),
    D("30 mai 2025", "2025-05-30"), L("ABIDJAN", "Abidjan"), D("jeudi 29 mai", "2025-05-29"),
    O("Groupe de la Banque africaine de développement", CANON["BAD"]), L("Abidjan"),
    C("Mauritanie"), O("Banque arabe pour le développement économique en Afrique"),
    O("BADEA", CANON["BADEA"]), P("Samuel Maimbo"), P("Amadou Hott"),
    D("1er septembre", "2025-09-01"), P("Akinwumi Adesina"), D("2015", "2015"),
    L("Afrique"), P("Ould Tah", "Sidi Ould Tah"), C("États-Unis"), C("Chine"), C("Japon"),
    O("Fonds africain de développement"), O("FAD", CANON["FAD"]), L("Washington"),
    M("25 milliards de dollars", 25000000000, "USD"),
    M("8,9 milliards de dollars", 8900000000, "USD"), D("2022", "2022"),
    P("Adesina", "Akinwumi Adesina"),
], [
    role(["Sidi Ould Tah", "Ould Tah"], "président", BAD),
    role(["Sidi Ould Tah", "Ould Tah"], ["ancien ministre de l'Économie", "ministre de l'Économie"],
         country=["Mauritanie"]),
    role(["Sidi Ould Tah", "Ould Tah"], ["ex-directeur général", "directeur général"], BADEA),
    role(["Akinwumi Adesina", "Adesina"], "président", BAD),
    membership(["États-Unis"], BAD),
    membership(["Chine"], BAD),
    membership(["Japon"], BAD),
    target(names(FAD, "Fonds", BAD), money(25000000000, "USD")),
])

# 13 ---- Tunisian outlet, straight apostrophes and quotes
article("sample-13", "2024-04-17", """
Tunisie-Arabie saoudite : un prêt de 55 millions de dollars pour les hôpitaux régionaux
Carthage Éco - mercredi 17 avril 2024 à 10:05
La Tunisie et le Fonds saoudien pour le développement (FSD) ont signé, mardi 16 avril à Tunis, un accord de prêt de 55 millions de dollars, soit environ 172 millions de dinars, destiné à la modernisation des hôpitaux régionaux de Gafsa, Kasserine et Sidi Bouzid.
L'accord a été paraphé par la ministre de l'Économie et de la Planification, Feryel Ouerghi, et par le directeur général du Fonds, Sultan Al-Marshad, en présence de plusieurs membres du gouvernement.
Le prêt est remboursable sur 25 ans, dont cinq ans de grâce, à un taux de 2~%, précise un communiqué du ministère de l'Économie et de la Planification.
Depuis 1975, le Fonds a financé en Tunisie une trentaine de projets dans les secteurs de l'eau, de l'énergie et de la santé, pour un montant global d'environ 1,2 milliard de dollars, a rappelé M. Al-Marshad. Selon lui, un second accord, portant sur 30 millions de dollars pour l'eau potable dans le gouvernorat de Kairouan, pourrait être signé avant la fin de l'année. Le Fonds koweïtien pour le développement économique arabe, également sollicité, n'a pas contribué à ce programme hospitalier.
Mme Ouerghi a salué "la solidité des relations tuniso-saoudiennes" et rappelé que la Tunisie cherche à diversifier ses sources de financement extérieur, alors que les négociations avec le Fonds monétaire international (FMI) restent au point mort.
Lire aussi : BCT : le taux directeur maintenu à 8~%
Lire aussi : Tourisme : Djerba affiche complet pour la saison
""", [
    C("Tunisie"), C("Arabie saoudite"), M("55 millions de dollars", 55000000, "USD"),
    O("Carthage Éco"), D("mercredi 17 avril 2024", "2024-04-17"),
    O("Fonds saoudien pour le développement"), O("FSD", CANON["FSD"]),
    D("mardi 16 avril", "2024-04-16"), L("Tunis"), M("172 millions de dinars", 172000000, "TND"),
    L("Gafsa"), L("Kasserine"), L("Sidi Bouzid"), P("Feryel Ouerghi"), P("Sultan Al-Marshad"),
    O("ministère de l'Économie et de la Planification",
      "Ministère de l'Économie et de la Planification (Tunisie)"), D("1975", "1975"),
    M("1,2 milliard de dollars", 1200000000, "USD"), P("Al-Marshad", "Sultan Al-Marshad"),
    M("30 millions de dollars", 30000000, "USD"), L("Kairouan"),
    O("Fonds koweïtien pour le développement économique arabe"), P("Ouerghi", "Feryel Ouerghi"),
    O("Fonds monétaire international"), O("FMI", "Fonds monétaire international"),
    O("BCT", "Banque centrale de Tunisie"), L("Djerba"),
], [
    contribution(names(FSD, "Fonds", "Arabie saoudite"), ["Tunisie"], money(55000000, "USD"),
                 "2024-04-16"),
    contribution(names(FSD, "Fonds"), ["Tunisie"], money(1200000000, "USD")),
    role(["Feryel Ouerghi", "Ouerghi"], ["ministre de l'Économie et de la Planification", "ministre"],
         country=["Tunisie"]),
    role(["Sultan Al-Marshad", "Al-Marshad"], "directeur général", names(FSD, "Fonds")),
])

# 14 ---- UNICEF press release, straight apostrophes
article("sample-14", "2024-09-24", """
Communiqué de presse
La République de Corée soutient la lutte contre la malnutrition dans le Grand Sud de Madagascar
ANTANANARIVO, 24 septembre 2024 – Le Fonds des Nations Unies pour l'enfance (UNICEF) a reçu de la République de Corée, par l'intermédiaire de l'Agence coréenne de coopération internationale (KOICA), un financement de 5 millions de dollars américains pour prévenir la malnutrition chronique dans les régions Androy, Anosy et Atsimo-Andrefana.
Le projet, d'une durée de trois ans (2024-2027), bénéficiera à 150~000 enfants de moins de cinq ans et à 50~000 femmes enceintes et allaitantes. Il sera mis en œuvre avec le ministère de la Santé publique et l'Office national de nutrition (ONN).
«~Ce partenariat arrive à un moment critique : dans le Grand Sud, un enfant sur trois souffre d'un retard de croissance~», a déclaré Anne-Sophie Lambert, représentante de l'UNICEF à Madagascar.
L'ambassadeur de la République de Corée à Madagascar, Kim Min-seo, a rappelé que la KOICA avait déjà versé 2 millions de dollars à l'UNICEF en 2021 pour l'accès à l'eau potable dans l'Androy. «~La Corée restera aux côtés des enfants malgaches~», a-t-il assuré.
Malgré ce soutien, l'UNICEF estime à 40 millions de dollars les besoins non couverts de sa réponse nutritionnelle à Madagascar pour 2025.
À propos de l'UNICEF
L'UNICEF défend les droits de chaque enfant, en particulier des plus vulnérables, dans les situations d'urgence comme dans le travail de développement à long terme.
Contact presse : section communication de l'UNICEF, Antananarivo
""", [
    C("République de Corée", "Corée du Sud"), L("Grand Sud"), C("Madagascar"),
    L("ANTANANARIVO", "Antananarivo"), D("24 septembre 2024", "2024-09-24"),
    O("Fonds des Nations Unies pour l'enfance", CANON["UNICEF"]), O("UNICEF", CANON["UNICEF"]),
    O("Agence coréenne de coopération internationale"), O("KOICA", CANON["KOICA"]),
    M("5 millions de dollars américains", 5000000, "USD"), L("Androy"), L("Anosy"),
    L("Atsimo-Andrefana"), D("2024", "2024"), D("2027", "2027"),
    O("ministère de la Santé publique", "Ministère de la Santé publique (Madagascar)"),
    O("Office national de nutrition"),
    O("ONN", "Office national de nutrition"), P("Anne-Sophie Lambert"), P("Kim Min-seo"),
    M("2 millions de dollars", 2000000, "USD"), D("2021", "2021"), C("Corée", "Corée du Sud"),
    M("40 millions de dollars", 40000000, "USD"), D("2025", "2025"), L("Antananarivo"),
], [
    contribution(names("Corée du Sud", "République de Corée", "Corée", KOICA), UNICEF,
                 money(5000000, "USD")),
    contribution(names(KOICA, "Corée du Sud", "République de Corée"), UNICEF,
                 money(2000000, "USD"), "2021"),
    role("Anne-Sophie Lambert", ["représentante", "représentant"], UNICEF, ["Madagascar"]),
    role("Kim Min-seo", "ambassadeur", country=["Corée du Sud", "République de Corée", "Madagascar"]),
    target(UNICEF, money(40000000, "USD")),
])

# 15 ---- Sahel news site, typographic apostrophes
article("sample-15", "2024-10-06", """
Francophonie : le Ghana devient membre de plein droit de l’OIF
Sahel Express | International | 6 octobre 2024
VILLERS-COTTERÊTS – Le Ghana est devenu samedi membre de plein droit de l’Organisation internationale de la Francophonie (OIF), à l’issue du XIXe Sommet de la Francophonie, organisé en France pour la première fois depuis 1991. Le pays anglophone, entouré de voisins francophones, était membre associé de l’organisation depuis 2006.
«~Le Ghana a toujours été un ami de la Francophonie ; il en devient aujourd’hui un acteur à part entière~», a salué la secrétaire générale de l’OIF, Louise Mushikiwabo, reconduite en 2022 pour un second mandat.
Le président ghanéen, Nana Akufo-Addo, a promis de renforcer l’enseignement du français dans les écoles du pays. Accra prévoit d’ouvrir un nouveau centre de langue française avec l’appui de l’Agence française de développement (AFD), qui a accordé un prêt de 20 millions d’euros au Ghana pour la formation des enseignants.
Le sommet était accueilli par le président français, Emmanuel Macron, au château de Villers-Cotterêts puis au Grand Palais, à Paris. L’Algérie, pays où le français est pourtant très présent, n’est toujours pas membre de l’organisation.
Lire aussi : Éducation : le Ghana veut former 5~000 enseignants de français d’ici 2027
Partagez cet article   Imprimer
""", [
    O("Francophonie", CANON["OIF"]), C("Ghana"), O("OIF", CANON["OIF"]), O("Sahel Express"),
    D("6 octobre 2024", "2024-10-06"), L("VILLERS-COTTERÊTS", "Villers-Cotterêts"),
    O("Organisation internationale de la Francophonie"), C("France"), D("1991", "1991"),
    D("2006", "2006"), P("Louise Mushikiwabo"), D("2022", "2022"), P("Nana Akufo-Addo"),
    L("Accra"), O("Agence française de développement"),
    O("AFD", "Agence française de développement"), M("20 millions d’euros", 20000000, "EUR"),
    P("Emmanuel Macron"), L("Villers-Cotterêts"), L("Grand Palais"), L("Paris"), C("Algérie"),
    D("2027", "2027"),
], [
    membership(["Ghana"], OIF),
    role("Louise Mushikiwabo", ["secrétaire générale", "secrétaire général"], OIF),
    role("Nana Akufo-Addo", "président", country=["Ghana", "ghanéen"]),
    role("Emmanuel Macron", "président", country=["France", "français"]),
    contribution(["Agence française de développement", "AFD"], ["Ghana"], money(20000000, "EUR")),
])


# ---------------------------------------------------------------- building

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def occurrences(text, surface):
    """Start offsets of whole-word, case-sensitive occurrences of surface in text."""
    pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def place_mentions(doc):
    """Entity records with offsets, in text order; raises on any inconsistency."""
    text = doc["text"]
    claimed = []  # (start, end)
    placed = []
    # longer surfaces first, so that a short name inside a longer mention is not annotated twice
    for spec in sorted(doc["entities"], key=lambda s: -len(s["text"])):
        starts = occurrences(text, spec["text"])
        if not starts:
            raise ValueError(f"{doc['id']}: {spec['type']} {spec['text']!r} not found")
        if spec["occ"] == "*":
            chosen = [s for s in starts
                      if not any(a < s + len(spec["text"]) and s < b for a, b in claimed)]
            if not chosen:
                raise ValueError(f"{doc['id']}: {spec['text']!r}: every occurrence is inside a longer mention")
        else:
            wanted = [spec["occ"]] if isinstance(spec["occ"], int) else spec["occ"]
            chosen = [starts[i] for i in wanted]
        for s in chosen:
            e = s + len(spec["text"])
            if any(a < e and s < b for a, b in claimed):
                raise ValueError(f"{doc['id']}: {spec['text']!r} at {s} overlaps another mention")
            claimed.append((s, e))
            record = {"type": spec["type"], "text": spec["text"], "start": s, "end": e}
            if spec["type"] in ("MONEY", "DATE"):
                record["value"] = spec["value"]
            else:
                record["canonical"] = spec["canonical"]
            placed.append(record)
    placed.sort(key=lambda r: (r["start"], r["end"]))
    return placed


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().replace("\u2019", "'").split())


def check_document(doc, entities):
    """Consistency checks that the gold itself is well formed."""
    text, did = doc["text"], doc["id"]
    words = len(text.split())
    assert 150 <= words <= 500, f"{did}: {words} words"
    for e in entities:
        assert text[e["start"]:e["end"]] == e["text"], e
        if e["type"] == "DATE":
            v = e["value"]
            assert re.fullmatch(r"\d{4}|\d{4}-\d\d|\d{4}-\d\d-\d\d|--\d\d|--\d\d-\d\d", v), (did, v)
            if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                datetime.date.fromisoformat(v)
            first = e["text"].split()[0].lower()
            if first in WEEKDAYS:
                assert re.fullmatch(r"\d{4}-\d\d-\d\d", v), (did, e["text"], "weekday needs a year")
                weekday = WEEKDAYS[datetime.date.fromisoformat(v).weekday()]
                assert weekday == first, (did, e["text"], v, weekday)
            if v.startswith("--"):
                assert doc["date"] is None, (did, e["text"], "year should come from the date")
    folded_text = fold(text)
    money_values = [e["value"] for e in entities if e["type"] == "MONEY"]
    date_values = {e["value"] for e in entities if e["type"] == "DATE"}
    for fact in doc["facts"]:
        for key, value in fact.items():
            if key in ("type", "amount", "date", "since"):
                continue
            if value is None:
                assert key in ("organization", "country"), (did, fact)
                continue
            assert isinstance(value, list) and value, (did, key, fact)
            assert any(fold(n) in folded_text for n in value), (did, key, value)
        if fact.get("amount") is not None:
            assert fact["amount"] in money_values, (did, fact)
        for key in ("date", "since"):
            if fact.get(key) is not None:
                v = fact[key]
                assert v in date_values or any(d.startswith(v) for d in date_values), (did, fact)
        if fact["type"] == "MEMBERSHIP" and fact["since"] is not None:
            assert re.fullmatch(r"\d{4}", fact["since"]), fact
    assert "~" not in text and "^" not in text, did


STOP = set("""Le La Les L Un Une Des De Du D Il Elle Ils Elles Ce Cette Ces Celui Celle Sur Selon
Pour Par Au Aux En Dans Avec Mais Et Ou Si Depuis Malgré Mon Mme M À Côté Personne Lire Loading
Accueil Partager Tweeter Envoyer Imprimer Migration Politique Diplomatie Une Au Il Inscrivez
Tous Publié Modifié Près Sans Sur Une Les Lire COMMUNIQUÉ DE PRESSE Situé Ce Pour Nous Les
Entrepreneuriat OK En Eurobond Insécurité Humanitaire Société Abonnez Copier Partagez Chaque
Newsletter Recevez S Vous Montréal Tags Laisser Cet Suivez Affaires Contact Communiqué Celle
Mots Lecture Institutions Ancien Assemblées Tourisme Éducation International Économie
Géopolitique Cookies Refuser Accepter Paramétrer Mis Liège Bruxelles Dans Immédiat""".split())


def review(doc, entities):
    """Print the capitalised words and the numbers that no mention covers, for a human check."""
    text = doc["text"]
    covered = [False] * len(text)
    for e in entities:
        for i in range(e["start"], e["end"]):
            covered[i] = True
    caps = []
    for m in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w’'-]*", text):
        if not any(covered[m.start():m.end()]) and m.group() not in STOP:
            caps.append(m.group())
    nums = [m.group() for m in re.finditer(r"\d[\d\u00a0\u202f ,.]*\d|\d", text)
            if not any(covered[m.start():m.end()])]
    months = [m.group() for m in re.finditer(
        r"\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
        text) if not covered[m.start()]]
    print(f"{doc['id']}: {len(text.split())} words, {len(entities)} mentions, {len(doc['facts'])} facts")
    print("   uncovered capitalised:", " ".join(sorted(set(caps))))
    print("   uncovered numbers:", " | ".join(nums))
    if months:
        print("   uncovered months:", " ".join(months))


def build():
    records = []
    ids = set()
    for doc in ARTICLES:
        assert doc["id"] not in ids
        ids.add(doc["id"])
        entities = place_mentions(doc)
        check_document(doc, entities)
        records.append({"id": doc["id"], "text": doc["text"], "date": doc["date"], "source": SOURCE,
                        "entities": entities, "facts": doc["facts"]})
    return records


def as_prediction(record):
    """The gold record in the output shape of SCHEMA.md (first accepted name per argument)."""
    def arg(value):
        return None if value is None else {"text": value[0], "canonical": value[0]}
    facts = []
    for fact in record["facts"]:
        out = {"type": fact["type"]}
        for key, value in fact.items():
            if key == "type":
                continue
            if key == "role":
                out[key] = value[0]
            elif key in ("amount", "date", "since"):
                out[key] = value
            else:
                out[key] = arg(value)
        facts.append(out)
    return {"id": record["id"], "entities": record["entities"], "facts": facts}


def main(argv):
    records = build()
    out = Path(__file__).resolve().parent / "articles.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--prediction" in argv:
        with open(argv[argv.index("--prediction") + 1], "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(as_prediction(r), ensure_ascii=False) + "\n")
    if "--check" in argv:
        for doc, r in zip(ARTICLES, records):
            review(doc, r["entities"])
    n_ent = sum(len(r["entities"]) for r in records)
    n_facts = sum(len(r["facts"]) for r in records)
    print(f"wrote {out} ({len(records)} articles, {n_ent} mentions, {n_facts} facts)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
