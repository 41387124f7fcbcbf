"""German words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for German. A string is a regular expression over folded
text (lower case, umlauts without dots, "ß" as "s", hyphens as spaces) unless its comment says
"as written"; a frozenset is a set of folded words, except the sets the assertion rules read
from the words as written in lower case (NEGATORS, NOT, ENDERS, MODALS, HABITS, AND,
AUXILIARIES), given with and without umlauts. The definite article is no reference to an event
told before in German ("die Kämpfe gingen weiter"): only "dieser, diese, dieses" are.

Concepts with no German words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module: among them the infinitive after "zu" (German puts
it after its object), the names of places as modifiers, events told from another ("einen Tag
nach"), and the town unnamed.
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

# A day's number is an ordinal with its dot ("am 2. Oktober"), and so are a century's and a
# war's ("der 2. Weltkrieg"): its dot ends no sentence.
TITLES = frozenset("hr fr dr prof gen oberst st nr bzw ca vgl".split()
                   + [str(number) for number in range(1, 32)])
BEFORE_NUMBERS = frozenset("nr art abs s jan feb apr aug sept okt nov dez".split())
NEVER_LAST = frozenset("z.b u.a usw etc d.h".split())
SENTENCE_STARTERS = frozenset(
    "der die das ein eine er sie es in im am an auf aber und dieser diese dieses sein seine "
    "ihr ihre nach vor als wenn mehrere zwei drei alle".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]»]*(?=\s)"
OPEN_END = (r"(?i)(?:,|-|\b(?:der|die|das|den|dem|des|ein|eine|einen|in|im|an|am|auf|zu|zum|zur|"
            r"und|oder|aber|mit|von|vom|bei|dass|sein|seine|ihr|ihre|ist|sind|hat|haben|wurde|"
            r"wurden))$")
# A link to another story: its places are that story's (see en).
LINK_TO_ANOTHER_STORY = r"\W*(?:lesen sie auch|mehr zum thema|siehe auch)\s*:"
EDITORIAL = (r"\W*(?:korrektur|richtigstellung|anmerkung der redaktion|aktualisierung)\b|"
             rf"{LINK_TO_ANOTHER_STORY}")

# --- Clauses and whether an event is asserted

# "der", "die", "das" open a relative clause only after a comma, which breaks it already;
# anywhere else they are articles.
CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:aber|während|obwohl|jedoch|als|wenn|"
                r"nachdem|bevor|weil|welche|welcher|wo)\s")
RELATIVE_OPENING = r"\b(?:der|die|das|welche|welcher|welches|wo)\s*$"
UNDER_WAY = NEVER  # a relative clause of what was under way (see en)
RELATIVE_PRONOUN = NEVER
PARTICIPLE_OPENING = NEVER
MADE_ON_BEFORE = NEVER
# (As written) "das Dorf X, wo es zu Gefechten kam": where it happened.
WHERE_OPENING = r"(?i)\s*,\s*(?:wo|in (?:dem|der) )"
BEGAN_AT = r"\s*(?:begann|begannen|startete|fand statt|fanden statt|stattfand)\b"
NEGATORS = frozenset("nicht kein keine keinen keinem keiner nie niemals ohne weder noch "
                     "niemand nichts".split())
ENDERS = frozenset("beendet beendeten beendete ende einstellung eingestellt stellten "
                   "aufgehoben hoben aufhebung stoppten gestoppt".split())
MODALS = frozenset("könnte könnten koennte konnte konnten kann können koennen dürfte "
                   "dürften wird werden würde würden Könnte soll sollen sollte sollten".split())
NOT = frozenset("nicht kein keine".split())
CLAIMED_BEFORE = NEVER  # a claim of an act told already (see en)
REFERRED = r"\b(?:seit|bis zu|trotz) (?:dem|der|den|des|diesem|dieser) (?:\w+ )?$"
DENIAL = (r"\b(?:dementi\w*|dementiert\w*|bestritt\w*|bestreit\w*|wies (?:\w+ ){0,3}?zuruck|"
          r"zuruckgewiesen|falsch\w*|unwahr|haltlos|desinformation|fake news|keine beweise|"
          r"geruchte?|angeblich\w*)\b")
PROPOSED_BEFORE = NEVER
INTENTION = (r"\b(?:droh\w*|plan\w*|beabsichtig\w*|will|wollen|wollte|wollten|versprach\w*|"
             r"versprochen|anstreb\w*|bereit|weigert\w*|versuch\w*|hoff\w*|erwart\w*|"
             r"um zu|damit|forder\w*|befurcht\w*|furcht\w*|moglich\w*|potenziell\w*|"
             r"verhinder\w*|vermeid\w*|im falle|fur den fall|ultimatum|im vorfeld)\b")
WISH_TO = r"\b(?:will|wollen|wollte|wollten|hoff\w*|plan\w*|bereit|versuch\w*)\b"
CONDITIONAL = r"\b(?:wenn|falls|sofern|ob)\b"
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:(?:wurde|wurden) (?:dementiert|zuruckgewiesen|"
                r"bestritten)|(?:ist|sind|war) (?:falsch|unwahr|haltlos)|hat nicht "
                r"stattgefunden)\b")
DEBUNKED = r"\b(?:widerlegt\w*|luge\w*|falschmeldung\w*)\b"
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:mehrmals|mehrfach|wiederholt|regelmas{1,2}ig|haufig|"
            r"immer wieder|systematisch)\b|\W*(?:\w+\W+){0,2}?in den letzten (?:jahren|monaten|"
            r"wochen)\b")
REHEARSED = r"\b(?:simulier\w*|szenario\w*|geubt|uben|trainier\w*)\b"
SEEN_HEARD = r"\b(?:zu horen|zu sehen|horbar|sichtbar)\b"
HABITS = frozenset("regelmäßig regelmassig regelmäßige jährlich jaehrlich jährliche "
                   "routinemäßig häufig oft manchmal gewöhnlich montags".split())
BACKGROUND = (r"\b(?:nach|trotz|inmitten)\s+(?:\w+\s+){0,3}?(?:stunden|tagen|wochen|monaten|"
              r"jahren|jahrzehnten)\s+(?:\w+\s+){0,2}$")
ARMED_WHO_FLEE = NEVER  # (armed men's flight: no words here yet)
FORCED_OUT = NEVER
SOMEONE = NEVER  # (one person as a victim: no words here yet)
PRIOR_OF_SOMEONE = NEVER  # (someone's past told in a relative clause: no words here yet)
REMEMBERED = (r"\b(?:portrats?|fotos?|namen|graber|grab|beerdigung\w*|gedenk\w*|denkmal|"
              r"familien|angehorige\w*|ehrung\w*)\s+(?:der|des|von|fur)?\s*(?:[\w,]+\s+){0,4}$")
DEPICTED = (r"\b(?:videos?|aufnahmen|bilder|fotos?|clips?)\b(?:[^.;]{0,60}?\b(?:zeig\w*|"
            r"sieht man|zu sehen)\b|\s+(?:von|der|des)\s+(?:\w+\s+){0,3}$)")
LATER = NEVER  # a later time (see en)
ANOTHER = (r"\b(?:erneut\w*|wieder|neue[nrsm]?|weitere[nrsm]?|andere[nrsm]?|zweite[nrsm]?|"
           r"auch|ebenfalls|zusatzlich\w*)\b")
VIOLENCE_TOLD_OF = NEVER  # the violence named as the damage's doer (see en)
LETHAL_ROUNDS = NEVER  # what kills, fired with means that do not (see en)
LESS_LETHAL = NEVER  # means short of lethal force (see en)
AGREED_ON_BEFORE = NEVER  # what an agreement is about (see en)
FAMILY_WORDS = frozenset()  # a household counted by its members (see en)
FATALLY = NEVER  # harm told as fatal, a killing (see en)
FATAL_NOUN = NEVER  # the same told as a noun (see en)
PRESENT_PARTICIPLE = NEVER  # a verb's participle that ends a noun phrase (see en)
COUNTED_PEOPLE_RIGHT_BEFORE = NEVER
TAKEN_WHERE_AFTER = NEVER
PEOPLE_RIGHT_BEFORE = NEVER  # people before a headline's participle (see en)
CLAIM_DENIED = NEVER  # a taking the other side denies (see en)
NAMED_SO_BEFORE = NEVER  # an event a speaker names so, told already (see en)
ENDER_PHRASES = NEVER  # phrasal verbs that end what follows (see en)
SHORT_SPAN = NEVER  # a span of days, in which flight is one movement (see en)
YEAR_TOLL = NEVER  # the dead of a whole year (see en)
TALLY_SINCE_AFTER = NEVER  # a tally since a time, after its verb (see en)
DIED_OF_WOUNDS = NEVER  # a later death of an earlier attack's wounds (see en)
AFTER_A_TRUCE = NEVER  # the dead of the days since a truce (see en)
CUMULATIVE = (r"\b(?:seit (?:beginn|ausbruch) (?:des krieges|der kampfe|des konflikts|der "
              r"feindseligkeiten|der offensive)|seit (?:\w+ ){0,3}?(?:begann|ausbrach)|"
              r"insgesamt|bislang|bisher|bis heute|im (?:gesamten |ganzen )?krieg|wahrend des "
              r"(?:gesamten )?krieges|(?:\d+|44) tagige[nr]? krieg\w*|seit (?:den |dem jahr )?"
              r"(?:19|20)\d\d(?:er)?(?: jahren)?)\b")
TALLY = (r"\b(?:verluste|bilanz|opferzahl)\s+(?:\w+\s+){0,3}?(?:in|wahrend|bei)\s+"
         r"(?:den\s+|der\s+|dem\s+)?(?:\w+\s+)?$")
ESCORTED = (r"\b(?:friedenstruppen?|humanitar\w*|hilfe|hilfsguter|lebensmittel|konvoi\w*|"
            r"zivilisten|burger|fluchtlinge)\b")
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = (r"\b(?:seit (?:jahrzehnten|jahren|wochen|monaten)|(?:periodisch|sporadisch|"
           r"immer wieder) (?:aufgeflammt|ausgebrochen))\b")

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:zivilisten|zivilist|zivile[nr]?|zivilbevolkerung|einwohner\w*|bewohner\w*|"
             r"dorfbewohner\w*|journalist\w*|reporter\w*|passagier\w*|bus|krankenwagen|"
             r"krankenhaus\w*|schulen?|kirchen?|markt|markte|hauser|haus|wohnhauser|familien?|"
             r"kinder|kind|frauen|frau|manner|mann|bauern?|hirten?|lehrer\w*|studenten|"
             r"arzte?|menschen|personen|burger\w*|fluchtlinge?|gefangene[nr]?|geiseln|"
             r"wohngebiete?|infrastruktur)\b")
# (German joins nouns: "Armeestellungen", "Kampfpositionen", "Grenzposten".)
MILITARY = (r"\b(?:\w*stellungen|\w*stellung|\w*positionen|\w*position|truppen|soldaten|soldat|"
            r"armee|militar\w*|streitkrafte|"
            r"posten|stutzpunkte?|front\w*|kontrollpunkte?|einheiten|konvois?|panzer|kampfer|"
            r"separatisten|rebellen|schutzengraben|grenzschutzer|polizei\w*|polizisten|"
            r"offiziere?|patrouillen?|milizen?|wehrpflichtige)\b")
ARMED_ACTORS = (r"\b(?:truppen|soldaten|soldat|armee|militar|streitkrafte|einheiten|kampfer|"
                r"separatisten|rebellen|milizionare|polizei|polizisten|offiziere?|"
                r"grenzschutzer|grenztruppen|milizen?|aufstandische|scharfschutzen|angreifer|"
                r"bewaffnete|bewaffnete gruppen?|terroristen|dschihadisten|sicherheitskrafte)\b")
ARMED_DOERS = NEVER  # (criminal armed groups as doers: no words here yet)
OUT_OF_SERVICE = (r"\b(?:ehemalige[nrm]?|fruhere[nrm]?|pensionierte[nrm]?|entwaffnete[nrm]?|ex)\s+"
                  r"(?:\w+\s+)?(?:soldaten|soldat|polizisten|offiziere?|kampfer|rebellen|"
                  r"minister\w*)\b")
CLASH_WITH_CROWD = NEVER
COMMUNAL_SIDE = NEVER  # a community's men as the other side of a clash (see en)
ONE_DOER = r"\b(?:ein|eine|einer)\s+(?:\w+\s+)?(?:mann|frau|person|angreifer|tater)\b"
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = r"\b(?:demonstranten|demonstrantinnen|protestierende\w*|menge|kundgebung)\b"
RIOTERS = r"\b(?:randalierer\w*|mob|menge|plunderer)\b"
NON_STATE = (r"\b(?:separatist\w*|rebellen|milizen?|aufstandische|bewaffnete gruppen?|"
             r"selbsternannte\w*|selbst ernannte\w*|verteidigungsarmee|paramilitar\w*|"
             r"soldner|dschihadisten|terroristen)\b")
TERRITORY = (r"\b(?:dorfer|dorf|stadt|stadte|ortschaften?|hohen|hohe|hugel|regionen?|bezirke?|"
             r"gebiete?|territorium|stellungen|zonen?|brucken?|stras{1,2}en?|flughafen|"
             r"stutzpunkte?|hauptstadt|hochburg|kontrolle|provinzen?|pass|korridor|land)\b")
HANDOVER = (r"\b(?:ubergeben|ubergab\w*|ubergabe|zuruckgegeben|ruckgabe|abgetreten|uberlassen|"
            r"gemas{1,2}|im rahmen|laut (?:dem |der )?(?:abkommen|vereinbarung|erklarung)|"
            r"(?:trilaterale\w*|dreiseitige\w*) (?:erklarung|abkommen)|friedensabkommen)\b")
# ("Beschuss" is fire of any weapon: "Artilleriebeschuss" is shelling by its "Artillerie".)
SHELL_WORDS = (r"\b(?:granaten|artillerie\w*|raketen\w*|morser\w*|grad|smerch|"
               r"haubitzen?|schwere waffen|raketenwerfer|geschosse)\b")
HEAVY_WEAPONS = (r"\b(?:schwere waffen|artillerie\w*|morser\w*|haubitzen?|raketenwerfer|grad|"
                 r"smerch|panzer|granaten|raketen|granatwerfer)\b")
AIR_WORDS = (r"\b(?:luftwaffe|flugzeuge?|kampfjets?|hubschrauber|\w*drohnen?|bomber|"
             r"luftangriff\w*)\b")
REMOTE_WEAPONS = (
    (r"\b(?:\w*drohnen?|flugzeuge?|kampfjets?|hubschrauber|luftangriff\w*|bomber)\b",
     "Air/drone strike"),
    (r"\b(?:hand)?granaten?\b(?!werfer)", "Grenade"),
    (r"\b(?:(?:land|antipersonen|panzer)?minen?|sprengsatze?|sprengfallen?)\b",
     "Remote explosive/landmine/IED"),
    (r"\b(?:artillerie\w*|morser\w*|raketen\w*|granaten|haubitzen?|schwere waffen)\b",
     "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:\w*drohnen?|luftangriff\w*)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = (r"\b(?:treibstoff\w*|benzin\w*|gas\w*|depot|lager\w*|unfall\w*|versehentlich|leck|"
            r"fabrik|tankstelle|tanker|kessel)\b")
AGREEMENT_VERBS = (r"\b(?:in kraft|trat\w*|vereinbart\w*|unterzeichnet\w*|verkundet\w*|"
                   r"erklart\w*|vermittelt\w*|erzielt\w*|begann|ab mitternacht|um mitternacht|"
                   r"vermittlung)\b")
UNDER_AGREEMENT = (r"\b(?:gemas{1,2}|im rahmen|laut|nach|entsprechend)\s+(?:dem\s+|der\s+|des\s+|"
                   r"einem\s+|einer\s+)?(?:[\w']+\s+){0,3}?$")
MEDIATION = (r"\b(?:vermittlung|vermittelt\w*|gesprache|verhandlungen|telefonat\w*|abkommen|"
             r"vereinbart\w*|waffenruhe|waffenstillstand)\b")
AGREEMENT_BROKEN = r"\b(?:verletz\w*|gebrochen|brach\w*|missacht\w*|zusammengebrochen)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:stationiert\w*|eingetroffen|trafen ein|ruckten|verlegt\w*|"
                     r"zogen|abgezogen|patrouill\w*|eskortier\w*|einrichten|errichtet\w*)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = r"\b(?:angreifer|tater|verdachtige\w*|morder|diebe)\b"
REFUGEES = (r"\b(?:fluchtlinge?|einwohner|bewohner|zivilisten|familien|menschen|dorfbewohner|"
            r"tausende|hunderte|frauen|kinder|bevolkerung|armenier|aserbaidschaner)\b")
NATURAL_DEATH = (r"\b(?:hunger|unterernahrung|krankheit|naturliche\w* ursache\w*|herzinfarkt|"
                 r"mangel an (?:lebensmitteln|medikamenten)|covid|corona\w*|verkehrsunfall|"
                 r"ertrunken|erdbeben|uberschwemmung)\b")
PROTEST_KILLED = r"\b(?:getotet|erschossen|scharfe munition|eroffneten das feuer|schossen auf)\b"
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = (r"\b(?:zusammensto\w*|stein\w*|sturmten|drangen ein|zundeten|brand|"
                   r"randal\w*|gewaltsam\w*|krawall\w*|ausschreitungen|barrikaden|reifen)\b")
PROTEST_CALM = r"\b(?:friedlich|ohne zwischenfalle)\b"
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = r"\b(?:nachdem|gegen|wegen|aus protest)\b"
PROTEST_INTERVENTION = (r"\b(?:aufgelost|losten (?:\w+ )?auf|tranengas|wasserwerfer|"
                        r"blendgranaten|gummigeschosse|festgenommen|festnahmen|schlagstocke?|"
                        r"geraumt|raumten)\b")
AID_MOVES = (r"\b(?:geliefert|lieferten|eingetroffen|trafen ein|passiert\w*|verteilt\w*|"
             r"erlaubt|konvoi\w*|lastwagen|lieferungen?)\b")
CONVOY_HELD = (r"\b(?:warten|wartete\w*|blockiert\w*|festgesessen|zuruckgewiesen|verweigert|"
               r"gestoppt|angehalten)\b")
CORRIDOR = r"\b(?:korridor\w*|grenzubergang|ubergang|versorgung|gas|strom|lieferungen)\b"
LOCAL_ROAD = r"\b(?:stras{1,2}en?|autobahn\w*|route|zufahrt\w*|brucken?|kreuzung\w*|verkehr)\b"
ARREST_NOT = r"\s+(?:haftbefehl\w*)\b"
PEOPLE_TAKEN = (r"^\s+(?!von\s)(?:\w+\s+){0,3}?(?:soldaten|soldat|gefangene|geiseln|zivilisten|"
                r"menschen|manner|kampfer)\b")
TALKS = r"\b(?:gesprache|verhandlungen|konsultationen|treffen|gipfel\w*|beratungen)\b"
CALLS = r"\b(?:telefonat\w*|telefongesprach\w*|anruf\w*)\b"
PEACEFUL_ENTRY = (r"\b(?:ruckten|marschierten|zogen ein|kontrolle ubernommen|unter kontrolle|"
                  r"ubernimmt|ubernahm\w*|ubernommen|betrat\w*|betreten)\b")
OFFICIALS = (r"\b(?:prasident\w*|premierminister\w*|regierungschef\w*|minister\w*|"
             r"ministerium|aussenministerium|kanzler\w*|konig\w*|staatschef\w*|"
             r"fuhrung|delegation\w*|gesandte\w*|botschafter\w*|diplomat\w*|vermittler\w*|"
             r"kovorsitzende\w*|vertreter\w*|unterhandler\w*|sicherheitsrat|uno|un|vereinte "
             r"nationen|europaische union|eu|nato|osze|minsker gruppe|kreml|weis{1,2}e haus|"
             r"parlament|senat|regierung|sprecher\w*)\b")
MOB = (r"\b(?:menge|mob|jugendliche|manner|menschen|gruppe von|bewohner|dorfbewohner|"
       r"anwohner|aktivisten|anhanger)\b")
MOB_WEAPONS = (r"\b(?:stocke?n?|steine[n]?|knuppel\w*|macheten?|messer\w*|axte|eisenstangen|"
               r"ziegel\w*|fauste?n?)\b")
GUNFIGHT = NEVER
GUNS = r"\b(?:schusswaffen|gewehre?|pistolen?|schusse?|schoss\w*|gefeuert|kugeln)\b"
PERCEIVED = (r"\b(?:horten|hort|gehort|sahen|sah|gesehen|beobachtet\w*|zeugen)\s+(?:das\s+|die\s+"
             r"|den\s+)?(?:(?:gerausch|larm)\w*\s+(?:von\s+)?)?(?:\w+\s+)?$")
PASSIVE_BEFORE = r"\b(?:wurde|wurden|worden|ist|sind|war|waren)\s+(?:\w+\s+)?$"
AGENT_AFTER = (r"^\W*(?:[\w'/-]+\W+){0,5}?(?:von|durch)\s+(?:(?:mindestens|mehr als|etwa)\s+)?"
               r"((?:(?!(?:in|im|bei|wahrend|nach|als|der|die|weil|um)\b)[\w'/-]+\s*){1,8})")
PHRASE_STOP = (r"\b(?:in|im|an|am|auf|bei|mit|wahrend|nach|als|vor|weil|wie|der|die|das|dass|"
               r"von|seit|gegen|uber|fur|und dann)\b|[,;:()]")
SUBJECT_STOP = r"[,;:()]|\b(?:aber|wahrend|als|nachdem|wie|der|die|das|dass)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:aber|wahrend|als|nachdem|weil)\s+|\d{4},\s*"
HARMED = (r"\b(?P<active>totete\w*|verletzte\w*)\b(?!\s+(?:und|in|im|von|bei|wahrend))|"
          r"\b(?:wurde|wurden|worden)\s+(?:\w+\s+)?(?:getotet|verletzt|verwundet)\b")
TARGET_PREPOSITION = r"\s+(?:auf|gegen)\s+"
FIRE_TARGET = r"\b(?:auf|gegen)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)"
INTO_THE_AIR = r"\b(?:in die luft|warnschusse?|warnschuss)\b"
ONLY_AT = r"\bnur\s+(?:auf|gegen)\b"
SETTLEMENT_FIRED_ON = NEVER
WEAPONS_USED = NEVER
HARM_DONE = NEVER
MINE_SITE = NEVER
SMALL_ARMS = (r"\b(?:handfeuerwaffen|kleinwaffen|maschinengewehr\w*|gewehre?|automatische "
              r"waffen|scharfschutzen\w*|schusse|salven|infanteriewaffen)\b")

# --- Where: how a place name is used in its sentence

LOCATIVES = frozenset("in im bei beim nahe um rund ausserhalb auserhalb innerhalb gegen auf "
                      "entlang uber vor hinter nahe umgebung richtung".split())
NEAR_WORDS = frozenset("bei beim nahe um rund ausserhalb auserhalb umgebung richtung vororten "
                       "stadtrand nahe".split())
MODIFIERS = frozenset(
    "der die das den dem des von vom stadt stadte dorf dorfer ort ortschaft hauptstadt "
    "region regionen provinz bezirk bezirke bezirks gebiet gebiete gebiets zone sektor "
    "stadtrand vororten zentrum herzen teil teilen richtung strasse strase korridor regionalen "
    "nordlichen sudlichen ostlichen westlichen nord sud ost west umstrittenen "
    "separatistischen selbsternannten besetzten strategisch wichtigen historischen alten "
    "bergigen kleinen grossen grosen benachbarten nahegelegenen ganzen sein seine ihr ihre "
    "unserer enklave territorium krisenregion konfliktregion grenzregion kaukasusregion "
    "unruheregion kriegsregion konfliktgebiet krisengebiet kriegsgebiet grenzgebiet "
    "kampfgebiet separatistengebiet kaukasusrepublik".split())
LANDMARK_GAP = r"^\s*,?\s*(?:nahe|bei|unweit|in der nahe von|neben)\s+(?:der\s+|dem\s+|des\s+)?$"
SPEECH_AFTER = (r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,)?\s+(?:hat\s+|haben\s+|hatte\s+)?(?:(?:auch|"
                r"ebenfalls|bereits|erneut)\s+)?(?:sagte|erklarte|teilte|meldete|warf|wies|"
                r"bestritt|dementierte|bestatigte|verurteilte|rief|forderte|drohte|versprach|"
                r"unterzeichnete|erkannte|betonte|antwortete|warnte|berichtete|beschuldigte|"
                r"kundigte)\b")
STATEMENT_AT_BEFORE = NEVER  # where a statement was made, for what it tells (see en)
ACTOR_BEFORE = (r"\b(?:von|durch|laut|gegen|mit|(?:prasident|regierung|ministerium|minister|"
                r"fuhrung|armee|streitkrafte|truppen|soldaten|behorden|parlament|vertreter|"
                r"delegation|botschafter|gesandte|gouverneur|burgermeister|chef|kommandeur|"
                r"sprecher|staatsanwalt|botschaft|burger|militar|polizei|republik)\w*\s+"
                r"(?:von\s+|des\s+|der\s+)?(?:\w+\s+){0,2}?|im namen\s+(?:von\s+|der\s+)?)$")
LOCATIVE_BETWEEN = r"\b(?:stras{1,2}e|grenze|korridor|route|linie|gebiet|region)\s+zwischen\s+"
SPEAKERS_AT = (r"\b(?:beamte|quellen|diplomaten|analysten|behorden|regierung|ministerium|"
               r"sprecher|beobachter|experten)\s+(?:in|aus)\s+$")
BORDER_WITH = r"\bgrenze\s+(?:zu|mit)\s+(?:der\s+|dem\s+)?$"
# How far (characters) before its trigger such a subject may stand.
PASSIVE_REACH = 50
PASSIVE_AFTER = (r"^\s*(?:,[^,]{0,60},\s*)?(?:wurde|wurden|ist|sind|war|waren|geriet|gerieten|"
                 r"bleibt|blieb)\b")
OF_PEOPLE = (r"\b(?:bewohner|einwohner|dorfbewohner|bevolkerung|burger|zentrum|herzen|"
             r"stadtrand|vororten?|teil|teilen|umgebung|stras{1,2}en?|stadt|dorf|region|bezirk|"
             r"gebiet|hauptstadt|richtung|beschuss|bombardierung|einnahme|eroberung|"
             r"befreiung|fall|belagerung|blockade|besetzung|evakuierung|kontrolle|ubergabe|"
             r"ruckgabe|ruckkehr)\s+(?:von\s+|vom\s+|des\s+|der\s+)?(?:[\w']+\s+){0,2}?$")
AGREEMENT_AREA = (r"\b(?:kampfe|feindseligkeiten|krieg|waffenruhe|waffenstillstand|konflikt|"
                  r"frieden|gewalt)\s+(?:in|im|um|fur|an|entlang)\s+(?:der\s+|dem\s+|den\s+)?$")
PEOPLES_LAND = r"^\w*\s+(?:territorium|gebiet|boden)\b"
AT_THE_BORDER = NEVER  # an event on a border, no place named (see en)
# A conceding clause's places are its own (see en).
CONCESSIVE_OPENING = r"\W*(?:trotz|obwohl|obgleich)\b"
NEIGHBOURHOOD_AFTER = NEVER  # a city's part by its word after it (see en)
QUALIFIER_OF_PLACE = (r"\b(?:in|im|bei|nahe|von|nach)\s+(?:der\s+|dem\s+|den\s+)?(?:[\w'-]+\s+|"
                      r"\([^()]{1,40}\)\s+){0,4}?[\w'-]+\s*(?:\(\s*|,\s*)$")
JUDGED_AFTER = NEVER  # an act named as the subject of a judgement (see en)
AREA_TOLL = NEVER  # a toll over a whole area (see en)
ANOTHER_PLACE_AFTER = NEVER  # an act at a place not named (see en)
QUOTE_ENDS_BETWEEN = NEVER  # a quotation closed and attributed (see en)
ARRESTED_CROWD_BETWEEN = NEVER  # an arrest's verb and the crowd it took (see en)
NAMED_AS_BEFORE = NEVER  # a name given to what was just told (see en)
CALLED_AFTER = NEVER  # the name others give a town referred to (see en)
CREDITED_TO_BEFORE = NEVER  # the speakers a source is credited to (see en)
TOPIC_OF_ACT_BEFORE = NEVER  # a noun of an act as the topic of words about it (see en)
TALLY_OF_ACTS = NEVER  # a count of acts over a span (see en)
HELD_CAPTIVE_BEFORE = NEVER  # where captives a crowd speaks for are held (see en)
SPOKEN_OF_BEFORE = NEVER  # a definite act that words are about (see en)
DETERMINER_BEFORE = NEVER  # a name modifying a noun of the act (see en)
LANDMARK_BEFORE = r"\b(?:grenzt an|an der grenze zu|neben|nahe der grenze zu)\s+(?:der\s+|dem\s+)?$"
CONVEYANCE_FROM_BEFORE = NEVER
RECIPIENT_BEFORE = (r"\b(?:ubergeben|ubergab\w*|zuruckgegeben|abgetreten|uberlassen)\s+"
                    r"(?:\w+\s+){0,2}?an\s+(?:der\s+|die\s+|den\s+)?$")
SETTLEMENT_AFTER = r"\s+(?:dorf|ortschaft|weiler|stadt|viertel|bezirk|lager)\b"
# For unresolved.csv (geo.events.unlisted): a place's noun before a name ("im Dorf X", "der
# Provinz X"), and what makes a name who rather than where.
PLACE_NOUN_OF = r"\b(?:dorf|dorfes|stadt|ortschaft|lager|fluchtlingslager|bezirk|provinz)\s+$"
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = NEVER
NOT_PLACE_OF = r"\b(?:zu ehren von|im namen von|zur unterstutzung von)\s+$"
PEOPLES_TOWN_GAP = NEVER
WIDER_PLACE_GAP = (r"\s*(?:(?:dorf|ortschaft|weiler)\s+)?(?:\(\s*|,\s*|(?:im|in|bei|nahe)\s+"
                   r"(?:der\s+|dem\s+)?(?:\w+\s+){0,2}?)")
MADE_AT = r"\b(?:in|aus)\s+(?:der\s+)?(?:(?:stadt|hauptstadt)\s+)?$"
FORMAL_CLAIM = r"(?:erklarung|mitteilung)\b"
AGREED_AT = r"\b(?:vereinbart\w*|unterzeichnet\w*|erzielt\w*)\s+(?:\w+\s+){0,2}?in\s+$"
SEAT_AT = NEVER  # where a body has its seat (see en)
STANDING_AT = (r"\b(?:stationiert\w*|positioniert\w*|befindlich\w*)\s+(?:in|im|bei|nahe)\s+"
               r"(?:der\s+|dem\s+)?(?:[\w']+\s+){0,2}?$")
AGENT_VERBS = frozenset(
    "beschoss beschossen bombardierte bombardierten griff griffen eroberte eroberten nahm "
    "nahmen startete starteten feuerte feuerten besetzte besetzten blockierte blockierten "
    "schloss schlossen verhaftete verhafteten unterzeichnete unterzeichneten beschuldigte "
    "beschuldigten erklarte erklarten verhangte verhangten verlegte verlegten".split())
AUXILIARY_ADVERBS = frozenset("hat haben hatte hatten auch ebenfalls erneut bereits dann "
                              "spater".split())
GOVERNMENT_OF = NEVER  # a state's government as its act's doer (see en)
GOVERNMENT_AFTER = NEVER
NOT_THE_SUBJECT = r"\b(?:von|vom|durch|mit|gegen|an|als|aus)\s+(?:der\s+|dem\s+|den\s+)?$"
OBJECT_VERBS = frozenset(
    "beschoss beschossen beschiessen bombardierte bombardierten griff griffen trafen traf "
    "eroberte eroberten besetzten verliessen flohen evakuierten umzingelten belagerten "
    "befreiten blockierten zerstorten beschuss".split())
FROM_WORDS = frozenset({"aus", "von", "vom"})
ORIGIN_FILLERS = frozenset()  # between 'from' and an attack's origin (see en)
INCLUDING_WORDS = frozenset({"darunter", "einschliesslich", "einschlieslich"})
FOR_WORDS = frozenset({"fur", "um"})
TO_WORDS = frozenset({"zu", "zum", "zur", "bis", "nach"})  # "nach Armenien": a destination
CROSSED_WORDS = frozenset()  # a crossing is where it crossed (see en)
BATTLE_FOR = r"\b(?:schlacht|kampf|kampfe|krieg)\s+um\s+[\w\s']*$"
ROAD_TO = r"\b(?:stras{1,2}e|weg|route|korridor)\s+(?:nach|zu|zum|zur)\s+[\w\s']*$"
REFERENCE = (r"\b(?:(?:in|im|bei|um|aus|von)\s+(?:dieser|diesem|dieses|der|dem)\s+"
             r"(?P<noun>region|enklave|gebiet|republik|provinz|bezirk|land|stadt|dorf|"
             r"hauptstadt)|\b(?:seine[mnrs]?|ihre[mnrs]?)\s+(?P<own>grenzen?|gebiet|"
             r"territorium|boden))\b")
REFERENCE_KINDS = {
    "region": "region admin1 admin2", "enklave": "region admin1 admin2",
    "gebiet": "region admin1 admin2", "republik": "region admin1 country",
    "provinz": "admin1 admin2 region", "bezirk": "admin2 admin1 region",
    "land": "country", "stadt": "city", "dorf": "city", "hauptstadt": "city",
}
PRESENT = r"\b(?:ist|sind|bleibt|bleiben|dauert an|halt an|lebt|leben|wartet|warten)\b"
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:parlament\w*|nationalversammlung|regierungssitz|regierungsgebaude|"
                 r"prasidentenpalast|amtssitz)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
DEFINITE_JUST_BEFORE = r"\b(?:dieser|diese|dieses|diesem|diesen|derselbe|dieselbe)\s+$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
OWN_TIME_AFTER = r"\s+(?:(?:im|am|vom|von|seit)\s+)?"
OWN_TIME_BEFORE = r"\s+"
ANOTHER_ACT_BETWEEN = NEVER
TIME_ANCHOR_BEFORE = r"\b(?:nach|vor|seit)\s+(?:dem\s+|der\s+|den\s+)?(?:\w+\s+)?$"
DEFINITE = r"\b(?:dieser|diese|dieses|diesem|diesen)\s+(?:[a-z]+\s+){0,2}$"
HARMED_BEFORE_NOUN = NEVER
IN_THE_EVENT = NEVER
EARLIER_FIGHTING = (r"\W*(?:[\w'-]+\s+){0,4}?(?:in|bei|wahrend)\s+(?:den\s+|dem\s+|der\s+)?"
                    r"(?:jungsten|letzten)\s+(?:kampfen|krieg|feindseligkeiten|gefechten|"
                    r"offensive|konflikt)\b")
PLUPERFECT = r"\b(?:hatte|hatten|war|waren)\s+(?:\w+\s+){0,4}?ge\w+(?:t|en)\b"
REPORTED_SPEECH = NEVER

# --- How many were killed

UNITS = {"null": 0, "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
         "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
         "zwolf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16,
         "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
TENS = {"zwanzig": 20, "dreissig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90}
MULTIPLIERS = {"hundert": 100, "tausend": 1000}
DOZEN = frozenset({"dutzend"})
AND = frozenset({"und"})
ARTICLES = frozenset({"ein", "eine", "einen", "einer"})
ANIMALS = frozenset()  # animals a count may name (see en)
NOT_PEOPLE = frozenset("stunden stunde tage tag wochen woche monate monat jahre jahr km "
                       "kilometer meter mal prozent hauser gebaude panzer drohnen "
                       "fahrzeuge".split())
VAGUE = frozenset("dutzende hunderte tausende mehrere zahlreiche einige viele".split())
VAGUE_COUNTS = {"dutzende": 12}  # (see en)
PERSONS = (r"(?:menschen|personen|zivilisten|soldaten|soldat|kampfer|manner|mann|frauen|frau|"
           r"kinder|kind|einwohner|bewohner|dorfbewohner|polizisten|journalisten|mitglieder|"
           r"opfer|babys?|fluchtlinge|\w{3,}ier)")
NP_STOP = frozenset("in im an am auf bei nach vor wahrend als wenn dass der die das von seit "
                    "nahe mit ohne fur und wurden wurde worden sind ist waren verletzt "
                    "verwundet".split())
AFTER_KILLING = frozenset("mindestens mehr als etwa rund fast knapp".split())
KILLING = frozenset({"getotet", "totete", "toteten", "tote", "toten", "starben", "starb",
                     "gestorben", "todesopfer"})
KILLING_ACTIVE = frozenset({"totete", "toteten"})
PASSIVE = frozenset({"wurden", "wurde", "worden"})
AUXILIARIES = frozenset({"wurden", "wurde", "worden", "sind", "ist", "waren", "war",
                         "haben", "hat"})
SINGULAR_PASSIVE = frozenset({"wurde"})
DEATH_TOLL = (r"\b(?:zahl der (?:toten|todesopfer|getoteten)|opferzahl|bilanz) (?:\w+ ){{0,10}}?"
              r"(?:auf|bei|liegt bei|stieg auf|betragt) (?:mindestens |mehr als |etwa |rund )?"
              r"(\d{{1,3}}(?:[.,]\d{{3}})+|\d+|(?:{number})(?: (?:{number}|und))*)\b")
KILL_WORD = (r"\b(?:getotet|totete\w*|tote[nr]?|starben|starb|gestorben|ums leben|"
             r"todesopfer|ohne opfer|keine opfer)\b")
ONE_BODY = NEVER  # one dead told by a body found (see en)
ONE_DEAD = NEVER  # one dead told by a verb of one death (see en, ru)
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:niemand wurde (?:getotet|verletzt)|keine (?:opfer|toten|verletzten|"
        r"verluste)|ohne (?:opfer|verluste))\b")

# --- Function words the logic reads by name

LISTED = r"\s*(?:,|,?\s+und|,?\s+oder)\s+(?:der\s+|die\s+|das\s+|dem\s+|den\s+)?"
# The two sides of a clash written after it: "Zusammenstosse zwischen X und Y".
CLASH_SIDES = (r"^\s+(?:\w+\s+){0,3}?zwischen\s+(?:der\s+|dem\s+|den\s+)?(?P<first>(?:[\w'-]+\s+)"
               r"{1,5}?)und\s+(?:der\s+|dem\s+|den\s+)?(?P<second>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
               r"(?=\s*[,.;:()]|\s*$|\s+(?:in|im|bei|am|an|nahe|wahrend|nach|die|der|das|seit|fur)\b)")
PEOPLE_NOUN = NEVER  # (the plural is often the singular: "die Armenier")
IT_DOER = NEVER  # a state named before as its act's subject (see en)
THEY_DOER = r"\bsie\b"
WHILE_IT_WENT_ON = NEVER  # an act told as going on while another did (see en)
HARMED_AFTER_ACTOR = NEVER  # armed people named only as harmed (see en)
DOERS_TOLD_OF = NEVER
ROAD_NAMED_AFTER = NEVER
HOW_IT_HAPPENED = r"\s*,?\s*(?:als|wahrend|nachdem)\s"
OF_ANOTHER = NEVER  # (a relative clause's verb comes last: "der in Russland festgenommen wurde")
FIGURATIVE = (r"\s+auf\s+(?:die\s+|den\s+|das\s+)?(?:\w+\s+)?(?:freiheit|pressefreiheit|"
              r"rechte|demokratie|presse|verfassung|souveranitat|justiz)\b")
BETWEEN = (r"\bzwischen\s+(?:(?:der\s+|dem\s+|den\s+)?[\w']+\s+){0,3}?(?:und\s+)?"
           r"(?:der\s+|dem\s+|den\s+)?$")
BETWEEN_LIST = r"\bzwischen\s+(?:der\s+|dem\s+|den\s+)?(?:[\w']+\s+){0,2}?$"
NOT_BEFORE = r"\bnicht\s+(?:in|im|bei)\s+$"
FRONTED = r"\W*(?:in|im|bei|nahe|um|aus{1,2}erhalb)\s+(?:der\s+|dem\s+|den\s+)?(?:[\w']+\s+){0,3}?"
NOT_A_QUALIFIER = r"[;:]|\b(?:und|oder|aber|wahrend|aus|nach|bis)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:darunter|einschlies{1,2}lich|inklusive)\b"
FROM_AFTER = r"\s+(?:\w+\s+){0,4}?(?:aus|von|vom)\b"
ARMS_AFTER = r"\s+(?:\w+\s+){0,4}?(?:waffen|munition|gewehre|sprengstoff|waffenlager)\b"
GOODS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:lebensmittel|vieh|rinder|ziegen|schafe|tiere|"
               r"waren|geld|fahrzeuge?|motorrader|ernte|treibstoff)\b")
PEACEKEEPERS = r"(?:friedenstrupp|friedenssoldat|blauhelm|friedensmission)"
DEMAND_BEFORE = NEVER  # (a protest's demand: no words here yet)
TOPIC_BEFORE = (r"\b(?:uber|zur|zu der|bezuglich|betreffend)\s+(?:die\s+|der\s+|den\s+)?"
                r"(?:\w+\s+)?(?:lage|situation|regelung|frage|status|zukunft)\s+(?:in|im|um|"
                r"von)\s+(?:der\s+|dem\s+)?$")


# Parts of a sentence that tell events apart: a semicolon.
CLAUSES_APART = r";"

# --- Concepts with no words in this language yet: patterns that never match, empty sets
CLAIM_AFTER_DENIAL = NEVER
DISTRICT_OF_A_TOWN = NEVER
TREATED_AT_BEFORE = NEVER
CONCEDED_BEFORE = NEVER  # what the fighting went on in spite of (see en)
COMPARED_BEFORE = NEVER  # an act named to say what another is like (see en)
WAR_AS_TIME_BEFORE = NEVER  # a war named by its year, told as a time (see en)
SINCE_EVENT = NEVER
ONGOING_RELATIVE_BEFORE = NEVER  # a state gone on since, in a relative clause (see en)
PEOPLE_BEFORE = NEVER
ELIDED_PASSIVE_BEFORE = NEVER
IN_THAT_EVENT = NEVER
AIRBORNE_WEAPONS = frozenset()
STOOD_FOR_BEFORE = NEVER
CRITICISM_AFTER = NEVER
CAUSED_BEFORE = NEVER
HARMED_BY_FIRE = NEVER
SHELTER_IN_PLACE_AFTER = NEVER
ATTEMPTED_TO_BEFORE = NEVER
GOVERNMENT_IN = NEVER
GOVERNMENT_BUILDING_IN = NEVER
TELLERS_AFTER_A_PEOPLE = NEVER
NAMED_MEMBERS_BEFORE = NEVER
FORCE_ENDED_BEFORE = NEVER
RIGHT_AFTER = NEVER
IN_A_WIDER_PLACE = NEVER
OBJECTION_FROM = NEVER
VERB_AFTER_AND = NEVER
CAME_TO_CONDEMN_BEFORE = NEVER
PROTESTED_BEFORE = NEVER
GRIEVANCE_PLACE_BETWEEN = NEVER
TOWN_OF_AFTER = NEVER
NOT_FIRST_CITY = NEVER
POSSESSIVE_GAP = NEVER
NEGATED_LIST = NEVER
STORMED = NEVER
RELATIVE_VERB = NEVER
INSTITUTION_AFTER = NEVER  # an institution taken over, no ground (see en)
POWER_AFTER = NEVER
BUILDING_AFTER = NEVER
KILLING_AS_VERB: frozenset[str] = frozenset()

ACTOR_AFTER = NEVER
AFTER_DAYS_OF = NEVER
AGE = NEVER
ANCHORED = NEVER
MONTH_SHIFT = NEVER  # a month told from the story's month (see en)
WITHIN_DAYS_OF = NEVER  # a time within a span after an event (see en)
IRREGULAR_PAST = frozenset()
ANCHOR_COUNTS = {}
ANCHOR_NOUNS = {}
AT = frozenset()
BE = frozenset()
BEGIN_VERBS = frozenset()
BY_AGENT = NEVER
CODED = NEVER
CODED_SHARE = NEVER
CODED_SPLIT = NEVER
CONTROLLER_AFTER = NEVER
DAY_SHIFT = NEVER
FIGHTING_AREA = NEVER
DEAD = frozenset()
DEATH = frozenset()
KILLING_MANNER = frozenset()
KILLING_NOUNS = frozenset()
LEFT_FOR = NEVER
ARRIVED_BEFORE = NEVER
OF_THEM = frozenset()  # a count that is part of the one before it (see en)
LIST_CUTS = ()
MODIFIER_PARTICIPLE_ENDINGS = ()  # a participle opening a modifier of the dead (see en)
LIVES = frozenset()
LOST = frozenset()
MAKES_INFINITIVE_REAL = frozenset()
NAMED_HEAD = NEVER
NAME_AS_MODIFIER_AFTER = NEVER
NAMING_OF = NEVER
NOT_A_PROTEST_AFTER = NEVER
NOT_A_PROTEST_BEFORE = NEVER
NOT_ONE = frozenset()
NOUN_ENDINGS = ()
OF_WORDS = frozenset()
ONE_PRONOUNS = frozenset()
ALSO_JOINS: tuple[tuple[str, ...], ...] = ()
TWO_SUBJECTS = frozenset()  # two dead named so: "both" (see en)
ONE_SUBJECTS = frozenset()
ORIGIN = frozenset()
OWN_SUBJECT_AND_VERB = NEVER
PARTICIPLE_AS_NAME = NEVER
PARTS_AFTER_POSSESSIVE = NEVER
KIND_BEFORE_NAME = NEVER
PRONOUN_OBJECT = NEVER
PARTICIPLE_END = frozenset()
PLACES_AFTER = NEVER
POSSESSIVES = frozenset()
PRIMARILY_HEAVY = NEVER
TAKER_AFTER = NEVER
THE = frozenset()
RUNNING_TOTAL = NEVER  # a running total's new figure (see en)
MORE_DEAD = NEVER  # dead beyond those told (see en)
ACCOUNT_TURNS = frozenset()  # where one source's count gives way to another's (see en)
ACCOUNT_SOURCE = NEVER  # the words of a source's account of the dead (see en)
ACCOUNT_ALTERNATIVE = NEVER  # a later source's other figure of the dead (see en)
SEPARATELY = NEVER
DYING_VERB = NEVER  # a verb of dying after its subject (see en)
THE_BEFORE = NEVER
HARMED_PERSON_BEFORE = NEVER
HARMED_PERSON = NEVER
VICTIMS_AFTER_VERB = NEVER
SEPARATE_ACTS = NEVER
AMBUSH = NEVER
CAPTURED = NEVER  # the verbs of taking people prisoner (see en)
MUTUAL_FIGHT = NEVER
FIRING = NEVER
LEFT_AGAIN = NEVER
DISPLACED_PEOPLE = NEVER
RETALIATION = NEVER
HELD_GROUND = NEVER
THROUGH_BEFORE = NEVER
MANY_PLACES = NEVER
ITS_OWN_PEOPLE = NEVER
COUNTED_AMONG = NEVER
WAS_THE_NTH_AFTER = NEVER
FIGHT_OF_A_TAKING_BEFORE = NEVER
PARTICIPLE_OF_HARM = NEVER
TO_COME_AFTER = NEVER
NOT_YET_BEFORE = NEVER
THE_TOWN = NEVER
TO = frozenset()
VERB_ADVERBS = frozenset()
DEMAND_AFTER = r"\b(?:fordernd|forderten|aus protest|um gegen)\b"  # (see en)
ENDED_AFTER = NEVER  # an act said after it to be ended or deferred (see en)
SPARKED_BETWEEN = NEVER  # what a death before a protest did to it (see en)
DOCUMENT_OF_BEFORE = NEVER  # a document named by its date (see en)
YEAR_BEFORE_WORDS = frozenset()  # words that make a number a year (see en)
BACK_PRONOUNS = frozenset()  # a pronoun for one told before (see en)
STATE_BEFORE = NEVER  # where forces are, told in the present (see en)
PAIR_NOUNS = frozenset()  # a pair named by one noun (see en)
CAME_AFTER = NEVER  # an event named again as the time of another (see en)
WHO_PASSIVE_BEFORE = NEVER  # taken in a relative clause: people (see en)
WHETHER_ANYONE = NEVER  # "whether anyone was killed": no count (see en)
PHOTO_CREDIT_END = NEVER  # a caption's credit that ends its paragraph (see en)
CAPTION_OPENING = NEVER  # the label a saved page puts before a caption (see en)
CLAUSE_AFTER_AND = NEVER  # a subject and its verb after "and" (see en)
UNTOLD_COUNT_BEFORE = NEVER  # losses a side keeps to itself (see en)
THIS_TOWN = NEVER  # "this town": the town the story was filed from (see en)
OTHER_ACCOUNT_OPENING = NEVER  # a clause of the other side's account (see en)
AIMED_AT_BEFORE = NEVER  # an act another is aimed at (see en)
PROTESTING_VICTIMS = NEVER  # people harmed while they protest (see en)
WITHDRAWAL_AS_TIME_BEFORE = NEVER  # a withdrawal that times another act (see en)
TOLL_UPDATE_AFTER = NEVER  # a running toll the dead told update (see en)
TOLL_REVISED = NEVER  # a toll of an event told already, revised (see en)
MUTUAL_BLAME_BEFORE = NEVER  # sides blaming each other (see en)
RECORDED_OWN = NEVER  # a trigger opening with who only recorded it (see en)
REPORT_THAT_BEFORE = NEVER  # a report named before what it says (see en)
CALLED_FALSE_AFTER = NEVER  # ... called false after it (see en)
DATE_AS_NAME = NEVER  # a year or a day naming the thing after it (see en)
HABITUAL_BEFORE = NEVER  # what happens every day, told before its act (see en)
PROTESTING_AFTER = NEVER  # a statement whose words are a protest (see en)
TO_THE_POLICE_AFTER = NEVER  # given up to the police: arrested (see en)
DESCRIBING_BEFORE = NEVER  # a participle describing its noun (see en)
MANY_ACTS_BEFORE = NEVER  # the dead of many acts told as one (see en)
ONE_DOERS = frozenset()  # the one who did it, last in a list of the dead (see en)
WAR_AS_SUBJECT = NEVER  # a war as the subject of its killing (see en)
BORDER_FIGHT_BEFORE = NEVER  # fighting on a border, between armed men (see en)
COMMEMORATED_BEFORE = NEVER  # an act an anniversary or a memorial looks back to (see en)
DAILY_BEFORE = NEVER  # an act told as done daily, undated (see en)
CITY_OFFICE_AFTER = NEVER  # a city's office a place is named by (see en)
AT_THE_BEFORE = NEVER  # the locative of a city's office (see en)
WHILE_APART = NEVER  # a clause of another act joined by "while" (see en)
AGE_AFTER_A_NAME = NEVER  # a person's age after a full name (see en)
AGE_ASIDE = NEVER  # an aside that gives the ages of those counted (see en)
AGES_GIVEN = NEVER  # the ages of people told, no count of them (see en)
RESTRICTIVE_RELATIVE_BEFORE = NEVER  # a passive relative clause without a comma (see en)
PERFECT_BEFORE = NEVER  # a perfect tense before an act (see en)
SPAN_SINCE_AFTER = NEVER  # the span it counts over (see en)
TOLL_ROSE = NEVER  # a toll told as it rose (see en)
THERE_AFTER = NEVER  # "there" after an act (see en)
HELD_PERSON = NEVER  # a person named by what was done to him (see en)
WOUNDED_LATER_DIED = NEVER  # of the wounded, some died later (see en)
RETREAT_BEFORE = NEVER  # a force's move away, told before where it headed (see en)
TOLL_PERFECT_BEFORE = NEVER  # the dead counted in a perfect tense before the act (see en)
SINCE_A_DAY_AFTER = NEVER  # a span from a day on, after a toll (see en)
HARM_TO_PEOPLE = NEVER  # what a raid did to people, told after it (see en)
PEOPLE_HIT_BEFORE = NEVER  # people as the subject of "were hit" (see en)
JOINED_VERB_BEFORE = NEVER  # a verb joined by "and" to the one before (see en)
ELSEWHERE = NEVER  # an act told at another place (see en)
WAR_IN_WHICH = NEVER  # the war a clause's dead died in (see en)
WOUNDED_MOVED_BEFORE = NEVER  # the wounded as those evacuated (see en)
IN_MEMORY_BEFORE = NEVER  # whom a crowd remembers, before its act (see en)
