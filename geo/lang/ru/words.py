"""Russian words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for Russian. A string is a regular expression over folded
text (lower case, hyphens as spaces, "й" as "и", "ё" as "е") unless its comment says "as
written"; a frozenset is a set of folded words, except the sets the assertion rules read from
the words as written in lower case (NEGATORS, NOT, ENDERS, MODALS, HABITS, AND: both spellings
are given where "й" or "ё" occurs).

Russian inflects: nouns are stems with their endings (`жител\\w*`); the owner of a noun follows
it in the genitive ("министерство обороны Армении"), so a name after an office is its actor;
the agent of a passive is "со стороны X" or an instrumental without a preposition (not read).

Concepts with no Russian words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module. Among them: the infinitive after "to" and the
pluperfect, which Russian does not have; the count of the dead read word by word (the
fatalities stage tokenises Latin letters only: Russian counts are read by `DEATH_TOLL`, "погибли
трое военнослужащих", not by the word sets); events told from another ("через день после").
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

TITLES = frozenset("г гг ул им тыс млн млрд руб св ген полк подп мл ст корр".split())
BEFORE_NUMBERS = frozenset("№ ст п ч рис янв февр апр авг сент окт нояб дек".split())
NEVER_LAST = frozenset("т.е т.к т.д т.п т.н др".split())
SENTENCE_STARTERS = frozenset(
    "в во на по он она оно они это эти но и а как при после однако также кроме его ее их "
    "все по словам согласно".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]»]*(?=\s)"
OPEN_END = (r"(?i)(?:,|-|\b(?:и|в|во|на|с|со|по|к|ко|о|об|от|до|из|за|для|что|которыи|"
            r"которая|которые|а|но|или|его|ее|их))$")
# A link to another story: its places are that story's (see en).
LINK_TO_ANOTHER_STORY = r"\W*(?:читаите также|смотрите также|по теме)\s*:"
EDITORIAL = (r"\W*(?:поправка|уточнение|примечание редакции|от редакции)\b|"
             rf"{LINK_TO_ANOTHER_STORY}")

# --- Clauses and whether an event is asserted

CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:но|однако|хотя|когда|поскольку|"
                r"пока|потому что|так как|где)\s")
RELATIVE_OPENING = r"\b(?:котор\w+|где|кто)\s*$"
UNDER_WAY = NEVER  # a relative clause of what was under way (see en)
RELATIVE_PRONOUN = NEVER
PARTICIPLE_OPENING = NEVER
MADE_ON_BEFORE = NEVER
# (As written) "село X, где произошло столкновение": where it happened.
WHERE_OPENING = r"(?i)\s*,\s*(?:где|в котором|в которой)\b"
BEGAN_AT = r"\s*(?:начал\w*|состоял\w*|прошл\w*|проходил\w*)\b"
NEGATORS = frozenset("не нет ни без никогда нельзя никто ничего никакой никакои никакого "
                     "никакие".split())
ENDERS = frozenset("прекратил прекратили прекратила прекратило остановил остановили "
                   "остановила сняли снял сняла отменили отменил отменила завершили "
                   "завершил завершила прекращение окончание отмена".split())
MODALS = frozenset("может могут мог могла могли могло бы будет будут Может Могут Возможно "
                   "возможно".split())
NOT = frozenset("не нет".split())
CLAIMED_BEFORE = NEVER  # a claim of an act told already (see en)
REFERRED = r"\b(?:с|со|до|после)\s+(?:самого\s+)?(?:начала|момента|окончания)\s+$"
DENIAL = (r"\b(?:опроверг\w*|отверг\w*|отрица\w*|не соответству\w*|ложн\w*|феик\w*|"
          r"дезинформаци\w*|якобы|не подтвержда\w*|не подтвердил\w*|вымысел\w*|"
          r"нет (?:никаких )?(?:данных|доказательств|информации|сведении)|слух\w*)\b")
PROPOSED_BEFORE = NEVER
INTENTION = (r"\b(?:угрожа\w*|пригрозил\w*|планир\w*|намерен\w*|намерева\w*|собира\w*ся|"
             r"пообещал\w*|обеща\w*|хот(?:ят|ел\w*)|хочет|стрем\w*|готов(?:ы|а|ит\w*|ил\w*)?|"
             r"пыта\w*ся|пытал\w*ся|отказ\w*|призыва\w*|призвал\w*|потребовал\w*|требу\w*|"
             r"предупрежда\w*|предупредил\w*|опаса\w*|опасени\w*|угроз\w*|возможн\w*|"
             r"чтобы|с целью|для того|предотвра\w*|избежа\w*|не допустить|в случае|"
             r"накануне|ультиматум\w*|в преддверии|запланир\w*|решени\w* об?)\b")
WISH_TO = (r"\b(?:хот\w+|хочет|желающ\w*|желают|намерен\w*|планиру\w*|собира\w*ся|"
           r"готов\w*)\b")
CONDITIONAL = r"\b(?:если|при условии)\b"
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:(?:был[аио]?|были) (?:опровергнут\w*|отвергнут\w*)|"
                r"не соответству\w*|(?:является|стал\w*) (?:ложью|феиком|дезинформаци\w*)|"
                r"не подтвердил\w*|не подтвердил\w*ся)\b")
DEBUNKED = r"\b(?:опровергнут\w*|ложь|ложью|вранье|вранья|феик\w*)\b"
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:неоднократно|регулярно|периодически|постоянно|"
            r"систематически|время от времени|не раз|несколько раз|многократно)\b|"
            r"\W*(?:\w+\W+){0,2}?в последние (?:годы|месяцы|недели|десятилетия)\b")
REHEARSED = r"\b(?:отраб\w*|имитаци\w*|имитир\w*|сценари\w*|условн\w* противник\w*)\b"
SEEN_HEARD = r"\b(?:слышн\w*|было слышно|были слышны|видн\w*)\b"
HABITS = frozenset("регулярно регулярные регулярный регулярныи регулярных неоднократно "
                   "периодически систематически постоянно ежегодные ежегодно ежегодных плановые "
                   "плановых "
                   "плановый плановыи часто иногда обычно".split())
BACKGROUND = (r"\b(?:после|спустя|несмотря на|на фоне)\s+(?:\w+\s+){0,3}?(?:час\w*|дн\w*|"
              r"суток|недел\w*|месяц\w*|лет|год\w*|десятилети\w*)\s+(?:\w+\s+){0,2}$")
ARMED_WHO_FLEE = NEVER  # (armed men's flight: no words here yet)
FORCED_OUT = NEVER
SOMEONE = NEVER  # (one person as a victim: no words here yet)
PRIOR_OF_SOMEONE = NEVER  # (someone's past told in a relative clause: no words here yet)
REMEMBERED = (r"\b(?:портрет\w*|фотографи\w*|фото|имена|имен|могил\w*|похорон\w*|памят\w*|"
              r"мемориал\w*|родственник\w*|семьи|семеи|почтил\w*|чествова\w*|увековеч\w*)\s+"
              r"(?:[\w,]+\s+){0,4}$")
DEPICTED = (r"\b(?:видео\w*|кадр\w*|фото\w*|снимк\w*|ролик\w*|видеозапис\w*)\b(?:[^.;]{0,60}?"
            r"\b(?:показыва\w*|видно|запечатлен\w*|демонстрир\w*)\b|\s+(?:\w+\s+)?$)")
LATER = NEVER  # a later time (see en)
ANOTHER = (r"\b(?:снова|вновь|опять|еще|очередн\w*|нов(?:ыи|ая|ое|ые|ого|ую|ои|ых)|"
           r"повторн\w*|друг(?:ои|ая|ое|ие|ого|ую|ои|их)|также|тоже|дополнительн\w*)\b")
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
CUMULATIVE = (r"\b(?:с начала (?:воины|конфликта|боев|боевых деиствии|обострения|эскалации|"
              r"агрессии|операции|наступления|\w+ мероприятии)|"
              # (since a day: "с 27 сентября погибли более 1300"; not "в ночь с 27 на 28")
              r"(?<!ночь )с (?:\d{1,2} )?(?:января|февраля|марта|апреля|мая|июня|июля|августа|"
              r"сентября|октября|ноября|декабря)(?! на \d)|"
              r"с момента (?:начала|возобновления)|за время (?:воины|конфликта|боев|"
              r"боевых деиствии)|в ходе (?:всеи )?(?:воины|конфликта)|всего|в общеи сложности|"
              r"общее число|на сегодняшнии день|к настоящему времени|на данныи момент|"
              r"(?:\d+|сорокачетырех) ?дневн\w* воин\w*)\b")
TALLY = (r"\b(?:потери|потерь|число погибших|число жертв)\s+(?:\w+\s+){0,3}?(?:в|во|за)\s+"
         r"(?:\w+\s+)?$")
ESCORTED = (r"\b(?:миротвор\w*|гуманитарн\w*|помощ\w*|продовольстви\w*|конво\w*|мирн\w*|"
            r"граждан\w*|беженц\w*|жител\w*)\b")
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = (r"\b(?:на протяжении (?:десятилетии|лет|недель|месяцев)|периодически "
           r"(?:возобновля\w*|вспыхива\w*)|время от времени)\b")

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:мирн\w* (?:жител\w*|населени\w*|граждан\w*)|гражданск\w*|жител\w*|"
             r"сельчан\w*|журналист\w*|корреспондент\w*|пассажир\w*|автобус\w*|"
             r"скор\w* помощ\w*|больниц\w*|школ\w*|детск\w* сад\w*|церк\w*|храм\w*|рын\w*|"
             r"дом(?:а|ов|ам|ах|у|ом)?|жил\w*|семь(?:я|и|ю|еи|ям|ях)|дет(?:и|еи|ям|ьми|ях)|"
             r"ребен\w*|женщин\w*|мужчин\w*|фермер\w*|пастух\w*|учител\w*|студент\w*|"
             r"врач\w*|медик\w*|люд(?:и|еи|ям|ьми|ях)|человек|граждан\w*|беженц\w*|"
             r"заключенн\w*|пленн\w*|заложник\w*|активист\w*|инфраструктур\w*)\b")
MILITARY = (r"\b(?:позици\w*|воиск\w*|солдат\w*|военнослужащ\w*|арми\w*|военн\w*|"
            r"вооруженн\w* сил\w*|вс|пост\w*|баз\w*|передов\w*|блокпост\w*|подразделени\w*|"
            r"колонн\w*|танк\w*|боевик\w*|сепаратист\w*|окоп\w*|укреплени\w*|пограничник\w*|"
            r"полици\w*|полицеиск\w*|офицер\w*|патрул\w*|ополчен\w*|наемник\w*|срочник\w*|"
            r"военнопленн\w*)\b")
ARMED_ACTORS = (r"\b(?:воиск\w*|солдат\w*|военнослужащ\w*|арми\w*|военные|военных|"
                r"вооруженн\w* (?:сил\w*|формировани\w*|люд\w*|групп\w*)|вс|подразделени\w*|"
                r"боевик\w*|сепаратист\w*|повстанц\w*|пограничник\w*|полици\w*|"
                r"полицеиск\w*|силовик\w*|офицер\w*|охранник\w*|ополчен\w*|террорист\w*|"
                r"снаипер\w*|диверсант\w*|нападавш\w*|наемник\w*|спецназ\w*|спецслужб\w*)\b")
ARMED_DOERS = NEVER  # (criminal armed groups as doers: no words here yet)
OUT_OF_SERVICE = (r"\b(?:бывш\w*|отставн\w*|демобилизованн\w*|безоружн\w*)\s+(?:\w+\s+)?"
                  r"(?:военн\w*|военнослужащ\w*|солдат\w*|полицеиск\w*|офицер\w*|боевик\w*|"
                  r"министр\w*|командир\w*)\b")
CLASH_WITH_CROWD = NEVER
COMMUNAL_SIDE = NEVER  # a community's men as the other side of a clash (see en)
ONE_DOER = (r"\b(?:один|одна|некии|некая|неизвестн(?:ыи|ая))\s+(?:\w+\s+)?(?:мужчин\w*|человек|"
            r"женщин\w*|нападавш\w*)\b")
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = (r"\b(?:протестующ\w*|демонстрант\w*|митингующ\w*|участник\w* (?:акци\w*|митинг\w*|"
              r"шестви\w*)|толп\w*|манифестант\w*)\b")
RIOTERS = r"\b(?:погромщик\w*|толп\w*|мародер\w*|бунтовщик\w*)\b"
NON_STATE = (r"\b(?:сепаратист\w*|боевик\w*|повстанц\w*|ополчен\w*|незаконн\w* вооруженн\w* "
             r"формировани\w*|непризнанн\w*|самопровозглашенн\w*|армия обороны|армии обороны|"
             r"наемник\w*|террорист\w*|вооруженн\w* формировани\w*)\b")
TERRITORY = (r"\b(?:сел(?:о|а|е|у|ом|ах|ам)|деревн\w*|город\w*|поселк\w*|населенн\w* пункт\w*|"
             r"высот\w*|холм\w*|раион\w*|территори\w*|позици\w*|област\w*|окрестност\w*|"
             r"мост\w*|дорог\w*|трасс\w*|аэропорт\w*|баз\w*|столиц\w*|контрол\w*|зон\w*|"
             r"перевал\w*|коридор\w*|земл\w*|земел\w*)\b")
# "передает Интерфакс" is a news agency reporting: a handing over names what is handed.
HANDOVER = (r"\b(?:передач\w*|передан\w*|(?:передал\w*|переда(?:ет|ют|ть|вать)) (?:\w+ ){0,3}?"
            r"(?:раион\w*|территори\w*|сел\w*|город\w*|земл\w*|контрол\w*)|возвращ\w*|"
            r"вернул\w*|уступ\w*|в соответствии с|согласно "
            r"(?:\w+ )?(?:заявлени\w*|соглашени\w*)|в рамках (?:\w+ ){0,3}?(?:соглашени\w*|"
            r"заявлени\w*|договоренност\w*)|трехсторонн\w* (?:заявлени\w*|соглашени\w*)|"
            r"мирн\w* соглашени\w*)\b")
SHELL_WORDS = (r"\b(?:обстрел\w*|снаряд\w*|артиллери\w*|ракет\w*|минометн\w*|миномет\w*|"
               r"град|смерч|гаубиц\w*|тяжел\w* вооружени\w*|рсзо|реактивн\w* систем\w*)\b")
HEAVY_WEAPONS = (r"\b(?:тяжел\w* вооружени\w*|артиллери\w*|миномет\w*|гаубиц\w*|рсзо|"
                 r"реактивн\w* систем\w*|град|смерч|танк\w*|снаряд\w*|ракет\w*|"
                 r"гранатомет\w*)\b")
AIR_WORDS = (r"\b(?:авиаци\w*|самолет\w*|истребител\w*|вертолет\w*|беспилотн\w*|"
             r"беспилотник\w*|дрон\w*|бпла|бомбардировщик\w*|авиаудар\w*|ввс)\b")
REMOTE_WEAPONS = (
    (r"\b(?:беспилотник\w*|беспилотн\w* летательн\w*|дрон\w*|бпла|баирактар\w*|самолет\w*|"
     r"авиаци\w*|авиаудар\w*|вертолет\w*|бомбардировщик\w*)\b", "Air/drone strike"),
    (r"\bгранат(?!омет)\w*", "Grenade"),
    (r"\b(?:мин(?:а|ы|у|е|ои|ами)|минн\w*|фугас\w*|сву|взрывн\w* устроиств\w*)\b",
     "Remote explosive/landmine/IED"),
    (r"\b(?:артиллери\w*|миномет\w*|ракет\w*|снаряд\w*|гаубиц\w*|тяжел\w* вооружени\w*|"
     r"рсзо|град|смерч)\b", "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:беспилотник\w*|дрон\w*|бпла|авиаудар\w*)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = (r"\b(?:топлив\w*|бензин\w*|газов\w*|склад\w*|хранилищ\w*|авари\w*|случаин\w*|"
            r"неосторожн\w*|утечк\w*|завод\w*|заправк\w*|цистерн\w*|котельн\w*)\b")
AGREEMENT_VERBS = (r"\b(?:вступ\w* в силу|вступил\w*|достигнут\w*|договорил\w*|подписал\w*|"
                   r"подписан\w*|объявил\w*|объявлен\w*|установлен\w*|начал\w*|заключен\w*|"
                   r"согласова\w*|при посредничеств\w*|с полуночи|с полудня|с \d\d)\b")
UNDER_AGREEMENT = (r"\b(?:в соответствии с|согласно|в рамках|по условиям|на основании)\s+"
                   r"(?:\w+\s+){0,3}?$")
MEDIATION = (r"\b(?:посредничеств\w*|переговор\w*|разговор\w*|договорил\w*|договоренност\w*|"
             r"соглашени\w*|перемири\w*)\b")
AGREEMENT_BROKEN = r"\b(?:наруш\w*|сорвал\w*|сорван\w*|игнориру\w*)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:развернут\w*|разверн\w*|размещ\w*|прибыл\w*|прибыва\w*|вошл\w*|"
                     r"вошел|покинул\w*|покида\w*|выв\w*|патрулир\w*|сопровожд\w*|начал\w*|"
                     r"заступил\w*|приступил\w*|ушли|ушел)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = (r"\b(?:нападавш\w*|преступник\w*|злоумышленник\w*|подозреваем\w*|убииц\w*|"
             r"места происшествия|грабител\w*)\b")
REFUGEES = (r"\b(?:беженц\w*|жител\w*|мирн\w*|семь\w*|люд(?:и|еи)|сельчан\w*|тысяч\w*|сотн\w*|"
            r"женщин\w*|дет(?:и|еи)|населени\w*|армян\w*|азербаиджанц\w*|переселенц\w*)\b")
NATURAL_DEATH = (r"\b(?:голод\w*|болезн\w*|естественн\w* причин\w*|инфаркт\w*|сердечн\w* "
                 r"приступ\w*|нехватк\w* (?:еды|лекарств|медицинск\w*)|коронавирус\w*|covid|"
                 r"дтп|утонул\w*|землетрясени\w*|наводнени\w*)\b")
PROTEST_KILLED = (r"\b(?:убит\w*|застрелен\w*|боев\w* патрон\w*|открыл\w* огонь|"
                  r"стреля\w* по)\b")
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = (r"\b(?:столкнул\w*|столкновени\w*|забросал\w*|бросал\w*|штурмова\w*|"
                   r"ворвал\w*|подожгл\w*|поджог\w*|разбил\w*|беспорядк\w*|погром\w*|избил\w*|"
                   r"драк\w*|потасовк\w*|баррикад\w*|покрышк\w*)\b")
PROTEST_CALM = r"\b(?:мирно разошл\w*|разошл\w* мирно|прошл\w* мирно|без инцидентов)\b"
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = r"\b(?:после|против|в знак протеста|требуя|осуждая)\b"
PROTEST_INTERVENTION = (r"\b(?:разогна\w*|разгон\w*|слезоточив\w* газ\w*|водомет\w*|"
                        r"светошумов\w*|резинов\w* пул\w*|задержа\w*|арестова\w*|дубинк\w*|"
                        r"силои|оттесн\w*)\b")
AID_MOVES = (r"\b(?:достав\w*|прибыл\w*|прибыва\w*|въехал\w*|пересек\w*|распредел\w*|"
             r"пропущен\w*|пропустил\w*|открыт\w*|конво\w*|грузовик\w*|колонн\w*|груз\w*|"
             r"движени\w*)\b")
CONVOY_HELD = (r"\b(?:ожида\w*|ждут|стоят|простаива\w*|заблокирован\w*|развернул\w* обратно|"
               r"не пропуст\w*|не пропуска\w*|задержан\w*|остановлен\w*|отказ\w*)\b")
CORRIDOR = (r"\b(?:коридор\w*|пункт\w* пропуска|кпп|поставк\w*|газ|газа|газом|электричеств\w*|"
            r"электроэнерги\w*|доставк\w*)\b")
LOCAL_ROAD = (r"\b(?:дорог\w*|улиц\w*|трасс\w*|шоссе|проезд\w*|въезд\w*|мост\w*|перекрест\w*|"
              r"движени\w*)\b")
ARREST_NOT = r"\s+(?:имуществ\w*|счет\w*|счетов|активов)\b"
PEOPLE_TAKEN = (r"^\s+(?:\w+\s+){0,3}?(?:военнослужащ\w*|солдат\w*|пленн\w*|заложник\w*|мирн\w*|"
                r"люд(?:еи|и)|боевик\w*|человек)\b")
TALKS = r"\b(?:переговор\w*|консультаци\w*|встреч\w*|саммит\w*|обсуждени\w*)\b"
CALLS = r"\b(?:телефонн\w* разговор\w*|разговор\w*|звонок|созвонил\w*)\b"
PEACEFUL_ENTRY = (r"\b(?:вошл\w*|вошел|вступил\w*|вход\w*|(?:взял\w*|взят\w*|перешл\w*|"
                  r"перешел) под (?:свои |свое |полныи )?контроль|под контроль|"
                  r"освобожден\w*|освобождени\w*)\b")
OFFICIALS = (r"\b(?:президент\w*|премьер\w*|министр\w*|мид|министерств\w*|минобороны|"
             r"канцлер\w*|глав\w* государств\w*|лидер\w*|руководител\w*|делегаци\w*|"
             r"посланник\w*|посол|посла|послом|послы|послов|дипломат\w*|посредник\w*|"
             r"сопредседател\w*|представител\w*|официальн\w* лиц\w*|совет\w* безопасности|"
             r"совбез\w*|оон|евросоюз\w*|ес|нато|обсе|минск\w* групп\w*|кремл\w*|"
             r"белыи дом|парламент\w*|сенат\w*|правительств\w*|пресс секретар\w*|спикер\w*)\b")
MOB = (r"\b(?:толп\w*|молодеж\w*|молодые люди|мужчин\w*|люд(?:и|еи)|групп\w* (?:люд\w*|лиц|"
       r"молодеж\w*)|местн\w* жител\w*|жител\w*|сельчан\w*|активист\w*|сторонник\w*|"
       r"родственник\w*)\b")
MOB_WEAPONS = (r"\b(?:палк\w*|камн\w*|камням\w*|дубин\w*|нож\w*|топор\w*|беисбольн\w* бит\w*|"
               r"арматур\w*|кирпич\w*|кулак\w*)\b")
GUNFIGHT = NEVER
GUNS = (r"\b(?:оружи\w*|автомат\w*|винтовк\w*|пистолет\w*|огнестрельн\w*|стрельб\w*|выстрел\w*|"
        r"стреля\w*|пул(?:я|и|еи|ями)|застрелил\w*)\b")
PERCEIVED = (r"\b(?:слыша\w*|услыша\w*|видел\w*|увидел\w*|наблюдал\w*|свидетел\w*)\s+"
             r"(?:звук\w*\s+)?(?:\w+\s+)?$")
PASSIVE_BEFORE = r"\b(?:был|была|было|были|будет|будут)\s+(?:\w+\s+)?$"
# "обстрел со стороны армянских сил": who did it.
AGENT_AFTER = (r"^\W*(?:[\w'/-]+\W+){0,5}?со стороны\s+((?:(?!(?:в|во|на|у|при|во время|"
               r"когда|после)\b)[\w'/-]+\s*){1,8})")
PHRASE_STOP = (r"\b(?:в|во|на|с|со|у|около|возле|вблизи|во время|при|после|когда|перед|"
               r"потому|как|которыи|которая|которые|из|через|вдоль|над|для|от|к|по)\b|"
               r"[,;:()]")
SUBJECT_STOP = r"[,;:()]|\b(?:но|когда|после|как|которыи|которая|которые|что)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:но|когда|поскольку|так как)\s+|\d{4},\s*"
HARMED = (r"\b(?P<active>убив\w*|ранив\w*)\b(?!\s+(?:и|в|во|на|при))|"
          r"\b(?:был\w*\s+)?(?:\w+\s+)?(?:убит\w*|ранен\w*)\b")
TARGET_PREPOSITION = r"\s+(?:по|на|в сторону|против)\s+"
FIRE_TARGET = r"\b(?:по|на|в сторону|против)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)"
INTO_THE_AIR = r"\b(?:в воздух|предупредительн\w* (?:выстрел\w*|огонь|огн\w*))\b"
ONLY_AT = r"\bтолько\s+(?:по|на)\b"
SETTLEMENT_FIRED_ON = NEVER
WEAPONS_USED = NEVER
HARM_DONE = NEVER
MINE_SITE = NEVER
SMALL_ARMS = (r"\b(?:стрелков\w* оружи\w*|автомат\w*|пулемет\w*|снаиперск\w* винтов\w*|"
              r"винтовк\w*|выстрел\w*|очеред\w*|пистолет\w*)\b")

# --- Where: how a place name is used in its sentence

# Words that make the name after them the place where something happened.
LOCATIVES = frozenset("в во на у около возле вблизи близ под вокруг внутри через вдоль по "
                      "над окрестностях окрестности направлении сторону раионе".split())
NEAR_WORDS = frozenset("около возле вблизи близ окрестностях окрестности окраине окраинах "
                       "направлении сторону вокруг под недалеко рядом".split())
MODIFIERS = frozenset(
    "город города городе городу городом село села селе селу селом деревня деревни деревне "
    "поселок поселка поселке раион раиона раионе раионы раионах область области регион "
    "региона регионе столица столицы столице столицу окраине окраинах центре центр "
    "территории территорию республики республике непризнаннои самопровозглашеннои "
    "приграничном приграничного приграничнои приграничныи пограничном стратегически "
    "важного важныи стратегического древнего исторического горного севернои южнои "
    "восточнои западнои северного южного восточного западного северо юго соседнем "
    "соседнеи населенного пункта пункт населенном пункте своих свои его ее их".split())
LANDMARK_GAP = r"^\s*,?\s*(?:около|возле|вблизи|недалеко от|рядом с|у)\s+$"
# In Russian the actor's noun comes first and the name after it in the genitive: see
# ACTOR_BEFORE. After a name, these make it an actor.
ACTOR_AFTER = (r"^\s+(?:\w+\s+)?(?:заявил\w*|сообщил\w*|обвинил\w*|обвиня\w*|"
               r"отверг\w*|опроверг\w*|отрица\w*|призвал\w*|потребовал\w*)\b")
SPEECH_AFTER = (r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,)?\s+(?:также\s+|ранее\s+|вновь\s+)?(?:заявил\w*|"
                r"заявля\w*|сообщил\w*|сообща\w*|обвинил\w*|обвиня\w*|отверг\w*|опроверг\w*|"
                r"отрица\w*|призвал\w*|потребовал\w*|предупредил\w*|осудил\w*|подтвердил\w*|"
                r"объявил\w*|выразил\w*|ответил\w*|пообещал\w*|согласил\w*|подписал\w*|"
                r"признал\w*|настаива\w*|считает)\b")
STATEMENT_AT_BEFORE = NEVER  # where a statement was made, for what it tells (see en)
ACTOR_BEFORE = (r"\b(?:(?:президент\w*|правительств\w*|министерств\w*|минобороны|мид|лидер\w*|"
                r"руководств\w*|арми\w*|вооруженн\w* сил\w*|вс|воиск\w*|власт\w*|"
                r"парламент\w*|посол|посла|посольств\w*|губернатор\w*|мэр\w*|глав\w*|"
                r"командовани\w*|командир\w*|представител\w*|пресс служб\w*|"
                r"граждан\w*|военнослужащ\w*|пограничн\w* служб\w*|полици\w*|прокуратур\w*|"
                r"генпрокуратур\w*|омбудсмен\w*|премьер\w*|спикер\w*|делегаци\w*)\s+"
                r"(?:(?:обороны|иностранных дел|внутренних дел|республики|непризнаннои|"
                r"самопровозглашеннои|министров)\s+){0,2}|по данным\s+|по словам\s+|"
                r"со стороны\s+|согласно\s+)$")
LOCATIVE_BETWEEN = (r"\b(?:дорог\w*|границ\w*|коридор\w*|трасс\w*|лини\w*|участк\w*)\s+"
                    r"(?:\w+\s+)?между\s+")
SPEAKERS_AT = r"\b(?:в|во|из)\s+$"
BORDER_WITH = r"\bграниц\w*\s+с\s+$"
# A name before these is the subject of a passive: "Степанакерт подвергся обстрелу".
# How far (characters) before its trigger such a subject may stand.
PASSIVE_REACH = 50
PASSIVE_AFTER = (r"^\s*(?:,[^,]{0,60},\s*)?(?:был|была|было|были|подвергся|подверглась|"
                 r"подверглось|подверглись|оказался|оказалась|снова|вновь|опять)\b")
# A person or a part of the place, in the genitive after its noun: "жители Степанакерта",
# "обстрел Мартуни", "взятие под контроль города Физули".
OF_PEOPLE = (r"\b(?:жител\w*|уроженц\w*|населени\w*|граждан\w*|центр\w*|окраин\w*|"
             r"окрестност\w*|част\w*|улиц\w*|сел(?:о|а|е)|город(?:а|е)?|территори\w*|"
             r"столиц\w*|направлени\w*|обстрел\w*|бомбардировк\w*|захват\w*|взяти\w*|"
             r"освобождени\w*|падени\w*|осад\w*|блокад\w*|оккупаци\w*|эвакуаци\w*|контрол\w*|"
             r"передач\w*|возвращени\w*|вход\w*)\s+(?:[\w']+\s+){0,2}?$")
AGREEMENT_AREA = (r"\b(?:бо\w*|боев\w* деистви\w*|воин\w*|перемири\w*|прекращени\w* огня|"
                  r"конфликт\w*|урегулировани\w*|насили\w*)\s+(?:в|вокруг|за|по|на)\s+$")
PEOPLES_LAND = r"^\s+(?:территори\w*|земл\w*|почв\w*)\b"
AT_THE_BORDER = NEVER  # an event on a border, no place named (see en)
CONCESSIVE_OPENING = r"\W*(?:несмотря на|хотя)\b"  # a conceding clause (see en)
NEIGHBOURHOOD_AFTER = NEVER  # a city's part by its word after it (see en)
QUALIFIER_OF_PLACE = (r"\b(?:в|во|на|около|у|из|к)\s+(?:[\w'-]+\s+|\([^()]{1,40}\)\s+){0,4}?"
                      r"[\w'-]+\s*(?:\(\s*|,\s*)$")
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
LANDMARK_BEFORE = r"\b(?:граничащ\w*\s+с|рядом\s+с|у\s+границы\s+с)\s+$"
CONVEYANCE_FROM_BEFORE = NEVER
RECIPIENT_BEFORE = r"\b(?:переда\w*|возвращ\w*|вернул\w*|уступ\w*)\s+(?:\w+\s+){0,2}?$"
SETTLEMENT_AFTER = r"\s+(?:сел(?:о|а|е)|деревн\w*|поселок|поселка|раион\w*|квартал\w*)\b"
# For unresolved.csv (geo.events.unlisted): a place's noun before a name ("в селе X"), a
# division's word after it ("X район"), and what makes a name who rather than where.
PLACE_NOUN_OF = (r"\b(?:сел(?:о|а|е|ом)|деревн\w*|поселок|поселка|поселке|лагер(?:ь|я|е)|"
                 r"раион\w*|област\w*)\s+$")
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = r"\s+(?:раион\w*|област\w*|марз\w*|провинци\w*)\b"
NOT_PLACE_OF = r"\b(?:в поддержку|в честь|в память о|от имени)\s+$"
PEOPLES_TOWN_GAP = NEVER
WIDER_PLACE_GAP = (r"\s*(?:(?:сел(?:о|а|е)|деревн\w*|поселок|поселка)\s+)?(?:\(\s*|,\s*|"
                   r"(?:в|во|около)\s+(?:\w+\s+){0,2}?)")
MADE_AT = r"\b(?:в|во|из)\s+(?:(?:городе|столице)\s+)?$"
FORMAL_CLAIM = r"заявлени"
AGREED_AT = (r"\b(?:согласован\w*|подписан\w*|достигнут\w*|заключен\w*)\s+(?:\w+\s+){0,2}?"
             r"(?:в|во)\s+$")
SEAT_AT = NEVER  # where a body has its seat (see en)
STANDING_AT = (r"\b(?:расположенн\w*|дислоцированн\w*|размещенн\w*|находящ\w*ся|"
               r"базирующ\w*ся)\s+(?:в|на|у|около|под)\s+(?:[\w']+\s+){0,2}?$")
AGENT_VERBS = frozenset(
    "обстрелял обстреляла обстреляли атаковал атаковала атаковали захватил захватила "
    "захватили взял взяла взяли освободил освободила освободили нанес нанесла нанесли "
    "начал начала начали открыл открыла открыли сбил сбила сбили направил направила "
    "направили закрыл закрыла закрыли заблокировал заблокировала заблокировали арестовал "
    "арестовала арестовали задержал задержала задержали похитил похитила похитили "
    "подписал подписала подписали объявил объявила объявили ввел ввела ввели развернул "
    "развернула развернули установил установила установили обвинил обвинила обвинили "
    "передал передала передали вывел вывела вывели".split())
AUXILIARY_ADVERBS = frozenset("также вновь снова уже затем позже ранее якобы".split())
GOVERNMENT_OF = NEVER  # a state's government as its act's doer (see en)
GOVERNMENT_AFTER = NEVER
NOT_THE_SUBJECT = r"\b(?:из|от|с|со|против|для|к|чем|у)\s+$"
OBJECT_VERBS = frozenset(
    "обстрелял обстреляла обстреляли обстреливают обстреливали атаковал атаковала атаковали "
    "бомбили бомбят захватил захватила захватили освободили освободил вошли вошел покинули "
    "покинул покидают эвакуировали окружили окружил блокировали заблокировали разрушили "
    "оккупировали обстрела обстрелу обстрелом бомбардировки бомбардировке ударов удары".split())
FROM_WORDS = frozenset({"из", "от"})
ORIGIN_FILLERS = frozenset()  # between 'from' and an attack's origin (see en)
INCLUDING_WORDS = frozenset({"включая", "числе"})
FOR_WORDS = frozenset({"за"})
TO_WORDS = frozenset({"к", "до"})
CROSSED_WORDS = frozenset()  # a crossing is where it crossed (see en)
BATTLE_FOR = r"\b(?:бо\w*|битв\w*|сражени\w*|борьб\w*)\s+за\s+[\w\s']*$"
ROAD_TO = r"\b(?:дорог\w*|трасс\w*|путь|пути|шоссе|коридор\w*)\s+(?:к|до|в|на)\s+[\w\s']*$"
# "в этом раионе", "ее территория": a place named before, of the kind the noun says.
REFERENCE = (r"\b(?:(?:в|во|на|около|вокруг|из|по|под)\s+(?:этом|этои|этого|этот|эту|"
             r"данном|даннои|том|тои|указанном|указаннои)\s+(?P<noun>регионе|раионе|городе|"
             r"селе|республике|стране|области|столице|территории|анклаве)|\b(?:ее|его|их|"
             r"свою|своеи)\s+(?P<own>границ\w*|территори\w*))\b")
REFERENCE_KINDS = {
    "регионе": "region admin1 admin2", "анклаве": "region admin1 admin2",
    "территории": "region admin1 admin2", "республике": "region admin1 country",
    "области": "admin1 admin2 region", "раионе": "admin2 admin1 region",
    "стране": "country", "городе": "city", "селе": "city", "столице": "city",
}
PRESENT = (r"\b(?:является|являются|остается|остаются|продолжает\w*|продолжают\w*|находится|"
           r"находятся|живут|проживают|ждут|ожидают)\b")
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:парламент\w*|национальн\w* собрани\w*|здани\w* правительства|"
                 r"дом\w* правительства|президентск\w* дворц\w*|администраци\w* президента|"
                 r"резиденци\w* президента)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
DEFINITE_JUST_BEFORE = r"\b(?:этот|эта|это|этого|этои|этих|тот|та|том|данн\w*)\s+$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
# A time written right at its trigger: "обстрел 27 сентября", "в июле бои".
OWN_TIME_AFTER = r"\s+(?:(?:в|во|на|от)\s+)?"
OWN_TIME_BEFORE = r"\s+"
ANOTHER_ACT_BETWEEN = NEVER
TIME_ANCHOR_BEFORE = r"\b(?:после|до|перед|с момента|вслед за)\s+(?:\w+\s+)?$"
DEFINITE = (r"\b(?:этот|эта|это|этого|этои|этих|эти|тот|та|те|того|тои|тех|данн\w*|"
            r"указанн\w*|вышеупомянут\w*)\s+(?:[а-я]+\s+){0,2}$")
# "после двух днеи боев": the day after the time the paragraph tells.
AFTER_DAYS_OF = (r"\bпосле\s+(?P<count>\d+|одного|двух|трех|четырех|пяти|шести|семи)\s+"
                 r"(?:дн(?:я|еи)|суток)\b")
ANCHOR_COUNTS = {"одного": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6,
                 "семи": 7}
HARMED_BEFORE_NOUN = NEVER
IN_THE_EVENT = NEVER
EARLIER_FIGHTING = (r"\W*(?:[\w'-]+\s+){0,4}?(?:в ходе|во время)\s+(?:недавн\w*|последн\w*)\s+"
                    r"(?:\w+\s+)?(?:бо\w*|воин\w*|боев\w* деистви\w*|столкновени\w*|"
                    r"наступлени\w*|конфликт\w*)\b")

# --- How many were killed (read by DEATH_TOLL: see the docstring)

UNITS = {"ноль": 0, "один": 1, "одна": 1, "одного": 1, "одно": 1, "два": 2, "две": 2,
         "двое": 2, "двух": 2, "три": 3, "трое": 3, "трех": 3, "четыре": 4, "четверо": 4,
         "четырех": 4, "пять": 5, "пятеро": 5, "пяти": 5, "шесть": 6, "шестеро": 6,
         "шести": 6, "семь": 7, "семеро": 7, "семи": 7, "восемь": 8, "восьмеро": 8,
         "восьми": 8, "девять": 9, "девятеро": 9, "девяти": 9, "десять": 10, "десятеро": 10,
         "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
         "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
         "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
        "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
MULTIPLIERS = {"тысяча": 1000, "тысячи": 1000, "тысяч": 1000}
AND = frozenset({"и"})
DEATH_TOLL = (r"\b(?:погибл[иа]|погиб|убит[ыао]?|скончал(?:ся|ась|ись)|(?:число|количество) "
              r"(?:погибших|жертв|убитых) (?:\w+ ){{0,6}}?(?:достигло|составило|выросло до|"
              r"составляет|возросло до))\s+(?:(?:не менее|по меньшеи мере|как минимум|более|"
              r"около|еще|уже)\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{number})(?: (?:{number}))*)\b|"
              # (and the count before its people, with their adjectives only, so that a day's
              # month is no part of it: "трое армянских военнослужащих погибли", "21
              # военнослужащий погиб", not "25 мая военнослужащий погиб")
              r"\b(\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{number})(?: (?:{number}))*) "
              r"(?:\w+(?:ых|их|ыи|ии|ои|ые|ие) ){{0,2}}?"
              r"(?:военнослужащ|солдат|боиц|офицер|пограничник|полицеиск|сотрудник|жител|мужчин|"
              r"женщин|дет|человек|граждан)\w* (?:\w+ ){{0,2}}?(?:погибли|погибло|погиб|погибла|"
              r"убиты|убито|убит|убита|скончались|скончался|скончалась)\b")
KILL_WORD = (r"\b(?:убит\w*|погиб\w*|скончал\w*|гибел\w*|без (?:жертв|потерь)|потерь нет|"
             r"смертельн\w* (?:\w+ )?ранени\w*|"
             r"число (?:погибших|жертв))\b")
ONE_BODY = NEVER  # one dead told by a body found (see en)
# One dead: a verb of death in the singular, with its subject a person and no count ("погиб
# военнослужащий", "мирный житель был убит", "получил смертельное ранение"); a count ending in
# one also takes the singular ("21 военнослужащий погиб"), so a figure before the noun bars it.
_ONE_WHO = (r"(?:военнослужащ|солдат|боец|боица|офицер|контрактник|пограничник|полицеиск|"
            r"сотрудник|житель|жительниц|мужчин|женщин|ребенок|мальчик|девочк|человек|"
            r"ополченец|сержант|леитенант|капитан|маиор|рядов)\w*")
_ONE_DEATH = r"(?:погиб|погибла|убит|убита|скончался|скончалась|застрелен|застрелена)\b"
ONE_DEAD = (rf"\b(?:(?<!\d ){_ONE_WHO} (?:[^\W\d]+ ){{0,3}}?{_ONE_DEATH}|{_ONE_DEATH} "
            rf"(?:[^\W\d]+ ){{0,2}}?{_ONE_WHO}|(?:получил|получила) смертельн\w* "
            rf"(?:\w+ )?ранени\w*)")
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:никто не (?:пострадал|погиб|ранен)|жертв (?:нет|не было)|без (?:жертв|потерь)|"
        r"потерь нет|пострадавших нет|погибших нет|обошлось без (?:жертв|пострадавших))\b")

# --- Function words the logic reads by name

# Names in a list, each with its settlement's word: "город Тертер и поселок Шихарх".
LISTED = (r"\s*(?:,|,?\s+и|,?\s+или)\s+(?:(?:город|села|село|поселок|деревню|деревня|"
          r"населенныи пункт)\s+)?")
# The two sides of a clash written after it: "столкновения между X и Y".
CLASH_SIDES = (r"^\s+(?:\w+\s+){0,3}?между\s+(?P<first>(?:[\w'-]+\s+){1,5}?)и\s+"
               r"(?P<second>[\w'-]+(?:\s+[\w'-]+){0,4}?)(?=\s*[,.;:()]|\s*$|\s+(?:в|во|на|у|возле|"
               r"около|после|которые|когда|с)\b)")
PEOPLE_NOUN = NEVER
IT_DOER = NEVER  # a state named before as its act's subject (see en)
THEY_DOER = r"\bони\b"
WHILE_IT_WENT_ON = NEVER  # an act told as going on while another did (see en)
HARMED_AFTER_ACTOR = NEVER  # armed people named only as harmed (see en)
DOERS_TOLD_OF = NEVER
ROAD_NAMED_AFTER = NEVER
HOW_IT_HAPPENED = r"\s*,?\s*(?:когда|после того как)\s"
OF_ANOTHER = r"\b(?:которыи|которая|которые|которого)\s+(?:был|была|были)\s+(?:\w+\s+)?$"
FIGURATIVE = (r"\s+на\s+(?:\w+\s+)?(?:свободу|свободы|права|демократию|прессу|конституцию|"
              r"суверенитет|достоинство)\b")
BETWEEN = r"\bмежду\s+(?:[\w']+\s+){0,3}?(?:и\s+)?$"
BETWEEN_LIST = r"\bмежду\s+(?:[\w']+\s+){0,2}?$"
NOT_BEFORE = r"\bне\s+(?:в|во|на)\s+$"
FRONTED = r"\W*(?:в|во|на|около|возле|под|близ|вблизи)\s+(?:[\w']+\s+){0,3}?"
NOT_A_QUALIFIER = r"[;:]|\b(?:и|или|но|а|из|в|до)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:включая|в том числе)\b"
FROM_AFTER = r"\s+(?:\w+\s+){0,4}?(?:из|с)\b"
ARMS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:оружи\w*|боеприпас\w*|винтовк\w*|автомат\w*|"
              r"взрывчат\w*|таиник\w*)\b")
GOODS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:продовольстви\w*|продукт\w*|скот\w*|имуществ\w*|"
               r"товар\w*|деньги|денег|автомобил\w*|машин\w*|урожа\w*|топлив\w*)\b")
PEACEKEEPERS = r"миротвор"
# A place as the subject of talks, not their place: "переговоры по ситуации в Карабахе".
DEMAND_BEFORE = NEVER  # (a protest's demand: no words here yet)
TOPIC_BEFORE = (r"\b(?:по|о|об|относительно|касательно)\s+(?:\w+\s+)?(?:ситуаци\w*|"
                r"урегулировани\w*|вопрос\w*|положени\w*|статус\w*|будущ\w*)\s+(?:в|вокруг|"
                r"на)?\s*$")


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
INSTITUTION_AFTER = NEVER  # an institution taken over, no ground (see en)
POWER_AFTER = NEVER
BUILDING_AFTER = NEVER

AFTER_KILLING = frozenset()
AGE = NEVER
ANCHORED = NEVER
MONTH_SHIFT = NEVER  # a month told from the story's month (see en)
WITHIN_DAYS_OF = NEVER  # a time within a span after an event (see en)
IRREGULAR_PAST = frozenset()
ANCHOR_NOUNS = {}
ARTICLES = frozenset()
AT = frozenset()
AUXILIARIES = frozenset()
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
DOZEN = frozenset()
KILLING = frozenset()
KILLING_ACTIVE = frozenset()
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
ANIMALS = frozenset()  # animals a count may name (see en)
NOT_PEOPLE = frozenset()
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
PASSIVE = frozenset()
PERSONS = NEVER
PLACES_AFTER = NEVER
PLUPERFECT = NEVER
REPORTED_SPEECH = NEVER
POSSESSIVES = frozenset()
PRIMARILY_HEAVY = NEVER
SINGULAR_PASSIVE = frozenset()
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
VAGUE = frozenset()
VAGUE_COUNTS: dict[str, int] = {}  # (see en)
VERB_ADVERBS = frozenset()
DEMAND_AFTER = r"\b(?:требуя|в знак протеста|протестуя)\b"  # (see en)
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
