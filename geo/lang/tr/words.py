"""Turkish words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for Turkish. A string is a regular expression over folded
text ("ı" as "i", "ş" as "s", "ç" as "c", "ğ" as "g", "ö" as "o", "ü" as "u") unless its
comment says "as written"; a frozenset is a set of folded words, except NEGATORS and the other
sets the assertion rules read as written in lower case.

Turkish puts the case on the name ("Terter'de", "Terter'e", "Terter'i"): the place of an event
is the name with a case ending before its trigger (`PASSIVE_AFTER` reads the ending), and the
actor the name before "ordusu", "Savunma Bakanlığı"... (`ACTOR_AFTER`). Its modality and
negation are endings of the verb, refused by the trigger table itself.

Concepts with no Turkish words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module: among them the words before a name that govern it
(Turkish has postpositions), the infinitive, the count of the dead read word by word, and the
events told from another.
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

TITLES = frozenset("dr prof av doç doc yrd sn org korg tuğg tugg alb yb bnb".split())
NEVER_LAST = frozenset("vb vs".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]»]*(?=\s)"
OPEN_END = r"(?i)(?:,|-|\b(?:ve|ile|veya|ama|fakat|ki|de|da))$"
EDITORIAL = r"\W*(?:duzeltme|editorun notu|guncelleme)\b"

# --- Clauses and whether an event is asserted

CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:ama|fakat|ancak|oysa|çünkü|cunku|"
                r"rağmen|ragmen)\s")
NEGATORS = frozenset("değil degil yok hiç hic asla hiçbir hicbir".split())
NOT = frozenset("değil degil yok".split())
DENIAL = (r"\b(?:yalanla\w*|reddet\w*|asilsiz|gercegi yansitm\w*|dezenformasyon|sozde|yalan|"
          r"gercek disi)\b")
PROPOSED_BEFORE = NEVER
INTENTION = r"\b(?:tehdit et\w*|niyetinde|planliyor\w*|hazirlaniyor\w*|olasi|muhtemel)\b"
CONDITIONAL = r"\b(?:eger|takdirde|halinde)\b"
# Turkish says after the verb's subject what became of it: denied, or stopped ("çatışmalar
# durdu": the clashes stopped, which is no new clash).
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:yalanlandi|reddedildi|asilsiz|gercegi yansitmiyor|"
                r"dogru degil|yalanladi)\b|^\s+(?:durdu|durduruldu|sona erdi|kesildi|"
                r"dindi)\b")
DEBUNKED = r"\b(?:yalanlandi|yalan oldugu|asilsiz oldugu)\b"
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:defalarca|sik sik|duzenli olarak|zaman zaman|"
            r"sistematik olarak)\b")
REHEARSED = r"\b(?:senaryo\w*|canlandir\w*)\b"
HABITS = frozenset("düzenli duzenli yıllık yillik rutin sık sik bazen genellikle".split())
LATER = r"\b(?:sonraki gunlerde|ertesi gun\w*|takip eden gunlerde)\b"  # a later time (see en)
ANOTHER = r"\b(?:yine|yeniden|tekrar|bir kez daha|yeni|baska|diger|ayrica|da|de)\b"
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
CUMULATIVE = (r"\b(?:savasin basindan (?:bu yana|beri)|catismalarin basindan (?:bu yana|beri)|"
              r"toplam|toplamda|simdiye kadar|bugune kadar|(?:\d+|kirk dort) gunluk savas "
              r"boyunca|savas boyunca|"
              # (since a day: "27 Eylül'den bu yana", "12 temmuzdan beri")
              r"(?:\d+ )?\w+ ?['’]?(?:d[ae]n|t[ae]n) (?:bu yana|beri))\b")
ESCORTED = r"\b(?:baris gucu\w*|baris koruma\w*|insani\w*|yardim\w*|sivil\w*|multeci\w*)\b"
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = r"\b(?:yillardir|on yillardir|zaman zaman)\b"

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:sivil\w*|halk\w*|sakin\w*|koylu\w*|gazeteci\w*|muhabir\w*|yolcu\w*|"
             r"otobus\w*|ambulans\w*|hastane\w*|okul\w*|kilise\w*|cami\w*|pazar\w*|ev(?:ler)?\w*|"
             r"aile\w*|cocuk\w*|kadin\w*|erkek\w*|ciftci\w*|coban\w*|ogretmen\w*|ogrenci\w*|"
             r"doktor\w*|insan\w*|kisi\w*|vatandas\w*|multeci\w*|mahkum\w*|esir\w*|rehine\w*|"
             r"yerlesim\w*|mezarlik\w*|cenaze\w*)\b")
MILITARY = (r"\b(?:mevzi\w*|asker\w*|ordu\w*|askeri|kuvvet\w*|birlik\w*|karakol\w*|us|ussu|"
            r"cephe\w*|kontrol noktasi\w*|konvoy\w*|tank\w*|savasci\w*|ayrilikci\w*|"
            r"siper\w*|sinir muhafiz\w*|polis\w*|subay\w*|devriye\w*|milis\w*)\b")
ARMED_ACTORS = (r"\b(?:asker\w*|ordu\w*|silahli kuvvet\w*|kuvvetler\w*|birlik\w*|savasci\w*|"
                r"ayrilikci\w*|isyanci\w*|polis\w*|jandarma\w*|subay\w*|sinir muhafiz\w*|"
                r"milis\w*|terorist\w*|keskin nisanci\w*|saldirgan\w*|silahli\w*|"
                r"guvenlik guc\w*)\b")
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = r"\b(?:protestocu\w*|gostericiler\w*|eylemci\w*|kalabalik\w*)\b"
RIOTERS = r"\b(?:kalabalik\w*|yagmaci\w*)\b"
NON_STATE = (r"\b(?:ayrilikci\w*|isyanci\w*|milis\w*|silahli grup\w*|sozde|kendini ilan eden|"
             r"terorist\w*|parali asker\w*|yasa disi\w*)\b")
TERRITORY = (r"\b(?:koy\w*|kasaba\w*|kent\w*|sehir\w*|yerlesim\w*|tepe\w*|yukseklik\w*|"
             r"bolge\w*|rayon\w*|ilce\w*|topra\w*|mevzi\w*|alan\w*|kopru\w*|yol\w*|havaalani\w*|"
             r"us|ussu|baskent\w*|kontrol\w*|il|ili|koridor\w*)\b")
HANDOVER = (r"\b(?:teslim\w*|iade\w*|devr\w*|anlasma\w* (?:geregi|cercevesinde|uyarinca)|"
            r"(?:ucl\w*|uclu) (?:bildiri|anlasma|aciklama)\w*|baris anlasmasi\w*)\b")
SHELL_WORDS = (r"\b(?:top\w*|topcu\w*|mermi\w*|roket\w*|fuze\w*|havan\w*|obus\w*|agir silah\w*|"
               r"cok namlulu\w*|grad|smerc)\b")
HEAVY_WEAPONS = (r"\b(?:agir silah\w*|topcu\w*|top atesi|havan\w*|obus\w*|cok namlulu\w*|grad|"
                 r"smerc|tank\w*|roket\w*|fuze\w*)\b")
AIR_WORDS = (r"\b(?:hava\w*|ucak\w*|savas ucag\w*|helikopter\w*|iha|siha|insansiz hava\w*|"
             r"drone\w*|dron\w*|bayraktar\w*)\b")
REMOTE_WEAPONS = (
    (r"\b(?:iha|siha|insansiz hava\w*|drone\w*|dron\w*|bayraktar\w*|ucak\w*|helikopter\w*|"
     r"hava saldiri\w*)\b", "Air/drone strike"),
    (r"\bel bombas\w*", "Grenade"),
    (r"\b(?:mayin\w*|el yapimi patlayici\w*|eyp)\b", "Remote explosive/landmine/IED"),
    (r"\b(?:topcu\w*|top atesi\w*|havan\w*|roket\w*|fuze\w*|obus\w*|agir silah\w*)\b",
     "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:iha|siha|drone\w*|dron\w*|hava saldiri\w*)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = (r"\b(?:yakit\w*|benzin\w*|dogalgaz\w*|depo\w*|kaza\w*|sizinti\w*|fabrika\w*|"
            r"akaryakit\w*)\b")
AGREEMENT_VERBS = (r"\b(?:yururluge gir\w*|imzala\w*|varildi|saglandi|ilan edil\w*|ilan etti\w*|"
                   r"arabulucu\w*|basladi|itibaren)\b")
MEDIATION = r"\b(?:arabulucu\w*|gorusme\w*|muzakere\w*|anlasma\w*|ateskes\w*)\b"
AGREEMENT_BROKEN = r"\b(?:ihlal\w*|bozdu\w*|bozuldu\w*|cignedi\w*|cignen\w*)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:konuslan\w*|ulasti\w*|girdi\w*|cekil\w*|ayrildi\w*|devriye\w*|"
                     r"eslik\w*|kurdu\w*)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = r"\b(?:saldirgan\w*|fail\w*|supheli\w*|katil\w*|hirsiz\w*)\b"
REFUGEES = (r"\b(?:multeci\w*|sakin\w*|sivil\w*|aile\w*|insan\w*|koylu\w*|binlerce|yuzlerce|"
            r"kadin\w*|cocuk\w*|nufus\w*|halk\w*|ermeni\w*|azerbaycanli\w*)\b")
NATURAL_DEATH = (r"\b(?:aclik\w*|yetersiz beslenme|hastalik\w*|dogal nedenler\w*|kalp krizi\w*|"
                 r"covid|koronavirus\w*|trafik kazasi\w*|bogul\w*|deprem\w*|sel\w*)\b")
PROTEST_KILLED = r"\b(?:olduruldu\w*|ates acti\w*|gercek mermi\w*)\b"
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = r"\b(?:tas\w*|molotof\w*|barikat\w*|arbede\w*|catisma\w*|yakti\w*|saldirdi\w*)\b"
PROTEST_CALM = r"\b(?:olaysiz|baris icinde)\b"
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = NEVER
PROTEST_INTERVENTION = (r"\b(?:dagit\w*|biber gazi\w*|tazyikli su\w*|plastik mermi\w*|"
                        r"gozaltina\w*|coplar\w*|mudahale\w*)\b")
AID_MOVES = (r"\b(?:ulastir\w*|ulasti\w*|girdi\w*|gecti\w*|dagit\w*|izin veril\w*|konvoy\w*|"
             r"tir\w*|kamyon\w*|sevkiyat\w*)\b")
CONVOY_HELD = r"\b(?:bekli\w*|bekletil\w*|engellen\w*|durduruldu\w*|geri cevril\w*)\b"
CORRIDOR = r"\b(?:koridor\w*|gecis noktasi\w*|ikmal\w*|dogalgaz\w*|gaz|elektrik\w*|sevkiyat\w*)\b"
LOCAL_ROAD = r"\b(?:yol\w*|cadde\w*|sokak\w*|otoyol\w*|kopru\w*|kavsak\w*|trafik\w*)\b"
PEOPLE_TAKEN = r"^\s+(?:\w+\s+){0,3}?(?:asker\w*|esir\w*|rehine\w*|sivil\w*|insan\w*)\b"
TALKS = r"\b(?:gorusme\w*|muzakere\w*|istisare\w*|toplanti\w*|zirve\w*)\b"
CALLS = r"\b(?:telefon gorusmesi\w*|telefonla\w*)\b"
PEACEFUL_ENTRY = r"\b(?:girdi\w*|kontrol\w* (?:altina al|ele gecir)\w*)\b"
OFFICIALS = (r"\b(?:cumhurbaskan\w*|basbakan\w*|bakan\w*|bakanlig\w*|disisleri\w*|lider\w*|"
             r"heyet\w*|temsilci\w*|buyukelci\w*|diplomat\w*|arabulucu\w*|es baskan\w*|"
             r"yetkili\w*|guvenlik konseyi|bm|birlesmis milletler|avrupa birligi|ab|nato|agit|"
             r"minsk grubu|kremlin|beyaz saray|meclis\w*|parlamento\w*|hukumet\w*|sozcu\w*)\b")
MOB = r"\b(?:kalabalik\w*|genc(?:ler\w*)?\b|grup\w*|sakin\w*|koylu\w*|aktivist\w*|taraftar\w*)\b"
MOB_WEAPONS = r"\b(?:sopa\w*|tas\w*|bicak\w*|balta\w*|demir cubuk\w*|tugla\w*)\b"
GUNFIGHT = NEVER
GUNS = r"\b(?:silah\w*|tufek\w*|tabanca\w*|ates\w*|kursun\w*|mermi\w*)\b"
PHRASE_STOP = r"\b(?:ve|ile|icin|sonra|once|iken|ki|gibi)\b|[,;:()]"
SUBJECT_STOP = r"[,;:()]|\b(?:ama|fakat|ancak|ki)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:ama|fakat|ancak)\s+|\d{4},\s*"
SMALL_ARMS = (r"\b(?:hafif silah\w*|otomatik silah\w*|makineli tufek\w*|tufek\w*|"
              r"keskin nisanci\w*|piyade silah\w*)\b")

# --- Where: how a place name is used in its sentence

NEAR_WORDS = frozenset("yakinlarinda yakininda civarinda cevresinde".split())
# A name with a case ending, or with the word of its kind ("Terter kentinde"), before its
# trigger: where it happened (not in the genitive, "Ermenistan'ın", which names an owner,
# nor before "sınırında": a country's border is not the country).
# How far (characters) before its trigger such a place may stand: the verb comes last,
# after the rest of the clause ("X ilçesinin büyük bir bölümü o yıl ... işgal
# edilmişti").
PASSIVE_REACH = 100
PASSIVE_AFTER = (r"^(?:['’](?:d[ae]|t[ae]|y?[ie]|y?[au]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki)\b|"
                 r"\s+(?:kent|sehir|ilce|koy|bolge|rayon|il|kasaba|mevzi|yakin|civar|cevre|"
                 r"istikamet)\w*)")
# A name before these is who acted: "Azerbaycan ordusu", "Ermenistan Savunma Bakanlığı".
ACTOR_AFTER = (r"^(?:['’](?:n?[iu]n))?\s+(?:\w+\s+)?(?:ordusu\w*|silahli kuvvetleri\w*|"
               r"kuvvetleri\w*|askerleri\w*|askeri\b|hukumeti\w*|savunma bakanligi\w*|"
               r"disisleri bakanligi\w*|bakanligi\w*|cumhurbaskani\w*|basbakani\w*|"
               r"yonetimi\w*|tarafi\w*|birlikleri\w*|yetkilileri\w*|sinir muhafiz\w*)\b"
               # "Hankendi'ye değil": not (to) Khankendi, a place denied
               r"|^(?:['’]\w{0,4})?\s+degil\b")
PEOPLES_LAND = r"^\s+(?:topraklari\w*|arazisi\w*|topragi\w*)\b"
SETTLEMENT_AFTER = r"\s+(?:koy\w*|kasaba\w*|kent\w*|ilce\w*|rayon\w*|yerlesim\w*)\b"
# For unresolved.csv (geo.events.unlisted): a division's word after a name ("X ilçesi"; a
# place's noun comes after it too), and what makes a name who rather than where.
PLACE_NOUN_OF = NEVER
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = r"\s+(?:il|ili|iline|ilinde|ilinden|illeri\w*|ilce\w*|bolge\w*|rayon\w*)\b"
NOT_PLACE_OF = NEVER
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:meclis binasi\w*|parlamento binasi\w*|hukumet binasi\w*|"
                 r"cumhurbaskanligi sarayi\w*)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
OWN_TIME_AFTER = r"\s+"
OWN_TIME_BEFORE = r"(?:['’]\w+)?\s+"
DEFINITE_JUST_BEFORE = r"\b(?:bu|o|soz konusu)\s+$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
DEFINITE = r"\b(?:bu|soz konusu)\s+(?:[a-z]+\s+){0,2}$"

# --- How many were killed (by DEATH_TOLL: "3 asker şehit oldu")

UNITS = {"sifir": 0, "bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7,
         "sekiz": 8, "dokuz": 9, "on": 10}
TENS = {"yirmi": 20, "otuz": 30, "kirk": 40, "elli": 50, "altmis": 60, "yetmis": 70,
        "seksen": 80, "doksan": 90}
MULTIPLIERS = {"yuz": 100, "bin": 1000}
AND = frozenset({"ve"})
DEATH_TOLL = (r"\b(\d{{1,3}}(?:[.,]\d{{3}})+|\d+|(?:{number})(?: (?:{number}))*)"
              # (the count spelt out again in brackets: "1 (bir) askerin öldüğünü")
              r"(?: \([^()]{{1,30}}\))? (?:\w+ ){{0,2}}?"
              r"(?:asker|sivil|kisi|insan|ermeni|azerbaycanli|azeri)\w* (?:\w+ ){{0,2}}?"
              r"(?:sehit (?:ol|dus|edil)\w*|hayatini kaybet\w*|olduruldu\w*|oldurulmus\w*|"
              r"(?<!yarali )oldu(?:gu\w*)?\b)")
KILL_WORD = (r"\b(?:sehit\w*|hayatini kaybet\w*|olduruldu\w*|can kaybi\w*|olu\w*|oldu|"
             r"oldugu\w*)\b")
ONE_BODY = NEVER  # one dead told by a body found (see en)
ONE_DEAD = NEVER  # one dead told by a verb of one death (see en, ru)
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:can kaybi(?:nin)? (?:yok|olmadi\w*|yasanmadi\w*|olmamis\w*)|kimse (?:olmedi|"
        r"yaralanmadi|hayatini kaybetmedi)|kayip yok|(?:olen|yaralanan) (?:olmadi|yok))\b")

# --- Function words the logic reads by name

LISTED = r"\s*(?:,|,?\s+ve|,?\s+ile|,?\s+veya)\s+"
NOT_A_QUALIFIER = r"[;:]|\b(?:ve|veya|ama|ile)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:dahil|aralarinda)\b"
PEACEKEEPERS = r"baris (?:gucu|koruma)"


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
CLASH_SIDES = NEVER  # ("X ile Y arasında çatışma": the sides before the clash, not yet read)
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
