#!/usr/bin/env python3
"""Build gazetteers/organizations.tsv.

All rows below are written by hand for this project from general knowledge of
the organisations (names, acronyms, kinds, seats). Wikidata QIDs (CC0) are
given only for items whose identifiers are known with confidence (cross-checked
against public datasets that record them); the rest are left empty on purpose.

Row syntax inside the DATA blocks (one organisation per line, `;` between
fields, trailing empty fields may be left out):

    id;name;acronyms;aliases;kind;country;wikidata

- `id` may be left empty: it is then derived from the first acronym, or from
  the name when there is none (lower-case ASCII slug).
- `kind` and `country` may be left empty: the defaults of the last section
  header apply. A section header is a line `@ kind [cc]`.
- `country` = `-` forces an empty country inside a section with a default
  (used for names shared by several states: `Assemblée nationale`, `Sénat`).
- multi-valued cells use `|`.
- `#` starts a comment line.

Usage: python3 gazetteers/build/organizations.py [--check]
  --check  only validate, do not write.
Deterministic: rows are written in source order (grouped by section); the
build fails on any validation error (duplicate id, name, alias or acronym,
bad kind or country, acronym that is a roman numeral or a French word...).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "organizations.tsv")

HEADER = ["id", "name", "acronyms", "aliases", "kind", "country", "wikidata"]
KINDS = {
    "un", "un_agency", "intergovernmental", "regional", "fund", "bank", "ngo",
    "company", "ministry", "government", "party", "agency", "programme",
    "media", "court", "university", "sport", "other",
}

DATA = []

# ---------------------------------------------------------------- UN system
DATA.append(r"""
@ un
onu;Organisation des Nations unies;ONU;Nations unies|United Nations;;;Q1065
agnu;Assemblée générale des Nations unies;AGNU|UNGA;Assemblée générale de l'ONU|United Nations General Assembly;;;Q47423
csnu;Conseil de sécurité des Nations unies;CSNU|UNSC;Conseil de sécurité de l'ONU|Conseil de sécurité|United Nations Security Council;;;Q37470
ecosoc;Conseil économique et social des Nations unies;ECOSOC|Ecosoc;Conseil économique et social de l'ONU|United Nations Economic and Social Council;;;Q170075
cij;Cour internationale de justice;CIJ|ICJ;International Court of Justice;court;;Q7801
conseil-tutelle;Conseil de tutelle des Nations unies;;Conseil de tutelle|United Nations Trusteeship Council
secretariat-onu;Secrétariat des Nations unies;;Secrétariat de l'ONU|United Nations Secretariat;;;Q220563
cdh;Conseil des droits de l'homme des Nations unies;CDH|UNHRC;Conseil des droits de l'homme|Conseil des droits de l'homme de l'ONU|United Nations Human Rights Council;;;Q205650
ccp;Commission de consolidation de la paix;;Commission de consolidation de la paix des Nations unies|Peacebuilding Commission
dpo;Département des opérations de paix;DOMP|DPO;Département des opérations de maintien de la paix|Department of Peace Operations
dppa;Département des affaires politiques et de la consolidation de la paix;DPPA;Department of Political and Peacebuilding Affairs
daes;Département des affaires économiques et sociales;DAES|DESA;Department of Economic and Social Affairs;;;Q2671637
ocha;Bureau de la coordination des affaires humanitaires;OCHA|Ocha;Bureau de la coordination des affaires humanitaires des Nations unies|Bureau des Nations unies pour la coordination des affaires humanitaires|Office for the Coordination of Humanitarian Affairs;;;Q1065854
hcdh;Haut-Commissariat des Nations unies aux droits de l'homme;HCDH|OHCHR;Haut-Commissariat aux droits de l'homme|Office of the High Commissioner for Human Rights;;;Q656812
onudc;Office des Nations unies contre la drogue et le crime;ONUDC|UNODC;United Nations Office on Drugs and Crime
unops;Bureau des Nations unies pour les services d'appui aux projets;UNOPS;United Nations Office for Project Services;;;Q2531088
undrr;Bureau des Nations unies pour la réduction des risques de catastrophe;UNDRR|UNISDR;United Nations Office for Disaster Risk Reduction
onug;Office des Nations unies à Genève;ONUG|UNOG;United Nations Office at Geneva
onun;Office des Nations unies à Nairobi;ONUN|UNON;United Nations Office at Nairobi
onuv;Office des Nations unies à Vienne;ONUV|UNOV;United Nations Office at Vienna
unmas;Service de la lutte antimines des Nations unies;UNMAS;United Nations Mine Action Service
unhas;Service aérien d'aide humanitaire des Nations unies;UNHAS;United Nations Humanitarian Air Service
unowas;Bureau des Nations unies pour l'Afrique de l'Ouest et le Sahel;UNOWAS;United Nations Office for West Africa and the Sahel;;;Q7888477
unoca;Bureau régional des Nations unies pour l'Afrique centrale;UNOCA;United Nations Regional Office for Central Africa
bureau-onu-ua;Bureau des Nations unies auprès de l'Union africaine;UNOAU;United Nations Office to the African Union
cea;Commission économique pour l'Afrique;CEA|UNECA;Commission économique des Nations unies pour l'Afrique|United Nations Economic Commission for Africa
cesap;Commission économique et sociale pour l'Asie et le Pacifique;CESAP|ESCAP;Economic and Social Commission for Asia and the Pacific
cepalc;Commission économique pour l'Amérique latine et les Caraïbes;CEPALC|CEPAL|ECLAC;Economic Commission for Latin America and the Caribbean;;;Q32874
cee-onu;Commission économique des Nations unies pour l'Europe;CEE-ONU|UNECE;United Nations Economic Commission for Europe
cesao;Commission économique et sociale pour l'Asie occidentale;CESAO|ESCWA;Economic and Social Commission for Western Asia
# missions and peace operations
minusma;Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali;MINUSMA|Minusma;Mission de l'ONU au Mali
monusco;Mission de l'Organisation des Nations unies pour la stabilisation en République démocratique du Congo;MONUSCO|Monusco;Mission de l'ONU en RDC
monuc;Mission de l'Organisation des Nations unies en République démocratique du Congo;MONUC
minusca;Mission multidimensionnelle intégrée des Nations unies pour la stabilisation en Centrafrique;MINUSCA|Minusca;Mission multidimensionnelle intégrée des Nations unies pour la stabilisation en République centrafricaine
minurso;Mission des Nations unies pour l'organisation d'un référendum au Sahara occidental;MINURSO|Minurso
finul;Force intérimaire des Nations unies au Liban;FINUL|Finul|UNIFIL;United Nations Interim Force in Lebanon;;;Q160805
minuss;Mission des Nations unies au Soudan du Sud;MINUSS|UNMISS;United Nations Mission in South Sudan
fisnua;Force intérimaire de sécurité des Nations unies pour Abyei;FISNUA|UNISFA
minuad;Opération hybride Union africaine-Nations unies au Darfour;MINUAD|UNAMID
onuci;Opération des Nations unies en Côte d'Ivoire;ONUCI|UNOCI
minul;Mission des Nations unies au Libéria;MINUL|UNMIL
minustah;Mission des Nations unies pour la stabilisation en Haïti;MINUSTAH|Minustah
binuh;Bureau intégré des Nations unies en Haïti;BINUH
minuk;Mission d'administration intérimaire des Nations unies au Kosovo;MINUK|UNMIK
unficyp;Force des Nations unies chargée du maintien de la paix à Chypre;UNFICYP
fnuod;Force des Nations unies chargée d'observer le dégagement;FNUOD|UNDOF
onust;Organisme des Nations unies chargé de la surveillance de la trêve;ONUST|UNTSO
unmogip;Groupe d'observateurs militaires des Nations unies dans l'Inde et le Pakistan;UNMOGIP
onub;Opération des Nations unies au Burundi;ONUB
minurcat;Mission des Nations unies en République centrafricaine et au Tchad;MINURCAT
binugbis;Bureau intégré des Nations unies pour la consolidation de la paix en Guinée-Bissau;BINUGBIS|UNIOGBIS
manul;Mission d'appui des Nations unies en Libye;MANUL|UNSMIL;United Nations Support Mission in Libya
manua;Mission d'assistance des Nations unies en Afghanistan;MANUA|UNAMA
manui;Mission d'assistance des Nations unies pour l'Iraq;MANUI|UNAMI;Mission d'assistance des Nations unies pour l'Irak
manusom;Mission d'assistance des Nations unies en Somalie;MANUSOM|UNSOM
minuats;Mission intégrée des Nations unies pour l'assistance à la transition au Soudan;MINUATS|UNITAMS

@ un_agency
pam;Programme alimentaire mondial;PAM|WFP;Programme alimentaire mondial des Nations unies|World Food Programme;;;Q204344
hcr;Haut-Commissariat des Nations unies pour les réfugiés;HCR|UNHCR;Haut-Commissariat pour les réfugiés|Agence des Nations unies pour les réfugiés|United Nations High Commissioner for Refugees;;;Q132551
oim;Organisation internationale pour les migrations;OIM|IOM;Agence des Nations unies pour les migrations|International Organization for Migration
unicef;Fonds des Nations unies pour l'enfance;UNICEF|Unicef;United Nations Children's Fund;;;Q740308
pnud;Programme des Nations unies pour le développement;PNUD|UNDP;United Nations Development Programme;;;Q161718
pnue;Programme des Nations unies pour l'environnement;PNUE|UNEP;ONU Environnement|United Nations Environment Programme|UN Environment
fao;Organisation des Nations unies pour l'alimentation et l'agriculture;FAO;Food and Agriculture Organization|Organisation pour l'alimentation et l'agriculture;;;Q82151
oms;Organisation mondiale de la santé;OMS|WHO;World Health Organization;;;Q7817
unesco;Organisation des Nations unies pour l'éducation, la science et la culture;UNESCO|Unesco;United Nations Educational, Scientific and Cultural Organization;;;Q7809
oit;Organisation internationale du travail;OIT|BIT|ILO;Bureau international du travail|International Labour Organization;;;Q54129
fida;Fonds international de développement agricole;FIDA|IFAD;International Fund for Agricultural Development
onudi;Organisation des Nations unies pour le développement industriel;ONUDI|UNIDO;United Nations Industrial Development Organization
cnuced;Conférence des Nations unies sur le commerce et le développement;CNUCED|UNCTAD;ONU Commerce et développement|UN Trade and Development
onu-habitat;Programme des Nations unies pour les établissements humains;;ONU-Habitat|UN-Habitat
onu-femmes;Entité des Nations unies pour l'égalité des sexes et l'autonomisation des femmes;;ONU Femmes|ONU-Femmes|UN Women;;;Q641576
onusida;Programme commun des Nations unies sur le VIH/sida;ONUSIDA|Onusida|UNAIDS;Joint United Nations Programme on HIV/AIDS
fnuap;Fonds des Nations unies pour la population;FNUAP|UNFPA;United Nations Population Fund
unrwa;Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient;UNRWA|Unrwa;Agence des Nations unies pour les réfugiés palestiniens|United Nations Relief and Works Agency for Palestine Refugees in the Near East;;;Q846656
uit;Union internationale des télécommunications;UIT|ITU;International Telecommunication Union;;;Q376150
upu;Union postale universelle;UPU;Universal Postal Union
omm;Organisation météorologique mondiale;OMM|WMO;World Meteorological Organization;;;Q170424
ompi;Organisation mondiale de la propriété intellectuelle;OMPI|WIPO;World Intellectual Property Organization;;;Q177773
omi;Organisation maritime internationale;OMI|IMO;International Maritime Organization;;;Q201054
oaci;Organisation de l'aviation civile internationale;OACI|ICAO;International Civil Aviation Organization
aiea;Agence internationale de l'énergie atomique;AIEA|IAEA;International Atomic Energy Agency;;;Q41984
omc;Organisation mondiale du commerce;OMC|WTO;World Trade Organization;;;Q7825
omt;Organisation mondiale du tourisme;OMT|UNWTO;ONU Tourisme|UN Tourism|World Tourism Organization
itc;Centre du commerce international;ITC;International Trade Centre
vnu;Programme des Volontaires des Nations unies;VNU|UNV;Volontaires des Nations unies|United Nations Volunteers
fenu;Fonds d'équipement des Nations unies;FENU|UNCDF;United Nations Capital Development Fund
unitar;Institut des Nations unies pour la formation et la recherche;UNITAR;United Nations Institute for Training and Research
unu;Université des Nations unies;UNU;United Nations University
unidir;Institut des Nations unies pour la recherche sur le désarmement;UNIDIR;United Nations Institute for Disarmament Research
ccnucc;Convention-cadre des Nations unies sur les changements climatiques;CCNUCC|UNFCCC;ONU Climat|UN Climate Change|United Nations Framework Convention on Climate Change
cnulcd;Convention des Nations unies sur la lutte contre la désertification;CNULCD|UNCCD;United Nations Convention to Combat Desertification
cdb;Convention sur la diversité biologique;CDB|CBD;Convention on Biological Diversity
giec;Groupe d'experts intergouvernemental sur l'évolution du climat;GIEC|IPCC;Intergovernmental Panel on Climate Change
ipbes;Plateforme intergouvernementale scientifique et politique sur la biodiversité et les services écosystémiques;IPBES
aifm;Autorité internationale des fonds marins;AIFM;International Seabed Authority
pacte-mondial;Pacte mondial des Nations unies;;Pacte mondial de l'ONU|United Nations Global Compact|Global Compact;programme
idep;Institut africain de développement économique et de planification;IDEP
cerf;Fonds central pour les interventions d'urgence;CERF;Fonds central d'intervention pour les urgences humanitaires|Central Emergency Response Fund;fund
pbf;Fonds pour la consolidation de la paix;PBF;Fonds de consolidation de la paix|Peacebuilding Fund;fund
fnud;Fonds des Nations unies pour la démocratie;FNUD|UNDEF;United Nations Democracy Fund;fund
ecw;Éducation sans délai;ECW;Education Cannot Wait;fund
unitaid;Unitaid;;;fund
# World Bank group and IMF
gbm;Groupe de la Banque mondiale;GBM|WBG;World Bank Group;bank;;Q320863
banque-mondiale;Banque mondiale;BM;World Bank;bank;;Q7164
bird;Banque internationale pour la reconstruction et le développement;BIRD|IBRD;International Bank for Reconstruction and Development;bank
ida;Association internationale de développement;IDA;International Development Association;bank
sfi;Société financière internationale;SFI|IFC;International Finance Corporation;bank
amgi;Agence multilatérale de garantie des investissements;AMGI|MIGA;Multilateral Investment Guarantee Agency;bank
cirdi;Centre international pour le règlement des différends relatifs aux investissements;CIRDI|ICSID;International Centre for Settlement of Investment Disputes;court
fmi;Fonds monétaire international;FMI|IMF;International Monetary Fund;fund;;Q7804
# international tribunals
@ court
cpi;Cour pénale internationale;CPI|ICC;International Criminal Court;;;Q47488
tpir;Tribunal pénal international pour le Rwanda;TPIR|ICTR;International Criminal Tribunal for Rwanda
tpiy;Tribunal pénal international pour l'ex-Yougoslavie;TPIY|ICTY;International Criminal Tribunal for the former Yugoslavia
mifrtp;Mécanisme international appelé à exercer les fonctions résiduelles des tribunaux pénaux;MIFRTP|IRMCT;International Residual Mechanism for Criminal Tribunals
tssl;Tribunal spécial pour la Sierra Leone;TSSL|SCSL;Special Court for Sierra Leone
tsl;Tribunal spécial pour le Liban;TSL|STL;Special Tribunal for Lebanon
tidm;Tribunal international du droit de la mer;TIDM|ITLOS;International Tribunal for the Law of the Sea
cpa;Cour permanente d'arbitrage;CPA|PCA;Permanent Court of Arbitration
tas;Tribunal arbitral du sport;TAS;Court of Arbitration for Sport
""")

# ------------------------------------------------------ African regional bodies
DATA.append(r"""
@ regional
ua;Union africaine;UA;African Union;;;Q7159
oua;Organisation de l'unité africaine;OUA;Organization of African Unity;;;Q191703
cua;Commission de l'Union africaine;CUA|AUC;Commission de l'UA|African Union Commission;;;Q2362881
cps;Conseil de paix et de sécurité de l'Union africaine;CPS;Conseil de paix et de sécurité|Conseil de paix et de sécurité de l'UA|Peace and Security Council
pap;Parlement panafricain;PAP;Pan-African Parliament
auda-nepad;Agence de développement de l'Union africaine;AUDA-NEPAD|NEPAD;Nouveau Partenariat pour le développement de l'Afrique|New Partnership for Africa's Development|Agence de développement de l'UA
maep;Mécanisme africain d'évaluation par les pairs;MAEP|APRM;African Peer Review Mechanism
cadhp;Commission africaine des droits de l'homme et des peuples;CADHP|ACHPR;African Commission on Human and Peoples' Rights
cafdhp;Cour africaine des droits de l'homme et des peuples;CAfDHP|AfCHPR;African Court on Human and Peoples' Rights;court
africa-cdc;Centres africains de contrôle et de prévention des maladies;;Africa CDC|CDC Afrique|Africa Centres for Disease Control and Prevention;agency
zlecaf;Zone de libre-échange continentale africaine;ZLECAf|ZLECA|AfCFTA;Secrétariat de la ZLECAf|African Continental Free Trade Area
atmis;Mission de transition de l'Union africaine en Somalie;ATMIS;African Union Transition Mission in Somalia;other
amisom;Mission de l'Union africaine en Somalie;AMISOM;African Union Mission in Somalia;other
aussom;Mission d'appui et de stabilisation de l'Union africaine en Somalie;AUSSOM;African Union Support and Stabilization Mission in Somalia;other
arc;Mutuelle panafricaine de gestion des risques;ARC;African Risk Capacity
afsa;Agence spatiale africaine;AfSA;African Space Agency;agency
agence-africaine-medicament;Agence africaine du médicament;;African Medicines Agency;agency
fonds-paix-ua;Fonds pour la paix de l'Union africaine;;Fonds pour la paix de l'UA|African Union Peace Fund;fund
cedeao;Communauté économique des États de l'Afrique de l'Ouest;CEDEAO|Cédéao|ECOWAS;Economic Community of West African States;;;Q193272
commission-cedeao;Commission de la CEDEAO;;ECOWAS Commission
parlement-cedeao;Parlement de la CEDEAO;;ECOWAS Parliament
cour-justice-cedeao;Cour de justice de la CEDEAO;;Cour de justice de la Communauté|ECOWAS Court of Justice;court
ecomog;Groupe de contrôle du cessez-le-feu de la CEDEAO;ECOMOG|Ecomog;;other
force-attente-cedeao;Force en attente de la CEDEAO;;ECOWAS Standby Force;other
ooas;Organisation ouest-africaine de la santé;OOAS|WAHO;West African Health Organisation
giaba;Groupe intergouvernemental d'action contre le blanchiment d'argent en Afrique de l'Ouest;GIABA
uemoa;Union économique et monétaire ouest-africaine;UEMOA|Uemoa|WAEMU;West African Economic and Monetary Union
commission-uemoa;Commission de l'UEMOA
cour-justice-uemoa;Cour de justice de l'UEMOA;;;court
umoa;Union monétaire ouest-africaine;UMOA|WAMU
cemac;Communauté économique et monétaire de l'Afrique centrale;CEMAC|Cemac;Central African Economic and Monetary Community
commission-cemac;Commission de la CEMAC
cour-justice-cemac;Cour de justice de la CEMAC;;;court
cobac;Commission bancaire de l'Afrique centrale;COBAC;;agency
ceeac;Communauté économique des États de l'Afrique centrale;CEEAC|ECCAS;Economic Community of Central African States
commission-ceeac;Commission de la CEEAC
sadc;Communauté de développement de l'Afrique australe;SADC;Southern African Development Community
eac;Communauté d'Afrique de l'Est;EAC;Communauté est-africaine|East African Community;;;Q337456
igad;Autorité intergouvernementale pour le développement;IGAD;Intergovernmental Authority on Development
comesa;Marché commun de l'Afrique orientale et australe;COMESA;Common Market for Eastern and Southern Africa
uma;Union du Maghreb arabe;UMA;Arab Maghreb Union
cen-sad;Communauté des États sahélo-sahariens;CEN-SAD|Cen-Sad;Community of Sahel-Saharan States
cepgl;Communauté économique des pays des Grands Lacs;CEPGL
cirgl;Conférence internationale sur la région des Grands Lacs;CIRGL|ICGLR;International Conference on the Great Lakes Region
coi;Commission de l'océan Indien;COI;Indian Ocean Commission;;;Q1115631
cblt;Commission du bassin du lac Tchad;CBLT|LCBC;Lake Chad Basin Commission
fmm;Force multinationale mixte;FMM|MNJTF;Multinational Joint Task Force;other
omvs;Organisation pour la mise en valeur du fleuve Sénégal;OMVS
omvg;Organisation pour la mise en valeur du fleuve Gambie;OMVG
abn;Autorité du bassin du Niger;ABN;Niger Basin Authority
alg;Autorité de développement intégré des États du Liptako-Gourma;ALG;Autorité du Liptako-Gourma
cilss;Comité permanent inter-États de lutte contre la sécheresse dans le Sahel;CILSS
g5-sahel;G5 Sahel;;G5-Sahel|Groupe des cinq pour le Sahel
force-conjointe-g5-sahel;Force conjointe du G5 Sahel;FC-G5S;;other
aes;Alliance des États du Sahel;AES;Confédération des États du Sahel|Confédération AES
cgg;Commission du golfe de Guinée;CGG;Gulf of Guinea Commission
conseil-entente;Conseil de l'Entente
ohada;Organisation pour l'harmonisation en Afrique du droit des affaires;OHADA
ccja;Cour commune de justice et d'arbitrage;CCJA;;court
cima;Conférence interafricaine des marchés d'assurances;CIMA
cipres;Conférence interafricaine de la prévoyance sociale;CIPRES
oapi;Organisation africaine de la propriété intellectuelle;OAPI
aripo;Organisation régionale africaine de la propriété intellectuelle;ARIPO
union-fleuve-mano;Union du fleuve Mano;;Mano River Union
sacu;Union douanière d'Afrique australe;SACU;Southern African Customs Union
apgmv;Agence panafricaine de la Grande Muraille verte;APGMV
grande-muraille-verte;Grande Muraille verte;;Initiative de la Grande Muraille verte|Great Green Wall;programme
brvm;Bourse régionale des valeurs mobilières;BRVM;;company
bvmac;Bourse des valeurs mobilières de l'Afrique centrale;BVMAC;;company
amf-umoa;Autorité des marchés financiers de l'Union monétaire ouest-africaine;AMF-UMOA;;agency

# --------------------------------------------- Arab, Islamic, other regions
ligue-arabe;Ligue arabe;;Ligue des États arabes|Arab League;;;Q7172
oci;Organisation de la coopération islamique;OCI|OIC;Organisation de la conférence islamique|Organisation of Islamic Cooperation;;;Q47543
ccg;Conseil de coopération du Golfe;CCG|GCC;Conseil de coopération des États arabes du Golfe|Gulf Cooperation Council;;;Q217172
icesco;Organisation du monde islamique pour l'éducation, les sciences et la culture;ICESCO|ISESCO
alecso;Organisation arabe pour l'éducation, la culture et les sciences;ALECSO
asean;Association des nations de l'Asie du Sud-Est;ASEAN|ANASE;Association of Southeast Asian Nations
mercosur;Marché commun du Sud;Mercosur|MERCOSUR
oea;Organisation des États américains;OEA|OAS;Organization of American States;;;Q123759
celac;Communauté des États latino-américains et caraïbes;CELAC|Celac
caricom;Communauté caribéenne;CARICOM|Caricom;Caribbean Community;;;Q205995
ocs;Organisation de coopération de Shanghai;OCS|SCO;Shanghai Cooperation Organisation
apec;Coopération économique pour l'Asie-Pacifique;APEC;Asia-Pacific Economic Cooperation
asacr;Association sud-asiatique pour la coopération régionale;ASACR|SAARC
cei-csi;Communauté des États indépendants;;Commonwealth of Independent States
otsc;Organisation du traité de sécurité collective;OTSC|CSTO
uee;Union économique eurasiatique;UEE;Eurasian Economic Union
forum-iles-pacifique;Forum des îles du Pacifique;;Pacific Islands Forum

# ----------------------------------------------------------------- Europe
ue;Union européenne;UE;European Union;;;Q458
commission-europeenne;Commission européenne;;Commission de l'Union européenne|European Commission;;;Q8880
parlement-europeen;Parlement européen;;European Parliament;;;Q8889
conseil-europeen;Conseil européen;;European Council;;;Q8886
conseil-ue;Conseil de l'Union européenne;;Conseil de l'UE|Conseil des ministres de l'Union européenne|Council of the European Union;;;Q8896
cjue;Cour de justice de l'Union européenne;CJUE|CJEU;Cour de justice de l'UE|Cour de justice européenne|Court of Justice of the European Union;court;;Q4951
cour-comptes-europeenne;Cour des comptes européenne;;European Court of Auditors;;;Q8900
seae;Service européen pour l'action extérieure;SEAE|EEAS;European External Action Service;;;Q672941
cese-europeen;Comité économique et social européen;EESC;European Economic and Social Committee;;;Q331024
comite-regions;Comité européen des régions;;Comité des régions|European Committee of the Regions;;;Q205203
mediateur-europeen;Médiateur européen;;European Ombudsman;;;Q220893
parquet-europeen;Parquet européen;EPPO;European Public Prosecutor's Office;;;Q5413070
eurogroupe;Eurogroupe;;Eurogroup;;;Q149964
frontex;Agence européenne de garde-frontières et de garde-côtes;Frontex|FRONTEX;European Border and Coast Guard Agency;agency
europol;Europol;;Office européen de police|Agence de l'Union européenne pour la coopération des services répressifs;agency
eurojust;Eurojust;;Agence de l'Union européenne pour la coopération judiciaire en matière pénale;agency
ema;Agence européenne des médicaments;AEM|EMA;European Medicines Agency;agency
efsa;Autorité européenne de sécurité des aliments;EFSA;European Food Safety Authority;agency;;Q516521
ecdc;Centre européen de prévention et de contrôle des maladies;ECDC;European Centre for Disease Prevention and Control;agency
eurostat;Eurostat;;Office statistique de l'Union européenne;agency
olaf;Office européen de lutte antifraude;OLAF;European Anti-Fraud Office;agency
dg-echo;Direction générale de la protection civile et des opérations d'aide humanitaire européennes;;DG ECHO|European Civil Protection and Humanitarian Aid Operations;agency
aee;Agence européenne pour l'environnement;AEE|EEA;European Environment Agency;agency
euaa;Agence de l'Union européenne pour l'asile;AUEA|EUAA;European Union Agency for Asylum;agency
esa;Agence spatiale européenne;ESA;European Space Agency;intergovernmental;;Q42262
euratom;Communauté européenne de l'énergie atomique;Euratom;European Atomic Energy Community
eutm-mali;Mission de formation de l'Union européenne au Mali;;EUTM Mali;other
eucap-sahel-niger;EUCAP Sahel Niger;;;other
eucap-sahel-mali;EUCAP Sahel Mali;;;other
operation-atalante;Opération Atalante;;EUNAVFOR Atalanta;other
operation-irini;Opération Irini;;EUNAVFOR Med Irini;other
fep;Facilité européenne pour la paix;FEP;European Peace Facility;fund
ffue-afrique;Fonds fiduciaire d'urgence de l'Union européenne pour l'Afrique;FFUE;Fonds fiduciaire d'urgence pour l'Afrique|EU Emergency Trust Fund for Africa;fund
global-gateway;Global Gateway;;Portail mondial;programme
team-europe;Team Europe;;Équipe Europe;programme
erasmus;Erasmus+;;Erasmus;programme
horizon-europe;Horizon Europe;;;programme
upm;Union pour la Méditerranée;UpM|UfM;Union for the Mediterranean
conseil-europe;Conseil de l'Europe;;Council of Europe;;;Q8908
cedh;Cour européenne des droits de l'homme;CEDH|CrEDH|ECHR;European Court of Human Rights;court;;Q122880
apce;Assemblée parlementaire du Conseil de l'Europe;APCE|PACE;Parliamentary Assembly of the Council of Europe;;;Q939743
osce;Organisation pour la sécurité et la coopération en Europe;OSCE;Organization for Security and Co-operation in Europe;;;Q81299
otan;Organisation du traité de l'Atlantique Nord;OTAN|NATO;Alliance atlantique|North Atlantic Treaty Organization;intergovernmental;;Q7184
aele;Association européenne de libre-échange;AELE|EFTA;European Free Trade Association
cern;Organisation européenne pour la recherche nucléaire;CERN;;intergovernmental;;Q42944
ppe;Parti populaire européen;PPE|EPP;European People's Party;party
s-d;Alliance progressiste des socialistes et démocrates;S&D;Socialistes et démocrates;party
renew-europe;Renew Europe;;;party
patriotes-europe;Patriotes pour l'Europe;;Patriots for Europe;party
ecr;Conservateurs et réformistes européens;ECR;European Conservatives and Reformists;party
verts-ale;Groupe des Verts/Alliance libre européenne;;Verts/ALE;party

# ----------------------------------------------- global intergovernmental
@ intergovernmental
ocde;Organisation de coopération et de développement économiques;OCDE|OECD;Organisation for Economic Co-operation and Development;;;Q41550
opep;Organisation des pays exportateurs de pétrole;OPEP|OPEC;Organization of the Petroleum Exporting Countries;;;Q7795
opep-plus;OPEP+;;OPEP Plus|OPEC+
opaep;Organisation des pays arabes exportateurs de pétrole;OPAEP|OAPEC
oiac;Organisation pour l'interdiction des armes chimiques;OIAC|OPCW;Organisation for the Prohibition of Chemical Weapons
otice;Organisation du traité d'interdiction complète des essais nucléaires;OTICE|CTBTO
gafi;Groupe d'action financière;GAFI|FATF;Financial Action Task Force
csf;Conseil de stabilité financière;;Financial Stability Board
aie;Agence internationale de l'énergie;AIE|IEA;International Energy Agency
irena;Agence internationale pour les énergies renouvelables;IRENA;International Renewable Energy Agency
asi;Alliance solaire internationale;ASI;International Solar Alliance
omd;Organisation mondiale des douanes;OMD|WCO;World Customs Organization
omsa;Organisation mondiale de la santé animale;OMSA|WOAH;Office international des épizooties|World Organisation for Animal Health
interpol;Interpol;INTERPOL|OIPC;Organisation internationale de police criminelle;;;Q8475
uip;Union interparlementaire;UIP|IPU;Inter-Parliamentary Union
iso;Organisation internationale de normalisation;ISO;International Organization for Standardization
commonwealth;Commonwealth;;Commonwealth des nations|Commonwealth of Nations
oif;Organisation internationale de la Francophonie;OIF;Francophonie
auf;Agence universitaire de la Francophonie;AUF
apf;Assemblée parlementaire de la Francophonie;APF
aimf;Association internationale des maires francophones;AIMF
confemen;Conférence des ministres de l'Éducation des États et gouvernements de la Francophonie;CONFEMEN|Confemen
confejes;Conférence des ministres de la Jeunesse et des Sports de la Francophonie;CONFEJES|Confejes
cplp;Communauté des pays de langue portugaise;CPLP
g7;G7;;Groupe des sept|G-7;other
g8;G8;;Groupe des huit|G-8;other
g20;G20;;Groupe des vingt|G-20;other
g77;Groupe des 77;G77;G-77|Groupe des 77 et la Chine;other
brics;BRICS
mouvement-non-alignes;Mouvement des non-alignés;;Mouvement des pays non alignés|Non-Aligned Movement;;;Q83201
club-paris;Club de Paris;;;other
club-londres;Club de Londres;;;other
itie;Initiative pour la transparence dans les industries extractives;ITIE|EITI;Extractive Industries Transparency Initiative;other
processus-kimberley;Processus de Kimberley;;Kimberley Process;other
cgiar;CGIAR;;Groupe consultatif pour la recherche agricole internationale;university
alliance-sahel;Alliance Sahel;;;programme
forum-economique-mondial;Forum économique mondial;WEF;Forum de Davos|World Economic Forum;other
ordre-malte;Ordre souverain de Malte;;Ordre de Malte|Ordre souverain militaire hospitalier de Saint-Jean de Jérusalem, de Rhodes et de Malte;other
""")

# ------------------------------------------- development banks and funds
DATA.append(r"""
@ bank
bad;Banque africaine de développement;BAD|BAfD|AfDB;Groupe de la Banque africaine de développement|African Development Bank
fad;Fonds africain de développement;FAD;African Development Fund;fund
afreximbank;Banque africaine d'import-export;Afreximbank;African Export-Import Bank
boad;Banque ouest-africaine de développement;BOAD;West African Development Bank;;;Q2883427
bidc;Banque d'investissement et de développement de la CEDEAO;BIDC|EBID;ECOWAS Bank for Investment and Development
bdeac;Banque de développement des États de l'Afrique centrale;BDEAC
badea;Banque arabe pour le développement économique en Afrique;BADEA;Arab Bank for Economic Development in Africa
afc;Africa Finance Corporation;AFC;Société financière africaine
africa50;Africa50
tdb;Banque de commerce et de développement;TDB;Trade and Development Bank|Banque de commerce et de développement de l'Afrique orientale et australe
shelter-afrique;Shelter Afrique
fsa;Fonds de solidarité africain;FSA;;fund
bid;Banque islamique de développement;BID|BIsD|IsDB;Groupe de la Banque islamique de développement|Islamic Development Bank
itfc;Société internationale islamique de financement du commerce;ITFC;International Islamic Trade Finance Corporation
bei;Banque européenne d'investissement;BEI|EIB;European Investment Bank;;;Q192247
berd;Banque européenne pour la reconstruction et le développement;BERD|EBRD;European Bank for Reconstruction and Development;;;Q488981
banque-interamericaine;Banque interaméricaine de développement;IDB;Inter-American Development Bank;;;Q1153087
basd;Banque asiatique de développement;BAsD|ADB;Asian Development Bank
baii;Banque asiatique d'investissement dans les infrastructures;BAII|AIIB;Asian Infrastructure Investment Bank
ndb;Nouvelle banque de développement;NDB;Banque des BRICS|New Development Bank
caf-banque;Banque de développement de l'Amérique latine et des Caraïbes;;Development Bank of Latin America and the Caribbean
bri;Banque des règlements internationaux;BRI|BIS;Bank for International Settlements
fades;Fonds arabe pour le développement économique et social;FADES|AFESD;Arab Fund for Economic and Social Development;fund
fma;Fonds monétaire arabe;FMA;Arab Monetary Fund;fund
ofid;Fonds de l'OPEP pour le développement international;OFID;Fonds de l'OPEP|OPEC Fund for International Development|OPEC Fund;fund
fkdea;Fonds koweïtien pour le développement économique arabe;FKDEA|KFAED;Fonds koweïtien|Fonds koweïtien pour le développement|Kuwait Fund for Arab Economic Development;fund;kw
fsd;Fonds saoudien pour le développement;FSD|SFD;Saudi Fund for Development;fund;sa
fadd;Fonds d'Abu Dhabi pour le développement;FADD|ADFD;Fonds d'Abou Dhabi pour le développement|Abu Dhabi Fund for Development;fund;ae
qffd;Fonds du Qatar pour le développement;QFFD;Fonds qatari pour le développement|Qatar Fund for Development;fund;qa
exim-chine;Banque d'import-export de Chine;;Exim Bank of China|China Exim Bank|Export-Import Bank of China;bank;cn
banque-developpement-chine;Banque de développement de Chine;;China Development Bank;bank;cn
kfw;KfW;KfW;Kreditanstalt für Wiederaufbau|Banque allemande de développement;bank;de
proparco;Proparco;;;bank;fr
bii;British International Investment;BII;CDC Group;bank;gb
dfc;Société américaine de financement du développement international;DFC;U.S. International Development Finance Corporation;agency;us

@ fund
fonds-mondial;Fonds mondial de lutte contre le sida, la tuberculose et le paludisme;;Fonds mondial|Global Fund|Global Fund to Fight AIDS, Tuberculosis and Malaria
gavi;Gavi, l'Alliance du vaccin;Gavi|GAVI;Alliance du vaccin|Alliance mondiale pour les vaccins et la vaccination|Gavi, the Vaccine Alliance
fvc;Fonds vert pour le climat;FVC|GCF;Green Climate Fund
fem;Fonds pour l'environnement mondial;FEM|GEF;Global Environment Facility
fonds-adaptation;Fonds pour l'adaptation;;Fonds d'adaptation|Adaptation Fund
frld;Fonds pour répondre aux pertes et aux préjudices;FRLD;Fonds pour les pertes et dommages|Fonds pertes et dommages|Fund for responding to Loss and Damage
gpe;Partenariat mondial pour l'éducation;GPE;Global Partnership for Education
cepi;Coalition pour les innovations en matière de préparation aux épidémies;CEPI;Coalition for Epidemic Preparedness Innovations
fonds-investissement-climatiques;Fonds d'investissement climatiques;;Climate Investment Funds
covax;COVAX;COVAX|Covax;Dispositif COVAX;programme
pif;Fonds public d'investissement;PIF;Public Investment Fund|fonds souverain saoudien;fund;sa
mubadala;Mubadala;;Mubadala Investment Company;fund;ae
qia;Autorité d'investissement du Qatar;QIA;Qatar Investment Authority;fund;qa
adia;Autorité d'investissement d'Abou Dhabi;ADIA;Abu Dhabi Investment Authority;fund;ae
fonsis;Fonds souverain d'investissements stratégiques;FONSIS|Fonsis;;fund;sn
fonds-mohammed-vi;Fonds Mohammed VI pour l'investissement;;;fund;ma
ithmar;Ithmar Capital;;;fund;ma

# --------------------------------------------------------- central banks
@ bank
bceao;Banque centrale des États de l'Afrique de l'Ouest;BCEAO
beac;Banque des États de l'Afrique centrale;BEAC
bam;Bank Al-Maghrib;BAM;Banque centrale du Maroc;;ma
banque-algerie;Banque d'Algérie;;;;dz
bct;Banque centrale de Tunisie;BCT;;;tn
bce;Banque centrale européenne;BCE|ECB;European Central Bank;;;Q8901
fed;Réserve fédérale;Fed;Réserve fédérale américaine|Federal Reserve|Banque centrale américaine;;us
banque-france;Banque de France;BdF;;;fr
boe;Banque d'Angleterre;BoE;Bank of England;;gb
boj;Banque du Japon;BoJ;Bank of Japan;;jp
pboc;Banque populaire de Chine;PBOC;People's Bank of China;;cn
bns;Banque nationale suisse;BNS|SNB;;;ch
banque-canada;Banque du Canada;;Bank of Canada;;ca
bnb;Banque nationale de Belgique;BNB;;;be
bundesbank;Deutsche Bundesbank;;Bundesbank;;de
bcc;Banque centrale du Congo;BCC;;;cd
brb;Banque de la République du Burundi;BRB;;;bi
bcrg;Banque centrale de la République de Guinée;BCRG;;;gn
bcm;Banque centrale de Mauritanie;BCM;;;mr
banque-centrale-madagascar;Banque centrale de Madagascar;;Banky Foiben'i Madagasikara;;mg
banque-centrale-comores;Banque centrale des Comores;;;;km
bnr;Banque nationale du Rwanda;BNR;;;rw
cbe;Banque centrale d'Égypte;CBE;;;eg
cbn;Banque centrale du Nigeria;CBN;Central Bank of Nigeria;;ng
sarb;Banque de réserve sud-africaine;SARB;South African Reserve Bank;;za
rbi;Banque de réserve de l'Inde;RBI;Reserve Bank of India;;in
banque-russie;Banque centrale de Russie;;Banque de Russie;;ru
brh;Banque de la République d'Haïti;BRH;;;ht
bdl;Banque du Liban;BDL;;;lb
banque-centrale-libye;Banque centrale de Libye;;;;ly
cbk;Banque centrale du Kenya;CBK;Central Bank of Kenya;;ke
bog;Banque du Ghana;BoG;Bank of Ghana;;gh
banque-centrale-djibouti;Banque centrale de Djibouti;;;;dj
""")

# ------------------------------------------- bilateral development agencies
DATA.append(r"""
@ agency
afd;Agence française de développement;AFD;Groupe AFD;;fr
expertise-france;Expertise France;;;;fr
giz;Agence allemande de coopération internationale;GIZ;Deutsche Gesellschaft für Internationale Zusammenarbeit;;de
jica;Agence japonaise de coopération internationale;JICA;Japan International Cooperation Agency;;jp
usaid;Agence des États-Unis pour le développement international;USAID|Usaid;Agence américaine pour le développement international|United States Agency for International Development;;us
mcc;Millennium Challenge Corporation;;;;us
pepfar;Plan d'urgence du président des États-Unis pour la lutte contre le sida;PEPFAR|Pepfar;President's Emergency Plan for AIDS Relief;programme;us
power-africa;Power Africa;;;programme;us
fcdo;Bureau des Affaires étrangères, du Commonwealth et du Développement;FCDO;Foreign Office|Foreign, Commonwealth and Development Office;ministry;gb
dfid;Département du développement international;DFID;Department for International Development;ministry;gb
enabel;Enabel;;Agence belge de développement;;be
ddc;Direction du développement et de la coopération;DDC;Coopération suisse|Swiss Agency for Development and Cooperation;;ch
seco;Secrétariat d'État à l'économie;SECO;;ministry;ch
amc;Affaires mondiales Canada;AMC;Global Affairs Canada;ministry;ca
aecid;Agence espagnole de coopération internationale pour le développement;AECID;;;es
aics;Agence italienne de coopération pour le développement;AICS;;;it
asdi;Agence suédoise de coopération internationale au développement;Asdi;Swedish International Development Cooperation Agency;;se
norad;Norad;;Agence norvégienne de coopération pour le développement;;no
danida;Danida;;Agence danoise de développement international;;dk
luxdev;LuxDev;;Agence luxembourgeoise pour la coopération au développement;;lu
koica;Agence coréenne de coopération internationale;KOICA;Korea International Cooperation Agency;;kr
tika;Agence turque de coopération et de coordination;TIKA;;;tr
amci;Agence marocaine de coopération internationale;AMCI;;;ma
ksrelief;Centre du roi Salmane pour l'aide humanitaire et les secours;KSrelief;King Salman Humanitarian Aid and Relief Centre;;sa
""")

# ------------------------------------------------------------------ NGOs
DATA.append(r"""
@ ngo
cicr;Comité international de la Croix-Rouge;CICR|ICRC;International Committee of the Red Cross
ficr;Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge;FICR|IFRC;International Federation of Red Cross and Red Crescent Societies
mouvement-croix-rouge;Mouvement international de la Croix-Rouge et du Croissant-Rouge
croix-rouge;Croix-Rouge;;Red Cross
croissant-rouge;Croissant-Rouge;;Red Crescent
croix-rouge-francaise;Croix-Rouge française;CRF;;;fr
croix-rouge-belgique;Croix-Rouge de Belgique;;;;be
croix-rouge-suisse;Croix-Rouge suisse;;;;ch
croix-rouge-canadienne;Croix-Rouge canadienne;;;;ca
croix-rouge-americaine;Croix-Rouge américaine;;American Red Cross;;us
croix-rouge-senegalaise;Croix-Rouge sénégalaise;;;;sn
croix-rouge-malienne;Croix-Rouge malienne;;;;ml
croix-rouge-burkinabe;Croix-Rouge burkinabè;;;;bf
croix-rouge-nigerienne;Croix-Rouge nigérienne;;;;ne
croix-rouge-camerounaise;Croix-Rouge camerounaise;;;;cm
croix-rouge-rdc;Croix-Rouge de la République démocratique du Congo;;;;cd
croix-rouge-cote-ivoire;Croix-Rouge de Côte d'Ivoire;;;;ci
croix-rouge-tchadienne;Croix-Rouge du Tchad;;;;td
croix-rouge-libanaise;Croix-Rouge libanaise;;;;lb
croix-rouge-haitienne;Croix-Rouge haïtienne;;;;ht
croissant-rouge-marocain;Croissant-Rouge marocain;;;;ma
croissant-rouge-algerien;Croissant-Rouge algérien;;;;dz
croissant-rouge-tunisien;Croissant-Rouge tunisien;;;;tn
croissant-rouge-palestinien;Croissant-Rouge palestinien;;Société du Croissant-Rouge palestinien;;ps
croissant-rouge-turc;Croissant-Rouge turc;;;;tr
croissant-rouge-egyptien;Croissant-Rouge égyptien;;;;eg
croissant-rouge-libyen;Croissant-Rouge libyen;;;;ly
croissant-rouge-soudanais;Croissant-Rouge soudanais;;;;sd
croissant-rouge-mauritanien;Croissant-Rouge mauritanien;;;;mr
croissant-rouge-syrien;Croissant-Rouge arabe syrien;;;;sy
croissant-rouge-emirati;Croissant-Rouge des Émirats arabes unis;;Croissant-Rouge émirati;;ae
croissant-rouge-qatari;Croissant-Rouge du Qatar;;Croissant-Rouge qatari;;qa
msf;Médecins sans frontières;MSF;Doctors Without Borders
amnesty;Amnesty International;;Amnesty
hrw;Human Rights Watch;HRW
oxfam;Oxfam;;Oxfam International
save-the-children;Save the Children;;Save the Children International
care;CARE International;CARE;
acf;Action contre la faim;ACF;Action Against Hunger
mdm;Médecins du monde;MdM;Doctors of the World
humanite-inclusion;Humanité & Inclusion;HI;Handicap International|Humanité et Inclusion
pui;Première Urgence Internationale;PUI
solidarites-international;Solidarités International
plan-international;Plan International
world-vision;World Vision
mercy-corps;Mercy Corps
irc;International Rescue Committee;IRC;Comité international de secours
nrc;Conseil norvégien pour les réfugiés;NRC;Norwegian Refugee Council
drc-ngo;Conseil danois pour les réfugiés;;Danish Refugee Council
caritas;Caritas Internationalis;;Caritas
secours-catholique;Secours catholique;;Secours catholique-Caritas France;;fr
secours-islamique-france;Secours islamique France;SIF;;;fr
islamic-relief;Islamic Relief;;Islamic Relief Worldwide|Secours islamique mondial
alima;ALIMA;;Alliance for International Medical Action
terre-des-hommes;Terre des hommes;TdH
sos-villages;SOS Villages d'enfants;;SOS Children's Villages
emmaus;Emmaüs;;Emmaüs International
restos-coeur;Restos du cœur;;Restaurants du cœur;;fr
fondation-abbe-pierre;Fondation Abbé-Pierre;;Fondation Abbé Pierre;;fr
rsf;Reporters sans frontières;RSF;Reporters Without Borders
transparency;Transparency International
greenpeace;Greenpeace
wwf;Fonds mondial pour la nature;WWF;World Wide Fund for Nature
amis-terre;Amis de la Terre;;Friends of the Earth
fidh;Fédération internationale pour les droits humains;FIDH;Fédération internationale des ligues des droits de l'homme
ldh;Ligue des droits de l'homme;LDH;;;fr
cpj;Comité pour la protection des journalistes;CPJ;Committee to Protect Journalists
crisis-group;International Crisis Group;ICG;Crisis Group
acled;ACLED;;Armed Conflict Location & Event Data Project|Armed Conflict Location and Event Data
global-witness;Global Witness
actionaid;ActionAid
helvetas;Helvetas;;;;ch
welthungerhilfe;Welthungerhilfe;;;;de
concern;Concern Worldwide
crs-ngo;Catholic Relief Services
samaritans-purse;Samaritan's Purse
acted;ACTED
aide-et-action;Aide et Action
enda;Enda Tiers Monde;ENDA;Enda Tiers-Monde
survival;Survival International
sos-mediterranee;SOS Méditerranée
sea-watch;Sea-Watch
open-arms;Proactiva Open Arms;;Open Arms
sant-egidio;Communauté de Sant'Egidio;;Sant'Egidio
rotary;Rotary International
lions-clubs;Lions Clubs International
amref;Amref Health Africa;;Amref
tostan;Tostan;;;;sn
asf;Avocats sans frontières;ASF;Lawyers Without Borders
front-line-defenders;Front Line Defenders
agra;Alliance pour une révolution verte en Afrique;AGRA;Alliance for a Green Revolution in Africa
# foundations
fondation-gates;Fondation Bill-et-Melinda-Gates;;Fondation Bill & Melinda Gates|Fondation Bill et Melinda Gates|Fondation Gates|Gates Foundation|Bill & Melinda Gates Foundation
fondation-mo-ibrahim;Fondation Mo Ibrahim;;Mo Ibrahim Foundation
fondation-mastercard;Fondation Mastercard;;Mastercard Foundation
fondation-rockefeller;Fondation Rockefeller;;Rockefeller Foundation
open-society;Open Society Foundations;;Fondations Open Society|Open Society
fondation-tony-elumelu;Fondation Tony Elumelu;;Tony Elumelu Foundation
fondation-aga-khan;Fondation Aga Khan;;Aga Khan Foundation
akdn;Réseau Aga Khan de développement;AKDN;Aga Khan Development Network
fondation-clinton;Fondation Clinton;;Clinton Foundation
wellcome;Wellcome Trust;;Wellcome
fondation-ford;Fondation Ford;;Ford Foundation
bloomberg-philanthropies;Bloomberg Philanthropies
ciff;Children's Investment Fund Foundation;CIFF
fondation-dangote;Fondation Aliko Dangote;;Fondation Dangote|Aliko Dangote Foundation;;ng
fondation-orange;Fondation Orange
fondation-de-france;Fondation de France;;;;fr
fondation-hirondelle;Fondation Hirondelle;;;;ch
fondation-mohammed-v;Fondation Mohammed V pour la solidarité;;Fondation Mohammed V;;ma
qatar-charity;Qatar Charity;;;;qa
""")

# -------------------------------- national bodies whose name is shared by
# several states: one entry, empty country
DATA.append(r"""
@ government
presidence-republique;Présidence de la République
primature;Primature
assemblee-nationale;Assemblée nationale
senat;Sénat
chambre-representants;Chambre des représentants
chambre-conseillers;Chambre des conseillers
chambre-communes;Chambre des communes;;House of Commons
conseil-national;Conseil national
bundesrat;Bundesrat
cnt;Conseil national de transition;CNT;Conseil national de la transition
ceni;Commission électorale nationale indépendante;CENI|Céni
cese;Conseil économique, social et environnemental;CESE
csm;Conseil supérieur de la magistrature;CSM
cndh;Conseil national des droits de l'homme;CNDH
gendarmerie-nationale;Gendarmerie nationale
police-nationale;Police nationale
amf;Autorité des marchés financiers;AMF
conseil-constitutionnel;Conseil constitutionnel;;;court
conseil-etat;Conseil d'État;;;court
cour-des-comptes;Cour des comptes;;;court
cour-cassation;Cour de cassation;;;court
cour-supreme;Cour suprême;;;court
cour-constitutionnelle;Cour constitutionnelle;;;court
haute-cour-justice;Haute Cour de justice;;;court
ps;Parti socialiste;PS;;party
parti-democrate;Parti démocrate;;;party
parti-republicain;Parti républicain;GOP;;party
parti-conservateur;Parti conservateur;;Tories;party
parti-travailliste;Parti travailliste;;Labour;party
parti-travailleurs;Parti des travailleurs;;;party
epr;Ensemble pour la République;EPR;;party
""")

# ------------------------------------------------------------------- France
DATA.append(r"""
@ government fr
elysee;Élysée;;Palais de l'Élysée
matignon;Matignon;;Hôtel de Matignon
meae;Ministère de l'Europe et des Affaires étrangères;MEAE;Quai d'Orsay;ministry
bercy;Bercy;;;ministry
ministere-armees;Ministère des Armées;;Hôtel de Brienne;ministry
place-beauvau;Place Beauvau;;Beauvau;ministry
insee;Institut national de la statistique et des études économiques;Insee|INSEE;;agency
ofpra;Office français de protection des réfugiés et apatrides;Ofpra|OFPRA;;agency
ofii;Office français de l'immigration et de l'intégration;OFII|Ofii;;agency
arcom;Autorité de régulation de la communication audiovisuelle et numérique;Arcom|ARCOM;;agency
cnil;Commission nationale de l'informatique et des libertés;CNIL|Cnil;;agency
autorite-concurrence;Autorité de la concurrence;;;agency
defenseur-droits;Défenseur des droits;;;agency
pnf;Parquet national financier;PNF
pnat;Parquet national antiterroriste;PNAT
dgse;Direction générale de la sécurité extérieure;DGSE;;agency
dgsi;Direction générale de la sécurité intérieure;DGSI;;agency
crs;Compagnies républicaines de sécurité;CRS;;agency
ademe;Agence de la transition écologique;Ademe|ADEME;Agence de l'environnement et de la maîtrise de l'énergie;agency
anr;Agence nationale de la recherche;ANR;;agency
ansm;Agence nationale de sécurité du médicament et des produits de santé;ANSM;;agency
has;Haute Autorité de santé;HAS;;agency
sante-publique-france;Santé publique France;;;agency
france-travail;France Travail;;Pôle emploi;agency
meteo-france;Météo-France;;;agency
caisse-depots;Caisse des dépôts et consignations;;Caisse des dépôts;agency
bpifrance;Bpifrance;;Banque publique d'investissement;bank
institut-francais;Institut français;;;agency
alliance-francaise;Alliance française;;;other
campus-france;Campus France;;;agency
business-france;Business France;;;agency
cnes;Centre national d'études spatiales;CNES|Cnes;;agency
academie-francaise;Académie française;;;other
medef;Mouvement des entreprises de France;Medef|MEDEF;;other
cgt;Confédération générale du travail;CGT;;other
cfdt;Confédération française démocratique du travail;CFDT;;other
fo;Force ouvrière;FO;;other
barkhane;Opération Barkhane;;Barkhane|Force Barkhane;other
serval;Opération Serval;;;other
sangaris;Opération Sangaris;;;other
takuba;Task Force Takuba;;Takuba;other
@ party fr
renaissance;Renaissance;LREM|LaREM;République en marche
modem;Mouvement démocrate;MoDem|Modem
horizons;Horizons
lr;Les Républicains;LR
ump;Union pour un mouvement populaire;UMP
rn;Rassemblement national;RN|FN;Front national
lfi;France insoumise;LFI
eelv;Les Écologistes;EELV;Europe Écologie Les Verts
pcf;Parti communiste français;PCF
reconquete;Reconquête
udi;Union des démocrates et indépendants;UDI
dlf;Debout la France;DLF
npa;Nouveau Parti anticapitaliste;NPA
lo;Lutte ouvrière;LO
place-publique;Place publique
nfp;Nouveau Front populaire;NFP
nupes;Nouvelle Union populaire écologique et sociale;Nupes|NUPES
les-patriotes;Les Patriotes
parti-radical;Parti radical
""")

# ------------------------------------------------------------------ Maghreb
DATA.append(r"""
@ government ma
cabinet-royal;Cabinet royal
hcp;Haut-Commissariat au plan;HCP;;agency
dgsn;Direction générale de la sûreté nationale;DGSN;;agency
dgst;Direction générale de la surveillance du territoire;DGST;;agency
far;Forces armées royales;FAR;;other
haca;Haute Autorité de la communication audiovisuelle;HACA;;agency
onssa;Office national de sécurité sanitaire des produits alimentaires;ONSSA;;agency
cdg;Caisse de dépôt et de gestion;CDG;;agency
masen;Agence marocaine pour l'énergie durable;Masen|MASEN;Moroccan Agency for Sustainable Energy;agency
onee;Office national de l'électricité et de l'eau potable;ONEE;;agency
oncf;Office national des chemins de fer;ONCF;;agency
onda;Office national des aéroports;ONDA;;agency
conseil-concurrence;Conseil de la concurrence;;;agency;-
cgem;Confédération générale des entreprises du Maroc;CGEM;;other
umt;Union marocaine du travail;UMT;;other
al-adl-wal-ihsane;Al Adl Wal Ihsane;;Justice et Bienfaisance;other
plan-maroc-vert;Plan Maroc vert;;Génération Green;programme
@ party ma
pjd;Parti de la justice et du développement;PJD
rni;Rassemblement national des indépendants;RNI
pam-parti;Parti authenticité et modernité
istiqlal;Parti de l'Istiqlal;;Istiqlal
usfp;Union socialiste des forces populaires;USFP
mouvement-populaire;Mouvement populaire
pps;Parti du progrès et du socialisme;PPS
union-constitutionnelle;Union constitutionnelle
fgd;Fédération de la gauche démocratique;FGD
psu;Parti socialiste unifié;PSU
polisario;Front Polisario;;Polisario|Front populaire de libération de la Saguia el-Hamra et du Rio de Oro;other;-
@ government dz
apn;Assemblée populaire nationale;APN
conseil-nation;Conseil de la nation
el-mouradia;El Mouradia;;Palais d'El Mouradia
anp;Armée nationale populaire;ANP;;other
@ party dz
fln;Front de libération nationale;FLN
rnd;Rassemblement national démocratique;RND
msp;Mouvement de la société pour la paix;MSP
ffs;Front des forces socialistes;FFS
rcd;Rassemblement pour la culture et la démocratie;RCD
el-bina;Mouvement El Bina;;El Bina
fis;Front islamique du salut;FIS
@ government tn
arp;Assemblée des représentants du peuple;ARP
cnrd-tn;Conseil national des régions et des districts
palais-carthage;Palais de Carthage
isie;Instance supérieure indépendante pour les élections;ISIE;;agency
ugtt;Union générale tunisienne du travail;UGTT;;other
utica;Union tunisienne de l'industrie, du commerce et de l'artisanat;UTICA;;other
@ party tn
ennahdha;Ennahdha;;Mouvement Ennahdha|Ennahda
nidaa-tounes;Nidaa Tounes
pdl;Parti destourien libre;PDL
qalb-tounes;Qalb Tounes
courant-democrate;Courant démocrate
mouvement-peuple;Mouvement du peuple;;Echaab
afek-tounes;Afek Tounes
tahya-tounes;Tahya Tounes
rcd-tunisie;Rassemblement constitutionnel démocratique
""")

# -------------------------------------------------- West and Central Africa
DATA.append(r"""
@ party sn
pastef;Patriotes africains du Sénégal pour le travail, l'éthique et la fraternité;Pastef|PASTEF;Pastef-Les Patriotes
apr;Alliance pour la République;APR
pds;Parti démocratique sénégalais;PDS
bby;Benno Bokk Yakaar;BBY
rewmi;Rewmi
taxawu;Taxawu Senegaal;;Taxawu Sénégal
yewwi;Yewwi Askan Wi;YAW
afp-senegal;Alliance des forces de progrès
@ agency sn
ansd;Agence nationale de la statistique et de la démographie;ANSD
der-fj;Délégation générale à l'entrepreneuriat rapide des femmes et des jeunes;DER/FJ|DER
apix;Agence pour la promotion des investissements et des grands travaux;APIX
pse;Plan Sénégal émergent;PSE;;programme
pudc;Programme d'urgence de développement communautaire;PUDC;;programme
cae;Chambres africaines extraordinaires;CAE;;court
@ party ci
rhdp;Rassemblement des houphouëtistes pour la démocratie et la paix;RHDP
rdr;Rassemblement des républicains;RDR
pdci;Parti démocratique de Côte d'Ivoire;PDCI|PDCI-RDA;Parti démocratique de Côte d'Ivoire-Rassemblement démocratique africain
fpi;Front populaire ivoirien;FPI
ppa-ci;Parti des peuples africains-Côte d'Ivoire;PPA-CI
@ government ci
cei;Commission électorale indépendante;CEI
conseil-cafe-cacao;Conseil du café-cacao;;;agency
faci;Forces armées de Côte d'Ivoire;FACI;;other
@ party cm
rdpc;Rassemblement démocratique du peuple camerounais;RDPC
sdf;Social Democratic Front;;Front social-démocrate
mrc;Mouvement pour la renaissance du Cameroun;MRC
upc;Union des populations du Cameroun;UPC
undp-cameroun;Union nationale pour la démocratie et le progrès
@ government cm
elecam;Elections Cameroon;ELECAM|Elecam;;agency
palais-etoudi;Palais d'Etoudi;;Palais de l'Unité
bir;Bataillon d'intervention rapide;BIR;;other
@ party ml
rpm;Rassemblement pour le Mali;RPM
adema;Alliance pour la démocratie au Mali;ADEMA|Adema|ADEMA-PASJ
urd;Union pour la République et la démocratie;URD
sadi;Solidarité africaine pour la démocratie et l'indépendance;SADI
m5-rfp;Mouvement du 5 juin-Rassemblement des forces patriotiques;M5-RFP;M5
@ government ml
koulouba;Palais de Koulouba;;Koulouba
fama;Forces armées maliennes;FAMa;;other
@ party bf
mpp;Mouvement du peuple pour le progrès;MPP
cdp;Congrès pour la démocratie et le progrès;CDP
upc-burkina;Union pour le progrès et le changement
@ government bf
alt;Assemblée législative de transition;ALT
kosyam;Palais de Kosyam;;Kosyam
vdp;Volontaires pour la défense de la patrie;VDP;;other
@ party ne
pnds;Parti nigérien pour la démocratie et le socialisme;PNDS|PNDS-Tarayya
mnsd;Mouvement national pour la société du développement;MNSD|MNSD-Nassara
lumana;Mouvement démocratique nigérien pour une fédération africaine;Lumana|MODEN/FA
@ government ne
cnsp;Conseil national pour la sauvegarde de la patrie;CNSP
@ party gn
rpg;Rassemblement du peuple de Guinée;RPG;RPG Arc-en-ciel
ufdg;Union des forces démocratiques de Guinée;UFDG
ufr;Union des forces républicaines;UFR
@ government gn
cnrd;Comité national du rassemblement pour le développement;CNRD
@ party tg
unir;Union pour la République;UNIR
anc-togo;Alliance nationale pour le changement
@ party bj
upr-benin;Union progressiste le Renouveau;UPR
bloc-republicain;Bloc républicain
les-democrates;Les Démocrates
@ party ga
pdg;Parti démocratique gabonais
@ government ga
ctri;Comité pour la transition et la restauration des institutions;CTRI
@ party cg
pct;Parti congolais du travail;PCT
@ party td
mps;Mouvement patriotique du salut;MPS
fact;Front pour l'alternance et la concorde au Tchad;FACT;;other
@ party cf
mcu;Mouvement cœurs unis;MCU
cps-rca;Cour pénale spéciale;;;court
@ party cd
udps;Union pour la démocratie et le progrès social;UDPS
pprd;Parti du peuple pour la reconstruction et la démocratie;PPRD
mlc;Mouvement de libération du Congo;MLC
usn;Union sacrée de la nation;USN
@ other cd
fardc;Forces armées de la République démocratique du Congo;FARDC
m23;Mouvement du 23 mars;M23;M23/AFC
alliance-fleuve-congo;Alliance Fleuve Congo
adf;Forces démocratiques alliées;ADF;Allied Democratic Forces
fdlr;Forces démocratiques de libération du Rwanda;FDLR;;other;-
codeco;Coopérative pour le développement du Congo;CODECO
@ party bi
cndd-fdd;Conseil national pour la défense de la démocratie-Forces de défense de la démocratie;CNDD-FDD
cnl;Congrès national pour la liberté;CNL
@ party rw
fpr;Front patriotique rwandais;FPR|RPF;Rwandan Patriotic Front
rdf;Forces rwandaises de défense;RDF;Rwanda Defence Force;other
""")

# ------------------------------------------- Belgium, Switzerland, Canada
DATA.append(r"""
@ party be
mr;Mouvement réformateur;MR
les-engages;Les Engagés
ecolo;Ecolo
ptb;Parti du travail de Belgique;PTB|PVDA
n-va;Nouvelle Alliance flamande;N-VA;Nieuw-Vlaamse Alliantie
vlaams-belang;Vlaams Belang
vooruit;Vooruit
cd-v;CD&V;;Chrétiens-démocrates et flamands
open-vld;Open VLD
defi;Démocrate fédéraliste indépendant;DéFI
groen;Groen
cdh-belgique;Centre démocrate humaniste;cdH
@ government be
parlement-wallon;Parlement wallon
parlement-fwb;Parlement de la Fédération Wallonie-Bruxelles
@ party ch
udc;Union démocratique du centre;UDC|SVP
pss;Parti socialiste suisse;PSS
plr;Parti libéral-radical;PLR;Libéraux-Radicaux
verts-suisses;Parti écologiste suisse;;Verts suisses
pvl;Parti vert'libéral;PVL;Vert'libéraux
@ government ch
conseil-federal;Conseil fédéral
conseil-etats;Conseil des États
assemblee-federale;Assemblée fédérale;;;;-
dfae;Département fédéral des affaires étrangères;DFAE;;ministry
@ party ca
plc;Parti libéral du Canada;PLC
parti-conservateur-canada;Parti conservateur du Canada
npd;Nouveau Parti démocratique;NPD
bq;Bloc québécois;BQ
caq;Coalition avenir Québec;CAQ
pq;Parti québécois;PQ
plq;Parti libéral du Québec;PLQ
qs;Québec solidaire;QS
parti-vert-canada;Parti vert du Canada
@ government ca
assemblee-nationale-quebec;Assemblée nationale du Québec
parlement-canada;Parlement du Canada
grc;Gendarmerie royale du Canada;GRC;;agency
statistique-canada;Statistique Canada;;;agency
""")

# ------------------------------------------------------- rest of the world
DATA.append(r"""
@ government us
maison-blanche;Maison-Blanche;;Maison Blanche|White House
departement-etat;Département d'État;;Département d'État américain|State Department;ministry
pentagone;Pentagone;;Département de la Défense|Pentagon;ministry
tresor-americain;Département du Trésor;;Trésor américain|Treasury;ministry
departement-justice;Département de la Justice;DOJ;;ministry
dhs;Département de la Sécurité intérieure;DHS;;ministry
congres;Congrès des États-Unis;;Congrès américain
cia;Agence centrale de renseignement;CIA;Central Intelligence Agency;agency;;Q37230
fbi;Bureau fédéral d'enquête;FBI;Federal Bureau of Investigation;agency;;Q8333
nsa;Agence nationale de la sécurité;NSA;National Security Agency;agency
nasa;NASA;;National Aeronautics and Space Administration;agency;;Q23548
cdc;Centres pour le contrôle et la prévention des maladies;CDC;Centers for Disease Control and Prevention;agency
fda;Agence américaine des produits alimentaires et médicamenteux;FDA;Food and Drug Administration;agency
ice;Service de l'immigration et des douanes;ICE;Immigration and Customs Enforcement;agency
@ government gb
downing-street;Downing Street;;10 Downing Street
chambre-lords;Chambre des lords;;House of Lords
mi6;MI6;;Secret Intelligence Service;agency
mi5;MI5;;;agency
british-council;British Council;;;agency
reform-uk;Reform UK;;;party
@ government de
bundestag;Bundestag
bundeswehr;Bundeswehr;;;other
cdu;Union chrétienne-démocrate;CDU;Union chrétienne-démocrate d'Allemagne;party
csu;Union chrétienne-sociale;CSU;Union chrétienne-sociale en Bavière;party
spd;Parti social-démocrate d'Allemagne;SPD;;party
afd-allemagne;Alternative pour l'Allemagne;AfD;;party
fdp;Parti libéral-démocrate;FDP;;party;-
@ government ru
kremlin;Kremlin
douma;Douma d'État;;Douma
fsb;Service fédéral de sécurité;FSB;;agency
russie-unie;Russie unie;;;party
wagner;Groupe Wagner;;Wagner|milice Wagner;other
africa-corps;Africa Corps;;;other
@ government cn
pcc;Parti communiste chinois;PCC;;party
@ government tr
akp;AKP;;Adalet ve Kalkınma Partisi;party
@ government il
knesset;Knesset
tsahal;Tsahal;;Forces de défense d'Israël|armée israélienne;other
mossad;Mossad;;;agency
shin-bet;Shin Bet;;;agency
likoud;Likoud;;;party
@ government ps
autorite-palestinienne;Autorité palestinienne;;Autorité nationale palestinienne
olp;Organisation de libération de la Palestine;OLP
hamas;Hamas;;;party
fatah;Fatah;;;party
jihad-islamique;Jihad islamique;;Jihad islamique palestinien;other
@ other lb
hezbollah;Hezbollah
@ other ir
cgri;Corps des gardiens de la révolution islamique;CGRI|IRGC;Gardiens de la révolution|Pasdaran
@ other ye
houthis;Houthis;;Ansar Allah|Ansarallah
@ other sd
fsr;Forces de soutien rapide;FSR;Rapid Support Forces
fas-soudan;Forces armées soudanaises
@ other so
shebab;Shebab;;Al-Shabaab|Chabab|Shabab
""")

# ------------------------------------------------ more African and Middle East
DATA.append(r"""
@ party za
anc;Congrès national africain;ANC;African National Congress
da-afrique-du-sud;Alliance démocratique;;Democratic Alliance
eff;Combattants pour la liberté économique;EFF;Economic Freedom Fighters
mk-party;Parti uMkhonto we Sizwe;;uMkhonto we Sizwe
@ party ng
apc;Congrès des progressistes;APC;All Progressives Congress
pdp;Parti démocratique populaire;PDP;Peoples Democratic Party
@ government ng
inec;Commission électorale nationale indépendante du Nigeria;INEC;Independent National Electoral Commission
@ party gh
npp;Nouveau Parti patriotique;NPP;New Patriotic Party
ndc;Congrès national démocratique;NDC;National Democratic Congress
@ party ke
odm;Mouvement démocratique orange;ODM;Orange Democratic Movement
uda;Alliance démocratique unie;UDA;United Democratic Alliance
@ party
zanu-pf;Union nationale africaine du Zimbabwe-Front patriotique;ZANU-PF;;;zw
ccm;Chama cha Mapinduzi;CCM;;;tz
mpla;Mouvement populaire de libération de l'Angola;MPLA;;;ao
unita;Union nationale pour l'indépendance totale de l'Angola;UNITA;;;ao
frelimo;Front de libération du Mozambique;Frelimo|FRELIMO;;;mz
renamo;Résistance nationale mozambicaine;Renamo|RENAMO;;;mz
nrm;Mouvement de résistance nationale;NRM;National Resistance Movement;;ug
parti-prosperite;Parti de la prospérité;;Prosperity Party;;et
el-insaf;El Insaf;;Parti El Insaf;;mr
rpp-djibouti;Rassemblement populaire pour le progrès;RPP;;;dj
crc-comores;Convention pour le renouveau des Comores;CRC;;;km
irmar;Isika Rehetra Miaraka Amin'i Andry Rajoelina;IRMAR;;;mg
tgv-madagascar;Tanora malaGasy Vonona;;;;mg
@ other
tplf;Front de libération du peuple du Tigré;FLPT|TPLF;Tigray People's Liberation Front;;et
freres-musulmans;Frères musulmans;;Confrérie des Frères musulmans;;-
anl;Armée nationale libyenne;ANL;;;ly
haut-conseil-etat-libye;Haut Conseil d'État;;;government;ly
conseil-souverain;Conseil de souveraineté;;Conseil souverain;government;sd
cmt;Conseil militaire de transition;CMT;;government;-
mpsr;Mouvement patriotique pour la sauvegarde et la restauration;MPSR;;government;bf
eglise-catholique;Église catholique;;Église catholique romaine
ligue-islamique-mondiale;Ligue islamique mondiale;LIM;Muslim World League
csi;Confédération syndicale internationale;CSI;International Trade Union Confederation
@ programme
polio;Initiative mondiale pour l'éradication de la poliomyélite;IMEP|GPEI;Global Polio Eradication Initiative
rbm;Partenariat RBM pour en finir avec le paludisme;;Roll Back Malaria|Partenariat Faire reculer le paludisme
mission-300;Mission 300
desert-to-power;Desert to Power;;Initiative Desert to Power
compact-with-africa;Compact with Africa;;;;de
nouvelles-routes-soie;Nouvelles routes de la soie;;Initiative la Ceinture et la Route|Belt and Road Initiative|Ceinture et Route
@ fund
fagace;Fonds africain de garantie et de coopération économique;FAGACE
""")

# ------------------------------------------------- armed and jihadist groups
DATA.append(r"""
@ other
al-qaida;Al-Qaïda;;Al-Qaeda|Al Qaïda;;;Q34490
aqmi;Al-Qaïda au Maghreb islamique;AQMI|Aqmi
ei;État islamique;EI|ISIS|ISIL;Daech|Daesh|Organisation État islamique;;;Q2429253
eigs;État islamique au Grand Sahara;EIGS
iswap;État islamique en Afrique de l'Ouest;EIAO|ISWAP;Province de l'État islamique en Afrique de l'Ouest
ei-sahel;État islamique au Sahel;;Province du Sahel de l'État islamique
jnim;Groupe de soutien à l'islam et aux musulmans;GSIM|JNIM;Jama'at Nusrat al-Islam wal-Muslimin
boko-haram;Boko Haram
ansar-dine;Ansar Dine
katiba-macina;Katiba Macina
fla;Front de libération de l'Azawad;FLA
cma;Coordination des mouvements de l'Azawad;CMA
mnla;Mouvement national de libération de l'Azawad;MNLA
talibans;Talibans;;Taliban
seleka;Séléka
""")

# ---------------------------------------------------------------- companies
DATA.append(r"""
@ company fr
totalenergies;TotalEnergies
orange;Orange;;Groupe Orange|Orange SA
renault;Renault;;Groupe Renault;;;Q6686
peugeot;Peugeot;;;;;Q6742
citroen;Citroën
lvmh;LVMH;;Moët Hennessy Louis Vuitton
airbus;Airbus;;Groupe Airbus;;;Q2311
safran;Safran
thales;Thales
dassault-aviation;Dassault Aviation
naval-group;Naval Group
vinci;Vinci
bouygues;Bouygues
eiffage;Eiffage
saint-gobain;Saint-Gobain
danone;Danone
loreal;L'Oréal
carrefour;Carrefour
auchan;Auchan
michelin;Michelin
sanofi;Sanofi
edf;Électricité de France;EDF
engie;Engie
veolia;Veolia
orano;Orano;;Areva
eramet;Eramet
bollore;Groupe Bolloré;;Bolloré
vivendi;Vivendi
cma-cgm;CMA CGM
air-france;Air France
air-france-klm;Air France-KLM
accor;Accor
capgemini;Capgemini
atos;Atos
alstom;Alstom
kering;Kering
hermes;Hermès
chanel;Chanel
schneider-electric;Schneider Electric
publicis;Publicis
iliad;Iliad
sfr;SFR
lagardere;Lagardère
castel;Groupe Castel;;Castel
sodexo;Sodexo
pernod-ricard;Pernod Ricard
air-liquide;Air Liquide
dassault-systemes;Dassault Systèmes
mistral-ai;Mistral AI
maurel-prom;Maurel & Prom
perenco;Perenco
agl;Africa Global Logistics;AGL;Bolloré Africa Logistics
sncf;SNCF;;Société nationale des chemins de fer français
groupe-la-poste;Groupe La Poste
corsair;Corsair
transavia;Transavia
bnp-paribas;BNP Paribas
societe-generale;Société générale
credit-agricole;Crédit agricole
axa;AXA
natixis;Natixis
ipsos;Ipsos
ifop;Ifop;;Institut français d'opinion publique
technip-energies;Technip Energies;;Technip
vallourec;Vallourec
@ company us
google;Google;;;;;Q95
meta;Meta;;Meta Platforms;;;Q380
facebook;Facebook;;;;;Q355
instagram;Instagram
whatsapp;WhatsApp
apple;Apple;;;;;Q312
microsoft;Microsoft;;;;;Q2283
amazon;Amazon;;;;;Q3884
tesla;Tesla;;;;;Q478214
spacex;SpaceX
starlink;Starlink
twitter;Twitter;;;;;Q918
openai;OpenAI
nvidia;Nvidia
intel;Intel
ibm;IBM
netflix;Netflix;;;;;Q907311
uber;Uber
youtube;YouTube;;;;;Q866
boeing;Boeing;;;;;Q66
lockheed-martin;Lockheed Martin
general-electric;General Electric
coca-cola;Coca-Cola;;The Coca-Cola Company
pepsico;PepsiCo
cargill;Cargill
pfizer;Pfizer
moderna;Moderna
johnson-johnson;Johnson & Johnson
mastercard;Mastercard
goldman-sachs;Goldman Sachs
jpmorgan;JPMorgan Chase;;JPMorgan|JP Morgan
blackrock;BlackRock
morgan-stanley;Morgan Stanley
citigroup;Citigroup;;Citi
exxonmobil;ExxonMobil;;Exxon Mobil|Exxon
chevron;Chevron
ford;Ford;;Ford Motor Company;;;Q44294
general-motors;General Motors;GM
western-union;Western Union
@ company
samsung;Samsung;;Samsung Electronics;;kr
hyundai;Hyundai;;;;kr
sony;Sony;;;;jp
toyota;Toyota;;;;jp
volkswagen;Volkswagen;;Groupe Volkswagen;;de
bmw;BMW;;;;de
mercedes-benz;Mercedes-Benz;;;;de
siemens;Siemens;;;;de
bayer;Bayer;;;;de
basf;BASF;;;;de
deutsche-bank;Deutsche Bank;;;;de
lufthansa;Lufthansa;;;;de
biontech;BioNTech;;;;de
stellantis;Stellantis;;;;nl
shell;Shell;;Royal Dutch Shell;;gb
bp;BP;;British Petroleum;;gb
unilever;Unilever;;;;gb
astrazeneca;AstraZeneca;;;;gb
gsk;GSK;;GlaxoSmithKline;;gb
hsbc;HSBC;;;;gb
barclays;Barclays;;;;gb
rio-tinto;Rio Tinto;;;;gb
anglo-american;Anglo American;;;;gb
endeavour-mining;Endeavour Mining;;;;gb
airtel-africa;Airtel Africa;;Airtel;;gb
eni;Eni;;;;it
equinor;Equinor;;;;no
nestle;Nestlé;;;;ch
novartis;Novartis;;;;ch
roche;Roche;;;;ch
ubs;UBS;;;;ch
credit-suisse;Credit Suisse;;;;ch
glencore;Glencore;;;;ch
msc;Mediterranean Shipping Company;MSC;;;ch
holcim;Holcim;;LafargeHolcim|Lafarge;;ch
vitol;Vitol;;;;ch
trafigura;Trafigura;;;;ch
arcelormittal;ArcelorMittal;;;;lu
maersk;Maersk;;A.P. Moller-Maersk;;dk
bhp;BHP;;;;au
vale;Vale;;;;br
barrick;Barrick Gold;;Barrick Mining|Barrick;;ca
b2gold;B2Gold;;;;ca
bombardier;Bombardier;;;;ca
hydro-quebec;Hydro-Québec;;;;ca
cdpq;Caisse de dépôt et placement du Québec;CDPQ;;;ca
desjardins;Mouvement Desjardins;;Desjardins;;ca
atkinsrealis;AtkinsRéalis;;SNC-Lavalin;;ca
couche-tard;Alimentation Couche-Tard;;Couche-Tard;;ca
gazprom;Gazprom;;;;ru
rosatom;Rosatom;;;;ru
rosneft;Rosneft;;;;ru
lukoil;Lukoil;;;;ru
huawei;Huawei;;;;cn
zte;ZTE;;;;cn
alibaba;Alibaba;;Alibaba Group;;cn
tencent;Tencent;;;;cn
bytedance;ByteDance;;;;cn
tiktok;TikTok;;;;cn
xiaomi;Xiaomi;;;;cn
byd;BYD;;;;cn
cnpc;China National Petroleum Corporation;CNPC;;;cn
sinopec;Sinopec;;;;cn
cnooc;CNOOC;;;;cn
crbc;China Road and Bridge Corporation;CRBC;;;cn
binance;Binance
baykar;Baykar;;;;tr
turkish-airlines;Turkish Airlines;;;;tr
saudi-aramco;Saudi Aramco;;Aramco;;sa
adnoc;ADNOC;;Abu Dhabi National Oil Company;;ae
dp-world;DP World;;;;ae
emirates;Emirates;;Emirates Airlines;;ae
qatarenergy;QatarEnergy;;Qatar Petroleum;;qa
qatar-airways;Qatar Airways;;;;qa
ooredoo;Ooredoo;;;;qa
olam;Olam;;Olam International;;sg
louis-dreyfus;Louis Dreyfus Company;;Louis Dreyfus;;nl
""")

# ------------------------------------------------------ African companies
DATA.append(r"""
@ company
ocp;OCP;OCP;Office chérifien des phosphates|Groupe OCP;;ma
ram;Royal Air Maroc;RAM;;;ma
maroc-telecom;Maroc Telecom;;Itissalat Al-Maghrib;;ma
tanger-med;Tanger Med;;Groupe Tanger Med;;ma
marsa-maroc;Marsa Maroc;;;;ma
managem;Managem;;;;ma
attijariwafa;Attijariwafa bank;;Attijariwafa;;ma
bank-of-africa;Bank of Africa;;BMCE Bank of Africa|BMCE Bank;;ma
bcp;Banque centrale populaire;BCP;Groupe Banque populaire;;ma
bourse-casablanca;Bourse de Casablanca;;;;ma
moov-africa;Moov Africa;;;;ma
sonatrach;Sonatrach;;;;dz
sonelgaz;Sonelgaz;;;;dz
air-algerie;Air Algérie;;;;dz
algerie-telecom;Algérie Télécom;;;;dz
mobilis;Mobilis;;;;dz
djezzy;Djezzy;;;;dz
steg;Société tunisienne de l'électricité et du gaz;STEG;;;tn
tunisair;Tunisair;;;;tn
tunisie-telecom;Tunisie Telecom;;;;tn
senelec;Société nationale d'électricité du Sénégal;Senelec|SENELEC;;;sn
sonatel;Sonatel;;;;sn
port-dakar;Port autonome de Dakar;PAD;;;sn
air-senegal;Air Sénégal;;;;sn
petrosen;Petrosen;;Société des pétroles du Sénégal;;sn
sones;Société nationale des eaux du Sénégal;SONES;;;sn
wave;Wave;;Wave Mobile Money;;sn
cie;Compagnie ivoirienne d'électricité;CIE;;;ci
sodeci;Société de distribution d'eau de la Côte d'Ivoire;SODECI;;;ci
petroci;Petroci;;Société nationale d'opérations pétrolières de la Côte d'Ivoire;;ci
port-abidjan;Port autonome d'Abidjan;PAA;;;ci
air-cote-ivoire;Air Côte d'Ivoire;;;;ci
sifca;Sifca;;Groupe Sifca;;ci
snh;Société nationale des hydrocarbures;SNH;;;cm
camtel;Camtel;;Cameroon Telecommunications;;cm
eneo;Eneo;;Eneo Cameroon;;cm
sonara;Société nationale de raffinage;SONARA;;;cm
port-douala;Port autonome de Douala;;;;cm
edm;Énergie du Mali;EDM;;;ml
sonabel;Société nationale d'électricité du Burkina;SONABEL;;;bf
sonidep;Société nigérienne des produits pétroliers;SONIDEP;;;ne
seeg;Société d'énergie et d'eau du Gabon;SEEG;;;ga
comilog;Comilog;;Compagnie minière de l'Ogooué;;ga
snpc;Société nationale des pétroles du Congo;SNPC;;;cg
gecamines;Gécamines;;;;cd
snel;Société nationale d'électricité;SNEL;;;cd
jirama;Jirama;;;;mg
snim;Société nationale industrielle et minière;SNIM;;;mr
asky;ASKY Airlines;;ASKY;;tg
ecobank;Ecobank;;Ecobank Transnational Incorporated;;tg
oragroup;Oragroup;;;;tg
coris-bank;Coris Bank International;;Coris Bank;;bf
afriland;Afriland First Bank;;;;cm
ethiopian-airlines;Ethiopian Airlines;;;;et
kenya-airways;Kenya Airways;;;;ke
safaricom;Safaricom;;;;ke
m-pesa;M-Pesa;;;;ke
egyptair;EgyptAir;;;;eg
rwandair;RwandAir;;;;rw
brussels-airlines;Brussels Airlines;;;;be
mtn;MTN;;MTN Group;;za
vodacom;Vodacom;;;;za
standard-bank;Standard Bank;;;;za
sanlam;Sanlam;;;;za
dangote;Groupe Dangote;;Dangote Group|Dangote Industries;;ng
dangote-cement;Dangote Cement;;;;ng
nnpc;NNPC;;Nigerian National Petroleum Company;;ng
uba;United Bank for Africa;UBA;;;ng
access-bank;Access Bank;;;;ng
flutterwave;Flutterwave;;;;ng
jumia;Jumia;;;;ng
sonangol;Sonangol;;;;ao
orange-money;Orange Money;;;;fr
""")

# -------------------------------------------------------------------- media
# Press titles drop their leading article (`Monde` for `Le Monde`): several of
# them are then common French words and need a capitalised match in context.
DATA.append(r"""
@ media
afp;Agence France-Presse;AFP;Agence France Presse;;fr;Q40464
reuters;Reuters;;Thomson Reuters;;gb;Q130879
ap;Associated Press;AP;;;us;Q40469
bloomberg;Bloomberg;;Bloomberg News;;us
map;Agence Maghreb Arabe Presse;MAP;Maghreb Arabe Presse;;ma
aps;Algérie Presse Service;APS;Agence Algérie Presse Service;;dz
tap;Agence Tunis Afrique Presse;TAP;Tunis Afrique Presse;;tn
aps-senegal;Agence de presse sénégalaise;;;;sn
aip;Agence ivoirienne de presse;AIP;;;ci
acp;Agence congolaise de presse;ACP;;;cd
amap;Agence malienne de presse et de publicité;AMAP;;;ml
aib;Agence d'information du Burkina;AIB;;;bf
anp-niger;Agence nigérienne de presse;;;;ne
agp;Agence guinéenne de presse;AGP;;;gn
atop;Agence togolaise de presse;ATOP;;;tg
abp;Agence Bénin Presse;ABP;;;bj
apa;Agence de presse africaine;APA;APA News;;sn
ecofin;Agence Ecofin;;Ecofin;;ch
xinhua;Xinhua;;Agence Chine nouvelle;;cn;Q204839
tass;TASS;;Agence TASS;;ru;Q223799
ria-novosti;RIA Novosti;;;;ru
sputnik;Sputnik;;;;ru;Q212196
rt;RT;;Russia Today;;ru;Q22868
anadolu;Agence Anadolu;;Anadolu;;tr
kyodo;Kyodo;;;;jp
dpa;Deutsche Presse-Agentur;DPA|dpa;;;de;Q312653
efe;Agencia EFE;EFE;;;es
ansa;ANSA;;;;it;Q392934
rfi;Radio France internationale;RFI;;;fr
france-24;France 24;;France24;;fr
tv5monde;TV5Monde;;TV5 Monde|TV5;;fr
france-televisions;France Télévisions;;;;fr
france-2;France 2;;;;fr
france-3;France 3;;;;fr
france-inter;France Inter;;;;fr
franceinfo;Franceinfo;;France Info;;fr
radio-france;Radio France;;;;fr
bfmtv;BFMTV;;BFM TV;;fr
cnews;CNews;;;;fr
lci;LCI;;;;fr
tf1;TF1;;;;fr
m6;M6;;;;fr
arte;Arte;;;;fr
canal-plus;Canal+;;Canal Plus|Groupe Canal+;;fr
europe-1;Europe 1;;;;fr
jeune-afrique;Jeune Afrique;;;;fr
le-monde;Monde;;;;fr;Q12461
monde-diplomatique;Monde diplomatique;;;;fr
le-figaro;Figaro;;;;fr
liberation;Libération;;Libé;;fr
les-echos;Échos;;;;fr
le-parisien;Parisien;;Parisien libéré;;fr
la-croix;Croix;;;;fr
humanite;Humanité;;;;fr
le-point;Point;;;;fr
lexpress;Express;;;;fr
lobs;Obs;;Nouvel Observateur;;fr
mediapart;Mediapart;;;;fr
canard-enchaine;Canard enchaîné;;;;fr
ouest-france;Ouest-France;;;;fr
jdd;Journal du dimanche;JDD;;;fr
paris-match;Paris Match;;;;fr
courrier-international;Courrier international;;;;fr
valeurs-actuelles;Valeurs actuelles;;;;fr
africa-intelligence;Africa Intelligence;;;;fr
afrik;Afrik.com;;;;fr
radio-canada;Radio-Canada;;ICI Radio-Canada|Société Radio-Canada;;ca
cbc;CBC;;Canadian Broadcasting Corporation;;ca
la-presse;Presse;;;;-
le-devoir;Devoir;;;;ca
journal-montreal;Journal de Montréal;;;;ca
rtbf;Radio-télévision belge de la Communauté française;RTBF;;;be
libre-belgique;Libre Belgique;;;;be
rts-suisse;Radio Télévision Suisse;;;;ch
ssr;SSR;;Société suisse de radiodiffusion et télévision|SRG SSR;;ch
le-temps;Temps;;;;ch
tribune-geneve;Tribune de Genève;;;;ch
snrt;Société nationale de radiodiffusion et de télévision;SNRT;;;ma
soread-2m;Soread 2M;2M;;;ma
medi1;Médi 1 TV;;Medi1 TV|Médi1;;ma
hespress;Hespress;;;;ma
le360;Le360;;;;ma
medias24;Médias24;;Médias 24;;ma
telquel;TelQuel;;;;ma
le-matin;Matin;;;;ma
eptv;Télévision algérienne;EPTV;ENTV;;dz
el-watan;El Watan;;;;dz
el-moudjahid;El Moudjahid;;;;dz
tsa;Tout sur l'Algérie;TSA;;;dz
quotidien-oran;Quotidien d'Oran;;;;dz
presse-tunisie;Presse de Tunisie;;;;tn
kapitalis;Kapitalis;;;;tn
mosaique-fm;Mosaïque FM;;;;tn
rts;Radiodiffusion Télévision Sénégalaise;RTS;;;sn
le-soleil;Soleil;;;;sn
seneweb;Seneweb;;;;sn
dakaractu;Dakaractu;;;;sn
walf;Walf;;Walfadjri|Walf Quotidien;;sn
sud-quotidien;Sud Quotidien;;;;sn
rti;Radiodiffusion Télévision Ivoirienne;RTI;;;ci
fraternite-matin;Fraternité Matin;;Fratmat;;ci
abidjan-net;Abidjan.net;;;;ci
observateur-paalga;Observateur Paalga;;;;bf
sidwaya;Sidwaya;;;;bf
lefaso;Lefaso.net;;;;bf
rtb;Radiodiffusion Télévision du Burkina;RTB;;;bf
cameroon-tribune;Cameroon Tribune;;;;cm
journal-du-cameroun;Journal du Cameroun;;;;cm
crtv;Cameroon Radio Television;CRTV;;;cm
ortm;Office de radiodiffusion télévision du Mali;ORTM;;;ml
ortn;Office de radiodiffusion et télévision du Niger;ORTN;;;ne
rtg;Radio Télévision Guinéenne;RTG;;;gn
ortb;Office de radiodiffusion et télévision du Bénin;ORTB;;;bj
rtnc;Radio-Télévision nationale congolaise;RTNC;;;cd
radio-okapi;Radio Okapi;;;;cd
actualite-cd;Actualite.cd;;;;cd
africanews;Africanews;;Africa News;;cg
financial-afrik;Financial Afrik;;;;sn
bbc;British Broadcasting Corporation;BBC;;;gb;Q9531
bbc-afrique;BBC Afrique;;;;gb
cnn;CNN;;Cable News Network;;us
al-jazeera;Al Jazeera;;Al-Jazeera;;qa
al-arabiya;Al Arabiya;;Al-Arabiya;;sa
sky-news;Sky News;;;;gb
guardian;Guardian;;;;gb;Q11148
new-york-times;New York Times;NYT;;;us;Q9684
washington-post;Washington Post;;;;us
wall-street-journal;Wall Street Journal;WSJ;;;us;Q164746
financial-times;Financial Times;FT;;;gb;Q2196240
economist;Economist;;;;gb;Q180089
politico;Politico;;;;us
spiegel;Spiegel;;;;de
voa;Voix de l'Amérique;VOA;Voice of America;;us
deutsche-welle;Deutsche Welle;DW;;;de;Q153770
euronews;Euronews;;;;fr
cgtn;CGTN;;;;cn
""")

# ------------------------------------------------------------------- sport
DATA.append(r"""
@ sport
fifa;Fédération internationale de football association;FIFA;Fédération internationale de football;;;Q253414
caf;Confédération africaine de football;CAF;Confederation of African Football
uefa;Union des associations européennes de football;UEFA;;;;Q35572
cio;Comité international olympique;CIO|IOC;International Olympic Committee;;;Q40970
ipc;Comité international paralympique;IPC;International Paralympic Committee
ama;Agence mondiale antidopage;AMA|WADA;World Anti-Doping Agency
world-athletics;World Athletics;;IAAF|Fédération internationale d'athlétisme;;;Q1158
fiba;Fédération internationale de basket-ball;FIBA;;;;Q46199
world-rugby;World Rugby
fia;Fédération internationale de l'automobile;FIA
uci;Union cycliste internationale;UCI
itf;Fédération internationale de tennis;ITF;International Tennis Federation
atp;ATP;ATP;Association of Tennis Professionals
wta;WTA;WTA;Women's Tennis Association
nba;NBA;NBA;National Basketball Association;;us
bal;Basketball Africa League
concacaf;CONCACAF
conmebol;CONMEBOL;;;;;Q58733
afc-football;Confédération asiatique de football;;Asian Football Confederation
fff;Fédération française de football;FFF;;;fr
lfp;Ligue de football professionnel;LFP;;;fr
cnosf;Comité national olympique et sportif français;CNOSF;;;fr
frmf;Fédération royale marocaine de football;FRMF;;;ma
faf;Fédération algérienne de football;FAF;;;dz
ftf;Fédération tunisienne de football;FTF;;;tn
fsf;Fédération sénégalaise de football;FSF;;;sn
fif;Fédération ivoirienne de football;FIF;;;ci
fecafoot;Fédération camerounaise de football;Fécafoot|FECAFOOT;;;cm
femafoot;Fédération malienne de football;Femafoot|FEMAFOOT;;;ml
psg;Paris Saint-Germain;PSG;;;fr
om;Olympique de Marseille;OM;;;fr
ol;Olympique lyonnais;OL;;;fr
real-madrid;Real Madrid;;;;es
fc-barcelone;FC Barcelone;;Barça|FC Barcelona;;es
bayern;Bayern Munich;;Bayern de Munich;;de
al-ahly;Al Ahly;;Al-Ahly;;eg
zamalek;Zamalek;;;;eg
raja;Raja Club Athletic;;Raja de Casablanca|Raja Casablanca;;ma
wydad;Wydad Athletic Club;WAC;Wydad de Casablanca|Wydad Casablanca;;ma
esperance-tunis;Espérance sportive de Tunis;;Espérance de Tunis;;tn
tp-mazembe;TP Mazembe;;Tout Puissant Mazembe;;cd
asec-mimosas;ASEC Mimosas;;;;ci
""")

# ---------------------------------------------- universities and research
DATA.append(r"""
@ university
cnrs;Centre national de la recherche scientifique;CNRS;;;fr;Q280413
inserm;Institut national de la santé et de la recherche médicale;Inserm|INSERM;;;fr
ird;Institut de recherche pour le développement;IRD;;;fr
cirad;Centre de coopération internationale en recherche agronomique pour le développement;Cirad|CIRAD;;;fr
inrae;Institut national de recherche pour l'agriculture, l'alimentation et l'environnement;INRAE|Inrae;;;fr
ifremer;Ifremer;;Institut français de recherche pour l'exploitation de la mer;;fr
cea-france;Commissariat à l'énergie atomique et aux énergies alternatives;;Commissariat à l'énergie atomique;;fr
institut-pasteur;Institut Pasteur;;;;fr
institut-pasteur-dakar;Institut Pasteur de Dakar;IPD;;;sn
sorbonne;Sorbonne;;;;fr
sorbonne-universite;Sorbonne Université;;;;fr
paris-1;Université Paris 1 Panthéon-Sorbonne;;Paris 1 Panthéon-Sorbonne|Université Paris-I;;fr
universite-paris-cite;Université Paris Cité;;;;fr
sciences-po;Sciences Po;;Institut d'études politiques de Paris;;fr
polytechnique;École polytechnique;;;;fr
ens;École normale supérieure;ENS;;;fr
hec;HEC Paris;HEC;;;fr
essec;ESSEC;;;;fr
insead;INSEAD;;;;fr
psl;Université PSL;;Paris Sciences et Lettres;;fr
paris-saclay;Université Paris-Saclay;;;;fr
college-de-france;Collège de France;;;;fr
insp;Institut national du service public;INSP|ENA;École nationale d'administration;;fr
ifri;Institut français des relations internationales;Ifri|IFRI;;;fr
iris;Institut de relations internationales et stratégiques;IRIS;;;fr
frs;Fondation pour la recherche stratégique;FRS;;;fr
fondation-jean-jaures;Fondation Jean-Jaurès;;;;fr
chatham-house;Chatham House;;;;gb
brookings;Brookings Institution;;Brookings;;us
carnegie;Fondation Carnegie pour la paix internationale;;Carnegie Endowment for International Peace;;us
iss;Institut d'études de sécurité;ISS;Institute for Security Studies;;za
timbuktu-institute;Timbuktu Institute;;;;sn
pcns;Policy Center for the New South;PCNS;;;ma
codesria;Conseil pour le développement de la recherche en sciences sociales en Afrique;CODESRIA;;;sn
ifpri;Institut international de recherche sur les politiques alimentaires;IFPRI;International Food Policy Research Institute
africarice;AfricaRice;;Centre du riz pour l'Afrique
iita;Institut international d'agriculture tropicale;IITA;International Institute of Tropical Agriculture
icrisat;ICRISAT
ilri;Institut international de recherche sur l'élevage;ILRI;International Livestock Research Institute
afrobarometre;Afrobaromètre;;Afrobarometer
pew;Pew Research Center;;Centre de recherche Pew
harvard;Université Harvard;;Harvard|Harvard University;;us;Q13371
mit;Massachusetts Institute of Technology;MIT;Institut de technologie du Massachusetts;;us;Q49108
stanford;Université Stanford;;Stanford|Stanford University;;us;Q41506
oxford;Université d'Oxford;;University of Oxford;;gb;Q34433
cambridge;Université de Cambridge;;University of Cambridge;;gb;Q35794
columbia;Université Columbia;;Columbia University;;us
yale;Université Yale;;Yale|Yale University;;us
princeton;Université de Princeton;;Princeton University;;us
johns-hopkins;Université Johns-Hopkins;;Johns Hopkins University|Johns Hopkins;;us
lse;London School of Economics;LSE;;;gb
ulb;Université libre de Bruxelles;ULB;;;be
uclouvain;Université catholique de Louvain;UCLouvain;;;be
uliege;Université de Liège;ULiège;;;be
ku-leuven;KU Leuven;;;;be
epfl;École polytechnique fédérale de Lausanne;EPFL;;;ch
ethz;École polytechnique fédérale de Zurich;EPFZ;ETH Zurich;;ch
unige;Université de Genève;UNIGE;;;ch
unil;Université de Lausanne;UNIL;;;ch
iheid;Institut de hautes études internationales et du développement;IHEID;Graduate Institute Geneva;;ch
udem;Université de Montréal;UdeM;;;ca
ulaval;Université Laval;;;;ca
mcgill;Université McGill;;McGill|McGill University;;ca
uqam;Université du Québec à Montréal;UQAM;;;ca
ucad;Université Cheikh Anta Diop;UCAD;Université Cheikh Anta Diop de Dakar|Université de Dakar;;sn
ugb;Université Gaston Berger;UGB;Université Gaston-Berger de Saint-Louis;;sn
cesag;Centre africain d'études supérieures en gestion;CESAG;;;sn
ufhb;Université Félix Houphouët-Boigny;UFHB;;;ci
univ-yaounde-1;Université de Yaoundé I;;;;cm
uac;Université d'Abomey-Calavi;UAC;;;bj
ujkz;Université Joseph Ki-Zerbo;UJKZ;Université de Ouagadougou;;bf
2ie;Institut international d'ingénierie de l'eau et de l'environnement;2iE;;;bf
univ-lome;Université de Lomé;;;;tg
unikin;Université de Kinshasa;Unikin|UNIKIN;;;cd
umng;Université Marien-Ngouabi;;Université Marien Ngouabi;;cg
uob;Université Omar Bongo;UOB;;;ga
univ-antananarivo;Université d'Antananarivo;;;;mg
usttb;Université des sciences, des techniques et des technologies de Bamako;USTTB;;;ml
uam;Université Abdou Moumouni;;Université Abdou Moumouni de Niamey;;ne
univ-alger;Université d'Alger;;;;dz
univ-tunis-el-manar;Université de Tunis El Manar;;;;tn
univ-carthage;Université de Carthage;;;;tn
um5;Université Mohammed V de Rabat;;Université Mohammed V;;ma
uh2c;Université Hassan II de Casablanca;;Université Hassan II;;ma
um6p;Université Mohammed VI Polytechnique;UM6P;;;ma
aui;Université Al Akhawayn;AUI;Al Akhawayn University;;ma
uca;Université Cadi Ayyad;;;;ma
univ-senghor;Université Senghor;;Université Senghor d'Alexandrie;;eg
al-azhar;Al-Azhar;;Université Al-Azhar|Al Azhar;;eg
""")


# =================================================================== build

# Press titles and party names kept with their article because the bare word
# is an ordinary French word or the article is part of the registered name.
ARTICLE_OK = {"lr", "eelv", "les-patriotes", "les-engages", "les-democrates", "loreal"}

# Upper-case strings that are ordinary French words or common abbreviations:
# never acronyms of an organisation here.
FRENCH_WORDS = set("""
A AU AUX AVEC CA CAR CE CES DE DES DU DANS EN ENTRE ET EU EST ETE IL ILS ELLE
JE LA LE LES LUI MA MAIS MON NE NI NON NOUS ON OR OU OUI PAR PAS PEU POUR QUE
QUI SA SE SES SI SON SONT SUR TA TON TOUT TU UN UNE VOUS VERS CHEZ SANS SOUS
AIR ANS ART BAL BAS BON CAP CAS DIT FAIT FIN FOI GAZ LOI LOT MAL MER MOT NET
NORD NUL OIE OUEST PAIX PAYS ROI SUD VIE VOIX VUE SOS ONG PIB PME PDG SDF TVA
HLM TGV RER USA OK AID ECHO SIDA VISA
""".split())
ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ACR_RE = re.compile(r"^[0-9A-Za-zÀ-ÖØ-öø-ÿ&+./'-]+$")
ARTICLE_RE = re.compile(r"^(le|la|les)\s|^l'", re.IGNORECASE)


def fold(s):
    """Case-, accent- and apostrophe-insensitive key, as the matcher folds."""
    s = s.replace("\u2019", "'").replace("œ", "oe").replace("Œ", "Oe")
    s = s.replace("æ", "ae").replace("Æ", "Ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def slug(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    parts = s.split("-")
    out = ""
    for p in parts:  # keep ids readable: at most 60 characters, whole words
        if out and len(out) + 1 + len(p) > 60:
            break
        out = p if not out else out + "-" + p
    return out


def split_multi(cell):
    return [x.strip() for x in cell.split("|") if x.strip()]


def parse():
    rows = []
    errors = []
    for block in DATA:
        kind_default, country_default = "", ""
        for lineno, raw in enumerate(block.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                parts = line[1:].split()
                kind_default = parts[0]
                country_default = parts[1] if len(parts) > 1 else ""
                continue
            f = [x.strip() for x in line.split(";")]
            if len(f) > 7:
                errors.append("too many fields: " + line)
                continue
            f += [""] * (7 - len(f))
            rid, name, acr, ali, kind, country, qid = f
            acronyms = split_multi(acr)
            aliases = split_multi(ali)
            kind = kind or kind_default
            if country == "-":
                country = ""
            elif not country:
                country = country_default
            if not rid:
                rid = slug(acronyms[0]) if acronyms else slug(name)
            rows.append({
                "id": rid, "name": name, "acronyms": acronyms,
                "aliases": aliases, "kind": kind, "country": country,
                "wikidata": qid, "line": line,
            })
    return rows, errors


def load_country_codes():
    path = os.path.join(HERE, "..", "countries.tsv")
    codes = set()
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t", 1)[0])
    return codes or None


def validate(rows, errors):
    codes = load_country_codes()
    ids = {}
    surface = {}   # folded name/alias -> id
    acr_owner = {}  # exact acronym -> id
    for r in rows:
        rid = r["id"]
        where = "%s (%s)" % (rid, r["name"])
        if not ID_RE.match(rid):
            errors.append("bad id: " + where)
        if rid in ids:
            errors.append("duplicate id: " + where + " / " + ids[rid])
        ids[rid] = r["name"]
        if not r["name"]:
            errors.append("empty name: " + r["line"])
        if r["kind"] not in KINDS:
            errors.append("bad kind %r: %s" % (r["kind"], where))
        c = r["country"]
        if c and (not re.match(r"^[a-z]{2}$", c) or (codes and c not in codes)):
            errors.append("bad country %r: %s" % (c, where))
        if r["wikidata"] and not re.match(r"^Q[1-9][0-9]*$", r["wikidata"]):
            errors.append("bad wikidata: " + where)
        cells = [r["id"], r["name"], r["kind"], r["country"], r["wikidata"]]
        cells += r["acronyms"] + r["aliases"]
        for cell in cells:
            if "\t" in cell or "|" in cell or "\n" in cell or ";" in cell:
                errors.append("bad character in cell %r: %s" % (cell, where))
            if "\u2019" in cell:
                errors.append("typographic apostrophe in %r: %s" % (cell, where))
            if cell != cell.strip() or "  " in cell:
                errors.append("stray spaces in %r: %s" % (cell, where))
        for s in [r["name"]] + r["aliases"]:
            if ARTICLE_RE.match(s) and rid not in ARTICLE_OK:
                errors.append("leading article in %r: %s" % (s, where))
        seen = set()
        for s in [r["name"]] + r["aliases"]:
            k = fold(s)
            if k in seen:
                errors.append("alias repeats name or alias %r: %s" % (s, where))
            seen.add(k)
            if k in surface and surface[k] != rid:
                errors.append("surface form %r shared by %s and %s" % (s, surface[k], rid))
            surface.setdefault(k, rid)
        seen_acr = set()
        for a in r["acronyms"]:
            if a in seen_acr:
                errors.append("repeated acronym %r: %s" % (a, where))
            seen_acr.add(a)
            if not ACR_RE.match(a):
                errors.append("acronym with space or odd character %r: %s" % (a, where))
            if ROMAN.match(a):
                errors.append("acronym is a roman numeral %r: %s" % (a, where))
            if a.upper() in FRENCH_WORDS:
                errors.append("acronym is a French word %r: %s" % (a, where))
            if a in acr_owner and acr_owner[a] != rid:
                errors.append("acronym %r on %s and %s" % (a, acr_owner[a], rid))
            acr_owner.setdefault(a, rid)
    # an acronym must not be, once folded, another entry's name or alias
    for a, rid in acr_owner.items():
        k = fold(a)
        if k in surface and surface[k] != rid:
            errors.append("acronym %r of %s is a name/alias of %s" % (a, rid, surface[k]))
    return errors


def write(rows):
    lines = ["\t".join(HEADER),
             "# generated by gazetteers/build/organizations.py: edit the script, not this file"]
    for r in rows:
        lines.append("\t".join([
            r["id"], r["name"], "|".join(r["acronyms"]), "|".join(r["aliases"]),
            r["kind"], r["country"], r["wikidata"],
        ]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv):
    rows, errors = parse()
    errors = validate(rows, errors)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print("%d error(s), nothing written" % len(errors), file=sys.stderr)
        return 1
    counts = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    print("%d organisations" % len(rows))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    if "--check" not in argv:
        write(rows)
        print("wrote", os.path.normpath(OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
