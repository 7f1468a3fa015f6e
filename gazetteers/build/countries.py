#!/usr/bin/env python3
"""Build gazetteers/countries.tsv.

Sources: ISO 3166 alpha-3 codes come from pycountry (iso-codes, LGPL-2.1); the
French short names are cross-checked against CLDR via babel (Unicode licence).
Short and official French names, press aliases, demonyms, capitals and Wikidata
QIDs are written by hand below (project licence).

Usage: python3 gazetteers/build/countries.py [--check-cldr]
Deterministic: rows are written sorted by id.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "countries.tsv")

# id ; name ; official ; aliases (|) ; demonym m.sg ; demonym f.sg ; capital ; QID
# Plurals of demonyms are derived (+s unless the form ends in s or x).
DATA = """
af;Afghanistan;République islamique d'Afghanistan;Émirat islamique d'Afghanistan;afghan;afghane;Kaboul;Q889
za;Afrique du Sud;République d'Afrique du Sud;;sud-africain;sud-africaine;Pretoria;Q258
al;Albanie;République d'Albanie;;albanais;albanaise;Tirana;Q222
dz;Algérie;République algérienne démocratique et populaire;;algérien;algérienne;Alger;Q262
de;Allemagne;République fédérale d'Allemagne;;allemand;allemande;Berlin;Q183
ad;Andorre;Principauté d'Andorre;;andorran;andorrane;Andorre-la-Vieille;Q228
ao;Angola;République d'Angola;;angolais;angolaise;Luanda;Q916
ag;Antigua-et-Barbuda;Antigua-et-Barbuda;;antiguais;antiguaise;Saint John's;Q781
sa;Arabie saoudite;Royaume d'Arabie saoudite;;saoudien;saoudienne;Riyad;Q851
ar;Argentine;République argentine;;argentin;argentine;Buenos Aires;Q414
am;Arménie;République d'Arménie;;arménien;arménienne;Erevan;Q399
au;Australie;Commonwealth d'Australie;;australien;australienne;Canberra;Q408
at;Autriche;République d'Autriche;;autrichien;autrichienne;Vienne;Q40
az;Azerbaïdjan;République d'Azerbaïdjan;;azerbaïdjanais;azerbaïdjanaise;Bakou;Q227
bs;Bahamas;Commonwealth des Bahamas;;bahaméen;bahaméenne;Nassau;Q778
bh;Bahreïn;Royaume de Bahreïn;;bahreïnien;bahreïnienne;Manama;Q398
bd;Bangladesh;République populaire du Bangladesh;;bangladais;bangladaise;Dacca;Q902
bb;Barbade;Barbade;;barbadien;barbadienne;Bridgetown;Q244
be;Belgique;Royaume de Belgique;;belge;belge;Bruxelles;Q31
bz;Belize;Belize;;bélizien;bélizienne;Belmopan;Q242
bj;Bénin;République du Bénin;Dahomey;béninois;béninoise;Porto-Novo;Q962
bt;Bhoutan;Royaume du Bhoutan;;bhoutanais;bhoutanaise;Thimphou;Q917
by;Biélorussie;République du Bélarus;Bélarus;biélorusse;biélorusse;Minsk;Q184
mm;Birmanie;République de l'Union du Myanmar;Myanmar;birman;birmane;Naypyidaw;Q836
bo;Bolivie;État plurinational de Bolivie;;bolivien;bolivienne;Sucre;Q750
ba;Bosnie-Herzégovine;Bosnie-Herzégovine;Bosnie;bosnien;bosnienne;Sarajevo;Q225
bw;Botswana;République du Botswana;;botswanais;botswanaise;Gaborone;Q963
br;Brésil;République fédérative du Brésil;;brésilien;brésilienne;Brasilia;Q155
bn;Brunei;Brunei Darussalam;;brunéien;brunéienne;Bandar Seri Begawan;Q921
bg;Bulgarie;République de Bulgarie;;bulgare;bulgare;Sofia;Q219
bf;Burkina Faso;Burkina Faso;Burkina|Haute-Volta;burkinabè;burkinabè;Ouagadougou;Q965
bi;Burundi;République du Burundi;;burundais;burundaise;Gitega;Q967
kh;Cambodge;Royaume du Cambodge;;cambodgien;cambodgienne;Phnom Penh;Q424
cm;Cameroun;République du Cameroun;;camerounais;camerounaise;Yaoundé;Q1009
ca;Canada;Canada;;canadien;canadienne;Ottawa;Q16
cv;Cap-Vert;République de Cabo Verde;Cabo Verde|République du Cap-Vert;cap-verdien;cap-verdienne;Praia;Q1011
cf;République centrafricaine;République centrafricaine;Centrafrique|RCA;centrafricain;centrafricaine;Bangui;Q929
cl;Chili;République du Chili;;chilien;chilienne;Santiago;Q298
cn;Chine;République populaire de Chine;;chinois;chinoise;Pékin;Q148
cy;Chypre;République de Chypre;;chypriote;chypriote;Nicosie;Q229
co;Colombie;République de Colombie;;colombien;colombienne;Bogota;Q739
km;Comores;Union des Comores;;comorien;comorienne;Moroni;Q970
cg;Congo;République du Congo;Congo-Brazzaville;congolais;congolaise;Brazzaville;Q971
cd;République démocratique du Congo;République démocratique du Congo;RDC|RD Congo|Congo-Kinshasa|Zaïre;congolais;congolaise;Kinshasa;Q974
kp;Corée du Nord;République populaire démocratique de Corée;RPDC;nord-coréen;nord-coréenne;Pyongyang;Q423
kr;Corée du Sud;République de Corée;;sud-coréen;sud-coréenne;Séoul;Q884
cr;Costa Rica;République du Costa Rica;;costaricien;costaricienne;San José;Q800
ci;Côte d'Ivoire;République de Côte d'Ivoire;Côte-d'Ivoire;ivoirien;ivoirienne;Yamoussoukro;Q1008
hr;Croatie;République de Croatie;;croate;croate;Zagreb;Q224
cu;Cuba;République de Cuba;;cubain;cubaine;La Havane;Q241
dk;Danemark;Royaume du Danemark;;danois;danoise;Copenhague;Q35
dj;Djibouti;République de Djibouti;;djiboutien;djiboutienne;Djibouti;Q977
dm;Dominique;Commonwealth de la Dominique;;dominiquais;dominiquaise;Roseau;Q784
eg;Égypte;République arabe d'Égypte;;égyptien;égyptienne;Le Caire;Q79
ae;Émirats arabes unis;Émirats arabes unis;EAU;émirien;émirienne;Abou Dhabi;Q878
ec;Équateur;République de l'Équateur;;équatorien;équatorienne;Quito;Q736
er;Érythrée;État d'Érythrée;;érythréen;érythréenne;Asmara;Q986
es;Espagne;Royaume d'Espagne;;espagnol;espagnole;Madrid;Q29
ee;Estonie;République d'Estonie;;estonien;estonienne;Tallinn;Q191
sz;Eswatini;Royaume d'Eswatini;Swaziland;swazi;swazie;Mbabane;Q1050
us;États-Unis;États-Unis d'Amérique;USA;américain;américaine;Washington;Q30
et;Éthiopie;République fédérale démocratique d'Éthiopie;;éthiopien;éthiopienne;Addis-Abeba;Q115
fj;Fidji;République des Fidji;Îles Fidji;fidjien;fidjienne;Suva;Q712
fi;Finlande;République de Finlande;;finlandais;finlandaise;Helsinki;Q33
fr;France;République française;;français;française;Paris;Q142
ga;Gabon;République gabonaise;;gabonais;gabonaise;Libreville;Q1000
gm;Gambie;République de Gambie;;gambien;gambienne;Banjul;Q1005
ge;Géorgie;Géorgie;;géorgien;géorgienne;Tbilissi;Q230
gh;Ghana;République du Ghana;;ghanéen;ghanéenne;Accra;Q117
gr;Grèce;République hellénique;;grec;grecque;Athènes;Q41
gd;Grenade;Grenade;;grenadien;grenadienne;Saint-Georges;Q769
gt;Guatemala;République du Guatemala;;guatémaltèque;guatémaltèque;Guatemala;Q774
gn;Guinée;République de Guinée;Guinée-Conakry;guinéen;guinéenne;Conakry;Q1006
gw;Guinée-Bissau;République de Guinée-Bissau;;bissau-guinéen;bissau-guinéenne;Bissau;Q1007
gq;Guinée équatoriale;République de Guinée équatoriale;;équato-guinéen;équato-guinéenne;Malabo;Q983
gy;Guyana;République coopérative du Guyana;;guyanien;guyanienne;Georgetown;Q734
ht;Haïti;République d'Haïti;;haïtien;haïtienne;Port-au-Prince;Q790
hn;Honduras;République du Honduras;;hondurien;hondurienne;Tegucigalpa;Q783
hu;Hongrie;Hongrie;;hongrois;hongroise;Budapest;Q28
in;Inde;République de l'Inde;;indien;indienne;New Delhi;Q668
id;Indonésie;République d'Indonésie;;indonésien;indonésienne;Jakarta;Q252
iq;Irak;République d'Irak;Iraq;irakien;irakienne;Bagdad;Q796
ir;Iran;République islamique d'Iran;Perse;iranien;iranienne;Téhéran;Q794
ie;Irlande;Irlande;République d'Irlande;irlandais;irlandaise;Dublin;Q27
is;Islande;Islande;;islandais;islandaise;Reykjavik;Q189
il;Israël;État d'Israël;;israélien;israélienne;Jérusalem;Q801
it;Italie;République italienne;;italien;italienne;Rome;Q38
jm;Jamaïque;Jamaïque;;jamaïcain;jamaïcaine;Kingston;Q766
jp;Japon;Japon;;japonais;japonaise;Tokyo;Q17
jo;Jordanie;Royaume hachémite de Jordanie;;jordanien;jordanienne;Amman;Q810
kz;Kazakhstan;République du Kazakhstan;;kazakhstanais;kazakhstanaise;Astana;Q232
ke;Kenya;République du Kenya;;kényan;kényane;Nairobi;Q114
kg;Kirghizistan;République kirghize;Kirghizstan;kirghize;kirghize;Bichkek;Q813
ki;Kiribati;République de Kiribati;;kiribatien;kiribatienne;Tarawa-Sud;Q710
kw;Koweït;État du Koweït;;koweïtien;koweïtienne;Koweït;Q817
la;Laos;République démocratique populaire lao;;laotien;laotienne;Vientiane;Q819
ls;Lesotho;Royaume du Lesotho;;lesothan;lesothane;Maseru;Q1013
lv;Lettonie;République de Lettonie;;letton;lettone;Riga;Q211
lb;Liban;République libanaise;;libanais;libanaise;Beyrouth;Q822
lr;Liberia;République du Liberia;Libéria;libérien;libérienne;Monrovia;Q1014
ly;Libye;État de Libye;;libyen;libyenne;Tripoli;Q1016
li;Liechtenstein;Principauté de Liechtenstein;;liechtensteinois;liechtensteinoise;Vaduz;Q347
lt;Lituanie;République de Lituanie;;lituanien;lituanienne;Vilnius;Q37
lu;Luxembourg;Grand-Duché de Luxembourg;;luxembourgeois;luxembourgeoise;Luxembourg;Q32
mk;Macédoine du Nord;République de Macédoine du Nord;;macédonien;macédonienne;Skopje;Q221
mg;Madagascar;République de Madagascar;;malgache;malgache;Antananarivo;Q1019
my;Malaisie;Malaisie;Malaysia;malaisien;malaisienne;Kuala Lumpur;Q833
mw;Malawi;République du Malawi;;malawite;malawite;Lilongwe;Q1020
mv;Maldives;République des Maldives;;maldivien;maldivienne;Malé;Q826
ml;Mali;République du Mali;;malien;malienne;Bamako;Q912
mt;Malte;République de Malte;;maltais;maltaise;La Valette;Q233
ma;Maroc;Royaume du Maroc;;marocain;marocaine;Rabat;Q1028
mh;Îles Marshall;République des Îles Marshall;;marshallais;marshallaise;Majuro;Q709
mu;Maurice;République de Maurice;Île Maurice;mauricien;mauricienne;Port-Louis;Q1027
mr;Mauritanie;République islamique de Mauritanie;;mauritanien;mauritanienne;Nouakchott;Q1025
mx;Mexique;États-Unis mexicains;;mexicain;mexicaine;Mexico;Q96
fm;Micronésie;États fédérés de Micronésie;;micronésien;micronésienne;Palikir;Q702
md;Moldavie;République de Moldavie;Moldova|République de Moldova;moldave;moldave;Chișinău;Q217
mc;Monaco;Principauté de Monaco;;monégasque;monégasque;Monaco;Q235
mn;Mongolie;Mongolie;;mongol;mongole;Oulan-Bator;Q711
me;Monténégro;Monténégro;;monténégrin;monténégrine;Podgorica;Q236
mz;Mozambique;République du Mozambique;;mozambicain;mozambicaine;Maputo;Q1029
na;Namibie;République de Namibie;;namibien;namibienne;Windhoek;Q1030
nr;Nauru;République de Nauru;;nauruan;nauruane;Yaren;Q697
np;Népal;République fédérale démocratique du Népal;;népalais;népalaise;Katmandou;Q837
ni;Nicaragua;République du Nicaragua;;nicaraguayen;nicaraguayenne;Managua;Q811
ne;Niger;République du Niger;;nigérien;nigérienne;Niamey;Q1032
ng;Nigeria;République fédérale du Nigeria;Nigéria;nigérian;nigériane;Abuja;Q1033
no;Norvège;Royaume de Norvège;;norvégien;norvégienne;Oslo;Q20
nz;Nouvelle-Zélande;Nouvelle-Zélande;;néo-zélandais;néo-zélandaise;Wellington;Q664
om;Oman;Sultanat d'Oman;;omanais;omanaise;Mascate;Q842
ug;Ouganda;République de l'Ouganda;;ougandais;ougandaise;Kampala;Q1036
uz;Ouzbékistan;République d'Ouzbékistan;;ouzbek;ouzbèke;Tachkent;Q265
pk;Pakistan;République islamique du Pakistan;;pakistanais;pakistanaise;Islamabad;Q843
pw;Palaos;République des Palaos;Palau;palaosien;palaosienne;Ngerulmud;Q695
pa;Panama;République du Panama;;panaméen;panaméenne;Panama;Q804
pg;Papouasie-Nouvelle-Guinée;État indépendant de Papouasie-Nouvelle-Guinée;;papouan-néo-guinéen;papouane-néo-guinéenne;Port Moresby;Q691
py;Paraguay;République du Paraguay;;paraguayen;paraguayenne;Asuncion;Q733
nl;Pays-Bas;Royaume des Pays-Bas;;néerlandais;néerlandaise;Amsterdam;Q55
pe;Pérou;République du Pérou;;péruvien;péruvienne;Lima;Q419
ph;Philippines;République des Philippines;;philippin;philippine;Manille;Q928
pl;Pologne;République de Pologne;;polonais;polonaise;Varsovie;Q36
pt;Portugal;République portugaise;;portugais;portugaise;Lisbonne;Q45
qa;Qatar;État du Qatar;;qatarien;qatarienne;Doha;Q846
do;République dominicaine;République dominicaine;;dominicain;dominicaine;Saint-Domingue;Q786
cz;Tchéquie;République tchèque;;tchèque;tchèque;Prague;Q213
ro;Roumanie;Roumanie;;roumain;roumaine;Bucarest;Q218
gb;Royaume-Uni;Royaume-Uni de Grande-Bretagne et d'Irlande du Nord;Grande-Bretagne;britannique;britannique;Londres;Q145
ru;Russie;Fédération de Russie;;russe;russe;Moscou;Q159
rw;Rwanda;République du Rwanda;;rwandais;rwandaise;Kigali;Q1037
kn;Saint-Christophe-et-Niévès;Fédération de Saint-Christophe-et-Niévès;Saint-Kitts-et-Nevis;christophien;christophienne;Basseterre;Q763
sm;Saint-Marin;République de Saint-Marin;;saint-marinais;saint-marinaise;Saint-Marin;Q238
vc;Saint-Vincent-et-les-Grenadines;Saint-Vincent-et-les-Grenadines;;vincentais;vincentaise;Kingstown;Q757
lc;Sainte-Lucie;Sainte-Lucie;;saint-lucien;saint-lucienne;Castries;Q760
sb;Îles Salomon;Îles Salomon;;salomonais;salomonaise;Honiara;Q685
sv;Salvador;République du Salvador;El Salvador;salvadorien;salvadorienne;San Salvador;Q792
ws;Samoa;État indépendant du Samoa;;samoan;samoane;Apia;Q683
st;Sao Tomé-et-Principe;République démocratique de Sao Tomé-et-Principe;;santoméen;santoméenne;Sao Tomé;Q1039
sn;Sénégal;République du Sénégal;;sénégalais;sénégalaise;Dakar;Q1041
rs;Serbie;République de Serbie;;serbe;serbe;Belgrade;Q403
sc;Seychelles;République des Seychelles;;seychellois;seychelloise;Victoria;Q1042
sl;Sierra Leone;République de Sierra Leone;;sierra-léonais;sierra-léonaise;Freetown;Q1044
sg;Singapour;République de Singapour;;singapourien;singapourienne;Singapour;Q334
sk;Slovaquie;République slovaque;;slovaque;slovaque;Bratislava;Q214
si;Slovénie;République de Slovénie;;slovène;slovène;Ljubljana;Q215
so;Somalie;République fédérale de Somalie;;somalien;somalienne;Mogadiscio;Q1045
sd;Soudan;République du Soudan;;soudanais;soudanaise;Khartoum;Q1049
ss;Soudan du Sud;République du Soudan du Sud;;sud-soudanais;sud-soudanaise;Djouba;Q958
lk;Sri Lanka;République socialiste démocratique de Sri Lanka;Ceylan;sri-lankais;sri-lankaise;Sri Jayawardenapura Kotte;Q854
se;Suède;Royaume de Suède;;suédois;suédoise;Stockholm;Q34
ch;Suisse;Confédération suisse;Confédération helvétique;suisse;suisse;Berne;Q39
sr;Suriname;République du Suriname;;surinamais;surinamaise;Paramaribo;Q730
sy;Syrie;République arabe syrienne;;syrien;syrienne;Damas;Q858
tj;Tadjikistan;République du Tadjikistan;;tadjik;tadjike;Douchanbé;Q863
tz;Tanzanie;République unie de Tanzanie;;tanzanien;tanzanienne;Dodoma;Q924
td;Tchad;République du Tchad;;tchadien;tchadienne;N'Djamena;Q657
th;Thaïlande;Royaume de Thaïlande;Siam;thaïlandais;thaïlandaise;Bangkok;Q869
tl;Timor oriental;République démocratique du Timor oriental;Timor-Leste;timorais;timoraise;Dili;Q574
tg;Togo;République togolaise;;togolais;togolaise;Lomé;Q945
to;Tonga;Royaume des Tonga;;tongien;tongienne;Nuku'alofa;Q678
tt;Trinité-et-Tobago;République de Trinité-et-Tobago;;trinidadien;trinidadienne;Port-d'Espagne;Q754
tn;Tunisie;République tunisienne;;tunisien;tunisienne;Tunis;Q948
tm;Turkménistan;Turkménistan;;turkmène;turkmène;Achgabat;Q874
tr;Turquie;République de Turquie;Türkiye|République de Türkiye;turc;turque;Ankara;Q43
tv;Tuvalu;Tuvalu;;tuvaluan;tuvaluane;Funafuti;Q672
ua;Ukraine;Ukraine;;ukrainien;ukrainienne;Kiev;Q212
uy;Uruguay;République orientale de l'Uruguay;;uruguayen;uruguayenne;Montevideo;Q77
vu;Vanuatu;République de Vanuatu;;vanuatais;vanuataise;Port-Vila;Q686
ve;Venezuela;République bolivarienne du Venezuela;Vénézuéla;vénézuélien;vénézuélienne;Caracas;Q717
vn;Vietnam;République socialiste du Viêt Nam;Viêt Nam;vietnamien;vietnamienne;Hanoï;Q881
ye;Yémen;République du Yémen;;yéménite;yéménite;Sanaa;Q805
zm;Zambie;République de Zambie;;zambien;zambienne;Lusaka;Q953
zw;Zimbabwe;République du Zimbabwe;;zimbabwéen;zimbabwéenne;Harare;Q954
ps;Palestine;État de Palestine;Territoires palestiniens;palestinien;palestinienne;Jérusalem-Est;Q219060
va;Vatican;État de la Cité du Vatican;Saint-Siège|Cité du Vatican;vatican;vaticane;Cité du Vatican;Q237
xk;Kosovo;République du Kosovo;;kosovar;kosovare;Pristina;Q1246
tw;Taïwan;République de Chine;Formose;taïwanais;taïwanaise;Taipei;Q865
"""

# Non-UN-member states added on purpose (the 4 in the brief).
EXTRA = {"ps", "va", "xk", "tw"}
ISO3_EXTRA = {"xk": "XKX"}

# Demonym forms whose plural is not simply +s.
PLURAL_OVERRIDE = {
    "burkinabè": ("burkinabè", "burkinabè"),
}


def plural(word):
    if word.endswith(("s", "x")):
        return word
    return word + "s"


def rows():
    import pycountry

    out = []
    for line in DATA.strip().splitlines():
        f = line.split(";")
        if len(f) != 8:
            raise SystemExit(f"bad data line: {line!r}")
        cid, name, official, aliases, dm, df, capital, qid = f
        if cid in ISO3_EXTRA:
            iso3 = ISO3_EXTRA[cid]
        else:
            c = pycountry.countries.get(alpha_2=cid.upper())
            if c is None:
                raise SystemExit(f"unknown ISO code {cid}")
            iso3 = c.alpha_3
        if dm in PLURAL_OVERRIDE:
            mp, fp = PLURAL_OVERRIDE[dm]
        else:
            mp, fp = plural(dm), plural(df)
        demonyms = "|".join([dm, df, mp, fp])
        out.append([cid, cid.upper(), iso3, name, official, aliases, demonyms, capital, qid])
    out.sort(key=lambda r: r[0])
    return out


def check_cldr(rs):
    """Print where our short name differs from CLDR's French name (for review)."""
    from babel import Locale

    terr = Locale("fr").territories
    for r in rs:
        cldr = terr.get(r[1])
        names = {r[3], r[4], *filter(None, r[5].split("|"))}
        if cldr and cldr not in names:
            print(f"{r[0]}: ours={r[3]!r} cldr={cldr!r}", file=sys.stderr)


def main():
    rs = rows()
    un = [r for r in rs if r[0] not in EXTRA]
    if len(un) != 193:
        print(f"warning: {len(un)} UN members, expected 193", file=sys.stderr)
    if "--check-cldr" in sys.argv:
        check_cldr(rs)
    header = ["id", "iso2", "iso3", "name", "official", "aliases", "demonyms", "capital", "wikidata"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for r in rs:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rs)} countries to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
