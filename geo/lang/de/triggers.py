"""The German trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for German. Patterns are regular expressions over folded
text (lower case, umlauts without their dots, "ß" as "s", hyphens as spaces: "Waffenstillstand"
is "waffenstillstand", "Beschuss" is "beschuss", "Stoßtrupp" is "stostrupp"; see
`geo.text.fold`); a space matches any white space. German joins words into compounds
("Artilleriebeschuss", "Drohnenangriff"): a trigger may be the end of a word (`\\w*beschuss`).

To teach `geo` a new way German reports an event, add a phrase to the row of its type, then a
test sentence to tests/test_language.py.
"""

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
DISPLACEMENT = "Displacement"
HUMANITARIAN = "Humanitarian"
DIPLOMACY = "Diplomacy"

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"

WEAPONS = r"(?:\w*drohnen?|raketen?|flugzeuge?|hubschrauber|kampfjets?|bayraktars?)"
ARMS = r"(?:waffen|munition|gewehre|sprengstoff|granaten|waffenlager|munitionslager)"
TARGETS = (r"(?:stellungen|stellung|positionen|position|posten|einheiten|truppen|soldaten|"
           r"militar|streitkrafte|armee|stutzpunkte?|konvois?|patrouillen?|fahrzeuge?)")

TRIGGERS = (
    # --- Battles
    (r"\w*zusammensto(?:s|se|sen)|\w*gefechte?n?|scharmutzel\w*|bewaffnete "
     r"(?:auseinandersetzung\w*|zwischenfalle?)|auseinandersetzungen", BATTLES, "Armed clash",
     "clash"),
    (r"kampfe?n?|grenzkampfe?n?|strassenkampfe?n?|kampfhandlungen|(?:heftige|schwere|erneute|"
     r"neue) kampfe|gekampft|"
     r"kampften", BATTLES, "Armed clash", ""),
    (r"(?:krieg|feindseligkeiten|konflikt|kampfe) (?:\w+ ){0,2}?(?:brach aus|brachen aus|"
     r"begann|begannen|flammte auf|flammten auf)|(?:\d+ tagige[nr]?|sechswochige[nr]?) krieg\w*|"
     r"\d+ tage krieg|es kam zu (?:einem |einer )?(?:\w+ )?krieg\w*|krieg\w* (?:von |im jahr )?"
     r"(?:19|20)\d\d\b|(?:19|20)\d\d(?:er)? krieg\w*|(?:\d+|sechs|sieben) wochen (?:krieg|"
     r"kampfe?n?)|(?:\d+|sechs|sieben) ?wochige[nr]? krieg\w*", BATTLES, "Armed clash", "war"),
    (r"schusswechsel\w*|feuergefechte?n?|\w*schies{1,2}erei\w*|schusse|eroffnete\w* das feuer",
     BATTLES, "Armed clash", "attack"),
    (r"(?:startete\w*|begann\w*|fuhrte\w*|lancierte\w*) (?:eine |einen |die |den |ihre |ihren )?"
     r"(?:\w+ ){0,2}?(?:offensive|gegenoffensive|angriff|sturm|operation|vorsto)|"
     r"\w*offensive|gegenoffensive|(?!drohnen|luft|raketen|artillerie|granat|bomben|morser)"
     r"\w*angriffe?n?|angegriffen|griffen? (?:\w+ ){0,4}?an|"
     r"\w*attacke|uberfall\w*|uberfiel\w*|einmarsch|invasion|vorsto(?:s|se|sen)?",
     BATTLES, "Armed clash", "attack"),
    (r"(?:abgewehrt|wehrten\w* (?:\w+ ){0,3}?ab|zuruckgeschlagen|schlugen (?:\w+ ){0,3}?zuruck)",
     BATTLES, "Armed clash", ""),
    (rf"(?:beschoss\w*|feuerte\w*|schossen|schoss) (?:[^.;:!?]{{0,80}}? )?(?:auf|gegen) "
     rf"(?:die |den |das |der )?(?:\w+ ){{0,2}}?{TARGETS}", BATTLES, "Armed clash", "fired"),
    # "Beschuss" is fire of any weapon: on positions it is shelling or a clash by the weapons
    (rf"(?:\w*beschuss|beschiessung\w*) (?:der |des |seiner |ihrer |von )?(?:\w+ ){{0,2}}?"
     rf"\w*{TARGETS}|\b{TARGETS} (?:[^.;:!?]{{0,250}}? )?beschossen", BATTLES, "Armed clash",
     "fired"),
    (r"unter (?:\w+ )?(?:beschuss|feuer) (?:geraten|gerieten|genommen)", BATTLES, "Armed clash",
     "under_fire"),
    (r"(?:kontrolle uber|die kontrolle (?:uber|von)) (?:\w+ ){0,6}?(?:ubernommen|ubernahm\w*|"
     r"erlangt|gebracht|zuruckerlangt)|(?:ubernimmt|ubernahm\w*|ubernommen) (?:\w+ ){0,3}?"
     r"(?:bezirk|region|gebiet|kontrolle)\w*|unter (?:die |ihre |seine )?kontrolle (?:gebracht|"
     r"genommen|brachten|brachte)|unter (?:der )?kontrolle (?:von|der|des)",
     BATTLES, "Government regains territory", "territory"),
    (r"erobert\w*|eroberung|eroberten|eroberte|eingenommen|einnahme|nahmen (?:\w+ ){0,3}?ein|"
     r"befreit\w*|befreiung|zuruckerobert\w*|besetzt\w*|besetzung|rucken (?:\w+ )?(?:in|ein)|"
     r"(?:truppen|soldaten|streitkrafte|armee|einheiten) (?:\w+ )?(?:marschierten|ruckten|"
     r"zogen) (?:\w+ )?(?:ein|in)|(?:betrat\w*|betreten) (?:\w+ ){0,6}?(?:gebiet|bezirk|"
     r"region|stadt|dorf)\w*", BATTLES, "Government regains territory", "territory"),
    # --- Explosions/Remote violence
    (r"\w*beschuss|\w*beschossen|beschiessung\w*|beschoss\w*|(?:raketen|artillerie|granat|"
     r"morser)\w*(?:angriffe?n?|feuer|beschuss|einschlage?n?)|(?:raketen|granaten|geschosse|"
     r"projektile) (?:\w+ ){0,2}?(?:schlugen|trafen|fielen|explodierten|gingen nieder)|"
     r"(?:feuerte\w*|schossen|abgefeuert) (?:\w+ ){0,3}?(?:raketen|granaten|geschosse)|"
     r"einschlage|explosionen (?:\w+ )?(?:zu horen|gehort)", EXPLOSIONS, SHELLING, ""),
    (r"\w*bombardier\w*|bombardement\w*|bombenangriff\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"(?:wurde|wurden) (?:\w+ )?von (?:\w+ )?(?:raketen|granaten|geschossen|"
     r"drohnen) getroffen", EXPLOSIONS, SHELLING, "struck"),
    (r"luftangriff\w*|luftschlag\w*|drohnenangriff\w*|drohnenschlag\w*|kamikaze ?drohnen?|"
     # ("traf eine Drohne einen Kleinbus": the verb first, as a clause after an adverb has it)
     r"(?:traf|trafen) (?:\w+ ){0,4}?(?:eine |die |zwei |mehrere )?(?:\w+ )?drohnen?|"
     r"(?:drohnen?|kampfflugzeuge?|kampfjets?|hubschrauber|luftwaffe|bayraktars?) "
     r"(?:\w+ ){0,2}?(?:griffen|bombardierten|zerstorten|trafen)|(?:durch|von) (?:einer |einem |"
     r"eine )?(?:\w+ )?(?:drohnen?|kampfflugzeugen?|hubschraubern?) (?:\w+ ){0,2}?"
     r"(?:getroffen|zerstort|angegriffen)", EXPLOSIONS, AIR, ""),
    (r"(?:land|antipersonen|panzer|schutzen)?minen?|minenfeld\w*|auf eine mine getreten|"
     r"sprengfallen?|sprengsatze?|improvisierte\w* "
     r"sprengs\w*|autobombe\w*|blindganger\w*", EXPLOSIONS, IED, "device"),
    (r"selbstmordattentat\w*|selbstmordanschlag\w*|selbstmordattentater\w*|sprengte sich",
     EXPLOSIONS, "Suicide bomb", ""),
    (r"(?:warf\w*|geworfen) (?:\w+ )?(?:handgranaten?|granaten?)|handgranatenangriff\w*",
     EXPLOSIONS, "Grenade", "grenade"),
    (r"\w*explosion(?:en)?|explodiert\w*|detonation(?:en)?|detoniert\w*|in die luft gesprengt",
     EXPLOSIONS, IED, "explosion"),
    # --- Violence against civilians
    (r"hingerichtet|hinrichtung\w*|enthauptet|massaker|gefoltert|folter|verstummelt|"
     r"erschossen|erstochen|erschlagen|zu tode gepruegelt|zu tode geprugelt|"
     r"leiche\w* (?:\w+ ){0,4}?(?:wurde |wurden )?(?:gefunden|entdeckt)|lebendig verbrannt|"
     r"ermordet\w*|mord an|(?:totete\w*|getotet|angegriffen) (?:\w+ ){0,3}?zivilisten",
     VIOLENCE, "Attack", "violence"),
    (r"entfuhrt\w*|entfuhrung\w*|verschleppt\w*|als geiseln?|geiselnahme\w*|"
     r"verschwindenlassen", VIOLENCE, "Abduction/forced disappearance", ""),
    (r"vergewaltig\w*|sexuelle gewalt|sexuelle ubergriffe", VIOLENCE, "Sexual violence",
     "rape"),
    # --- Protests and riots
    (r"protest\w*|demonstr(?:ation|ationen|anten|antinnen|ierten|ierte|ieren)|kundgebung\w*|"
     r"sitzblockade\w*|mahnwache\w*|hungerstreik\w*|streik\w*|gingen auf die stras{1,2}e|"
     r"(?:blockierten|besetzten) (?:[^.;:!?]{0,120}? )?(?:um gegen|aus protest|fordern)",
     PROTESTS, "Peaceful protest", "protest"),
    (r"ausschreitungen|krawall\w*|randal\w*|(?:warfen|schleuderten) (?:\w+ )?(?:steine|"
     r"molotowcocktails|flaschen|feuerwerkskorper)|barrikaden|brennende reifen",
     RIOTS, "Violent demonstration", ""),
    (r"lynch\w*|mob|mobs|schlagerei\w*|massenschlagerei\w*", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"waffenstillstand\w*|waffenruhe|feuerpause|friedensabkommen|friedensvertrag|"
     r"humanitare waffenruhe", STRATEGIC, "Agreement", "agreement"),
    (r"(?:unterzeichnet\w*|unterschrieben|unterzeichnung|vereinbart\w*|geschlossen|"
     r"erzielt\w*) (?:\w+ ){0,3}?(?:abkommen|vertrag|vereinbarung|erklarung|waffenruhe|"
     r"waffenstillstand|protokoll)|(?:abkommen|vertrag|vereinbarung|erklarung|waffenruhe|"
     r"waffenstillstand) (?:\w+ ){0,3}?(?:unterzeichnet|unterschrieben|vereinbart|"
     r"geschlossen)|kapitul\w*|ergaben sich|gefangenenaustausch\w*|austausch von "
     r"(?:\w+ )?(?:gefangenen|leichen)", STRATEGIC, "Agreement", "signed"),
    (r"(?:stellten|einstellten|beendeten) (?:die |das )?(?:kampfhandlungen|feindseligkeiten|"
     r"feuer|kampfe)|(?:kampfe|feindseligkeiten|schusse|gefechte) (?:\w+ ){0,2}?"
     r"(?:endeten|horten auf|wurden eingestellt)", STRATEGIC, "Agreement", "mediated"),
    (r"festgenommen|festnahme\w*|verhaftet\w*|verhaftung\w*|inhaftiert|in gewahrsam|"
     r"in haft|(?:verurteilt) (?:\w+ ){0,3}?zu (?:\w+ ){0,2}?(?:jahren|monaten)",
     STRATEGIC, "Arrests", "arrest"),
    (r"friedenstruppen?|friedenssoldaten|blauhelme|friedensmission|friedenskontingent",
     STRATEGIC, "Change to group/activity", "peacekeepers"),
    (r"(?:stationiert\w*|verlegt\w*|entsandt\w*|entsandten|schickte\w*|zusammengezogen) "
     r"(?:\w+ ){0,3}?(?:truppen|soldaten|streitkrafte|einheiten|panzer|verstarkung\w*|"
     r"beobachter)|(?:truppen|soldaten|beobachter|einheiten) (?:\w+ ){0,2}?(?:wurden |sind )?"
     r"(?:stationiert|verlegt|eingetroffen)|auflosung (?:der |des |aller )?(?:\w+ ){0,3}?"
     r"(?:institutionen|republik|regierung|parlament|armee)|hort auf zu existieren|"
     r"ausgangssperre", STRATEGIC, "Change to group/activity", ""),
    (r"(?:verhangte\w*|rief\w*|erklarte\w*|ausgerufen|verhangt) (?:\w+ ){0,2}?(?:kriegsrecht|"
     r"ausnahmezustand|kriegszustand|mobilmachung|generalmobilmachung)|kriegsrecht|"
     r"ausnahmezustand|generalmobilmachung|mobilmachung|(?:freigelassen|freigelassenen|"
     r"lies{1,2}en (?:\w+ ){0,4}?frei) (?:\w+ ){0,4}?(?:gefangene|haftlinge|geiseln)|"
     r"(?:gefangene|haftlinge|geiseln) (?:\w+ ){0,2}?(?:wurden )?freigelassen|"
     r"unabhangigkeit (?:\w+ )?(?:erklart|ausgerufen)", STRATEGIC, "Other", "other"),
    (rf"(?:abgeschossen|schossen (?:\w+ ){{0,3}}?ab|abgefangen|zerstort\w*) (?:\w+ ){{0,3}}?"
     rf"{WEAPONS}|{WEAPONS} (?:\w+ ){{0,4}}?(?:wurde |wurden )?(?:abgeschossen|abgefangen|"
     rf"zerstort)|minenraumung|entmin\w*|entscharft\w*|(?:beschlagnahmt\w*|sichergestellt|"
     rf"gefunden|entdeckt) (?:\w+ ){{0,4}}?{ARMS}", STRATEGIC, "Disrupted weapons use",
     "disrupted"),
    (r"(?:errichtet\w*|eingerichtet|bauten|gebaut|errichteten) (?:\w+ ){0,3}?"
     r"(?:kontrollpunkte?|kontrollposten|checkpoints?|stutzpunkte?|stellungen|"
     r"befestigungen|posten)|\w*kontrollpunkt (?:\w+ )?(?:errichtet|eingerichtet)",
     STRATEGIC, "Headquarters or base established", ""),
    (r"pluenderung\w*|plunderung\w*|geplundert|pluenderten|plunderten|brandstiftung|"
     r"(?:brannten|niedergebrannt|in brand gesteckt|zerstorten|zerstort|beschadigt|"
     r"geschandet|verwustet|abgerissen) (?:\w+ ){0,4}?(?:kirchen?|kathedrale|kloster|"
     r"moscheen?|denkmaler|denkmal|friedhofe?|chatschkare?|schulen?|hauser|haus|gebaude|"
     r"wohnungen|geschafte|fahrzeuge|autos|infrastruktur|dorfer|dorf)|(?:hauser|gebaude|"
     r"dorfer) (?:\w+ ){0,3}?(?:in brand|niedergebrannt|angezundet|zerstort)|"
     r"(?:zundeten|steckten) (?:\w+ ){0,4}?(?:an|in brand)", STRATEGIC,
     "Looting/property destruction", "property"),
    (r"(?:ubergeben|ubergab\w*|zuruckgegeben|abgetreten|uberlassen) (?:\w+ ){0,3}?"
     r"(?:bezirke?|region|gebiete?|territorium|dorfer|kontrolle)|ubergabe (?:\w+ ){0,3}?"
     r"(?:bezirks|bezirke|gebiete|gebiets|region)|ruckgabe (?:\w+ ){0,3}?(?:bezirke|gebiete)|"
     r"(?:bezirk|region|gebiet|stadt)\w* (?:\w+ ){0,3}?an \w+ (?:ubergeben|zuruckgegeben|"
     r"ubergegangen|uberging|ubergeht)", STRATEGIC, "Non-violent transfer of territory",
     "transfer"),
    (r"abzug|zogen (?:\w+ ){0,4}?ab|abgezogen|zuruckgezogen|verlies{1,2}en (?:\w+ ){0,2}?"
     r"(?:bezirk|region|gebiet|stellungen)", STRATEGIC, "Non-violent transfer of territory",
     "withdrawal"),
    # --- Displacement
    (r"floh|flohen|geflohen|flucht|fluchteten|gefluchtet|vertrieben\w*|vertreibung\w*|"
     r"exodus|massenexodus|binnenvertriebene\w*|(?:bewohner|einwohner|zivilisten|familien|"
     r"menschen|bevolkerung|dorfbewohner|fluchtlinge|armenier|aserbaidschaner) (?:\w+ ){0,3}?"
     r"(?:verlies{1,2}en|verlassen|flohen|fluchten)|"
     r"verlies{1,2}en (?:\w+ ){0,2}?(?:ihre )?(?:hauser|"
     r"heimat|dorfer|wohnungen)|fluchtlinge (?:\w+ ){0,2}?(?:kamen an|trafen ein|stromten)|"
     r"(?:fluchtlinge|vertriebene|bewohner) (?:\w+ ){0,3}?(?:kehrten zuruck|kehren zuruck|"
     r"zuruckgekehrt)", DISPLACEMENT, "Displacement", "flight"),
    (r"uberquerten (?:\w+ ){0,2}?(?:die )?grenze", DISPLACEMENT, "Displacement", "crossing"),
    (r"evakuier\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"humanitare hilfe|hilfslieferung\w*|humanitaren zugang|humanitarer korridor",
     HUMANITARIAN, "Humanitarian access", "aid"),
    (r"hilfskonvoi\w*|lastwagen (?:\w+ ){0,3}?(?:mit hilfsgutern|mit lebensmitteln|"
     r"mit medikamenten|mit treibstoff|mit mehl)|(?:geliefert|lieferten|verteilt\w*) "
     r"(?:\w+ ){0,3}?(?:hilfsguter|lebensmittel|medikamente|treibstoff|mehl)|konvoi "
     r"(?:\w+ ){0,2}?(?:traf ein|erreichte|passierte)", HUMANITARIAN, "Humanitarian access",
     "convoy"),
    (r"(?:sicher\w*|eskortier\w*|begleit\w*) (?:\w+ ){0,3}?(?:verkehr|durchfahrt|transport\w*|"
     r"lieferungen)", HUMANITARIAN, "Humanitarian access", "escort"),
    (r"blockade\w*|blockier\w*|belager\w*|(?:gesperrt|sperrten|schlossen|geschlossen|"
     r"unterbrochen|kappten) (?:\w+ ){0,3}?(?:korridor|stras{1,2}e|stras{1,2}en|route|ubergang|"
     r"versorgung|gas|strom|lieferungen|verkehr)|(?:sperrung|schlies{1,2}ung) (?:des |der )?"
     r"(?:\w+ )?(?:korridors|stras{1,2}e|route|grenze|ubergangs)", HUMANITARIAN, "Blockade",
     "blockade"),
    # --- Diplomacy
    (r"(?:in einer|veroffentlichte\w*|verbreitete\w*) (?:\w+ )?(?:erklarung|mitteilung)|"
     r"(?:erklarung|mitteilung) (?:\w+ )?(?:hies{1,2} es|heis{1,2}t es)|verurteilte\w*|"
     r"verurteilung|(?:aus{1,2}erte|ausserten|druckte|druckten) (?:\w+ ){0,2}?(?:besorgnis|"
     r"bedauern|beileid)|pressekonferenz", DIPLOMACY, "Statement", "statement"),
    (r"gemeinsame erklarung|trilaterale erklarung|ansprache an die nation|(?:gericht|tribunal) "
     r"(?:\w+ ){0,6}?(?:ordnete|entschied)", DIPLOMACY, "Statement", ""),
    (r"(?:rief\w*|forderte\w*|appellierte\w*) (?:\w+ ){0,6}?(?:waffenruhe|waffenstillstand|"
     r"frieden|zuruckhaltung|ende|verhandlungen|deeskalation|abzug|dialog)", DIPLOMACY,
     "Statement", "call"),
    (r"(?:verkundete\w*|erklarte\w*|meldete\w*) (?:\w+ ){0,6}?(?:einnahme|eroberung|"
     r"befreiung|kontrolle|sieg)", DIPLOMACY, "Statement", "claim"),
    (r"gesprache (?:in|zwischen|mit)|verhandlungen (?:in|zwischen|mit)|trafen sich|"
     r"traf sich|treffen|gipfel\w*|telefonat\w*|telefonierte\w*|bestellte\w* (?:\w+ ){0,2}?ein",
     DIPLOMACY, "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"manover\w*|militarubung\w*|(?:militarische|gemeinsame)n? ubung(?:en)?|gefechtsubung\w*",
     STRATEGIC, "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"getotet\w*|totete\w*|tote[nr]?|ums leben|starben|starb|gestorben|gefallene[nr]?|"
     r"verletzt\w*|verwundet\w*|opfer|todesopfer|verluste", "", "", "casualty"),
)
