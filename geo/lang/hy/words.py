"""Armenian words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for Armenian (Armenian script). A string is a regular
expression over folded text (lower case; "և" stays one letter, "եւ" two, so both are given)
unless its comment says "as written"; a frozenset is a set of folded words, except NEGATORS and
the other sets the assertion rules read as written in lower case.

Armenian writes a name's case and article as endings on the word ("Ստեփանակերտում", in
Stepanakert; "Ադրբեջանի", of Azerbaijan), so the recogniser's name is the whole word and the
few words before a name that govern it are postpositions after it ("Մարտունու մոտ", near
Martuni). A name before "զինված ուժերը", "ՊՆ"... is who acted (`ACTOR_AFTER`); a name before
the word of its kind ("Շուշի քաղաքը") is the place (`PASSIVE_AFTER`). A verb is negated by
"չ" written on it ("չհրետակոծվեց", which no trigger matches) or by "չի", "չեն" before it.
Armenian ends a sentence with "։" (often typed ":").

Concepts with no Armenian words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module.
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

TITLES = frozenset("թ թթ փ պ գ դ ս".split())
NEVER_LAST = frozenset("և եւ այլն".split())
# What ends a sentence (as written): the Armenian full stop "։", the colon typed for it, the
# one-dot leader some pages use, a stop; with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…։:․]+[\"'”’)\]»》]*(?=\s)"
OPEN_END = r"(?i)(?:,|՝|-|\b(?:և|եւ|ու|կամ|բայց|իսկ|որ|որը|որոնք|հետ|համար))$"
EDITORIAL = r"\W*(?:ուղղում|խմբագրության կողմից|թարմացված)\b"

# --- Clauses and whether an event is asserted

CLAUSE_BREAK = (r"(?i)[;:()\[\]՝]|,(?!\d)|\s[-–—]+\s|\s(?:բայց|սակայն|իսկ|երբ|քանի որ|"
                r"որովհետև|որովհետեւ|թեև|թեեւ|չնայած)\s")
NEGATORS = frozenset("չի չեն չէ չէր չէին չեմ չես չենք ոչ չկա չկան չկար երբեք".split())
NOT = frozenset("չի չեն".split())
DENIAL = (r"\b(?:հերք\w*|կեղծ\w*|ապատեղեկատվություն\w*|իբր|չի համապատասխանում\w*|սուտ\w*|"
          r"(?:չի|չեն) հաստատ\w*)\b")
PROPOSED_BEFORE = NEVER
INTENTION = (r"\b(?:սպառն\w*|մտադիր\w*|պլանավոր\w*|նախատես\w*|պատրաստվ\w*|կոչ (?:է|են|արել)|"
             r"պահանջ\w*|նախազգուշաց\w*|հնարավոր\w*|որպեսզի|նպատակով|կանխ\w*|խուսափ\w*)\b")
CONDITIONAL = r"\b(?:եթե|այն դեպքում)\b"
DENIED_AFTER = r"^(?:\W+\w+){0,4}?\W+(?:հերքվ\w*|չի համապատասխանում|կեղծ է|սուտ է)\b"
DEBUNKED = r"\b(?:հերքված\w*|կեղծիք\w*)\b"
HABITUAL = r"\W*(?:\w+\W+){0,2}?(?:պարբերաբար|բազմիցս|մշտապես|կանոնավոր կերպով)\b"
HABITS = frozenset("պարբերաբար կանոնավոր ամենամյա սովորաբար երբեմն հաճախ".split())
LATER = NEVER  # a later time (see en)
ANOTHER = r"\b(?:կրկին|նորից|դարձյալ|հերթական\w*|նոր|այլ|նաև|նաեւ|ևս|եւս|լրացուցիչ)\b"
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
CUMULATIVE = (r"\b(?:պատերազմի (?:սկզբից|ընթացքում)|ընդհանուր առմամբ|ընդամենը|մինչ օրս|"
              r"այս պահի դրությամբ|(?:\d+|քառասունչորս) ?օրյա պատերազմ\w*)\b")
ESCORTED = r"\b(?:խաղաղապահ\w*|մարդասիրական\w*|հումանիտար\w*|օգնություն\w*|փախստական\w*)\b"
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = r"\b(?:տարիներ շարունակ|տասնամյակներ շարունակ|ժամանակ առ ժամանակ)\b"

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:խաղաղ (?:բնակ\w*|բնակչություն\w*)|քաղաքացիական\w*|քաղաքացի\w*|բնակիչ\w*|"
             r"բնակչություն\w*|լրագրող\w*|թղթակից\w*|ուղևոր\w*|ավտոբուս\w*|շտապօգնություն\w*|"
             r"հիվանդանոց\w*|դպրոց\w*|մանկապարտեզ\w*|եկեղեցի\w*|մզկիթ\w*|շուկա\w*|տուն|տան|"
             r"տներ\w*|բնակելի\w*|բնակարան\w*|ընտանիք\w*|երեխա\w*|կին|կանայք|տղամարդ\w*|"
             r"ֆերմեր\w*|հովիվ\w*|ուսուցիչ\w*|ուսանող\w*|բժիշկ\w*|մարդ|մարդիկ|մարդկանց|"
             r"փախստական\w*|պատանդ\w*|գերի\w*|ակտիվիստ\w*|ենթակառուցվածք\w*)\b")
MILITARY = (r"\b(?:դիրք\w*|զորք\w*|զինվոր\w*|զինծառայող\w*|բանակ\w*|ռազմական\w*|"
            r"զինված ուժ\w*|զինուժ\w*|հենակետ\w*|ստորաբաժանում\w*|շարասյուն\w*|տանկ\w*|"
            r"զինյալ\w*|անջատողական\w*|խրամատ\w*|ամրություն\w*|սահմանապահ\w*|ոստիկան\w*|"
            r"սպա|սպաներ\w*|պարեկ\w*|վարձկան\w*|ժամկետային\w*|ռազմագերի\w*)\b")
ARMED_ACTORS = (r"\b(?:զորք\w*|զինվոր\w*|զինծառայող\w*|բանակ\w*|զինված ուժ\w*|"
                r"զինված (?:կազմավորում|խումբ)\w*|զինուժ\w*|ստորաբաժանում\w*|զինյալ\w*|"
                r"անջատողական\w*|սահմանապահ\w*|ոստիկան\w*|սպա|սպաներ\w*|ահաբեկիչ\w*|"
                r"դիպուկահար\w*|դիվերսանտ\w*|հարձակվող\w*|վարձկան\w*|հատուկ ջոկատ\w*)\b")
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = r"\b(?:ցուցարար\w*|բողոքող\w*|հանրահավաքի մասնակից\w*|ամբոխ\w*)\b"
RIOTERS = r"\b(?:ամբոխ\w*|թալանչ\w*)\b"
NON_STATE = r"\b(?:անջատողական\w*|զինյալ\w*|ապօրինի զինված\w*|ահաբեկիչ\w*|վարձկան\w*)\b"
TERRITORY = (r"\b(?:գյուղ\w*|քաղաք\w*|ավան\w*|բնակավայր\w*|բարձունք\w*|բլուր\w*|շրջան\w*|"
             r"տարածք\w*|դիրք\w*|մարզ\w*|կամուրջ\w*|ճանապարհ\w*|մայրուղի\w*|"
             r"օդանավակայան\w*|մայրաքաղաք\w*|վերահսկողություն\w*|միջանցք\w*|հող\w*|գոտի\w*)\b")
HANDOVER = (r"\b(?:հանձն\w*|վերադարձ\w*|համաձայն|եռակողմ (?:հայտարարություն|համաձայնագիր)\w*|"
            r"խաղաղության (?:համաձայնագիր|պայմանագիր)\w*)\b")
SHELL_WORDS = (r"\b(?:հրետակոծ\w*|հրթիռակոծ\w*|արկ(?:եր|երը|երի|երով|ը|ի|ով)?|հրետանի\w*|"
               r"հրթիռ\w*|ականանետ\w*|գրադ\w*|սմերչ\w*|հաուբից\w*|ծանր սպառազինություն\w*|"
               r"համազարկային\w*)\b")
HEAVY_WEAPONS = (r"\b(?:ծանր սպառազինություն\w*|հրետանի\w*|ականանետ\w*|հաուբից\w*|"
                 r"համազարկային\w*|գրադ\w*|սմերչ\w*|տանկ\w*|արկ(?:եր|երը|երի|երով|ը|ի|ով)?|"
                 r"հրթիռ\w*|նռնականետ\w*)\b")
AIR_WORDS = (r"\b(?:ավիացիա\w*|ավիահարված\w*|ավիառմբակոծ\w*|ինքնաթիռ\w*|կործանիչ\w*|"
             r"ուղղաթիռ\w*|անօդաչու\w*|աթս|դրոն\w*|բայրաքթար\w*|օդային հարված\w*)\b")
REMOTE_WEAPONS = (
    (r"\b(?:անօդաչու\w*|աթս|դրոն\w*|բայրաքթար\w*|ինքնաթիռ\w*|ուղղաթիռ\w*|ավիացիա\w*|"
     r"ավիահարված\w*|ավիառմբակոծ\w*)\b", "Air/drone strike"),
    (r"\bնռնակ(?!ա?նետ)\w*", "Grenade"),
    (r"\b(?:ական(?!անետ|ատես)\w*|պայթուցիկ սարք\w*)\b", "Remote explosive/landmine/IED"),
    (r"\b(?:հրետանի\w*|ականանետ\w*|հրթիռ\w*|արկ(?:եր|երը|երի|երով|ը|ի|ով)?|հաուբից\w*|"
     r"գրադ\w*|սմերչ\w*|ծանր սպառազինություն\w*)\b", "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:անօդաչու\w*|աթս|դրոն\w*|ավիահարված\w*)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = r"\b(?:վառելիք\w*|բենզին\w*|գազ\w*|պահեստ\w*|վթար\w*|արտահոսք\w*|գործարան\w*)\b"
AGREEMENT_VERBS = r"\b(?:ուժի մեջ\w*|ստորագր\w*|հայտարար\w*|համաձայնվ\w*|միջնորդ\w*|սկսած)\b"
MEDIATION = (r"\b(?:միջնորդ\w*|բանակցություն\w*|հանդիպում\w*|համաձայնագիր\w*|հրադադար\w*|"
             r"կրակի դադարեցում\w*)\b")
AGREEMENT_BROKEN = r"\b(?:խախտ\w*)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:տեղակայ\w*|մուտք (?:է|են) գործ\w*|դուրս (?:են )?բեր\w*|լքել\w*|"
                     r"լքեց\w*|պարեկ\w*|ուղեկց\w*|հետ (?:են )?քաշ\w*)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = r"\b(?:հարձակվող\w*|հանցագործ\w*|կասկածյալ\w*|մարդասպան\w*|գող\w*)\b"
REFUGEES = (r"\b(?:փախստական\w*|տեղահանված\w*|բնակիչ\w*|խաղաղ\w*|ընտանիք\w*|մարդ|մարդիկ|"
            r"հազարավոր|հարյուրավոր|կանայք|երեխա\w*|բնակչություն\w*|հայեր\w*|ադրբեջանցի\w*)\b")
NATURAL_DEATH = (r"\b(?:սով\w*|հիվանդություն\w*|բնական (?:պատճառ|մահ)\w*|ինֆարկտ\w*|covid|"
                 r"կորոնավիրուս\w*|ավտովթար\w*|ճանապարհատրանսպորտային\w*|խեղդվ\w*|"
                 r"երկրաշարժ\w*|ջրհեղեղ\w*)\b")
PROTEST_KILLED = r"\b(?:սպանվ\w*|կրակ\w*|գնդակ\w*)\b"
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = r"\b(?:քար\w*|մոլոտով\w*|բարիկադ\w*|բախ\w*|այր\w*|գրոհ\w*|հարձակ\w*)\b"
PROTEST_INTERVENTION = (r"\b(?:ցր\w*|արցունքաբեր\w*|ջրցան\w*|ռետինե գնդակ\w*|"
                        r"բերման ենթարկ\w*|ձերբակալ\w*|միջամտ\w*)\b")
AID_MOVES = (r"\b(?:հասցվ\w*|տեղ (?:է|են) հասցվ\w*|մուտք (?:է|են) գործ\w*|անցել\w*|բաշխ\w*|"
             r"թույլատր\w*|շարասյուն\w*|ավտոշարասյուն\w*|բեռնատար\w*)\b")
CONVOY_HELD = r"\b(?:սպաս\w*|կանգնեցվ\w*|արգելափակ\w*|հետ (?:է|են) ուղարկվ\w*|չի թույլատր\w*)\b"
CORRIDOR = r"\b(?:միջանցք\w*|անցակետ\w*|մատակարար\w*|գազ|գազի|էլեկտրաէներգիա\w*|հոսանք\w*)\b"
LOCAL_ROAD = r"\b(?:փողոց\w*|պողոտա\w*|ճանապարհ\w*|մայրուղի\w*|կամուրջ\w*|խաչմերուկ\w*)\b"
PEOPLE_TAKEN = (r"^\s+(?:\w+\s+){0,3}?(?:զինծառայող\w*|զինվոր\w*|գերի\w*|պատանդ\w*|"
                r"քաղաքացի\w*|մարդ|մարդկանց)\b")
TALKS = r"\b(?:բանակցություն\w*|հանդիպում\w*|խորհրդակցություն\w*|գագաթնաժողով\w*)\b"
CALLS = r"\b(?:հեռախոսազրույց\w*|հեռախոսային (?:զրույց|խոսակցություն)\w*)\b"
PEACEFUL_ENTRY = r"\b(?:մուտք (?:է|են) գործ\w*|վերահսկողության տակ (?:է|են) (?:վերցր|անցել)\w*)\b"
OFFICIALS = (r"\b(?:նախագահ\w*|վարչապետ\w*|նախարար\w*|արտգործնախարար\w*|ագն|պն|առաջնորդ\w*|"
             r"ներկայացուցիչ\w*|դեսպան\w*|դիվանագետ\w*|համանախագահ\w*|պաշտոնյա\w*|"
             r"անվտանգության խորհուրդ\w*|մակ|միավորված ազգեր\w*|եվրոպական միություն\w*|եմ|"
             r"նատո|նատօ|եահկ|մինսկի խումբ\w*|կրեմլ\w*|ազգային ժողով\w*|աժ|խորհրդարան\w*|"
             r"կառավարություն\w*|խոսնակ\w*|մամուլի (?:քարտուղար|ծառայություն)\w*)\b")
MOB = r"\b(?:ամբոխ\w*|երիտասարդ\w*|խումբ\w*|բնակիչ\w*|ակտիվիստ\w*|կողմնակից\w*)\b"
MOB_WEAPONS = r"\b(?:փայտ\w*|մահակ\w*|քար\w*|դանակ\w*|կացին\w*|երկաթ\w*|աղյուս\w*)\b"
GUNFIGHT = NEVER
GUNS = r"\b(?:զենք\w*|հրացան\w*|ատրճանակ\w*|գնդակ\w*|կրակոց\w*)\b"
PHRASE_STOP = r"\b(?:և|եւ|ու|հետ|համար|հետո|առաջ|որ|ինչպես)\b|[,;:()՝]"
SUBJECT_STOP = r"[,;:()՝]|\b(?:բայց|սակայն|իսկ|որ)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:բայց|սակայն|իսկ)\s+|\d{4},\s*"
SMALL_ARMS = (r"\b(?:հրաձգային զենք\w*|ավտոմատ\w*|գնդացիր\w*|դիպուկահար\w*|"
              r"խոշոր տրամաչափ\w*|հրացան\w*)\b")

# --- Where: how a place name is used in its sentence

NEAR_WORDS = frozenset("մոտ մոտակայքում մերձակայքում շրջակայքում ուղղությամբ "
                       "հարևանությամբ հարեւանությամբ".split())
# A name before the word of its kind or a postposition of place ("Շուշի քաղաքը",
# "Մարտունու շրջանում", "Մարտակերտի ուղղությամբ") before its trigger: where it happened.
# How far (characters) before its trigger such a place may stand: the verb comes last.
PASSIVE_REACH = 100
PASSIVE_AFTER = (r"^\s+(?:քաղաք|գյուղ|ավան|շրջան|մարզ|բնակավայր|համայնք|ուղղությամբ|"
                 r"ուղղության|մոտակայք|մերձակայք|շրջակայք|մոտ\b)\w*")
# A name before these is who acted: "Ադրբեջանի զինված ուժերը", "Հայաստանի ՊՆ",
# "Արցախի արտակարգ իրավիճակների պետական ծառայությունը".
ACTOR_AFTER = (r"^\s+(?:\w+\s+){0,3}?(?:զինված ուժ\w*|զինուժ\w*|բանակ\w*|զորք\w*|"
               r"պաշտպանության (?:նախարար|բանակ)\w*|պն|պնի|կառավարություն\w*|նախագահ\w*|"
               r"վարչապետ\w*|ղեկավարություն\w*|իշխանություն\w*|կողմ\w*|ստորաբաժանում\w*|"
               r"զինծառայող\w*|սահմանապահ\w*|արտաքին գործերի նախարարություն\w*|ագն|ագնի|"
               r"ծառայություն\w*|աիպծ|ոստիկանություն\w*|ներկայացուցիչ\w*|"
               r"օմբուդսմեն\w*|մարդու իրավունքների պաշտպան\w*|մպ|միպ)\b")
PEOPLES_LAND = r"^\s+(?:տարածք\w*|հող\w*)\b"
SETTLEMENT_AFTER = r"\s+(?:գյուղ\w*|ավան\w*|քաղաք\w*|բնակավայր\w*|համայնք\w*)\b"
# For unresolved.csv (geo.events.unlisted): a division's word after a name ("X մարզ"), and
# what makes a name who rather than where (no words here yet).
PLACE_NOUN_OF = NEVER
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = r"\s+(?:մարզ\w*|շրջան\w*)\b"
NOT_PLACE_OF = NEVER
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:ազգային ժողով\w* (?:շենք|մասնաշենք)\w*|կառավարության (?:շենք|տուն)\w*|"
                 r"նախագահական նստավայր\w*)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
OWN_TIME_AFTER = r"\s+"
OWN_TIME_BEFORE = r"(?:\w{0,4})?\s+"
DEFINITE_JUST_BEFORE = r"\b(?:այս|այդ|նույն|նշված)\s+$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
DEFINITE = r"\b(?:այս|այդ|նույն|նշված)\s+(?:\w+\s+){0,2}$"

# --- How many were killed (by DEATH_TOLL: "3 զինծառայող զոհվել է")

UNITS = {"զրո": 0, "մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7,
         "ութ": 8, "ինը": 9, "տասը": 10, "տաս": 10}
TENS = {"քսան": 20, "երեսուն": 30, "քառասուն": 40, "հիսուն": 50, "վաթսուն": 60,
        "յոթանասուն": 70, "ութսուն": 80, "իննսուն": 90}
MULTIPLIERS = {"հարյուր": 100, "հազար": 1000}
AND = frozenset({"և", "եւ", "ու"})
# (a count may be spelt out again in brackets after its figures, as statements write it: "2
# (երկու)"; and the verb may come first: "զոհվել է 2 զինծառայող")
_DEAD_PEOPLE = r"(?:զինծառայող|զինվոր|խաղաղ|քաղաքացի|բնակիչ|մարդ|անձ|ոստիկան|սպա|հրամանատար)"
_COUNT = r"(\d{{1,3}}(?:[.,]\d{{3}})+|\d+|(?:{number})(?: (?:{number}))*)(?: \([^()]{{1,30}}\))?"
DEATH_TOLL = (rf"\b{_COUNT} (?:\w+ ){{{{0,2}}}}?{_DEAD_PEOPLE}\w* (?:\w+ ){{{{0,2}}}}?"
              r"(?:զոհվ|սպանվ|մահաց)\w*|"
              rf"\b(?:զոհվ|սպանվ|մահաց)\w* (?:է|են) (?:ևս )?{_COUNT} (?:\w+ ){{{{0,2}}}}?"
              rf"{_DEAD_PEOPLE}")
KILL_WORD = r"\b(?:զոհվ\w*|սպանվ\w*|մահաց\w*|սպանել\w*)\b"
ONE_BODY = NEVER  # one dead told by a body found (see en)
ONE_DEAD = NEVER  # one dead told by a verb of one death (see en, ru)
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:(?:տուժածներ|զոհեր|վիրավորներ|մարդկային (?:կորուստներ|զոհեր))(?: (?:և|ու) "
        r"(?:վիրավորներ|զոհեր|տուժածներ))? (?:չկան|չկա|չեն եղել|չի եղել)|չկան (?:տուժածներ|զոհեր)|"
        r"առանց (?:զոհերի|տուժածների|մարդկային կորուստների))\b")

# --- Function words the logic reads by name

LISTED = r"\s*(?:,|,?\s+(?:և|եւ|ու))\s+"
NOT_A_QUALIFIER = r"[;:]|\b(?:և|եւ|կամ|բայց|հետ)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:այդ թվում|ներառյալ)\b"
PEACEKEEPERS = r"խաղաղապահ"


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

STATEMENT_AT_BEFORE = NEVER  # where a statement was made, for what it tells (see en)
ACTOR_BEFORE = NEVER
AFTER_DAYS_OF = NEVER
AFTER_KILLING = frozenset()
AGE = NEVER
AGENT_AFTER = NEVER
AGENT_VERBS = frozenset()
AGREED_AT = NEVER
AGREEMENT_AREA = NEVER
ANCHORED = NEVER
MONTH_SHIFT = NEVER  # a month told from the story's month (see en)
WITHIN_DAYS_OF = NEVER  # a time within a span after an event (see en)
IRREGULAR_PAST = frozenset()
ANCHOR_COUNTS = {}
ANCHOR_NOUNS = {}
ARMS_AFTER = NEVER
INSTITUTION_AFTER = NEVER  # an institution taken over, no ground (see en)
POWER_AFTER = NEVER
BUILDING_AFTER = NEVER
GOODS_AFTER = NEVER
ARREST_NOT = NEVER
ARTICLES = frozenset()
AT = frozenset()
AUXILIARIES = frozenset()
AUXILIARY_ADVERBS = frozenset()
BACKGROUND = NEVER
ARMED_WHO_FLEE = NEVER  # (armed men's flight: no words here yet)
FORCED_OUT = NEVER
SOMEONE = NEVER  # (one person as a victim: no words here yet)
PRIOR_OF_SOMEONE = NEVER  # (someone's past told in a relative clause: no words here yet)
BATTLE_FOR = NEVER
BE = frozenset()
BEFORE_NUMBERS = frozenset()
BEGAN_AT = NEVER
BEGIN_VERBS = frozenset()
CLASH_SIDES = NEVER  # (the sides before the clash, in the genitive: not yet read)
PEOPLE_NOUN = NEVER
IT_DOER = NEVER  # a state named before as its act's subject (see en)
THEY_DOER = NEVER
WHILE_IT_WENT_ON = NEVER  # an act told as going on while another did (see en)
HARMED_AFTER_ACTOR = NEVER  # armed people named only as harmed (see en)
DOERS_TOLD_OF = NEVER
ROAD_NAMED_AFTER = NEVER
HOW_IT_HAPPENED = NEVER
OF_ANOTHER = NEVER
FIGURATIVE = NEVER
BETWEEN = NEVER
BETWEEN_LIST = NEVER
BORDER_WITH = NEVER
BY_AGENT = NEVER
CODED = NEVER
CODED_SHARE = NEVER
CODED_SPLIT = NEVER
CONTROLLER_AFTER = NEVER
DEAD = frozenset()
DEATH = frozenset()
DEPICTED = NEVER
DOZEN = frozenset()
HARMED_BEFORE_NOUN = NEVER
IN_THE_EVENT = NEVER
EARLIER_FIGHTING = NEVER
ENDERS = frozenset()
FIRE_TARGET = NEVER
FORMAL_CLAIM = NEVER
FOR_WORDS = frozenset()
FROM_AFTER = NEVER
FROM_WORDS = frozenset()
ORIGIN_FILLERS = frozenset()  # between 'from' and an attack's origin (see en)
FRONTED = NEVER
HARMED = NEVER
INCLUDING_WORDS = frozenset()
INTO_THE_AIR = NEVER
KILLING = frozenset()
KILLING_ACTIVE = frozenset()
KILLING_MANNER = frozenset()
KILLING_NOUNS = frozenset()
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
LANDMARK_BEFORE = NEVER
LANDMARK_GAP = NEVER
LEFT_FOR = NEVER
ARRIVED_BEFORE = NEVER
OF_THEM = frozenset()  # a count that is part of the one before it (see en)
LIST_CUTS = ()
MODIFIER_PARTICIPLE_ENDINGS = ()  # a participle opening a modifier of the dead (see en)
LIVES = frozenset()
LOCATIVES = frozenset()
LOCATIVE_BETWEEN = NEVER
LOST = frozenset()
MADE_AT = NEVER
MAKES_INFINITIVE_REAL = frozenset()
MODALS = frozenset()
MODIFIERS = frozenset()
NAMED_HEAD = NEVER
NAME_AS_MODIFIER_AFTER = NEVER
NAMING_OF = NEVER
NOT_A_PROTEST_AFTER = NEVER
NOT_A_PROTEST_BEFORE = NEVER
NOT_BEFORE = NEVER
NOT_ONE = frozenset()
ANIMALS = frozenset()  # animals a count may name (see en)
NOT_PEOPLE = frozenset()
GOVERNMENT_OF = NEVER  # a state's government as its act's doer (see en)
GOVERNMENT_AFTER = NEVER
NOT_THE_SUBJECT = NEVER
NOUN_ENDINGS = ()
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
KILLING_AS_VERB: frozenset[str] = frozenset()
NP_STOP = frozenset()
OBJECT_VERBS = frozenset()
OF_PEOPLE = NEVER
OF_WORDS = frozenset()
CLASH_WITH_CROWD = NEVER
COMMUNAL_SIDE = NEVER  # a community's men as the other side of a clash (see en)
ONE_DOER = NEVER
ONE_PRONOUNS = frozenset()
ALSO_JOINS: tuple[tuple[str, ...], ...] = ()
TWO_SUBJECTS = frozenset()  # two dead named so: "both" (see en)
ONE_SUBJECTS = frozenset()
ORIGIN = frozenset()
OWN_SUBJECT_AND_VERB = NEVER
ONLY_AT = NEVER
SETTLEMENT_FIRED_ON = NEVER
WEAPONS_USED = NEVER
HARM_DONE = NEVER
MINE_SITE = NEVER
ARMED_DOERS = NEVER  # (criminal armed groups as doers: no words here yet)
OUT_OF_SERVICE = NEVER
PARTICIPLE_AS_NAME = NEVER
PARTS_AFTER_POSSESSIVE = NEVER
KIND_BEFORE_NAME = NEVER
PRONOUN_OBJECT = NEVER
PARTICIPLE_END = frozenset()
PASSIVE = frozenset()
PASSIVE_BEFORE = NEVER
PERCEIVED = NEVER
PERSONS = NEVER
PLACES_AFTER = NEVER
PLUPERFECT = NEVER
POSSESSIVES = frozenset()
PRESENT = NEVER
PRIMARILY_HEAVY = NEVER
PROTEST_CALM = NEVER
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = NEVER
AT_THE_BORDER = NEVER  # an event on a border, no place named (see en)
CONCESSIVE_OPENING = NEVER  # a conceding clause's places (see en)
DAY_SHIFT = NEVER
FIGHTING_AREA = NEVER
NEIGHBOURHOOD_AFTER = NEVER  # a city's part by its word after it (see en)
QUALIFIER_OF_PLACE = NEVER
CONVEYANCE_FROM_BEFORE = NEVER
RECIPIENT_BEFORE = NEVER
REFERENCE = NEVER
REFERENCE_KINDS = {}
CLAIMED_BEFORE = NEVER  # a claim of an act told already (see en)
REFERRED = NEVER
REHEARSED = NEVER
RELATIVE_OPENING = NEVER
UNDER_WAY = NEVER  # a relative clause of what was under way (see en)
RELATIVE_PRONOUN = NEVER
PARTICIPLE_OPENING = NEVER
MADE_ON_BEFORE = NEVER
WHERE_OPENING = NEVER
REMEMBERED = NEVER
REPORTED_SPEECH = NEVER
ROAD_TO = NEVER
SEEN_HEARD = NEVER
SENTENCE_STARTERS = frozenset()
SINGULAR_PASSIVE = frozenset()
SPEAKERS_AT = NEVER
SPEECH_AFTER = NEVER
SEAT_AT = NEVER  # where a body has its seat (see en)
STANDING_AT = NEVER
TAKER_AFTER = NEVER
TALLY = NEVER
TARGET_PREPOSITION = NEVER
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
ANOTHER_ACT_BETWEEN = NEVER
TIME_ANCHOR_BEFORE = NEVER
TO = frozenset()
DEMAND_BEFORE = NEVER  # (a protest's demand: no words here yet)
TOPIC_BEFORE = NEVER
TO_WORDS = frozenset()
CROSSED_WORDS = frozenset()  # a crossing is where it crossed (see en)
UNDER_AGREEMENT = NEVER
VAGUE = frozenset()
VAGUE_COUNTS: dict[str, int] = {}  # (see en)
VERB_ADVERBS = frozenset()
PEOPLES_TOWN_GAP = NEVER
WIDER_PLACE_GAP = NEVER
WISH_TO = NEVER
DEMAND_AFTER = NEVER  # an act told with a demand: a protest's (see en)
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
LINK_TO_ANOTHER_STORY = NEVER  # a link to another story (see en)
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
