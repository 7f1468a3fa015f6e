#!/usr/bin/env python3
"""Build gazetteers/roles.tsv: French role titles, masculine and feminine.

Source: written by hand (project licence). Minister titles are generated from a
list of common portfolios; everything else is listed below. Military ranks and
bare professions are deliberately absent.

Usage: python3 gazetteers/build/roles.py
Deterministic: rows are written in the order below (generic titles first, then
portfolios), duplicates dropped.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "roles.tsv")

KINDS = {"head_of_state", "head_of_government", "minister", "diplomat", "executive",
         "official", "elected", "religious"}

# masculine ; feminine ; kind   (feminine "=" means same as masculine)
ROLES = """
président;présidente;head_of_state
président de la République;présidente de la République;head_of_state
président par intérim;présidente par intérim;head_of_state
président de la transition;présidente de la transition;head_of_state
président élu;présidente élue;head_of_state
chef de l'État;cheffe de l'État;head_of_state
chef d'État;cheffe d'État;head_of_state
vice-président;vice-présidente;head_of_state
vice-président de la République;vice-présidente de la République;head_of_state
roi;reine;head_of_state
prince;princesse;head_of_state
prince héritier;princesse héritière;head_of_state
empereur;impératrice;head_of_state
émir;émira;head_of_state
sultan;sultane;head_of_state
monarque;=;head_of_state
souverain;souveraine;head_of_state
grand-duc;grande-duchesse;head_of_state
gouverneur général;gouverneure générale;head_of_state
président de la Confédération;présidente de la Confédération;head_of_state
guide suprême;=;head_of_state
premier ministre;première ministre;head_of_government
vice-premier ministre;vice-première ministre;head_of_government
ministre-président;ministre-présidente;head_of_government
chef du gouvernement;cheffe du gouvernement;head_of_government
chef de gouvernement;cheffe de gouvernement;head_of_government
chancelier;chancelière;head_of_government
président du Conseil;présidente du Conseil;head_of_government
président du gouvernement;présidente du gouvernement;head_of_government
premier ministre par intérim;première ministre par intérim;head_of_government
ministre;=;minister
ministre d'État;=;minister
ministre délégué;ministre déléguée;minister
ministre délégué auprès du premier ministre;ministre déléguée auprès du premier ministre;minister
ministre de tutelle;=;minister
ministre sans portefeuille;=;minister
vice-ministre;=;minister
secrétaire d'État;=;minister
sous-secrétaire d'État;=;minister
haut-commissaire au Plan;haute-commissaire au Plan;minister
ambassadeur;ambassadrice;diplomat
ambassadeur extraordinaire et plénipotentiaire;ambassadrice extraordinaire et plénipotentiaire;diplomat
ambassadeur itinérant;ambassadrice itinérante;diplomat
ambassadeur de bonne volonté;ambassadrice de bonne volonté;diplomat
chargé d'affaires;chargée d'affaires;diplomat
chargé d'affaires par intérim;chargée d'affaires par intérim;diplomat
consul;consule;diplomat
consul général;consule générale;diplomat
consul honoraire;consule honoraire;diplomat
vice-consul;vice-consule;diplomat
ministre-conseiller;ministre-conseillère;diplomat
conseiller diplomatique;conseillère diplomatique;diplomat
représentant permanent;représentante permanente;diplomat
représentant permanent adjoint;représentante permanente adjointe;diplomat
représentant spécial;représentante spéciale;diplomat
représentant spécial adjoint;représentante spéciale adjointe;diplomat
représentant spécial du secrétaire général;représentante spéciale du secrétaire général;diplomat
représentant résident;représentante résidente;diplomat
représentant résident adjoint;représentante résidente adjointe;diplomat
représentant;représentante;diplomat
représentant régional;représentante régionale;diplomat
représentant pays;représentante pays;diplomat
haut représentant;haute représentante;diplomat
envoyé spécial;envoyée spéciale;diplomat
envoyé personnel;envoyée personnelle;diplomat
envoyé spécial du secrétaire général;envoyée spéciale du secrétaire général;diplomat
émissaire;=;diplomat
médiateur;médiatrice;diplomat
médiateur en chef;médiatrice en chef;diplomat
chef de la diplomatie;cheffe de la diplomatie;diplomat
chef de mission;cheffe de mission;diplomat
chef de mission adjoint;cheffe de mission adjointe;diplomat
chef de délégation;cheffe de délégation;diplomat
chef de la délégation;cheffe de la délégation;diplomat
chef de poste;cheffe de poste;diplomat
coordonnateur résident;coordonnatrice résidente;diplomat
coordonnateur humanitaire;coordonnatrice humanitaire;diplomat
coordonnateur résident et humanitaire;coordonnatrice résidente et humanitaire;diplomat
coordinateur résident;coordinatrice résidente;diplomat
coordinateur humanitaire;coordinatrice humanitaire;diplomat
coordonnateur spécial;coordonnatrice spéciale;diplomat
coordonnateur des secours d'urgence;coordonnatrice des secours d'urgence;diplomat
nonce apostolique;=;diplomat
directeur général;directrice générale;executive
directeur général adjoint;directrice générale adjointe;executive
directeur général délégué;directrice générale déléguée;executive
directeur exécutif;directrice exécutive;executive
directeur exécutif adjoint;directrice exécutive adjointe;executive
directeur adjoint;directrice adjointe;executive
directeur régional;directrice régionale;executive
directeur régional adjoint;directrice régionale adjointe;executive
directeur pays;directrice pays;executive
directeur national;directrice nationale;executive
directeur de pays;directrice de pays;executive
directeur des opérations;directrice des opérations;executive
directeur financier;directrice financière;executive
directeur de cabinet;directrice de cabinet;executive
directeur de la communication;directrice de la communication;executive
directeur du bureau;directrice du bureau;executive
directeur de programme;directrice de programme;executive
directeur du programme;directrice du programme;executive
directeur de la division;directrice de la division;executive
directeur du département;directrice du département;executive
directeur de la coopération;directrice de la coopération;executive
directeur de publication;directrice de publication;executive
directeur de la rédaction;directrice de la rédaction;executive
président-directeur général;présidente-directrice générale;executive
PDG;=;executive
directeur général adjoint chargé des opérations;directrice générale adjointe chargée des opérations;executive
administrateur;administratrice;executive
administrateur général;administratrice générale;executive
administrateur délégué;administratrice déléguée;executive
administrateur associé;administratrice associée;executive
secrétaire général;secrétaire générale;executive
secrétaire général adjoint;secrétaire générale adjointe;executive
vice-secrétaire général;vice-secrétaire générale;executive
sous-secrétaire général;sous-secrétaire générale;executive
secrétaire exécutif;secrétaire exécutive;executive
secrétaire exécutif adjoint;secrétaire exécutive adjointe;executive
secrétaire permanent;secrétaire permanente;executive
secrétaire général des Nations unies;secrétaire générale des Nations unies;executive
secrétaire général de l'ONU;secrétaire générale de l'ONU;executive
secrétaire général adjoint aux affaires humanitaires;secrétaire générale adjointe aux affaires humanitaires;executive
président du conseil d'administration;présidente du conseil d'administration;executive
président du directoire;présidente du directoire;executive
président du conseil de surveillance;présidente du conseil de surveillance;executive
président exécutif;présidente exécutive;executive
coprésident;coprésidente;executive
directeur;directrice;executive
vice-président exécutif;vice-présidente exécutive;executive
président d'honneur;présidente d'honneur;executive
président fondateur;présidente fondatrice;executive
fondateur;fondatrice;executive
cofondateur;cofondatrice;executive
chef de cabinet;cheffe de cabinet;executive
chef de bureau;cheffe de bureau;executive
chef du bureau;cheffe du bureau;executive
chef de projet;cheffe de projet;executive
chef des opérations;cheffe des opérations;executive
chef de service;cheffe de service;executive
chef économiste;cheffe économiste;executive
économiste en chef;=;executive
coordonnateur;coordonnatrice;executive
coordinateur;coordinatrice;executive
coordonnateur national;coordonnatrice nationale;executive
coordonnateur régional;coordonnatrice régionale;executive
coordonnateur du programme;coordonnatrice du programme;executive
délégué général;déléguée générale;executive
délégué;déléguée;executive
responsable pays;=;executive
haut-commissaire;haute-commissaire;executive
haut-commissaire adjoint;haute-commissaire adjointe;executive
haut-commissaire aux réfugiés;haute-commissaire aux réfugiés;executive
haut-commissaire des Nations unies pour les réfugiés;haute-commissaire des Nations unies pour les réfugiés;executive
haut-commissaire aux droits de l'homme;haute-commissaire aux droits de l'homme;executive
haut-commissaire des Nations unies aux droits de l'homme;haute-commissaire des Nations unies aux droits de l'homme;executive
commissaire;=;executive
commissaire européen;commissaire européenne;executive
commissaire général;commissaire générale;executive
commissaire aux affaires politiques;=;executive
président de la Commission;présidente de la Commission;executive
président de la Commission européenne;présidente de la Commission européenne;executive
président de la Commission de l'Union africaine;présidente de la Commission de l'Union africaine;executive
vice-président de la Commission;vice-présidente de la Commission;executive
président du Conseil européen;présidente du Conseil européen;executive
gouverneur de la banque centrale;gouverneure de la banque centrale;executive
gouverneur de Bank Al-Maghrib;gouverneure de Bank Al-Maghrib;executive
vice-gouverneur;vice-gouverneure;executive
président du comité;présidente du comité;executive
président du groupe;présidente du groupe;executive
directeur de l'agence;directrice de l'agence;executive
recteur;rectrice;executive
président de l'université;présidente de l'université;executive
doyen;doyenne;executive
gouverneur;gouverneure;official
wali;=;official
préfet;préfète;official
sous-préfet;sous-préfète;official
préfet de région;préfète de région;official
caïd;=;official
pacha;=;official
porte-parole;=;official
porte-parole du gouvernement;=;official
porte-parole de la présidence;=;official
conseiller spécial;conseillère spéciale;official
conseiller principal;conseillère principale;official
conseiller technique;conseillère technique;official
conseiller du roi;conseillère du roi;official
conseiller du président;conseillère du président;official
conseiller à la sécurité nationale;conseillère à la sécurité nationale;official
haut fonctionnaire;=;official
inspecteur général;inspectrice générale;official
délégué interministériel;déléguée interministérielle;official
procureur général;procureure générale;official
procureur de la République;procureure de la République;official
procureur;procureure;official
médiateur de la République;médiatrice de la République;official
défenseur des droits;défenseure des droits;official
rapporteur spécial;rapporteuse spéciale;official
rapporteur;rapporteuse;official
président de la Cour;présidente de la Cour;official
président de la Cour constitutionnelle;présidente de la Cour constitutionnelle;official
président de la Cour suprême;présidente de la Cour suprême;official
président du Conseil constitutionnel;présidente du Conseil constitutionnel;official
juge d'instruction;=;official
président de la commission électorale;présidente de la commission électorale;official
chef de la police;cheffe de la police;official
directeur général de la sûreté nationale;directrice générale de la sûreté nationale;official
maire;=;elected
adjoint au maire;adjointe au maire;elected
premier adjoint;première adjointe;elected
bourgmestre;=;elected
échevin;échevine;elected
syndic;=;elected
député;députée;elected
député européen;députée européenne;elected
eurodéputé;eurodéputée;elected
sénateur;sénatrice;elected
parlementaire;=;elected
conseiller municipal;conseillère municipale;elected
conseiller régional;conseillère régionale;elected
conseiller départemental;conseillère départementale;elected
conseiller communal;conseillère communale;elected
conseiller fédéral;conseillère fédérale;elected
conseiller d'État;conseillère d'État;elected
conseiller national;conseillère nationale;elected
conseiller aux États;conseillère aux États;elected
président du conseil régional;présidente du conseil régional;elected
président du conseil départemental;présidente du conseil départemental;elected
président de région;présidente de région;elected
président de la région;présidente de la région;elected
président du conseil communal;présidente du conseil communal;elected
président de la commune;présidente de la commune;elected
président du Sénat;présidente du Sénat;elected
président de l'Assemblée nationale;présidente de l'Assemblée nationale;elected
président du Parlement;présidente du Parlement;elected
président du Parlement européen;présidente du Parlement européen;elected
président de la Chambre des représentants;présidente de la Chambre des représentants;elected
président de la Chambre des conseillers;présidente de la Chambre des conseillers;elected
président de la Chambre des députés;présidente de la Chambre des députés;elected
président de l'Assemblée générale;présidente de l'Assemblée générale;elected
vice-président du Sénat;vice-présidente du Sénat;elected
vice-président de l'Assemblée nationale;vice-présidente de l'Assemblée nationale;elected
questeur;questrice;elected
chef de l'opposition;cheffe de l'opposition;elected
chef de parti;cheffe de parti;elected
président du parti;présidente du parti;elected
secrétaire général du parti;secrétaire générale du parti;elected
secrétaire national;secrétaire nationale;elected
premier secrétaire;première secrétaire;elected
président de groupe;présidente de groupe;elected
président du groupe parlementaire;présidente du groupe parlementaire;elected
pape;=;religious
souverain pontife;=;religious
cardinal;=;religious
archevêque;=;religious
évêque;=;religious
patriarche;=;religious
imam;=;religious
grand imam;=;religious
mufti;=;religious
grand mufti;=;religious
rabbin;=;religious
grand rabbin;=;religious
pasteur;pasteure;religious
commandeur des croyants;=;religious
ayatollah;=;religious
dalaï-lama;=;religious
"""

# Portfolios: (complement for "ministre ...", complement for "chargé ...").
# The second is None where "ministre délégué chargé de ..." is not in use.
PORTFOLIOS = [
    ("des Affaires étrangères", "des Affaires étrangères"),
    ("de l'Europe et des Affaires étrangères", None),
    ("des Affaires étrangères et de la Coopération", None),
    ("des Affaires étrangères et de la Coopération internationale", None),
    ("des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger", None),
    ("des Affaires européennes", "des Affaires européennes"),
    ("de l'Europe", "de l'Europe"),
    ("de l'Intérieur", None),
    ("de la Justice", None),
    ("de la Défense", None),
    ("de la Défense nationale", None),
    ("des Armées", "des Armées"),
    ("de l'Économie", None),
    ("des Finances", None),
    ("de l'Économie et des Finances", None),
    ("de l'Économie, des Finances et de la Souveraineté industrielle et numérique", None),
    ("de l'Économie, des Finances et de la Relance", None),
    ("du Budget", "du Budget"),
    ("du Budget et des Comptes publics", "du Budget et des Comptes publics"),
    ("des Comptes publics", "des Comptes publics"),
    ("du Plan", None),
    ("de la Planification", None),
    ("de l'Économie et de la Planification", None),
    ("de l'Économie, du Plan et de la Coopération", None),
    ("de l'Éducation", None),
    ("de l'Éducation nationale", None),
    ("de l'Éducation nationale, du Préscolaire et des Sports", None),
    ("de l'Enseignement supérieur", "de l'Enseignement supérieur"),
    ("de l'Enseignement supérieur et de la Recherche", "de l'Enseignement supérieur et de la Recherche"),
    ("de l'Enseignement supérieur, de la Recherche scientifique et de l'Innovation", None),
    ("de la Recherche", "de la Recherche"),
    ("de la Santé", "de la Santé"),
    ("de la Santé publique", None),
    ("de la Santé et de la Protection sociale", None),
    ("de la Santé et de la Prévention", None),
    ("des Solidarités et de la Santé", None),
    ("du Travail", None),
    ("du Travail et de l'Emploi", None),
    ("de l'Emploi", "de l'Emploi"),
    ("de l'Agriculture", None),
    ("de l'Agriculture et de l'Alimentation", None),
    ("de l'Agriculture et de la Souveraineté alimentaire", None),
    ("de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux et Forêts", None),
    ("de l'Élevage", None),
    ("de la Pêche", "de la Pêche"),
    ("de la Mer", "de la Mer"),
    ("de l'Environnement", None),
    ("de la Transition écologique", None),
    ("de la Transition écologique et de la Cohésion des territoires", None),
    ("de l'Écologie", None),
    ("du Climat", None),
    ("de la Transition énergétique", None),
    ("de la Transition énergétique et du Développement durable", None),
    ("du Développement durable", None),
    ("de l'Énergie", "de l'Énergie"),
    ("des Mines", None),
    ("des Mines et de l'Énergie", None),
    ("du Pétrole", None),
    ("des Hydrocarbures", None),
    ("de l'Eau", None),
    ("de l'Équipement et de l'Eau", None),
    ("de l'Équipement", None),
    ("des Infrastructures", None),
    ("des Transports", "des Transports"),
    ("du Transport et de la Logistique", None),
    ("des Travaux publics", None),
    ("du Logement", "du Logement"),
    ("de l'Habitat", None),
    ("de l'Urbanisme", None),
    ("de l'Aménagement du territoire", None),
    ("de la Culture", None),
    ("de la Jeunesse, de la Culture et de la Communication", None),
    ("de la Communication", None),
    ("de la Communication et des Médias", None),
    ("de l'Information", None),
    ("des Sports", "des Sports"),
    ("de la Jeunesse et des Sports", None),
    ("de la Jeunesse", "de la Jeunesse"),
    ("du Commerce", "du Commerce"),
    ("du Commerce extérieur", "du Commerce extérieur"),
    ("de l'Industrie", "de l'Industrie"),
    ("de l'Industrie et du Commerce", None),
    ("du Commerce et de l'Industrie", None),
    ("de l'Artisanat", None),
    ("du Tourisme", "du Tourisme"),
    ("du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire", None),
    ("de l'Investissement", "de l'Investissement"),
    ("de l'Investissement, de la Convergence et de l'Évaluation des politiques publiques", None),
    ("du Numérique", "du Numérique"),
    ("de l'Économie numérique", None),
    ("de la Transformation numérique", None),
    ("de la Transition numérique et de la Réforme de l'administration", None),
    ("des Télécommunications", None),
    ("de la Coopération", "de la Coopération"),
    ("de la Coopération internationale", None),
    ("de l'Intégration africaine", None),
    ("du Développement", "du Développement"),
    ("du Développement international", None),
    ("de la Francophonie", "de la Francophonie"),
    ("de la Francophonie et des Partenariats internationaux", None),
    ("des Partenariats internationaux", None),
    ("des Affaires sociales", None),
    ("de la Solidarité", None),
    ("des Solidarités", None),
    ("de la Solidarité, de l'Insertion sociale et de la Famille", None),
    ("de la Famille", "de la Famille"),
    ("de la Femme", None),
    ("de la Promotion de la femme", None),
    ("des Droits des femmes", "des Droits des femmes"),
    ("de l'Égalité entre les femmes et les hommes", "de l'Égalité entre les femmes et les hommes"),
    ("des Droits de l'homme", "des Droits de l'homme"),
    ("des Droits humains", None),
    ("de l'Action humanitaire", "de l'Action humanitaire"),
    ("de l'Action humanitaire et de la Gestion des catastrophes", None),
    ("des Réfugiés", None),
    ("de l'Immigration", None),
    ("de l'Intégration", None),
    ("des Marocains résidant à l'étranger", "des Marocains résidant à l'étranger"),
    ("des Outre-mer", "des Outre-mer"),
    ("de la Fonction publique", None),
    ("de la Réforme de l'administration", None),
    ("de l'Administration territoriale", None),
    ("de l'Administration territoriale et de la Décentralisation", None),
    ("de la Décentralisation", None),
    ("des Collectivités territoriales", "des Collectivités territoriales"),
    ("de la Sécurité", None),
    ("de la Sécurité publique", None),
    ("de la Sécurité intérieure", None),
    ("de la Protection civile", None),
    ("des Relations avec le Parlement", "des Relations avec le Parlement"),
    ("des Habous et des Affaires islamiques", None),
    ("des Affaires religieuses", None),
    ("des Cultes", None),
    ("de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences", None),
    ("de l'Économie maritime", None),
    ("de l'Économie sociale et solidaire", None),
    ("des Petites et moyennes entreprises", "des Petites et moyennes entreprises"),
    ("de la Ville", "de la Ville"),
    ("des Anciens combattants", "des Anciens combattants"),
    ("de la Mémoire et des Anciens combattants", None),
    ("des Personnes handicapées", "des Personnes handicapées"),
    ("de l'Autonomie et des Personnes handicapées", None),
    ("de l'Enfance", "de l'Enfance"),
    ("de la Citoyenneté", "de la Citoyenneté"),
    ("de l'Intelligence artificielle et du Numérique", "de l'Intelligence artificielle et du Numérique"),
]


def fem_charge(s):
    return s.replace("délégué chargé", "déléguée chargée").replace("d'État chargé", "d'État chargée")


def rows():
    out = []
    for line in ROLES.strip().splitlines():
        m, f, k = line.split(";")
        if f == "=":
            f = m
        out.append((m, f, k))
    for full, charge in PORTFOLIOS:
        m = f"ministre {full}"
        out.append((m, m, "minister"))
        if charge:
            for head in ("ministre délégué chargé", "secrétaire d'État chargé"):
                mm = f"{head} {charge}"
                out.append((mm, fem_charge(mm), "minister"))
    # drop duplicates, keep first
    seen, res = set(), []
    for m, f, k in out:
        if m is None or m in seen:
            continue
        seen.add(m)
        res.append((m, f, k))
    return res


def main():
    rs = rows()
    for m, f, k in rs:
        if k not in KINDS:
            raise SystemExit(f"bad kind {k!r} for {m!r}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("masculine\tfeminine\tkind\n")
        for r in rs:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rs)} roles to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
