"""Hand-written place lists for gazetteers/build/places.py (project licence).

Format of each block: lines `@ KIND COUNTRY` set the kind and the ISO alpha-2
country ('-' for none) for the lines that follow. Other lines are
`Name;alias1|alias2;Qid` (aliases and Qid optional). Names use French forms,
accents and the ASCII apostrophe; no leading article unless the article is part
of the name itself (`Le Caire`, `La Haye`).
Priority: an earlier line wins when two lines give the same (folded) name.
"""

WORLD = """
@ continent -
Afrique;;Q15
Europe;;Q46
Asie;;Q48
Amérique;Amériques;Q828
Amérique du Nord;;Q49
Amérique du Sud;;Q18
Océanie;;Q538
Antarctique;Antarctica;Q51
@ area -
Afrique de l'Ouest;Afrique occidentale
Afrique de l'Est;Afrique orientale
Afrique centrale
Afrique australe
Afrique du Nord;Afrique septentrionale
Afrique subsaharienne;Afrique sub-saharienne|Afrique au sud du Sahara
Afrique francophone
Afrique noire
Corne de l'Afrique
Grands Lacs;région des Grands Lacs|Afrique des Grands Lacs
Sahel
Sahara
Maghreb
Machrek;Mashrek
Moyen-Orient
Proche-Orient
Levant
Péninsule arabique
Péninsule ibérique
Péninsule coréenne
Péninsule balkanique
Asie du Sud-Est
Asie du Sud
Asie centrale
Asie de l'Est;Asie orientale
Asie-Pacifique
Indo-Pacifique
Extrême-Orient
Sous-continent indien
Caucase;;Q5318
Caucase du Nord
Balkans;;Q23412
Europe de l'Est;Europe orientale
Europe de l'Ouest;Europe occidentale
Europe centrale
Europe du Nord
Europe du Sud
Europe méridionale
Scandinavie
Pays baltes
Amérique latine
Amérique centrale
Caraïbes;Caraïbe
Antilles
Petites Antilles
Grandes Antilles
Arctique
Mélanésie
Polynésie
Sahara occidental;Sahara marocain
Liptako-Gourma;zone des trois frontières
Bassin du lac Tchad
Bassin méditerranéen
Kurdistan
Cachemire
Baloutchistan
Pendjab
Bengale
Patagonie
Amazonie
Sibérie
Laponie
Mésopotamie
Anatolie
Transcaucasie
Asie mineure
Terre Adélie
Silicon Valley
Riviera
Côte d'Azur
Afrique lusophone
Afrique anglophone
Rive sud de la Méditerranée
@ sea -
Atlantique;océan Atlantique|Atlantique Nord|Atlantique Sud
Pacifique;océan Pacifique
océan Indien
océan Arctique
océan Austral
Méditerranée;mer Méditerranée
mer Rouge
mer Noire
Baltique;mer Baltique
mer du Nord
mer Caspienne;Caspienne
mer d'Arabie;mer d'Oman
mer de Chine méridionale
mer de Chine orientale
mer Égée
mer Adriatique;Adriatique
mer Ionienne
mer Tyrrhénienne
mer Ligure
mer d'Alboran
mer de Marmara
mer d'Azov
mer de Barents
mer de Béring
mer du Japon
mer Jaune
mer des Caraïbes
mer Morte
mer d'Irlande
mer Celtique
mer de Corail
mer de Tasman
mer des Sargasses
mer de Norvège
golfe Persique;golfe arabo-persique
golfe d'Aden
golfe de Guinée
golfe du Mexique
golfe d'Oman
golfe de Gascogne
golfe du Bengale
golfe de Syrte
golfe d'Aqaba
golfe de Suez
golfe du Saint-Laurent
golfe de Thaïlande
golfe du Lion
détroit d'Ormuz;Ormuz
détroit de Gibraltar
Bab el-Mandeb;détroit de Bab el-Mandeb
détroit de Malacca
détroit de Taïwan
détroit de Béring
détroit de Kertch
détroit du Pas-de-Calais
canal du Mozambique
canal de Suez
canal de Panama
Bosphore
Dardanelles
Manche;;;;sea
lac Tchad
lac Victoria
lac Tanganyika
lac Kivu
lac Malawi
lac Albert
lac Turkana
lac Volta
lac Léman;Léman|lac de Genève
lac de Neuchâtel
lac de Constance
lac Majeur
lac de Côme
lac Titicaca
lac Baïkal
lac Michigan
lac Ontario
lac Érié
lac Supérieur
lac Huron
mer d'Aral
@ river -
Nil;fleuve Nil
Nil Bleu
Nil Blanc
fleuve Niger
fleuve Congo
fleuve Sénégal
fleuve Gambie
Zambèze
Limpopo
fleuve Orange
Oubangui
Chari
Logone
Volta
Bani
Moulouya;oued Moulouya
Sebou;oued Sebou
Oum Er-Rbia;oued Oum Er-Rbia
Drâa;oued Drâa
Medjerda;oued Medjerda
Chelif;oued Chelif
Euphrate
Jourdain
Oronte
Litani
Chatt-el-Arab
Indus
Gange
Brahmapoutre
Mékong
Yangzi Jiang;Yangtsé|Yang-Tsé|fleuve Bleu
fleuve Jaune;Huang He
Amou-Daria
Syr-Daria
Ienisseï
Irrawaddy
Salouen
Amazone
Orénoque
Paraná
Río de la Plata;Rio de la Plata
Saint-Laurent;fleuve Saint-Laurent
Rio Grande
Danube
Rhin
Rhône;;;fr
Seine;;;fr
Loire;;;fr
Garonne;;;fr
Dordogne;;;fr
Marne;;;fr
Saône;;;fr
Meuse
Moselle
Escaut
Elbe
Oder
Vistule
Dniepr
Dniestr
Volga
Tamise;;;gb
Tibre;;;it
Pô;;;it
Èbre;;;es
Tage
Douro
Guadalquivir;;;es
Durance;;;fr
Adour;;;fr
Aar;;;ch
@ mountain -
Alpes
Pyrénées
Himalaya
Atlas
Haut Atlas;Haut-Atlas;;ma
Moyen Atlas;Moyen-Atlas;;ma
Anti-Atlas;;;ma
Rif;;;ma
Andes;cordillère des Andes
Rocheuses;montagnes Rocheuses
Oural
Carpates
Apennins
Kilimandjaro
mont Blanc;Mont-Blanc
Everest;mont Everest
Jura
Vosges;;;fr
Massif central;;;fr
Cévennes;;;fr
Hoggar;Ahaggar;;dz
Tassili n'Ajjer;;;dz
Aurès;;;dz
Djurdjura;;;dz
massif de l'Aïr;;;ne
Tibesti;;;td
Ennedi;;;td
Adrar des Ifoghas;;;ml
Fouta-Djalon;Fouta Djallon;;gn
Nyiragongo;;;cd
Ruwenzori
mont Cameroun;;;cm
mont Sinaï;;;eg
Hindou Kouch
Pamir
Karakoram
Tian Shan
Etna;;;it
Vésuve;;;it
mont Olympe
mont Ararat;Ararat
Elbrouz
mont Kenya;;;ke
Drakensberg
Toubkal;jbel Toubkal;;ma
Mont-Liban;;;lb
@ island -
Corse;;;fr
Sicile;;;it
Sardaigne;;;it
Crète;;;gr
Baléares;îles Baléares;;es
Majorque;;;es
Minorque;;;es
Ibiza;;;es
Canaries;îles Canaries;;es
Ténérife;Tenerife;;es
Grande Canarie;Gran Canaria;;es
Lanzarote;;;es
Fuerteventura;;;es
Açores;;;pt
Madère;;;pt
Lampedusa;;;it
Lesbos;;;gr
Samos;;;gr
Chios;;;gr
Kos;;;gr
Rhodes;;;gr
Corfou;;;gr
Santorin;;;gr
Mykonos;;;gr
Groenland;;;dk
îles Féroé;Féroé;;dk
Svalbard;Spitzberg;;no
Zanzibar;;;tz
Grande Comore;Ngazidja;;km
Anjouan;Ndzuani;;km
Mohéli;Mwali;;km
Nosy Be;;;mg
Sainte-Marie;Nosy Boraha|île Sainte-Marie;;mg
Rodrigues;;;mu
Gorée;île de Gorée;;sn
Djerba;;;tn
Kerkennah;îles Kerkennah;;tn
Bioko;;;gq
Socotra;;;ye
Hainan;;;cn
Hokkaido;;;jp
Honshu;;;jp
Kyushu;;;jp
Okinawa;;;jp
Bornéo
Sumatra;;;id
Java;;;id
Bali;;;id
Célèbes;Sulawesi;;id
Nouvelle-Guinée
Luçon;Luzon;;ph
Mindanao;;;ph
Tasmanie;;;au
Tahiti;;;fr
Bora-Bora;;;fr
Nouvelle-Calédonie;;;fr
Saint-Martin;;;fr
Saint-Barthélemy;;;fr
Porto Rico;;;us
Guam;;;us
Hispaniola
Jersey;;;gb
Guernesey;;;gb
île de Man;;;gb
Malouines;îles Malouines|Falklands;;gb
Sainte-Hélène;;;gb
Kerguelen;îles Kerguelen;;fr
Clipperton;;;fr
Ouessant;;;fr
Belle-Île;Belle-Île-en-Mer;;fr
île de Ré;;;fr
Oléron;île d'Oléron;;fr
Noirmoutier;;;fr
Porquerolles;;;fr
île d'Yeu;;;fr
Manhattan;;;us
Long Island;;;us
Terre de Feu
Galápagos;îles Galápagos;;ec
Île de Pâques;;;cl
Zélande;;;nl
Chiloé;;;cl
Sakhaline;;;ru
Kouriles;îles Kouriles;;ru
Spratleys;îles Spratleys
Paracels;îles Paracels
Senkaku;îles Senkaku
Chagos;archipel des Chagos|îles Chagos
Mahé;;;sc
Praslin;;;sc
Bijagos;archipel des Bijagos;;gw
Sao Vicente;São Vicente;;cv
@ region -
Hong Kong;Hongkong;Q8646;cn
Macao;Macau;Q14773;cn
Gibraltar;;;gb
Tibet;;;cn
Xinjiang;;;cn
Mongolie-Intérieure;;;cn
Mandchourie;;;cn
Transnistrie;;;md
Abkhazie;;;ge
Ossétie du Sud;;;ge
Haut-Karabakh;Nagorny-Karabakh|Karabakh;;az
Donbass;Donbas;;ua
Crimée;;;ua
Tchétchénie;;;ru
Daghestan;;;ru
Ingouchie;;;ru
Tatarstan;;;ru
Kamtchatka;;;ru
Iakoutie;;;ru
Angleterre;;;gb
Écosse;;;gb
Pays de Galles;;;gb
Irlande du Nord;;;gb
Catalogne;;;es
Andalousie;;;es
Pays basque
Galice;;;es
Castille;;;es
Aragon;;;es
Navarre;;;es
Estrémadure;;;es
Asturies;;;es
Cantabrie;;;es
Murcie;;;es
Bavière;;;de
Rhénanie-du-Nord-Westphalie;;;de
Bade-Wurtemberg;;;de
Basse-Saxe;;;de
Saxe;;;de
Hesse;;;de
Thuringe;;;de
Brandebourg;;;de
Sarre;;;de
Rhénanie-Palatinat;;;de
Schleswig-Holstein;;;de
Mecklembourg-Poméranie-Occidentale;;;de
Saxe-Anhalt;;;de
Rhénanie;;;de
Lombardie;;;it
Toscane;;;it
Piémont;;;it
Vénétie;;;it
Latium;;;it
Campanie;;;it
Calabre;;;it
Pouilles;;;it
Ligurie;;;it
Émilie-Romagne;;;it
Ombrie;;;it
Frioul;;;it
Val d'Aoste;Vallée d'Aoste;;it
Tyrol;;;at
Wallonie;Région wallonne;;be
Flandre;Flandres|Région flamande;;be
Région de Bruxelles-Capitale;Bruxelles-Capitale;;be
Flandre-Orientale;;;be
Flandre-Occidentale;;;be
Brabant wallon;;;be
Brabant flamand;;;be
Hainaut;;;be
Limbourg;;;be
province de Luxembourg;;;be
province de Namur;;;be
province de Liège;;;be
province d'Anvers;;;be
Ardennes
Québec;province de Québec;Q176;ca
Ontario;;;ca
Colombie-Britannique;;;ca
Alberta;;;ca
Saskatchewan;;;ca
Manitoba;;;ca
Nouvelle-Écosse;;;ca
Nouveau-Brunswick;;;ca
Île-du-Prince-Édouard;;;ca
Terre-Neuve-et-Labrador;Terre-Neuve;;ca
Yukon;;;ca
Territoires du Nord-Ouest;;;ca
Nunavut;;;ca
Nunavik;;;ca
Gaspésie;;;ca
Abitibi-Témiscamingue;Abitibi;;ca
Saguenay-Lac-Saint-Jean;Lac-Saint-Jean;;ca
Acadie;;;ca
Alabama;;;us
Alaska;;;us
Arizona;;;us
Arkansas;;;us
Californie;;;us
Caroline du Nord;;;us
Caroline du Sud;;;us
Colorado;;;us
Connecticut;;;us
Dakota du Nord;;;us
Dakota du Sud;;;us
Delaware;;;us
Floride;;;us
État de Géorgie;;;us
Hawaï;;;us
Idaho;;;us
Illinois;;;us
Indiana;;;us
Iowa;;;us
Kansas;;;us
Kentucky;;;us
Louisiane;;;us
Maine;;;us
Maryland;;;us
Massachusetts;;;us
Michigan;;;us
Minnesota;;;us
Mississippi;;;us
Missouri;;;us
Montana;;;us
Nebraska;;;us
Nevada;;;us
New Hampshire;;;us
New Jersey;;;us
État de New York;;;us
Nouveau-Mexique;;;us
Ohio;;;us
Oklahoma;;;us
Oregon;;;us
Pennsylvanie;;;us
Rhode Island;;;us
Tennessee;;;us
Texas;;;us
Utah;;;us
Vermont;;;us
Virginie;;;us
Virginie-Occidentale;;;us
État de Washington;;;us
Wisconsin;;;us
Wyoming;;;us
Chiapas;;;mx
Sinaloa;;;mx
Basse-Californie;;;mx
Darién;;;pa
Amazonas;;;br
Bahia;;;br
Cisjordanie;;;ps
Gaza;bande de Gaza;;ps
Golan;plateau du Golan;;
Néguev;;;il
Galilée;;;il
Sinaï;péninsule du Sinaï;;eg
Ghouta;;;sy
Rojava;;;sy
Kurdistan irakien;;;iq
Darfour;;;sd
Nord-Darfour;;;sd
Sud-Darfour;;;sd
Kordofan;;;sd
Sud-Kordofan;;;sd
Gezira;;;sd
Tigré;;;et
Amhara;;;et
Oromia;;;et
Afar;;;et
Ogaden;;;et
Somaliland;;;so
Puntland;;;so
Jubaland;;;so
Cabo Delgado;;;mz
Cabinda;;;ao
Borno;;;ng
Zamfara;;;ng
Kivu;;;cd
Nord-Kivu;;;cd
Sud-Kivu;;;cd
Ituri;;;cd
Katanga;;;cd
Haut-Katanga;;;cd
Kasaï;;;cd
Kasaï-Central;;;cd
Kasaï-Oriental;;;cd
Kongo-Central;;;cd
Kwango;;;cd
Kwilu;;;cd
Mai-Ndombe;;;cd
Lomami;;;cd
Haut-Lomami;;;cd
Sankuru;;;cd
Maniema;;;cd
Haut-Uele;;;cd
Bas-Uele;;;cd
Tshopo;;;cd
Nord-Ubangi;;;cd
Sud-Ubangi;;;cd
Mongala;;;cd
Tshuapa;;;cd
Tanganyika;;;cd
Lualaba;;;cd
Virunga;;;cd
Casamance;;;sn
Sine-Saloum;Saloum;;sn
Azawad;;;ml
Ménaka;;;ml
Ouaddaï;;;td
Kanem;;;td
Borkou;;;td
Extrême-Nord;;;cm
Adamaoua;;;cm
Bakassi;;;cm
Ténéré;;;ne
Kabylie;;;dz
M'zab;Mzab;;dz
Mitidja;;;dz
Cap Bon;;;tn
Cyrénaïque;;;ly
Tripolitaine;;;ly
Fezzan;;;ly
Bekaa;Békaa;;lb
Sud-Liban;Liban-Sud;;lb
Akkar;;;lb
Artibonite;;;ht
Grand'Anse;;;ht
Panjshir;;;af
Helmand;;;af
Rakhine;Arakan;;mm
Aceh;;;id
Papouasie;;;id
Goa;;;in
Kerala;;;in
Cachemire indien;;;in
Gujarat;;;in
Manipur;;;in
Assam;;;in
Outtar Pradesh;Uttar Pradesh;;in
Bihar;;;in
Tamil Nadu;;;in
Maharashtra;;;in
Pendjab indien;;;in
Kurdistan syrien;;;sy
Hubei;;;cn
Guangdong;;;cn
Sichuan;;;cn
Yunnan;;;cn
Fujian;;;cn
Zhejiang;;;cn
Jiangsu;;;cn
Henan;;;cn
Shandong;;;cn
Nouvelle-Galles du Sud;;;au
Queensland;;;au
Transvaal;;;za
KwaZulu-Natal;;;za
Cap-Occidental;;;za
"""

FRANCE = """
@ region fr
Auvergne-Rhône-Alpes;;Q18338206
Bourgogne-Franche-Comté;;Q18578267
Bretagne;;Q12130
Centre-Val de Loire;Centre-Val-de-Loire;Q13947
Grand Est;;Q18677983
Hauts-de-France;;Q18677767
Île-de-France;;Q13917
Normandie;;Q18677875
Nouvelle-Aquitaine;;Q18678082
Occitanie;;Q18678265
Pays de la Loire;Pays-de-la-Loire;Q16994
Provence-Alpes-Côte d'Azur;PACA|Région Sud;Q15104
Guadeloupe;;Q17012
Martinique;;Q17054
Guyane;Guyane française;Q3769
La Réunion;Réunion|île de la Réunion;Q17070
Mayotte;;Q17063
Polynésie française;;Q30971
Saint-Pierre-et-Miquelon;;Q34617
Wallis-et-Futuna;;Q35555
Alsace
Lorraine
Champagne
Champagne-Ardenne
Picardie
Nord-Pas-de-Calais
Bourgogne
Franche-Comté
Aquitaine
Limousin
Poitou-Charentes
Poitou
Languedoc-Roussillon
Languedoc
Roussillon
Midi-Pyrénées
Auvergne
Rhône-Alpes
Provence
Dauphiné
Gascogne
Béarn
Anjou
Touraine
Berry
Beauce
Camargue
Sologne
Périgord
Quercy
Luberon;Lubéron
Morvan
Savoie
Haute-Savoie
Ain
Aisne
Alpes-de-Haute-Provence
Hautes-Alpes
Alpes-Maritimes
Ardèche
Ariège
Aube
Aude
Aveyron
Bouches-du-Rhône
Calvados
Cantal
Charente
Charente-Maritime
Corrèze
Corse-du-Sud
Haute-Corse
Côte-d'Or
Côtes-d'Armor
Creuse
Doubs
Drôme
Eure
Eure-et-Loir
Finistère
Gard
Haute-Garonne
Gers
Gironde
Hérault
Ille-et-Vilaine
Indre
Indre-et-Loire
Isère
Landes
Loir-et-Cher
Haute-Loire
Loire-Atlantique
Loiret
Lot-et-Garonne
Lozère
Maine-et-Loire
Haute-Marne
Mayenne
Meurthe-et-Moselle
Morbihan
Nièvre
Oise
Orne
Pas-de-Calais
Puy-de-Dôme
Pyrénées-Atlantiques
Hautes-Pyrénées
Pyrénées-Orientales
Bas-Rhin
Haut-Rhin
Haute-Saône
Saône-et-Loire
Sarthe
Seine-Maritime
Seine-et-Marne
Yvelines
Deux-Sèvres
Tarn
Tarn-et-Garonne
Var
Vaucluse
Vendée
Haute-Vienne
Yonne
Territoire de Belfort
Essonne
Hauts-de-Seine
Seine-Saint-Denis
Val-de-Marne
Val-d'Oise
@ city fr
Paris;;Q90
Marseille;;Q23482
Lyon;;Q456
Toulouse;;Q7880
Nice;;Q33959
Nantes;;Q12191
Montpellier;;Q6441
Strasbourg;;Q6602
Bordeaux;;Q1479
Lille;;Q648
Rennes;;Q647
Reims
Toulon
Saint-Étienne
Le Havre;Havre
Grenoble
Dijon
Angers
Nîmes
Villeurbanne
Clermont-Ferrand
Le Mans
Aix-en-Provence
Brest
Tours
Amiens
Limoges
Annecy
Perpignan
Boulogne-Billancourt
Metz
Besançon
Orléans
Rouen
Mulhouse
Caen
Nancy
Argenteuil
Montreuil
Roubaix
Tourcoing
Avignon
Créteil
Nanterre
Poitiers
Versailles
Pau
Vitry-sur-Seine
Calais
La Rochelle
Colombes
Aubervilliers
Asnières-sur-Seine
Dunkerque
Champigny-sur-Marne
Antibes
Béziers
Saint-Maur-des-Fossés
Cannes
Bourges
Saint-Nazaire
Colmar
Ajaccio
Bastia
Drancy
Mérignac
Valence;;;es
Quimper
Troyes
Lorient
Niort
Sarcelles
Chambéry
Villejuif
Saint-Quentin
Pessac
Vénissieux
Beauvais
Cergy
Pontoise
Évry-Courcouronnes;Évry
Bobigny
Melun
Laon
Moulins
Digne-les-Bains
Gap
Privas
Charleville-Mézières
Foix
Carcassonne
Rodez
Aurillac
Angoulême
Tulle
Saint-Brieuc
Guéret
Périgueux
Évreux
Chartres
Auch
Châteauroux
Lons-le-Saunier
Mont-de-Marsan
Blois
Le Puy-en-Velay;Puy-en-Velay
Cahors
Agen
Mende
Saint-Lô
Châlons-en-Champagne
Chaumont
Laval
Bar-le-Duc
Vannes
Nevers
Alençon
Arras
Tarbes
Vesoul
Mâcon
Montauban
La Roche-sur-Yon
Épinal
Auxerre
Belfort
Albi
Bourg-en-Bresse
Basse-Terre
Pointe-à-Pitre
Fort-de-France
Cayenne
Kourou
Saint-Laurent-du-Maroni
Saint-Denis
Mamoudzou
Nouméa
Papeete
Marigot
Gustavia
Mata-Utu
Saint-Pierre
Calais
Lourdes
Chamonix;Chamonix-Mont-Blanc
Vichy
Biarritz
Bayonne
Saint-Malo
Deauville
Arles
Sète
Menton
Fréjus
Saint-Tropez
Grasse
Hyères
Briançon
Modane
Hendaye
Cherbourg;Cherbourg-en-Cotentin
Dieppe
Boulogne-sur-Mer
Grande-Synthe
Ouistreham
Roissy;Roissy-en-France
Orly
Saint-Ouen;Saint-Ouen-sur-Seine
Neuilly-sur-Seine
Levallois-Perret
Issy-les-Moulineaux
Fontainebleau
Chantilly
Sevran
Clichy-sous-Bois
Montfermeil
Saint-Herblain
Villepinte
Rungis
Saclay
Marne-la-Vallée
Sophia Antipolis
Fessenheim
Flamanville
Cadarache
"""

SWISS_BENELUX = """
@ city ch
Genève;Geneva|Genf;Q71
Lausanne;;Q807
Zurich;Zürich;Q72
Berne;Bern;Q70
Bâle;Basel;Q78
Lucerne;Luzern
Lugano
Saint-Gall;Sankt Gallen|St-Gall
Winterthour;Winterthur
Bienne;Biel|Biel/Bienne
Thoune;Thun
Fribourg
Neuchâtel
Sion;Sitten
Montreux
Vevey
Yverdon-les-Bains;Yverdon
Nyon
Morges
La Chaux-de-Fonds
Delémont
Porrentruy
Martigny
Monthey
Sierre
Coire;Chur
Schaffhouse;Schaffhausen
Soleure;Solothurn
Zoug;Zug
Aarau
Bellinzone;Bellinzona
Locarno
Davos
Renens
Carouge
Vernier
Lancy
Meyrin
Onex
Bulle
Pully
Ecublens
Prilly
Le Locle;Locle
Crans-Montana
Verbier
Zermatt
Gstaad
Lugano
Baden
Olten
Emmen
Kriens
Köniz
Uster
Frauenfeld
Berthoud;Burgdorf
Rapperswil-Jona
@ region ch
Vaud;canton de Vaud
Valais;canton du Valais
Tessin;canton du Tessin
Grisons;canton des Grisons
Argovie;canton d'Argovie
Thurgovie;canton de Thurgovie
Uri;canton d'Uri
Obwald
Nidwald
Glaris
Schwytz
Bâle-Ville
Bâle-Campagne
Appenzell Rhodes-Extérieures
Appenzell Rhodes-Intérieures
canton de Genève
canton de Zurich
canton de Berne
canton de Fribourg
canton de Neuchâtel
canton du Jura
Suisse romande;Romandie
Suisse alémanique
@ city be
Bruxelles;Brussel|Brussels;Q239
Anvers;Antwerpen;Q12892
Gand;Gent
Charleroi
Liège
Bruges;Brugge
Namur
Louvain;Leuven
Mons
Malines;Mechelen
Alost;Aalst
La Louvière
Courtrai;Kortrijk
Hasselt
Ostende;Oostende
Saint-Nicolas;Sint-Niklaas
Tournai
Genk
Seraing
Roulers;Roeselare
Verviers
Mouscron
Termonde;Dendermonde
Ypres;Ieper
Arlon
Wavre
Nivelles
Louvain-la-Neuve
Ottignies
Waterloo
Bastogne
Dinant
Spa
Huy
Turnhout
Hal;Halle
Vilvorde;Vilvoorde
Zaventem
Molenbeek-Saint-Jean;Molenbeek
Schaerbeek
Anderlecht
Ixelles
Uccle
Etterbeek
Saint-Gilles
Forest
Evere
Woluwe-Saint-Lambert
Woluwe-Saint-Pierre
Watermael-Boitsfort
Auderghem
Koekelberg
Ganshoren
Berchem-Sainte-Agathe
Saint-Josse-ten-Noode
Laeken
Eupen
Malmedy
Marche-en-Famenne
Herstal
Châtelet
Binche
Ath
Soignies
Braine-l'Alleud
Tubize
Gembloux
Andenne
Chimay
@ city lu
Esch-sur-Alzette
Differdange
Dudelange
Ettelbruck
Diekirch
Pétange
Sanem
Hesperange
Bettembourg
Schifflange
Mersch
Wiltz
Echternach
Remich
Grevenmacher
Strassen
Bertrange
Mamer
Kirchberg
Clervaux
Vianden
Mondorf-les-Bains
Schengen
Rumelange
@ city ca
Montréal;Montreal;Q340
Ville de Québec;Quebec City;Q2145
Laval
Gatineau
Longueuil
Sherbrooke
Saguenay
Lévis
Trois-Rivières
Terrebonne
Saint-Jean-sur-Richelieu
Repentigny
Brossard
Drummondville
Saint-Jérôme
Granby
Blainville
Saint-Hyacinthe
Shawinigan
Dollard-des-Ormeaux
Rimouski
Châteauguay
Mirabel
Victoriaville
Rouyn-Noranda
Sept-Îles
Val-d'Or
Chicoutimi
Alma
Baie-Comeau
Gaspé
Mascouche
Boucherville
Joliette
Magog
Thetford Mines
Saint-Eustache
Sainte-Julie
Vaudreuil-Dorion
Beloeil
Salaberry-de-Valleyfield
Sorel-Tracy
Rivière-du-Loup
Matane
Amos
Lac-Mégantic
Toronto;;Q172
Vancouver;;Q24639
Calgary
Edmonton
Winnipeg
Halifax
Hamilton
Kitchener
Regina
Saskatoon
Moncton
Fredericton
Saint-Jean de Terre-Neuve;St. John's
Charlottetown
Whitehorse
Yellowknife
Iqaluit
Windsor
Sudbury;Grand Sudbury
Thunder Bay
Mississauga
Brampton
Markham
Surrey
Burnaby
Oshawa
Kelowna
Barrie
Guelph
Caraquet
Edmundston
Bathurst
"""

MAGHREB = """
@ city ma
Casablanca;;Q7903
Marrakech;Marrakesh;Q101625
Fès;Fez
Tanger;Tangier
Meknès
Agadir
Oujda
Kénitra
Tétouan
Salé
Témara
Safi
Mohammedia
El Jadida
Béni Mellal
Nador
Taza
Khouribga
Settat
Berrechid
Khémisset
Inezgane
Ksar El Kébir
Larache
Guelmim
Berkane
Taourirt
Bouskoura
Fquih Ben Salah
Dcheira El Jihadia
Oued Zem
Sidi Slimane
Errachidia
Guercif
Oulad Teima
Ben Guerir
Tiflet
Taroudant
Sefrou
Essaouira
Fnideq
Sidi Kacem
Tiznit
Tan-Tan
Ouarzazate
Souk El Arbaa
Youssoufia
Martil
Aïn Harrouda
Skhirat
Ouazzane
Benslimane
Al Hoceïma;Al Hoceima
Midelt
Azrou
Chefchaouen
Ifrane
Zagora
Tinghir
Laâyoune
Dakhla
Smara
Boujdour
Tarfaya
Asilah
M'diq;Mdiq
Tit Mellil
Sidi Bennour
El Kelaâ des Sraghna;Kelâat Sraghna
Khénifra
Azilal
Figuig
Bouarfa
Jerada
Driouch
Erfoud
Rissani
Merzouga
Imlil
Amizmiz
Chichaoua
Imintanoute
Aït Melloul
Mirleft
Sidi Ifni
Zaïo
Saïdia
Ahfir
Selouane
Midar
Targuist
Tahanaout
Asni
Ijoukak
Talat N'Yacoub
Adassil
Moulay Brahim
Ouirgane
Tinmel
Moulay Idriss Zerhoun
Volubilis
Kasba Tadla
Demnate
Missour
Boulemane
Taounate
Ouezzane
Tamesna
Sala Al Jadida
Bouznika
Had Soualem
Dar Bouazza
Sidi Rahal
Skoura
Tata
Assa
Akka
@ region ma
Tanger-Tétouan-Al Hoceïma
Région de l'Oriental;L'Oriental
Fès-Meknès
Rabat-Salé-Kénitra
Béni Mellal-Khénifra
Casablanca-Settat
Marrakech-Safi
Drâa-Tafilalet
Souss-Massa
Guelmim-Oued Noun
Laâyoune-Sakia El Hamra
Dakhla-Oued Ed-Dahab
Al Haouz;province d'Al Haouz
Souss
Tafilalet
Gharb
Chaouia
Doukkala
Tadla
Sakia El Hamra
Oued Ed-Dahab
Provinces du Sud
@ city dz
Oran
Constantine
Annaba
Blida
Batna
Djelfa
Sétif
Sidi Bel Abbès
Biskra
Tébessa
El Oued
Skikda
Tiaret
Béjaïa;Bejaia
Tlemcen
Ouargla
Béchar
Mostaganem
Bordj Bou Arreridj
Chlef
Souk Ahras
Médéa
El Eulma
Touggourt
Ghardaïa
Saïda;Sidon;;lb
Laghouat
M'Sila
Jijel
Relizane
Guelma
Aïn Beïda
Khenchela
Bou Saâda;Boussaâda
Mascara
Tindouf
Tamanrasset
Adrar
Illizi
In Salah
Tizi Ouzou
Bouira
Boumerdès
Tipaza
Aïn Defla
Aïn Témouchent
Mila
Oum El Bouaghi
El Bayadh
Naâma
Tissemsilt
El Tarf
Khemis Miliana
Cherchell
Hassi Messaoud
Djanet
Timimoun
In Amenas
Bab Ezzouar
Hydra
Bordj Badji Mokhtar
@ city tn
Sfax
Sousse
Kairouan
Bizerte
Gabès
Ariana
Gafsa
Monastir
Ben Arous
Kasserine
Médenine
Nabeul
Tataouine
Béja
Le Kef;Kef
Mahdia
Sidi Bouzid
Jendouba
Tozeur
Siliana
Zaghouan
Kébili
Manouba
La Marsa
Hammamet
Zarzis
Ben Gardane
Carthage
La Goulette
Sidi Bou Saïd
Tabarka
Douz
Metlaoui
Redeyef
Msaken
Hammam-Lif
Bardo;Le Bardo
Ksar Hellal
Moknine
Menzel Bourguiba
Ras Jedir
@ city ly
Benghazi
Misrata
Syrte
Tobrouk
Sebha
Derna
Zouara;Zuwara
Zaouïa;Zawiya
Koufra
Ghadamès
Sabratha
Tarhouna
Bani Walid
Ajdabiya
Ras Lanouf
Brega
Ghat
@ city mr
Nouadhibou
Kiffa
Kaédi
Rosso
Zouérate
Atar
Néma
Sélibabi
Aleg
Boutilimit
Tidjikja
Aïoun el-Atrouss
Akjoujt
Chinguetti
Ouadane
Bassikounou
Mbera
Boghé
Fdérik
Tichitt
"""

AFRICA = """
@ city sn
Touba
Thiès
Rufisque
Kaolack
Mbour
Saint-Louis
Ziguinchor
Diourbel
Louga
Tambacounda
Kolda
Kaffrine
Fatick
Matam
Kédougou
Sédhiou
Richard-Toll
Tivaouane
Mbacké
Pikine
Guédiawaye
Joal-Fadiouth
Saly
Podor
Bakel
Diamniadio
Keur Massar
Bignona
Vélingara
Linguère
Dagana
Cap-Skirring
Ndioum
Yoff
@ city ci
Abidjan;;Q1515
Bouaké
Daloa
San-Pédro
Korhogo
Man
Divo
Gagnoa
Abengourou
Anyama
Agboville
Grand-Bassam
Dabou
Bingerville
Séguéla
Odienné
Soubré
Bondoukou
Ferkessédougou
Dimbokro
Sassandra
Toumodi
Bouna
Katiola
Guiglo
Duékoué
Issia
Sinfra
Oumé
Tiassalé
Adzopé
Aboisso
Agnibilékrou
Daoukro
Danané
Tabou
Biankouma
Boundiali
Tengréla
Mankono
Bouaflé
Vavoua
Zuénoula
Lakota
Jacqueville
Assinie
Cocody
Yopougon
Abobo
Treichville
Marcory
Koumassi
Port-Bouët
Adjamé
Attécoubé
@ city cm
Douala
Garoua
Bamenda
Maroua
Bafoussam
Ngaoundéré
Bertoua
Loum
Kumba
Nkongsamba
Buea
Edéa
Limbé
Kribi
Ebolowa
Dschang
Foumban
Kousséri
Mokolo
Meiganga
Mbalmayo
Sangmélima
Bafang
Bafia
Mbouda
Tiko
Batouri
Yagoua
Mora
Kaélé
Banyo
Tibati
Wum
Kumbo
Mamfe
Abong-Mbang
Yokadouma
Akonolinga
Obala
Eséka
Bangangté
Foumbot
Minawao
@ city cd
Kinshasa;;Q3838
Lubumbashi
Mbuji-Mayi
Kisangani
Kananga
Bukavu
Goma
Kolwezi
Likasi
Tshikapa
Kikwit
Mbandaka
Matadi
Uvira
Butembo
Beni
Bunia
Kindu
Kalemie
Isiro
Gemena
Boma
Kamina
Bandundu
Mwene-Ditu
Kabinda
Kenge
Gbadolite
Inongo
Lisala
Buta
Boende
Lusambo
Kasongo
Kipushi
Kamituga
Baraka
Fizi
Rutshuru
Masisi
Walikale
Lubero
Oicha
Djugu
Mahagi
Aru
Ariwara
Watsa
Zongo
Muanda;Moanda
Mbanza-Ngungu
Kasumbalesa
Kabalo
Manono
Moba
Pweto
Kalehe
Minova
Sake
Kiwanja
Kitshanga
Bunagana
@ city cg
Pointe-Noire
Dolisie
Nkayi
Impfondo
Ouesso
Madingou
Owando
Sibiti
Mossendjo
Djambala
Gamboma
Kinkala
Ewo
Oyo
@ region cg
Likouala
Niari
Bouenza
Lékoumou
Sangha
@ city ga
Port-Gentil
Franceville
Oyem
Moanda
Mouila
Lambaréné
Tchibanga
Koulamoutou
Makokou
Bitam
Owendo
Akanda
Ntoum
Lastoursville
Gamba
@ city td
Moundou
Sarh
Abéché
Kélo
Koumra
Pala
Am Timan
Bongor
Mongo
Doba
Ati
Laï
Oum Hadjer
Faya-Largeau;Faya
Massakory
Massaguet
Moussoro
Biltine
Goz Beïda
Adré
Iriba
Bardaï
Fada
Guéréda
Farchana
@ city cf
Bimbo
Berbérati
Carnot
Bambari
Bouar
Bossangoa
Bria
Bangassou
Nola
Kaga-Bandoro
Sibut
Mbaïki
Bozoum
Paoua
Batangafo
Ndélé
Obo
Birao
Zémio
Kabo
Bocaranga
Mobaye
Alindao
Dékoa
Bouca
Damara
@ city ml
Sikasso
Mopti
Koutiala
Ségou
Kayes
Kati
Gao
Tombouctou;Timbuktu
Kidal
Niono
San
Bougouni
Kita
Koulikoro
Djenné
Bandiagara
Douentza
Nioro du Sahel
Diéma
Kolokani
Banamba
Macina
Ansongo
Bourem
Tessalit
Aguelhok
Anéfis
Léré
Niafunké
Goundam
Hombori
Boni
Sévaré
Ténenkou
Youwarou
Koro
Bankass
Fana
Kangaba
Yanfolila
Kadiolo
Yorosso
Dioïla
Taoudéni
Moura
@ region ml
Delta intérieur du Niger
Mandé
@ city bf
Bobo-Dioulasso
Koudougou
Ouahigouya
Banfora
Dédougou
Kaya
Tenkodogo
Fada N'Gourma
Houndé
Réo
Garango
Pouytenga
Koupéla
Ziniaré
Dori
Djibo
Gorom-Gorom
Arbinda
Kongoussi
Yako
Gaoua
Diébougou
Léo
Manga
Pô
Kombissiri
Boulsa
Kantchari
Diapaga
Tougan
Nouna
Solenzo
Sebba
Titao
Gourcy
Barsalogho
Djibasso
Sindou
Orodara
Batié
Bogandé
Sapouy
Pama
Zorgho
Boussé
Mansila
Solhan
Seytenga
Koulpélogo
@ region bf
Boucle du Mouhoun
Hauts-Bassins
Centre-Nord
Centre-Est
Centre-Ouest
Centre-Sud
Plateau-Central
@ city ne
Zinder
Maradi
Agadez
Tahoua
Dosso
Tillabéri;Tillabéry
Diffa
Arlit
Birni-N'Konni;Birnin Konni
Tessaoua
Gaya
Dogondoutchi
Madaoua
Mirriah
Magaria
Ayorou
Téra
Filingué
Ouallam
Abalak
Tchintabaraden
Bilma
Dirkou
Nguigmi
Mainé-Soroa
Bosso
Tanout
Iférouane
Assamaka
Loga
Say
Kollo
Tillia
Inatès
Banibangou
Abala
Makalondi
Djado
@ city mg
Antananarivo;Tananarive|Tana
Toamasina;Tamatave
Antsirabe
Fianarantsoa
Mahajanga;Majunga
Toliara;Tuléar|Toliary
Antsiranana;Diego-Suarez
Ambovombe
Ambositra
Manakara
Morondava
Taolagnaro;Fort-Dauphin
Sambava
Ambanja
Moramanga
Farafangana
Ambatondrazaka
Mananjary
Antalaha
Maroantsetra
Ihosy
Miarinarivo
Maintirano
Vohémar
@ region mg
Androy
Atsimo-Andrefana
Analamanga
Vakinankaratra
Anosy
Grand Sud
@ city gn
Nzérékoré
Kankan
Kindia
Kissidougou
Labé
Guéckédou
Mamou
Boké
Kamsar
Siguiri
Faranah
Macenta
Dubréka
Coyah
Kérouané
Beyla
Fria
Dalaba
Pita
Télimélé
Kouroussa
Dabola
Forécariah
Boffa
Lola
Yomou
Simandou
@ city bj
Cotonou;;Q43595
Abomey-Calavi
Djougou
Parakou
Bohicon
Abomey
Kandi
Lokossa
Ouidah
Natitingou
Savè
Nikki
Malanville
Dassa-Zoumé
Sèmè-Kpodji
Allada
Pobè
Kétou
Tanguiéta
Banikoara
Savalou
Bembèrèkè
Ganvié
Grand-Popo
Aplahoué
Comé
Sakété
Porga
Karimama
@ city tg
Sokodé
Kara
Kpalimé
Atakpamé
Dapaong
Tsévié
Aného
Bassar
Mango
Notsé
Tabligbo
Kandé
Badou
Vogan
Niamtougou
Sotouboua
Bafilo
Blitta
@ city bi
Bujumbura
Ngozi
Muyinga
Ruyigi
Rumonge
Makamba
Kayanza
Kirundo
Cibitoke
Bururi
Rutana
Bubanza
Muramvya
Cankuzo
Mwaro
Karuzi
@ city rw
Huye;Butare
Muhanga;Gitarama
Musanze;Ruhengeri
Rubavu;Gisenyi
Gicumbi;Byumba
Rusizi;Cyangugu
Karongi;Kibuye
Ngoma;Kibungo
Nyanza
Rwamagana
Nyagatare
@ city dj
Ali Sabieh
Tadjourah
Obock
Dikhil
Arta
Balbala
@ city km
Mutsamudu
Fomboni
Domoni
@ city ht
Cap-Haïtien
Gonaïves
Les Cayes;Cayes
Jacmel
Saint-Marc
Jérémie
Port-de-Paix
Hinche
Pétion-Ville
Delmas
Croix-des-Bouquets
Léogâne
Petit-Goâve
Miragoâne
Fort-Liberté
Ouanaminthe
Cité Soleil
Mirebalais
Tabarre
Kenscoff
@ city lb
Tyr
Baalbek
Jounieh
Zahlé
Nabatiyeh;Nabatieh
Byblos;Jbeil
Batroun
Aley
Bint Jbeil
Marjayoun
Hermel
Dahiyeh;banlieue sud de Beyrouth
Naqoura
@ city ng
Lagos;;Q8673
Kano
Ibadan
Port Harcourt
Benin City
Kaduna
Maiduguri
Zaria
Aba
Jos
Ilorin
Onitsha
Enugu
Sokoto
Katsina
Yola
Bauchi
Gombe
Owerri
Calabar
Uyo
Abeokuta
Akure
Warri
Damaturu
Chibok
@ city gh
Kumasi
Tamale
Sekondi-Takoradi;Takoradi
Cape Coast
Tema
Bolgatanga
@ city ke
Mombasa
Kisumu
Nakuru
Eldoret
Dadaab
Kakuma
Garissa
Lamu
Malindi
@ city et
Dire Dawa
Mekele;Mékélé
Gondar
Bahir Dar
Hawassa
Jimma
Dessie
Harar
Adama
@ city sd
Omdurman
Port-Soudan
Kassala
El-Obeid
Nyala
El-Fasher;El Fasher
El-Geneina;El Geneina
Wad Madani
Kadugli
@ city ss
Malakal
Wau
Bentiu
Bor
Renk
@ city so
Hargeisa
Kismayo
Baidoa
Bosaso
Garowe
Beledweyne
Galkayo
Berbera
@ city er
Massaoua;Massawa
Assab
@ city ug
Gulu
Entebbe
Mbarara
Jinja
Arua
Kasese
@ city tz
Dar es Salaam;Dar es-Salaam
Arusha
Mwanza
Mbeya
Morogoro
Tanga
Kigoma
@ city mz
Beira
Nampula
Pemba
Quelimane
Palma
Mocímboa da Praia
@ city ao
Huambo
Benguela
Lobito
Lubango
@ city zm
Ndola
Kitwe
@ city zw
Bulawayo
@ city mw
Blantyre
@ city za
Johannesburg
Le Cap;Cape Town
Durban
Port Elizabeth;Gqeberha
Soweto
Bloemfontein
Stellenbosch
@ city eg
Alexandrie
Gizeh;Guizeh
Port-Saïd
Suez
Louxor
Assouan
Charm el-Cheikh
Hurghada
Ismaïlia
Mansourah
Tanta
Assiout
El-Arich
Nouvelle capitale administrative
@ city gw
Bafatá
Gabú
Cacheu
@ city cv
Mindelo
@ city lr
Buchanan
@ city sl
Bo
Kenema
@ city gm
Serrekunda
@ city gq
Bata
@ city mu
Curepipe
Vacoas-Phoenix
Rose-Hill
Quatre Bornes
Mahébourg
@ city re
Saint-Paul;;;fr
Le Tampon;;;fr
Saint-André;;;fr
Saint-Benoît;;;fr
"""

MIDEAST_ASIA = """
@ city ps
Ramallah
Naplouse
Hébron
Bethléem
Jénine
Jéricho
Tulkarem
Qalqilya
Khan Younès
Rafah
Deir el-Balah
Jabaliya
Beit Lahia
Beit Hanoun
Nuseirat
Jérusalem-Est
@ city il
Tel-Aviv;Tel Aviv|Tel-Aviv-Jaffa
Haïfa
Jaffa
Eilat
Beer-Sheva;Beersheba
Ashdod
Ashkelon
Sdérot
Nazareth
Tibériade
@ city sy
Alep
Homs
Hama
Lattaquié
Tartous
Deir ez-Zor
Raqqa
Idleb;Idlib
Deraa
Soueïda
Kobané
Qamichli
Palmyre
Afrine
Manbij
Hassaké
Douma
@ city iq
Bassora
Mossoul
Erbil
Kirkouk
Nadjaf
Kerbala
Falloujah
Ramadi
Souleimaniye
Tikrit
Samarra
Sinjar
Dohouk
Nassiriya
Koufa
Hilla
@ city ir
Ispahan
Mashhad;Machhad
Tabriz
Chiraz
Qom
Ahvaz
Kermanshah
Natanz
Bouchehr
Bandar Abbas
Zahedan
Fordo
@ city tr
Istanbul;;Q406
Izmir;Smyrne
Bursa
Antalya
Adana
Gaziantep
Konya
Diyarbakir
Kahramanmaraş
Hatay;Antioche
Mersin
Trabzon
Van
Şanlıurfa;Urfa
Malatya
Bodrum
Edirne
Kayseri
@ city sa
Djeddah
La Mecque
Médine
Dammam
Taëf
Tabouk
Neom
Dhahran
Khobar
@ city ae
Dubaï;Dubai;Q612
Charjah;Sharjah
Ajman
Ras el Khaïmah
Fujaïrah
@ city om
Salalah
@ city ye
Aden
Hodeïda
Taëz
Marib
Moukalla
Saada
@ city jo
Zarqa
Irbid
Aqaba
Pétra
Zaatari
Azraq
@ city cn
Shanghai
Canton;Guangzhou
Shenzhen
Tianjin
Chongqing
Wuhan
Chengdu
Nankin;Nanjing
Xi'an
Hangzhou
Harbin
Shenyang
Dalian
Qingdao
Suzhou
Xiamen
Kunming
Lhassa
Urumqi;Ürümqi
Zhengzhou
Changsha
Jinan
Fuzhou
Hefei
Nanning
Guiyang
Lanzhou
Taiyuan
Shijiazhuang
Hohhot
Yinchuan
Xining
Haikou
Sanya
Kachgar;Kashgar
Ningbo
Wenzhou
Dongguan
Foshan
Zhuhai
Yiwu
@ city tw
Kaohsiung
Taichung
Tainan
@ city jp
Osaka
Kyoto
Yokohama
Nagoya
Sapporo
Kobe
Fukuoka
Hiroshima
Nagasaki
Sendai
Fukushima
Kawasaki
Nara
@ city kr
Busan;Pusan
Incheon
Daegu
Daejeon
Gwangju
Ulsan
@ city kp
Kaesong
Panmunjom
@ city in
Delhi
Bombay;Mumbai
Calcutta;Kolkata
Madras;Chennai
Bangalore;Bengaluru
Hyderabad
Ahmedabad
Pune
Jaipur
Lucknow
Kanpur
Nagpur
Surat
Patna
Bhopal
Agra
Bénarès;Varanasi
Amritsar
Srinagar
Chandigarh
Cochin;Kochi
Pondichéry
@ city pk
Karachi
Lahore
Rawalpindi
Peshawar
Quetta
Faisalabad
Multan
@ city bd
Chittagong;Chattogram
Cox's Bazar
Kutupalong
@ city np
Pokhara
@ city lk
Colombo
Kandy
Jaffna
@ city mm
Rangoun;Yangon
Mandalay
Sittwe
@ city th
Chiang Mai
Phuket
Pattaya
@ city la
Luang Prabang
@ city kh
Siem Reap
@ city vn
Hô-Chi-Minh-Ville;Saïgon|Ho Chi Minh-Ville
Da Nang
Haïphong
Hué
@ city my
Putrajaya
Penang
Johor Bahru
Kota Kinabalu
@ city id
Surabaya
Bandung
Medan
Semarang
Makassar;Macassar
Denpasar
Yogyakarta
Nusantara
@ city ph
Quezon City
Davao
Cebu
@ city kz
Almaty;Alma-Ata
@ city uz
Samarcande
Boukhara
@ city kg
Och
@ city af
Kandahar
Hérat
Mazar-e-Charif
Jalalabad
Kunduz
Bamiyan
@ city ge
Batoumi
Koutaïssi
@ city am
Gyumri
@ city az
Gandja
Stepanakert;Khankendi
@ city ru
Saint-Pétersbourg
Novossibirsk
Ekaterinbourg
Kazan
Nijni Novgorod
Tcheliabinsk
Samara
Omsk
Rostov-sur-le-Don
Oufa
Krasnoïarsk
Voronej
Perm
Volgograd
Krasnodar
Sotchi
Kaliningrad
Mourmansk
Vladivostok
Irkoutsk
Grozny
Belgorod
Koursk
Briansk
Smolensk
Pskov
Novgorod
Iakoutsk
Khabarovsk
Arkhangelsk
Tver
Toula
Soukhoumi;;;ge
Tskhinvali;;;ge
"""

EUROPE_AMERICAS = """
@ city gb
Manchester
Birmingham
Liverpool
Leeds
Glasgow
Édimbourg;Edinburgh
Cardiff
Belfast
Bristol
Sheffield
Newcastle
Oxford
Cambridge
Douvres;Dover
Southampton
Nottingham
Leicester
Brighton
Cantorbéry;Canterbury
Aberdeen
Plymouth
Portsmouth
Coventry
York
Folkestone
@ city ie
Cork
Galway
Limerick
@ city de
Hambourg
Munich;München
Cologne;Köln
Francfort;Francfort-sur-le-Main|Frankfurt
Stuttgart
Düsseldorf
Leipzig
Dortmund
Essen
Brême
Dresde
Hanovre
Nuremberg
Duisbourg
Bochum
Wuppertal
Bielefeld
Bonn
Münster
Karlsruhe
Mannheim
Augsbourg
Wiesbaden
Mayence
Fribourg-en-Brisgau
Aix-la-Chapelle
Kiel
Rostock
Lübeck
Magdebourg
Erfurt
Potsdam
Sarrebruck
Trèves
Heidelberg
Ratisbonne
Coblence
Ulm
Chemnitz
Brunswick
Kassel
Osnabrück
Passau
Baden-Baden
Kehl
Ramstein
@ city it
Milan
Naples
Turin
Palerme
Gênes
Bologne
Florence
Bari
Catane
Venise
Vérone
Messine
Padoue
Trieste
Brescia
Parme
Tarente
Modène
Reggio de Calabre
Pérouse
Livourne
Cagliari
Pise
Syracuse
Ancône
Bolzano
Rimini
Côme
Aoste
Salerne
Brindisi
Lecce
Ravenne
Vintimille
Crotone
Cutro
@ city es
Barcelone;Barcelona
Séville
Saragosse
Malaga
Palma;Palma de Majorque
Las Palmas;Las Palmas de Gran Canaria
Bilbao
Alicante
Cordoue
Valladolid
Vigo
Gijón
Saint-Sébastien
Pampelune
Tolède
Salamanque
Cadix
Algésiras
Tarifa
Ceuta
Melilla
Saint-Jacques-de-Compostelle
La Corogne
Santander
Almería
Huelva
Tarragone
Gérone
Lérida
Burgos
León
Oviedo
Badajoz
Cáceres
Santa Cruz de Tenerife
Motril
@ city pt
Porto
Braga
Coimbra
Funchal
Faro
Setúbal
Aveiro
Évora
@ city nl
Rotterdam
La Haye;Den Haag;Q36600
Utrecht
Eindhoven
Groningue
Tilburg
Almere
Bréda
Nimègue
Maastricht
Arnhem
Leyde
Delft
Haarlem
@ city se
Göteborg
Malmö
Uppsala
@ city no
Bergen
Trondheim
Stavanger
@ city dk
Aarhus
Odense
@ city fi
Tampere
Turku
@ city at
Graz
Linz
Salzbourg
Innsbruck
Klagenfurt
@ city pl
Cracovie
Łódź;Lodz
Wrocław;Wroclaw
Poznań;Poznan
Gdańsk;Gdansk
Szczecin
Lublin
Katowice
Rzeszów;Rzeszow
Przemyśl
@ city cz
Brno
Ostrava
Plzeň;Pilsen
@ city sk
Košice
@ city hu
Debrecen
Szeged
@ city ro
Cluj-Napoca
Timișoara;Timisoara
Iași
Constanța
Brașov
@ city bg
Plovdiv
Varna
Bourgas
@ city gr
Thessalonique
Le Pirée;Pirée
Patras
Héraklion
@ city cy
Limassol
Larnaca
Famagouste
@ city rs
Novi Sad
Niš
@ city hr
Split
Dubrovnik
Rijeka
@ city ba
Mostar
Banja Luka
Srebrenica
Tuzla
Bihać
@ city mk
Ohrid
@ city al
Durrës
@ city xk
Mitrovica
@ city si
Maribor
@ city ee
Tartu
Narva
@ city lt
Kaunas
@ city ua
Kharkiv;Kharkov
Odessa
Dnipro;Dnipropetrovsk
Donetsk
Zaporijia;Zaporijjia|Zaporojie
Lviv;Lvov
Kryvyï Rih
Mykolaïv
Marioupol
Louhansk;Lougansk
Kherson
Poltava
Tchernihiv
Soumy
Jytomyr
Vinnytsia
Boutcha
Irpin
Bakhmout
Avdiïvka
Kramatorsk
Sloviansk
Pokrovsk
Sébastopol
Simferopol
Tchernobyl
Ouman
@ city by
Gomel
Grodno
@ city md
Tiraspol
@ city us
New York;;Q60
Los Angeles;;Q65
Chicago;;Q1297
Houston
Phoenix
Philadelphie
San Antonio
San Diego
Dallas
San Francisco;;Q62
Seattle
Boston
Miami
Atlanta
Détroit;Detroit
Las Vegas
La Nouvelle-Orléans;Nouvelle-Orléans
Denver
Austin
Baltimore
Minneapolis
Pittsburgh
Cleveland
Cincinnati
Nashville
Memphis
Orlando
Tampa
Portland
Sacramento
Honolulu
Anchorage
Salt Lake City
El Paso
Charlotte
Indianapolis
Columbus
Kansas City
Milwaukee
Oklahoma City
Albuquerque
Tucson
Fresno
Oakland
Palo Alto
Hollywood
Brooklyn
Princeton
Baton Rouge
Richmond
Raleigh
Savannah
Charleston
Silver Spring
Arlington
@ city mx
Guadalajara
Monterrey
Puebla
Tijuana
Ciudad Juárez
Cancún
Acapulco
Oaxaca
Veracruz
Mérida
Tapachula
Culiacán
Matamoros
Reynosa
Nuevo Laredo
Chihuahua
@ city hn
San Pedro Sula
@ city cu
Santiago de Cuba
@ city do
Santiago de los Caballeros
@ city bz
Belize City
@ city cw
Willemstad;;;nl
@ city aw
Oranjestad;;;nl
@ city pr
San Juan;;;us
@ city co
Medellín
Cali
Barranquilla
Carthagène;Cartagena
Cúcuta
@ city ve
Maracaibo
Valencia
@ city ec
Guayaquil
@ city pe
Cuzco;Cusco
Arequipa
@ city bo
La Paz
Santa Cruz de la Sierra;Santa Cruz
Cochabamba
El Alto
@ city cl
Valparaíso
@ city ar
Córdoba
Rosario
Mendoza
Ushuaïa
@ city br
São Paulo
Rio de Janeiro
Salvador de Bahia
Belo Horizonte
Fortaleza
Manaus;Manaos
Recife
Porto Alegre
Curitiba
Belém
@ city au
Sydney
Melbourne
Brisbane
Perth
Adélaïde
Darwin
Hobart
Gold Coast
@ city nz
Auckland
Christchurch
"""

# Capitals come from countries.tsv; these give French aliases or fix a
# capital's name where the country table uses a short form.
CAPITAL_ALIASES = {
    "Abou Dhabi": "Abou Dabi|Abu Dhabi",
    "Kiev": "Kyiv",
    "Chișinău": "Chisinau|Kichinev",
    "Astana": "Nour-Soultan",
    "Dacca": "Dhaka",
    "Naypyidaw": "Naypyitaw",
    "Antananarivo": "Tananarive|Tana",
    "Washington": "Washington D.C.|Washington DC",
    "Sanaa": "Sana'a",
    "Erevan": "Yerevan",
    "Riyad": "Riyadh",
    "Bogota": "Bogotá",
    "Asuncion": "Asunción",
    "Pristina": "Priština|Prishtina",
    "Djouba": "Juba",
    "Mascate": "Muscat",
    "Nuku'alofa": "Nukualofa",
    "Tbilissi": "Tbilisi",
    "Douchanbé": "Dushanbe",
    "Bichkek": "Bishkek",
    "Achgabat": "Achkhabad|Ashgabat",
    "Tachkent": "Tashkent",
    "Oulan-Bator": "Oulan Bator|Ulaanbaatar",
    "Katmandou": "Kathmandu",
    "Thimphou": "Thimphu",
    "N'Djamena": "Ndjamena",
    "Mogadiscio": "Mogadishu",
    "Addis-Abeba": "Addis Abeba|Addis-Ababa",
    "Gitega": "",
    "Yaoundé": "Yaounde",
    "Sao Tomé": "São Tomé",
    "Port-d'Espagne": "Port of Spain",
    "Hanoï": "Hanoi",
    "Pékin": "Beijing",
    "Le Caire": "Caire",
    "Alger": "Algiers",
    "Bruxelles": "Brussel",
    "Jérusalem": "Al-Qods",
    "Taipei": "Taipeh",
    "Reykjavik": "Reykjavík",
    "Sri Jayawardenapura Kotte": "Kotte",
    "Tarawa-Sud": "Tarawa",
}

CAPITAL_QIDS = {
    "Rabat": "Q3551", "Paris": "Q90", "Londres": "Q84", "Berlin": "Q64", "Rome": "Q220",
    "Madrid": "Q2807", "Moscou": "Q649", "Pékin": "Q956", "Tokyo": "Q1490", "Le Caire": "Q85",
    "Dakar": "Q3718", "Nairobi": "Q3870", "Addis-Abeba": "Q3624", "Alger": "Q3561",
    "Tunis": "Q3572", "Ottawa": "Q1930", "Washington": "Q61", "Vienne": "Q1741",
    "Lisbonne": "Q597", "Athènes": "Q1524", "Varsovie": "Q270", "Ankara": "Q3640",
    "Téhéran": "Q3616", "Bagdad": "Q1530", "Damas": "Q3766", "Beyrouth": "Q3820",
    "Jérusalem": "Q1218", "Amman": "Q3805", "Riyad": "Q3692", "Doha": "Q3861",
    "New Delhi": "Q987", "Séoul": "Q8684", "Bangkok": "Q1861", "Jakarta": "Q3630",
    "Manille": "Q1461", "Mexico": "Q1489", "Buenos Aires": "Q1486", "Lima": "Q2868",
    "Bogota": "Q2841", "Santiago": "Q2887", "La Havane": "Q1563", "Amsterdam": "Q727",
    "Stockholm": "Q1754", "Oslo": "Q585", "Copenhague": "Q1748", "Helsinki": "Q1757",
    "Dublin": "Q1761", "Berne": "Q70", "Bruxelles": "Q239", "Prague": "Q1085",
    "Budapest": "Q1781", "Bucarest": "Q19660", "Kiev": "Q1899",
}
