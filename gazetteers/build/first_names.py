#!/usr/bin/env python3
"""Build gazetteers/first_names.tsv (columns: name, gender) deterministically.

Sources
-------
1. nam_dict.txt by Jörg Michael (2007-2008), GNU Free Documentation License 1.2 or later,
   as shipped in the PyPI package gender-guesser 0.4.0 (gender_guesser/data/nam_dict.txt).
   About 45,000 given names with gender and a frequency per country (55 countries).
2. The French Dicollecte/Grammalecte dictionary 7.0 (MPL-2.0), as shipped by Debian's
   package hunspell-fr-classical 1:7.0-1: its entries tagged `po:prn` (French first names,
   with is:mas / is:fem / is:epi) are added, and its common-word forms (expanded with
   `unmunch` from Debian's hunspell-tools) are used only to detect names that are also
   ordinary French words.
3. wordfreq 3.1.1 (PyPI) French frequencies, used only to decide how common such a word is.
4. babel 2.18.0 (PyPI) French territory names (CLDR), used only to drop names that equal a
   country, region or continent name.
5. The SUPPLEMENT lists below, written for this project (given names common in francophone
   Africa, the Maghreb and compound French names), which the two lists above lack.

Because of source 1 (share-alike) the generated file is distributed under the GFDL 1.2+;
entries from source 2 are also under MPL-2.0.

Filtering: a name is dropped when it is a French function word, a title, a month or weekday
(STOP), when it equals a French country/region/continent name, when it is an ordinary French
word form that is frequent (wordfreq zipf >= 3.0) and not a well-established name, when it is
one of a few reviewed word-like names (DROP), or when it has odd inner capitals. Names that
fold to the same key (case, accents, apostrophes) are written once, in their preferred form.
The dropped names are written nowhere.

Requirements (for regeneration only; the Rust build never runs this):
    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install gender-guesser==0.4.0 wordfreq==3.1.1 babel==2.18.0
    apt-get install hunspell-fr-classical hunspell-tools     # Debian bookworm
    /tmp/gazvenv/bin/python gazetteers/build/first_names.py  # from the repository root
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import unicodedata

NAM_DICT_SHA256 = "bfe79b1f3533d188333c36d7b0722868b873b2d366bb15bed3ed9a4f85db3c8c"
FR_DIC = "/usr/share/hunspell/fr.dic"
FR_AFF = "/usr/share/hunspell/fr.aff"
FR_DIC_SHA256 = "4b1415593d599dbd943dde6d00515bbde3b4287ab62666242d959f74ddb16a6e"
FR_AFF_SHA256 = "b0aa05cec5f2de2372c3ab6b2726288c39fcb384e602dbade97e91020edc25a7"

# nam_dict.txt country columns (0-based index into the frequency field).
COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland "
    "estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosnia "
    "croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus moldova "
    "ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea "
    "vietnam other_countries"
).split()
COL = {c: i for i, c in enumerate(COUNTRIES)}
FRENCH_AREA = tuple(COL[c] for c in ("france", "belgium", "luxembourg", "swiss"))
# Countries whose names often appear in French news; a high frequency there marks a
# well-established name even when it is also a French word.
NEWS_AREA = FRENCH_AREA + tuple(COL[c] for c in (
    "great_britain", "ireland", "usa", "italy", "portugal", "spain", "the_netherlands",
    "germany", "austria", "turkey", "arabia", "other_countries"))

# French function words, titles, honorifics, particles, months and weekdays (folded
# comparison). Never first names in this gazetteer.
STOP = set("""
a à au aux avec ce ces cet cette chez comme dans de des du elle elles en entre et eux il ils
je la le les leur leurs lui ma mais me mes moi mon ne ni nos notre nous on ou où par pas pour
qu que qui sa sans se ses si son sous sur ta te tes toi ton tu un une vos votre vous y ça
apres avant aussi bien car cela ceci contre dont donc depuis des dès encore ici ils lors
mais meme même non oui or parmi plus puis quand selon tandis tout toute tous toutes tres
très vers voici voila voilà ah oh eh euh hein ok the of and in to for with from by at on an
monsieur madame mademoiselle messieurs mesdames maitre maître docteur professeur president
président presidente présidente roi reine prince princesse emir émir cheick sheikh cheikha
sultan sultane pape saint sainte sir lord lady dame don dona doña mgr monseigneur pere père
frere frère soeur sœur abbe abbé imam rabbin cardinal general général colonel capitaine
lieutenant commandant marechal maréchal amiral sergent caporal major senateur sénateur
depute député ministre maire gouverneur ambassadeur consul juge procureur
ould bin ibn bint ait aït el al ag
janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre
decembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
nord sud est ouest centre etat état etats états union nations
""".split())

# Country names that would be kept as first names anyway (empty: the brief drops them all;
# e.g. "Dominique" = Dominica and "Maurice" = Mauritius are dropped for that reason).
COUNTRY_EXCEPTIONS = set()

# Reviewed word-like entries of the sources that are not first names in French news
# (mythology, pseudonyms, syllables) or that are too ambiguous.
DROP = set("""
Ans Ton Juste Pâris Paris Grace Grâce Mars Victoire Al Don Lois Loïs Vénus Venus Mercure
Saturne Pluton Titan Apollon Figaro Molière Voltaire Hercule Judas Napoléon Napoleon Pan Pie
Line Râ Ra Hà Ha Pépin Tacite Thalès Pandore Cupidon Ovide Arès Ares Œdipe Aphrodite Calypso
Pégase Éros Eros Andromède Gargantua Porphyre Crésus Hélios Moloch Nabuchodonosor Protée
Arion Thanatos Esculape Sardanapale Mimas Jocrisse Galathée Dioné Merlin Hermès Hermes
Sultan Beat Joke Fleur Jésus Jesus Jesús Christ Allie Mel Pete Urbain Constant Prudence
Félicité Honoré Désiré Desire Flore Juste Franco Sue Gus Piper Tara Jade Ambre Ava Mina
Rima Inge Regula Beate Horst Rainer Fatma Sana Ria Jasmin Murat Margarita Áine Colin Ana Io
London America Asia India Syria Sydney Houston Indiana Indíana Santa Rio San Del Kong Hong York
Nice Niče Lille Alger Alberta Pen Allah Fífa Fifa Ia Om Pam Can Ena Ina Isis Ong Caf Cop Ida
Satan Jupiter Lucifer Neptune Zeus Apollo Thor Staline Lénine Aristote Platon Socrate Kant Galilée
Mahomet Charlemagne Sherlock Lancelot Darwin Alexandrie Louisiane Montana Denver Cleveland
Brooklyn Nissan Nike Chanel Marvel Random Italia Roma Orly Oran Albi Pau Sion Ille Udi Iso Res
Tre Ain Gard Haye Nil Sine Samu Asso Uno Dea Gen Mar Cam Maj Tab Dell Forbes Wagner Assad Erdoğan
Nan Ram Sri Aviv Rica Aden Bata Constantine Djibo Doha Dori Golan Haifa Haïfa Jos Kaya Medea
Médéa Médine Medine Odessa Rafah Riyad Sanaa Thiès Thies Zaria Savannah Naira
""".split())

# Acronyms and places listed above share a folded form with a name (PAM, CAN, ENA, IDA, OM,
# IA; Le Pen, Hong Kong, New York, Lille, Nice, Alger) and are too ambiguous in news text.

# nam_dict columns of romanized Chinese, Korean and Vietnamese syllables: in French news
# these given names follow the family name and are not useful as first-name cues.
EAST_ASIA = tuple(COL[c] for c in ("china", "korea", "vietnam"))

# Word-like names kept although the word is frequent: they are overwhelmingly first names
# when capitalized in French news.
KEEP = set("""
Jean Pierre Marie Louis Aimé Ben Max Henry Nasser Rami Munir Lamine Alpha Iris Maya Gloria
Ada Dora Lia Pia Amina Moussa Amadou Marin Olive Celeste Céleste Violet Carmel
""".split())

# Given names absent from the two lists above (or present with a gender not usual in
# francophone news). Written for this project.
SUPPLEMENT_M = """
Abakar Abdelfattah Abdelhak Abdelhamid Abdelilah Abdeljalil Abdelkrim Abdellatif Abdelmadjid
Abdelmalek Abdelmoumen Abdelouahab Abdelwahab Abdennour Abderrahim Abderrahmane Abderrazak
Abdessamad Abdesselam Abdou Abdoul Abdoulaye Abdourahamane Abdourahmane Aboubacar Aboubakar
Abubakar Adebayo Adewale Agathon Agbéyomé Ahmadou Ahmat Ahmedou Akinwande Akinwumi Akwasi
Aliou Alioune Allamaye Aloys Amara Anastase Anerood Anicet Ato Atiku Aymen Azali Azeddine
Azzedine Babacar Babajide Babatunde Bakary Bassirou Béchir Béji Biram Birame Birima Bocar
Boni Boubacar Boukary Boureima Brahim Calixte Cellou Chakib Chawki Chedly Cheick Cheickna
Cheikh Chibuike Chidi Chinedu Chokri Choguel Chukwuemeka Cyprien Daouda Dapo Déogratias
Dharam Djibril Domitien Dramane Drissa Duma Emeka Emmerson Évariste Ezzedine Faure
Fayçal Femi Fethi Fiifi Fodé Fodéba Funsho Gervais Godswill Goodluck Hailemariam Hakainde
Hamadi Hamadou Hamidou Hammadi Harouna Hédi Hichem Hissène Hocine Houari Houcine Ibrahima
Idrissa Ikenna Ikililou Ilyes Inoussa Isaias Ismaïl Ismaïla Ismaila Issoufou Jaouad Juvénal
Kalidou Kalonzo Karamoko Kashim Kassoum Kassory Kayode Kgalema Kobina Kodjo Koffi Kofi Kojo
Komi Kossi Kunle Kwabena Kwaku Kwame Kweku Kwesi Lahcen Lahoucine Lakhdar Lansana Lansiné
Larbi Lassana Lassina Lounès Mahamadou Mahamane Mahamat Mahamoudou Mahjoub Malick Mamadi
Mamadou Mankeur Matar Mbagnick Meles Mevlüt Modibo Modou Mohcine Mokgweetsi Moktar Moctar
Mongi Mory Mostafa Mouhamadou Mouhamed Mountaga Moustapha Muhammadu Mulatu Musalia Mwai Nacer
Nacereddine Nangolo Nasreddine Ndiaga Nnamdi Noureddine Nourredine Nouhoum Nuhu Nyesom
Obinna Olufemi Olumide Olusegun Olushegun Oluwaseun Oluwole Olawale Oladipo Othmane Oumar
Oumarou Oury Ousmane Ousseynou Ouhoumoudou Pravind Prithvirajsing Rached Radouane Raila
Redouane Redwan Riadh Riek Rimtalba Rotimi Salaheddine Salif Salifou Samura Segun Sékou
Serigne Seydou Shegun Siaka Sidi Sidiki Sidy Sidya Sofiène Soumaïla Soumeylou Souleymane
Taïeb Taoufik Tayeb Tedros Thabo Théoneste Thierno Tidiane Tidjane Tiébilé Tiémoko Tiéman
Toufik Tunde Umaro Umaru Uhuru Wavel Wole Workneh Yacouba Yakubu Yawovi Yéro Yoweri Youssouf
Youssoupha Zéphirin Zinedine Zoubir Abdelkader Abdelaziz Mohammed Mohamed Ahmed Demeke
Mokhtar Mourad Moncef Mohsen Lotfi Hatem Ghazi Kaïs Kais Mehdi Sofiane Soufiane Walid Nassim
Hamza Younès Younes Yassine Ilyas Ilias Anouar Redha Ridha Riad Slimane Zakaria Zakariya
Ismaël Salah Saïd Saâd Saad Mustapha Hakim Hicham Driss Idriss Tarek Tarik Wassim Yahia Yahya
Zine Jamel Jamal Kamel Kamal Khaled Khalid Mounir Nabil Jalil Aziz Fouad Fathi Hassen Karim
Najib Rachid Rafik Ramzi Reda Réda Samir Sami Mohand Nadir Larbi Habib Hamid Fodéba Kadré
Tertius Yaya Issa Djimé Alpha Roch Romuald Patrice Firmin Prosper Brice Clotaire Wilfried
Hilarion Célestin Faustin Édouard Étienne Augustin Néhémie Vital Gustavo Ulisses Evaristo
Domingos Filipe João Armando Hery Andry Rivo Haja Navin Danny Hage Lazarus Sipho Nkosinathi
Themba Bongani Mandla Thulani Sibusiso Kagiso Tshepo Mpho Lindani Jabulani Senzo Zweli Julius
Ernest Kingsley Chinua Wole Kashim Nasir Yemi Bola Atiku Aminu Sani Umar Nuhu Ibikunle
Ike Chike Chukwuma Obafemi Oyewale Fela Seun Kwasi Yaw Nii
Bukar Abba Modu Kabiru Shehu Tijani Tijjani Ousman Momodou Lamin Ebrima Alieu Sulayman
Ebou Omar Yankuba Mohamadou Mamoudou Hamady Birahim Mamour Alassane Macky Assimi Abdelouafi
Abderaman Abdoulkader Abebe Abiy Aguila Aliko Aïmene Bankole Barham Bartholomée Claver Fouzi
Faouzi Gitanas Hibatullah Hissein Indermit Issad Jagan Jensen Jovenel Lesetja Luiz Makhtar
Mechaal Morissanda Moulay Mukhisa Narendra Nawaf Olayemi Prabowo Qabous Ramtane Rishi Saâdeddine
Saadeddine Shehbaz Sifi Sundar Taye Tenzin Wamkele Yukiya Kitack Haoliang Houlin Frank-Walter
Salva Smaïl Ahmat Mahmoud Moctar Amadou Oury Mamady Lansana Kabiné Sidya Ousmane
""".split()

SUPPLEMENT_F = """
Fatou Aminata Aïssata Aissata Fatoumata Mariama Kadiatou Djeneba Djénéba Kadidia Kadidiatou
Rokia Oumou Ndeye Ndèye Sokhna Coumba Khady Dieynaba Penda Binta Bintou Aïcha Nafissatou Awa
Assétou Salimata Mariétou Aminatou Oumy Astou Arame Ramatoulaye Ramata Kadi Koumba Nabou
Fanta Safiatou Tenin Assitan Adjoa Akissi Affoué Amenan Ahou Aya Ama Akua Abena Efua Esi
Adwoa Afua Yaa Akosua Ngozi Chiamaka Ifeoma Chimamanda Adaeze Nkechi Amaka Funmilayo Folake
Yewande Titilayo Obiageli Bukola Folasade Folashade Adenike Omolara Ronke Zainab Hadiza Aisha
Sahle-Work Thandeka Nomvula Naledi Lindiwe Nkosazana Netumbo Nomsa Thandi Zodwa Lerato
Palesa Nandi Buhle Busisiwe Nozipho Samia Lalao Voahangy Hanitra Isatou Haddy Khadija
Zineb Zeineb Zaynab Leïla Fatiha Yasmina Meriem Karima Latifa Malika Naïma Samira Hakima
Houria Ouarda Nawal Najat Rachida Souad Siham Wafa Hind Hayat Hanane Asmaa Asma Amal Bouchra
Dounia Ghizlane Hafsa Ibtissam Imane Iman Kenza Loubna Lamia Mounia Nezha Ouafa Rim Salma
Sanaa Soraya Touria Zahra Zohra Zoubida Dalila Djamila Jamila Habiba Fadila Farida Ghania
Hassiba Nabila Nassima Ourida Rabia Radia Saliha Sihem Wassila Yamina Nesrine Sarra Olfa
Wided Raja Rym Saïda Fatim Naima Aicha Mame-Diarra Mbathio Seynabou Maimouna Maïmouna
Ndeye-Fatou Aminetou Mariem Vatma Oumoulkhairy Rougui
Kadiatou Hawa Massandjé Kandia Oumoul Ndella Soukeyna Sokhna Aby Anta Fama Mbayang
Thérèse Judith Clarisse Mireille Chantal Nicole Christiane Joséphine Bernadette Pélagie
Immaculée Solange Odette Annonciata Béatrice Jeannette Francine Laurentine
Euphrasie Gisèle Perpétue Honorine Marcelline Albertine Justine Ernestine Léontine Ahunna
Anacláudia Arancha Chrystia Diene Dilma Droupadi Leymah Maimunah Malala Malangu Matshidiso Mette
Nardos Phumzile Sania Ugochi Elvira Kristalina Ngozi Natalia Sima Bintou Amina Ellen Netumbo
""".split()

SUPPLEMENT_U = """
Adama Mame Uche Nana-Ama Dominique Camille Claude Sama Yacine
""".split()

COMPOUND_HEADS = {
    "Jean": ("m", "Pierre Marc Luc Claude Michel François Yves Louis Jacques Baptiste Noël "
                  "Christophe Philippe Charles Paul Marie Dominique Max Bernard Daniel Guy "
                  "Frédéric Sébastien Vincent Rémi René Patrick Hugues Benoît Félix Didier "
                  "Gabriel Victor Emmanuel Olivier Laurent Nicolas Thomas Christian Robert "
                  "Denis Pascal Éric Lucien Alain Georges Joseph Michaël Raphaël Roger Gilles "
                  "Bosco Eudes Hervé Henri Jacob Serge"),
    "Marie": ("f", "Claude Christine Hélène Pierre Laure Noëlle José Thérèse Anne Louise France "
                   "Paule Jeanne Françoise Madeleine Agnès Cécile Caroline Odile Ange Josée Line "
                   "Claire Sophie Annick Chantal Rose Dominique Jo Pascale Arlette Andrée Estelle "
                   "Lise Sylvie Christelle Catherine Aude Charlotte Virginie Amélie Jeanne Alix "
                   "Gabrielle Juliette Béatrice Paule Antoinette Ève Françoise Madeleine"),
    "Anne": ("f", "Marie Sophie Claire Laure Lise Catherine Cécile Charlotte Françoise Gaëlle "
                  "Hélène Sylvie Valérie Christine Élisabeth Aymone Gabrielle Lucie Solène"),
    "Pierre": ("m", "Yves Henri André Alain Louis Emmanuel Olivier Jean Marie Antoine Édouard "
                    "Étienne François Luc Michel Philippe"),
    "Louis": ("m", "Philippe Marie Xavier Michel Jean Georges"),
    "Marc": ("m", "Antoine André Olivier Henri Alain Étienne Emmanuel"),
    "Paul": ("m", "Henri Émile Marie André Louis Éric"),
    "Charles": ("m", "Henri Édouard Antoine Louis Emmanuel"),
    "François": ("m", "Xavier Henri Marie Régis David Joseph"),
    "Henri": ("m", "Pierre Paul Michel Claude"),
    "Ange": ("m", "Félix"),
    "Faustin": ("m", "Archange"),
    "Alain": ("m", "Guillaume"),
    "Marie-Ange": ("f", ""),
    "Jean-Marie-Vianney": ("m", ""),
    "Louise": ("f", "Marie Anne"),
    "Marie-José": ("f", ""),
    "Rose": ("f", "Marie"),
}


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("œ", "oe").replace("æ", "ae")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check(path, expected):
    got = sha256(path)
    if got != expected:
        sys.exit(f"{path}: sha256 {got} differs from the pinned {expected}; "
                 "install the pinned version or update the pin after review")


def freq(c):
    return 0 if c == " " else int(c, 16)


def load_nam_dict():
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    check(path, NAM_DICT_SHA256)
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            code, name, vals = line[:2].strip(), line[3:29].strip(), line[30:-1]
            names.setdefault(name, []).append((code, vals))
    return names


def nam_gender(entries):
    """Gender from nam_dict entries, judged in the French-speaking area when present there."""
    scoped = [e for e in entries if any(freq(e[1][i]) for i in FRENCH_AREA if i < len(e[1]))]
    cols = FRENCH_AREA if scoped else range(len(COUNTRIES))
    entries = scoped or entries
    m = f = 0.0
    for code, vals in entries:
        w = sum(2 ** freq(vals[i]) for i in cols if i < len(vals) and freq(vals[i])) or 1.0
        g = code[-1]
        if g == "M":
            m += w
        elif g == "F":
            f += w
        else:
            m += w / 2
            f += w / 2
    if m >= 4 * f:
        return "m"
    if f >= 4 * m:
        return "f"
    return "u"


def nam_strength(entries, cols):
    return max(max((freq(v[i]) for i in cols if i < len(v)), default=0) for _, v in entries)


def load_grammalecte():
    check(FR_DIC, FR_DIC_SHA256)
    check(FR_AFF, FR_AFF_SHA256)
    prn = {}
    with open(FR_DIC, encoding="utf-8") as f:
        next(f)
        for line in f:
            if "po:prn" not in line:
                continue
            name = line.split()[0].split("/")[0]
            g = "m" if "is:mas" in line else "f" if "is:fem" in line else "u"
            prn[name] = g
    with tempfile.TemporaryFile() as out:
        subprocess.run(["unmunch", FR_DIC, FR_AFF], stdout=out, stderr=subprocess.DEVNULL,
                       check=True)
        out.seek(0)
        words = set()
        for raw in out:
            w = raw.decode("utf-8", "replace").split("/")[0].strip()
            if w.endswith("0"):
                w = w[:-1]
            if w[:1].islower():
                words.add(fold(w))
    return prn, words


def load_wordfreq():
    import wordfreq
    zipf = {}
    for w in wordfreq.iter_wordlist("fr", wordlist="best"):
        z = wordfreq.zipf_frequency(w, "fr")
        if z < 2.0:
            break
        k = fold(w)
        if z > zipf.get(k, 0.0):
            zipf[k] = z
    zipf_en = {}
    for w in wordfreq.iter_wordlist("en", wordlist="best"):
        z = wordfreq.zipf_frequency(w, "en")
        if z < 4.0:
            break
        k = fold(w)
        if z > zipf_en.get(k, 0.0):
            zipf_en[k] = z
    return zipf, zipf_en


def east_asian_only(entries):
    for _, vals in entries:
        for i, c in enumerate(vals):
            if freq(c) and i not in EAST_ASIA:
                return False
    return True


def load_places():
    from babel import Locale
    return {fold(v.replace("\u2019", "'")) for v in Locale("fr").territories.values()}


def odd_caps(name):
    """True for names with capitals inside a part, other than Mc/Mac/De/La/Le/Di/Da/D'/O'."""
    for part in name.replace("-", " ").replace("'", "' ").split():
        inner = [i for i, c in enumerate(part) if i > 0 and c.isupper()]
        if not inner:
            continue
        if part[-1].isupper():
            return True
        head = part[:inner[0]]
        if head not in ("Mc", "Mac", "De", "Da", "Di", "La", "Le", "Du", "Van"):
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..",
                                                  "first_names.tsv"))
    args = ap.parse_args()

    nam = load_nam_dict()
    prn, words = load_grammalecte()
    zipf, zipf_en = load_wordfreq()
    places = load_places() - {fold(w) for w in COUNTRY_EXCEPTIONS}
    stop = {fold(w) for w in STOP}
    drop = {fold(w) for w in DROP}
    keep = {fold(w) for w in KEEP}

    # candidates: folded key -> list of (priority, surface form, gender, strength)
    # priority: 0 supplement, 1 Grammalecte, 2 nam_dict (lower wins)
    cand = {}

    def add(name, gender, prio, strength):
        name = name.replace("\u2019", "'").strip()
        if not name or "\t" in name:
            return
        cand.setdefault(fold(name), []).append((prio, name, gender, strength))

    for name, entries in sorted(nam.items()):
        if east_asian_only(entries):
            continue
        g = nam_gender(entries)
        strength = nam_strength(entries, NEWS_AREA)
        if "+" in name:
            forms = [name.replace("+", ""), name.replace("+", "-")]
            if nam_strength(entries, (COL["arabia"],)):
                forms.append(name.replace("+", " "))
        else:
            forms = [name]
        for form in forms:
            add(form, g, 2, strength)
    for name, g in sorted(prn.items()):
        add(name, g, 1, 7)
    for lst, g in ((SUPPLEMENT_M, "m"), (SUPPLEMENT_F, "f"), (SUPPLEMENT_U, "u")):
        for name in lst:
            add(name, g, 0, 13)
    for head, (g, tails) in sorted(COMPOUND_HEADS.items()):
        for tail in tails.split():
            add(f"{head}-{tail}", g, 0, 13)

    def word_like(key, strength, curated):
        """True when key is a frequent ordinary French word and not an established name."""
        if key in keep or key not in words:
            return False
        z = zipf.get(key, 0.0)
        if curated or strength >= 7:
            return z >= 4.9
        return z >= 3.0

    rows = []
    for key, forms in cand.items():
        # preferred form: best source, then most frequent, then the accented spelling
        forms.sort(key=lambda t: (t[0], -t[3], -sum(ord(c) > 127 for c in t[1]), t[1]))
        prio, name, gender, strength = forms[0]
        if prio == 2 and len({t[2] for t in forms}) > 1:
            gender = "u" if strength < 7 else gender
        strength = max(t[3] for t in forms)
        curated = prio <= 1
        if len(key) <= 2 and prio == 2:
            continue
        if prio == 2 and key not in keep and zipf_en.get(key, 0.0) >= 4.7:
            continue  # a frequent English word (You, One, Just, Hope, Night...)
        if len(key) < 2 or key in stop or key in drop or key in places:
            continue
        if odd_caps(name) or not name[0].isupper():
            continue
        parts = [p for p in key.replace("-", " ").split() if p]
        if len(parts) > 1:
            bad = False
            for p in parts:
                if p in stop or p in drop:
                    bad = True
                elif prio == 2 and word_like(p, 0, False) and p not in cand:
                    bad = True
            if bad:
                continue
        elif prio > 0 and word_like(key, strength, curated):
            continue
        rows.append((key, name, gender))

    rows.sort()
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("name\tgender\n")
        out.write("# Generated by gazetteers/build/first_names.py; do not edit by hand.\n")
        out.write("# Sources: nam_dict.txt by Jorg Michael (GFDL 1.2+, via PyPI gender-guesser "
                  "0.4.0); Dicollecte French dictionary 7.0 po:prn entries (MPL-2.0, via Debian "
                  "hunspell-fr-classical); project supplement.\n")
        out.write("# Licence of this file: GNU Free Documentation License 1.2 or later.\n")
        for _, name, gender in rows:
            out.write(f"{name}\t{gender}\n")
    counts = {g: sum(1 for r in rows if r[2] == g) for g in "fmu"}
    print(f"wrote {len(rows)} names to {os.path.normpath(args.out)} {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
