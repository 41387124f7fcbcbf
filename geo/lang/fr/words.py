"""French words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for French. A string is a regular expression over folded
text (lower case, accents dropped, hyphens as spaces) unless its comment says "as written"; a
frozenset is a set of folded words, except the sets the assertion rules read from the words
as written in lower case (NEGATORS, NOT, ENDERS, MODALS, HABITS, AND, AUXILIARIES), given
with and without their accents. French elides ("d'Erevan", "l'armée"): "d'" and "l'" are
words of their own here. The definite article is no reference to an event told before in
French ("les bombardements ont repris"): only "ce, cette, ces" are.

Concepts with no French words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module: among them the infinitive after "to" (French
writes no such word), the names of places as modifiers, events told from another ("un jour
après"), and the town unnamed.
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

TITLES = frozenset("m mm mme mmes mlle dr pr gen col lt sgt cdt st ste me".split())
BEFORE_NUMBERS = frozenset("no nos n° art p pp janv fevr févr avr juil oct nov dec déc".split())
NEVER_LAST = frozenset("etc cf env".split())
SENTENCE_STARTERS = frozenset(
    "le la les un une il elle ils elles en au à a dans mais et ce cette ces son sa ses leur "
    "selon après avant lorsque quand alors plusieurs deux trois tous".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]»]*(?=\s)"
OPEN_END = (r"(?i)(?:,|-|\b(?:le|la|les|un|une|des|de|du|à|a|au|aux|en|dans|sur|pour|et|ou|mais|"
            r"avec|par|que|qui|son|sa|ses|leur|leurs|est|sont|a|ont))$")
# A link to another story: its places are that story's (see en).
LINK_TO_ANOTHER_STORY = r"\W*(?:lire aussi|a lire aussi|voir aussi|sur le meme sujet)\s*:"
EDITORIAL = (r"\W*(?:rectificatif|correction|note de la redaction|mise a jour)\b|"
             rf"{LINK_TO_ANOTHER_STORY}")

# --- Clauses and whether an event is asserted

CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:mais|tandis que|alors que|bien que|"
                r"cependant|lorsque|quand|parce que|puisque|qui|où|dont|lequel|laquelle)\s")
RELATIVE_OPENING = r"\b(?:qui|que|dont|lequel|laquelle|lesquels|ou)\s*$"
UNDER_WAY = NEVER  # a relative clause of what was under way (see en)
RELATIVE_PRONOUN = NEVER
PARTICIPLE_OPENING = NEVER
MADE_ON_BEFORE = NEVER
# (As written) "le village de X, où ont eu lieu les tirs": where it happened.
WHERE_OPENING = r"(?i)\s*,\s*où\b"
BEGAN_AT = r"\s*(?:a commence|ont commence|a debute|ont debute|s'est tenu\w*|a eu lieu)\b"
NEGATORS = frozenset("ne pas jamais aucun aucune sans ni personne rien nullement".split())
ENDERS = frozenset("fin cessé cesse cesser arrêté arrete arrêter arreter levé leve levée levee "
                   "lever stoppé stoppe".split())
MODALS = frozenset("pourrait pourraient pourra pourront peut peuvent devrait devraient "
                   "Pourrait Pourraient".split())
NOT = frozenset("pas ne non".split())
CLAIMED_BEFORE = NEVER  # a claim of an act told already (see en)
REFERRED = r"\b(?:depuis|jusqu'a|malgre|en depit de?) (?:le|la|les|ce|cette|l'|des|du)\s*(?:\w+ )?$"
DENIAL = (r"\b(?:dement\w*|rejet\w*|rejette\w*|refut\w*|nie|nient|nie|faux|fausse|fausses|"
          r"infonde\w*|desinformation|fake news|aucune preuve|aucun signe|rumeurs?|"
          r"pretendu\w*|pretendument|soi disant)\b")
PROPOSED_BEFORE = NEVER
INTENTION = (r"\b(?:menac\w*|prevoi\w*|prevu\w*|envisag\w*|promet\w*|promis|veu\w*|voul\w*|"
             r"cherch\w* a|prets? a|pretes? a|refus\w*|tent\w* de|essay\w*|esper\w*|"
             r"s'attend\w*|risqu\w*|afin de|dans le but de|pour (?:objectif|but) de|en vue de|"
             r"appel\w* a|exig\w*|"
             r"craint\w*|crainte\w*|redout\w*|possib\w*|eventuel\w*|empech\w*|evit\w*|"
             r"en cas de|ultimatum|a la veille de|se prepar\w* a|"
             # what is still to come: "dans les prochaines heures", "sera remis"
             r"prochain\w* (?:heures|jours|semaines|mois)|verr(?:a|ont)|ser(?:a|ont))\b")
WISH_TO = (r"\b(?:veulent|veut|voulaient|voulant|esper\w*|souhait\w*|prevoi\w*|prets?|"
           r"pretes?|cherch\w*|tent\w*)\s+(?:a|de)?\b")
CONDITIONAL = r"\b(?:si|sauf si|au cas ou|en cas de)\b"
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:(?:a|ont) ete (?:dementi\w*|rejete\w*)|(?:est|sont|etait) "
                r"(?:faux|fausse|infonde\w*)|n'a pas eu lieu|n'est pas vrai)\b")
DEBUNKED = r"\b(?:dementi\w*|mensonges?|fausse information)\b"
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:plusieurs|maintes|de nombreuses|a plusieurs) reprises\b|"
            r"\W*(?:\w+\W+){0,2}?(?:regulierement|frequemment|periodiquement|"
            r"systematiquement)\b|\W*(?:\w+\W+){0,2}?ces dernieres (?:annees|semaines)\b")
REHEARSED = r"\b(?:simul\w*|scenarios?|entrain\w* a|repet\w*)\b"
SEEN_HEARD = r"\b(?:entendu\w*|entendre|visibles?)\b"
HABITS = frozenset("régulier réguliers régulièrement regulierement annuel annuels annuelle "
                   "habituel habituels souvent parfois fréquemment frequemment".split())
BACKGROUND = (r"\b(?:apres|suite a|malgre|au milieu de)\s+(?:\w+\s+){0,3}?(?:heures?|jours?|"
              r"semaines?|mois|annees?|ans|decennies?)\s+(?:de|d'|sous)\s*(?:\w+\s+){0,2}$")
ARMED_WHO_FLEE = NEVER  # (armed men's flight: no words here yet)
FORCED_OUT = NEVER
SOMEONE = NEVER  # (one person as a victim: no words here yet)
PRIOR_OF_SOMEONE = NEVER  # (someone's past told in a relative clause: no words here yet)
REMEMBERED = (r"\b(?:portraits?|photos?|noms?|tombes?|funerailles|obseques|memoire|memorial|"
              r"monument|familles?|proches|hommage\w*|commemor\w*)\s+(?:de\s+|des\s+|du\s+|d')?"
              r"(?:[\w,]+\s+){0,4}$")
DEPICTED = (r"\b(?:videos?|images?|photos?|sequences?|clips?)\b(?:[^.;]{0,60}?\b(?:montre\w*|"
            r"montrant|on voit)\b|\s+(?:de|d')\s*(?:\w+\s+){0,3}$)")
LATER = NEVER  # a later time (see en)
ANOTHER = (r"\b(?:nouveau|nouvelle|nouveaux|nouvelles|nouvel|a nouveau|de nouveau|encore|autre|"
           r"autres|second|seconde|deuxieme|aussi|egalement|supplementaires?)\b")
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
CUMULATIVE = (r"\b(?:depuis le debut (?:de la guerre|du conflit|des combats|des hostilites|"
              r"de l'offensive)|depuis (?:\w+ ){0,3}?(?:a commence|a eclate|ont commence|"
              r"ont eclate)|au total|en tout|jusqu'a present|jusqu'ici|a ce jour|"
              r"au cours de la guerre|pendant (?:toute )?la guerre|(?:\d+|quarante quatre) "
              r"jours de guerre|guerre de (?:\d+|quarante quatre) jours)\b")
TALLY = (r"\b(?:pertes|bilan|victimes)\s+(?:\w+\s+){0,3}?(?:dans|pendant|lors|de)\s+"
         r"(?:la\s+|les\s+|l')?(?:\w+\s+)?$")
ESCORTED = (r"\b(?:casques bleus|maintien de la paix|humanitaires?|aide|nourriture|convois?|"
            r"civils|citoyens|refugies)\b")
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = (r"\b(?:depuis des (?:decennies|annees|semaines|mois)|(?:periodiquement|"
           r"sporadiquement|de temps en temps) (?:repris|eclate))\b")

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:civils?|habitants?|villageois|journalistes?|reporters?|passagers?|bus|"
             r"ambulances?|hopitaux|hopital|ecoles?|eglises?|marches?|maisons?|familles?|"
             r"enfants?|femmes?|hommes?|agriculteurs?|bergers?|enseignants?|etudiants?|"
             r"medecins?|infirmi\w*|personnes?|population|citoyens?|refugies?|detenus?|"
             r"prisonniers?|otages?|zones? residentielles?|quartiers? residentiels?|"
             r"infrastructures? civiles?)\b")
MILITARY = (r"\b(?:positions?|troupes|soldats?|armee|militaires?|forces|postes?|bases?|"
            r"ligne de front|front|points? de controle|unites?|convois?|chars?|combattants|"
            r"separatistes?|rebelles?|tranchees|gardes? frontieres?|policiers?|police|"
            r"officiers?|patrouilles?|milices?|conscrits?)\b")
ARMED_ACTORS = (r"\b(?:troupes|soldats?|armee|militaires|forces|unites?|combattants|"
                r"separatistes?|rebelles?|miliciens?|policiers?|police|gendarmes?|officiers?|"
                r"gardes? frontieres?|milices?|insurges?|snipers?|tireurs? d'elite|"
                r"assaillants?|hommes armes|groupes? armes?|terroristes?|jihadistes?)\b")
ARMED_DOERS = NEVER  # (criminal armed groups as doers: no words here yet)
OUT_OF_SERVICE = (r"\b(?:ancien|ancienne|anciens|ex|retraite|desarme\w*|demobilise\w*)\s+"
                  r"(?:\w+\s+)?(?:soldats?|militaires?|policiers?|officiers?|combattants?|"
                  r"rebelles?|ministres?)\b")
CLASH_WITH_CROWD = NEVER
COMMUNAL_SIDE = NEVER  # a community's men as the other side of a clash (see en)
ONE_DOER = r"\b(?:un|une)\s+(?:\w+\s+)?(?:homme|femme|individu|personne|assaillant|agresseur)\b"
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = r"\b(?:manifestants?|protestataires?|foule|rassemblement|grevistes)\b"
RIOTERS = r"\b(?:emeutiers?|foule|pilleurs?|casseurs?)\b"
NON_STATE = (r"\b(?:separatistes?|rebelles?|milices?|insurges?|groupes? armes?|autoproclamee?|"
             r"armee de defense|paramilitaires?|mercenaires|jihadistes?|terroristes?)\b")
TERRITORY = (r"\b(?:villages?|villes?|localites?|hauteurs?|collines?|regions?|districts?|"
             r"territoires?|positions?|zones?|ponts?|routes?|aeroport|bases?|capitale|bastion|"
             r"controle|provinces?|col|corridor|terres?)\b")
HANDOVER = (r"\b(?:remis\w*|rendu\w*|restitu\w*|cede\w*|retroced\w*|retrocession|"
            r"conformement a|en vertu de|aux termes de|selon l'accord|dans le cadre de "
            r"(?:l'accord|la declaration)|accord (?:tripartite|de paix|de cessez le feu)|"
            r"declaration tripartite)\b")
SHELL_WORDS = (r"\b(?:obus|bombard\w*|pilonn\w*|artillerie|roquettes?|missiles?|mortiers?|grad|"
               r"smerch|obusiers?|armes lourdes|lance roquettes|projectiles?)\b")
HEAVY_WEAPONS = (r"\b(?:armes lourdes|artillerie|mortiers?|obusiers?|lance roquettes|grad|"
                 r"smerch|chars?|obus|missiles?|roquettes?|lance grenades)\b")
AIR_WORDS = r"\b(?:aviation|avions?|aeriens?|aeriennes?|helicopteres?|drones?|bombardiers?)\b"
REMOTE_WEAPONS = (
    (r"\b(?:drones?|avions?|aviation|helicopteres?|frappes? aeriennes?|bombardiers?)\b",
     "Air/drone strike"),
    (r"(?<!lance )\bgrenades?\b", "Grenade"),
    (r"\b(?:mines?|engins? explosifs?|bombes? artisanales?)\b", "Remote explosive/landmine/IED"),
    (r"\b(?:artillerie|mortiers?|roquettes?|missiles?|obus|obusiers?|armes lourdes)\b",
     "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:drones?|frappes? aeriennes?)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = (r"\b(?:carburant|essence|gaz|depot|entrepot|stockage|accident\w*|fuite|usine|"
            r"station service|citerne|chaudiere)\b")
AGREEMENT_VERBS = (r"\b(?:entre\w* en vigueur|signe\w*|conclu\w*|annonce\w*|declare\w*|"
                   r"negocie\w*|convenu\w*|accepte\w*|a partir de|des minuit|a minuit|a midi|"
                   r"sous l'egide|parraine\w*|mediation|instaure\w*)\b")
UNDER_AGREEMENT = (r"\b(?:en vertu d[eu]|conformement a|dans le cadre d[eu]|aux termes d[eu])"
                   r"\s*(?:l'|la\s+|le\s+|un\s+|une\s+)?(?:[\w']+\s+){0,3}?$")
MEDIATION = (r"\b(?:mediation|pourparlers|negociations?|entretiens?|accord|convenu|"
             r"cessez le feu|treve)\b")
AGREEMENT_BROKEN = r"\b(?:viol\w*|rompu\w*|non respect|effondr\w*)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:deploy\w*|arriv\w*|entre\w*|stationn\w*|retir\w*|quitt\w*|"
                     r"patrouill\w*|escort\w*|install\w*)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = r"\b(?:assaillants?|agresseurs?|suspects?|auteurs?|tueurs?|voleurs?)\b"
REFUGEES = (r"\b(?:refugies?|habitants?|civils?|familles|personnes|villageois|milliers|"
            r"centaines|femmes|enfants|population|armeniens|azerbaidjanais)\b")
NATURAL_DEATH = (r"\b(?:faim|famine|malnutrition|maladie|mort naturelle|crise cardiaque|"
                 r"manque de (?:nourriture|medicaments|soins)|covid|coronavirus|"
                 r"accident de la route|noye\w*|seisme|inondation)\b")
PROTEST_KILLED = r"\b(?:tues?|abattus?|balles reelles|ouvert le feu|tire sur)\b"
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = (r"\b(?:heurts?|affrontements?|jet\w* de pierres|lance\w* des pierres|"
                   r"pris d'assaut|envahi\w*|incendi\w*|casse\w*|saccag\w*|violents?|"
                   r"violentes?|emeute\w*|barricades?|pneus)\b")
PROTEST_CALM = r"\b(?:dans le calme|sans incident|pacifiquement)\b"
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = (r"\b(?:apres|contre|suite a|pour (?:protester|denoncer|demander|exiger)|"
                 r"denoncant|reclamant|exigeant)\b")
PROTEST_INTERVENTION = (r"\b(?:dispers\w*|gaz lacrymogenes?|canons? a eau|grenades? "
                        r"assourdissantes?|balles en caoutchouc|interpell\w*|arrest\w*|"
                        r"matraques?|charge\w*)\b")
AID_MOVES = (r"\b(?:livr\w*|achemin\w*|arriv\w*|entre\w*|franchi\w*|distribu\w*|passe\w*|"
             r"autorise\w*|convois?|camions?|cargaisons?)\b")
CONVOY_HELD = (r"\b(?:attend\w*|bloque\w*|immobilise\w*|refoule\w*|refuse\w*|empeche\w*|"
               r"arrete\w*)\b")
CORRIDOR = r"\b(?:corridor|point de passage|approvisionnement|gaz|electricite|livraisons)\b"
LOCAL_ROAD = r"\b(?:routes?|rues?|autoroutes?|axes?|acces|entree|ponts?|carrefours?|circulation)\b"
ARREST_NOT = r"\s+(?:mandats?)\b"
PEOPLE_TAKEN = (r"^\s+(?!par\s)(?:\w+\s+){0,3}?(?:soldats?|militaires?|prisonniers?|otages?|"
                r"civils?|"
                r"personnes|hommes|combattants)\b")
TALKS = r"\b(?:pourparlers|negociations|consultations|reunion|sommet|discussions|entretiens?)\b"
CALLS = r"\b(?:conversation telephonique|entretien telephonique|appels? telephoniques?)\b"
PEACEFUL_ENTRY = r"\b(?:entre\w*|pris le controle|prise de controle|sous (?:le )?controle)\b"
OFFICIALS = (r"\b(?:presidents?|premiers? ministres?|ministres?|ministere|chanceli\w*|rois?|"
             r"chefs? d'etat|dirigeants?|delegations?|envoyes?|ambassadeurs?|diplomates?|"
             r"mediateurs?|copresidents?|representants|negociateurs|responsables|"
             r"conseil de securite|onu|nations unies|union europeenne|ue|otan|osce|"
             r"groupe de minsk|kremlin|maison blanche|parlement|senat|gouvernement|"
             r"porte parole)\b")
MOB = (r"\b(?:foule|jeunes|hommes|personnes|groupe de|habitants|villageois|riverains|militants|"
       r"partisans|supporters)\b")
MOB_WEAPONS = (r"\b(?:batons?|pierres|gourdins?|machettes?|couteaux?|haches?|barres de fer|"
               r"briques|poings)\b")
GUNFIGHT = NEVER
GUNS = r"\b(?:armes? a feu|fusils?|pistolets?|tirs?|tire|balles?|abattu\w*|fusillades?)\b"
PERCEIVED = (r"\b(?:entend\w*|entendu\w*|voi\w*|vu|vus|observe\w*|temoin\w*)\s+(?:le\s+|les\s+|"
             r"des\s+)?(?:bruits?\s+(?:de\s+|d')?)?(?:\w+\s+)?$")
PASSIVE_BEFORE = r"\b(?:a ete|ont ete|ete|est|sont|etait|etaient|fut|furent)\s+(?:\w+\s+)?$"
AGENT_AFTER = (r"^\W*(?:[\w'/-]+\W+){0,5}?par\s+(?:(?:au moins|plus de|environ)\s+)?"
               r"((?:(?!(?:a|au|dans|pres|pendant|lors|apres|quand|qui|car|pour)\b)"
               r"[\w'/-]+\s*){1,8})")
PHRASE_STOP = (r"\b(?:a|au|aux|dans|sur|pres|avec|pendant|lors|apres|quand|avant|car|comme|"
               r"qui|que|depuis|vers|par|pour)\b|[,;:()]")
SUBJECT_STOP = r"[,;:()]|\b(?:mais|tandis que|quand|apres|comme|qui|que)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:mais|tandis que|quand|parce que)\s+|\d{4},\s*"
HARMED = (r"\b(?P<active>tuant|blessant)\b(?!\s+(?:et|dans|par|a|pendant))|"
          r"\b(?:a ete|ont ete|ete)\s+(?:\w+\s+)?(?:tue\w*|blesse\w*)\b")
TARGET_PREPOSITION = r"\s+(?:sur|contre|vers)\s+"
FIRE_TARGET = r"\b(?:sur|contre|vers)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)"
INTO_THE_AIR = r"\b(?:en l'air|tirs? de sommation|coups? de semonce)\b"
ONLY_AT = r"\buniquement\s+(?:sur|contre)\b"
SETTLEMENT_FIRED_ON = NEVER
WEAPONS_USED = NEVER
HARM_DONE = NEVER
MINE_SITE = NEVER
SMALL_ARMS = (r"\b(?:armes legeres|armes automatiques|mitrailleuses?|fusils?|armes de petit "
              r"calibre|armes d'infanterie|snipers?|tireurs d'elite|coups de feu|rafales)\b")

# --- Where: how a place name is used in its sentence

LOCATIVES = frozenset("a au aux en dans pres autour sur sous hors travers long proximite "
                      "environs alentours abords".split())
NEAR_WORDS = frozenset("pres proximite environs alentours autour peripherie banlieue "
                       "direction vers abords".split())
MODIFIERS = frozenset(
    "de du des d' l' la le les un une ville villes village villages localite localites "
    "capitale region regions province provinces district districts zone zones secteur "
    "peripherie banlieue centre coeur environs abords partie direction route corridor "
    "regionale regional nord sud est ouest frontalier frontaliere frontaliers separatiste "
    "autoproclamee occupe occupee disputee strategique historique ancienne montagneuse "
    "petite grande principale voisine proche tout toute entier entiere son sa ses leur "
    "leurs notre enclave territoire".split())
LANDMARK_GAP = (r"^\s*,?\s*(?:pres de|non loin de|a proximite de|aux abords de|"
                r"a cote de)\s+(?:la\s+|l')?$")
ACTOR_AFTER = NEVER
SPEECH_AFTER = (r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,)?\s+(?:a\s+|ont\s+|avait\s+|aurait\s+)?"
                r"(?:(?:aussi|egalement|deja|ensuite|encore)\s+)?(?:dit|declare|annonce|"
                r"affirme|accuse|rejete|dementi|nie|indique|precise|assure|confirme|condamne|"
                r"appele|exhorte|reclame|exige|menace|promis|signe|reconnu|estime|souligne|"
                r"repondu|averti|denonce)\b")
STATEMENT_AT_BEFORE = NEVER  # where a statement was made, for what it tells (see en)
ACTOR_BEFORE = (r"\b(?:par|selon|accuse|accusant|contre|avec|(?:president|gouvernement|"
                r"ministere|ministre|dirigeant|armee|force|troupe|soldat|autorite|parlement|"
                r"responsable|representant|delegation|ambassadeur|envoye|gouverneur|maire|"
                r"chef|commandant|porte parole|procureur|ambassade|citoyen|ressortissant|"
                r"militaire|police|republique)s? (?:de\s+|du\s+|des\s+|d')(?:la\s+|l')?"
                r"(?:\w+\s+){0,2}?|au nom de\s+(?:la\s+|l')?|(?:bombardements?|pilonnages?|"
                r"frappes|tirs)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+))$")
LOCATIVE_BETWEEN = r"\b(?:route|frontiere|corridor|axe|ligne|zone|region)\s+entre\s+"
SPEAKERS_AT = (r"\b(?:responsables?|sources?|diplomates?|analystes?|autorites|gouvernement|"
               r"ministere|porte parole|observateurs|experts|dirigeants?)\s+(?:a|en)\s+$")
BORDER_WITH = r"\bfrontiere\s+avec\s+(?:la\s+|le\s+|l')?$"
# How far (characters) before its trigger such a subject may stand.
PASSIVE_REACH = 50
PASSIVE_AFTER = (r"^\s*(?:,[^,]{0,60},\s*)?(?:a ete|ont ete|est|sont|etait|etaient|"
                 r"a de nouveau ete|reste|restent)\b")
# "les bombardements de Martakert" is the town shelled; with the article a country takes,
# "les bombardements de l'Azerbaïdjan" is who shelled.
OF_PEOPLE = (r"\b(?:(?:habitants?|natifs?|villageois|population|citoyens|centre|coeur|"
             r"peripherie|banlieues?|partie|parties|environs|abords|rues?|quartiers?|villes?|"
             r"villages?|region|district|zone|capitale|direction|prise|capture|liberation|"
             r"chute|blocus|occupation|evacuation|controle|retrocession|restitution|retour|"
             r"entree)\s+(?:de\s+|du\s+|des\s+|d')(?:la\s+|l')?|(?:bombardements?|"
             r"pilonnages?)\s+(?:de\s+|d'))(?:[\w']+\s+){0,2}?$")
AGREEMENT_AREA = (r"\b(?:combats|hostilites|guerre|cessez le feu|treve|affrontements|conflit|"
                  r"paix|reglement|violence)\s+(?:a|au|en|dans|autour|pour|sur)\s+(?:de\s+|"
                  r"du\s+)?(?:la\s+|le\s+|l')?$")
PEOPLES_LAND = r"^s?\s+(?:territoire|territoires|sol)\b"
AT_THE_BORDER = NEVER  # an event on a border, no place named (see en)
# A conceding clause's places are its own (see en).
CONCESSIVE_OPENING = r"\W*(?:malgre|bien que|quoique)\b"
NEIGHBOURHOOD_AFTER = NEVER  # a city's part by its word after it (see en)
QUALIFIER_OF_PLACE = (r"\b(?:a|au|en|dans|pres de|de|vers)\s+(?:la\s+|le\s+|l')?(?:[\w'-]+\s+|"
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
LANDMARK_BEFORE = (r"\b(?:frontalier de|limitrophe de|voisin de|a cote de|pres de la frontiere "
                   r"avec)\s+(?:la\s+|l')?$")
CONVEYANCE_FROM_BEFORE = NEVER
RECIPIENT_BEFORE = (r"\b(?:remis|rendu|restitue|cede|retrocede|transfere)\w*\s+(?:\w+\s+){0,2}?"
                    r"(?:a|au)\s+(?:la\s+|l')?$")
SETTLEMENT_AFTER = r"\s+(?:village|localite|hameau|ville|quartier|district|camp)\b"
# For unresolved.csv (geo.events.unlisted): a place's noun and "de" before a name ("le camp
# de X", "la province de X"), and what makes a name who rather than where.
PLACE_NOUN_OF = (r"\b(?:village|ville|localite|hameau|camp|quartier|district|province|region|"
                 r"commune|departement|prefecture)\s+(?:de\s+|d'|du\s+|des\s+)(?:la\s+|l')?$")
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = NEVER
NOT_PLACE_OF = (r"\b(?:en soutien a|en faveur de|en memoire de|en l'honneur de|au nom de)\s+"
                r"(?:la\s+|l'|du\s+)?$")
PEOPLES_TOWN_GAP = NEVER
WIDER_PLACE_GAP = (r"\s*(?:(?:village|localite|hameau)\s+)?(?:\(\s*|,\s*|(?:de|du|dans|pres de)"
                   r"\s+(?:la\s+|l')?(?:\w+\s+){0,2}?)")
MADE_AT = r"\b(?:a|au|en|depuis)\s+(?:(?:ville|capitale)\s+(?:de\s+|d'))?$"
FORMAL_CLAIM = r"(?:declaration|communique)\b"
AGREED_AT = r"\b(?:convenu|signe|conclu|negocie|obtenu)\w*\s+(?:\w+\s+){0,2}?(?:a|au|en)\s+$"
SEAT_AT = NEVER  # where a body has its seat (see en)
STANDING_AT = (r"\b(?:stationne\w*|poste\w*|base\w*|deploye\w*|situe\w*)\s+(?:a|au|en|dans|"
               r"pres de)\s+(?:la\s+|l')?(?:[\w']+\s+){0,2}?$")
AGENT_VERBS = frozenset(
    "bombarde bombardent pilonne pilonnent attaque attaquent capture captures reprend "
    "reprennent lance lancent tire tirent frappe frappent vise visent occupe occupent "
    "bloque bloquent ferme ferment arrete arretent detient signe signent accuse accusent "
    "declare declarent impose imposent deploie deploient envahi".split())
AUXILIARY_ADVERBS = frozenset("a ont aussi egalement ensuite deja encore avait avaient "
                              "aurait auraient".split())
GOVERNMENT_OF = NEVER  # a state's government as its act's doer (see en)
GOVERNMENT_AFTER = NEVER
NOT_THE_SUBJECT = r"\b(?:de|par|avec|contre|a|que|d')\s*(?:la\s+|le\s+|l')?$"
OBJECT_VERBS = frozenset(
    "bombarde bombardent bombardant pilonne pilonnent attaque attaquent frappe frappent "
    "frappant vise visent touche capture reprend reprennent occupe occupent envahi quitte "
    "quittent fuient fui evacue encercle assiege libere bloque detruit endommage "
    "bombardement bombardements pilonnage".split())
FROM_WORDS = frozenset({"depuis"})
ORIGIN_FILLERS = frozenset()  # between 'from' and an attack's origin (see en)
INCLUDING_WORDS = frozenset({"dont", "notamment"})
FOR_WORDS = frozenset({"pour"})
TO_WORDS = frozenset({"jusqu'a", "vers"})  # where people went: a destination
CROSSED_WORDS = frozenset()  # a crossing is where it crossed (see en)
BATTLE_FOR = r"\b(?:bataille|combats?|lutte|guerre)\s+pour\s+[\w\s']*$"
ROAD_TO = r"\b(?:route|chemin|axe|corridor)\s+(?:vers|de|menant a)\s+[\w\s']*$"
REFERENCE = (r"\b(?:(?:a|dans|pres de|autour de|hors de|de|en)\s+(?:cette|ce)\s+"
             r"(?P<noun>region|enclave|territoire|republique|province|district|pays|ville|"
             r"village|capitale)|\b(?:sa|son|ses)\s+(?P<own>frontieres?|territoire|sol))\b")
REFERENCE_KINDS = {
    "region": "region admin1 admin2", "enclave": "region admin1 admin2",
    "territoire": "region admin1 admin2", "republique": "region admin1 country",
    "province": "admin1 admin2 region", "district": "admin2 admin1 region",
    "pays": "country", "ville": "city", "village": "city", "capitale": "city",
}
PRESENT = (r"\b(?:est|sont|reste|restent|continue|continuent|demeure|demeurent|vit|vivent|"
           r"attend|attendent)\b")
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:parlement|assemblee nationale|siege du gouvernement|palais presidentiel|"
                 r"bureau du premier ministre)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
DEFINITE_JUST_BEFORE = r"\b(?:ce|cet|cette|ces)\s+(?:meme\s+)?$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
OWN_TIME_AFTER = r"\s+(?:(?:en|le|du|de|depuis)\s+)?"
OWN_TIME_BEFORE = r"\s+"
ANOTHER_ACT_BETWEEN = NEVER
TIME_ANCHOR_BEFORE = r"\b(?:apres|avant|depuis|suite a)\s+(?:les?\s+|la\s+|l')?(?:\w+\s+)?$"
DEFINITE = r"\b(?:ce|cet|cette|ces)\s+(?:[a-z]+\s+){0,2}$"
HARMED_BEFORE_NOUN = NEVER
IN_THE_EVENT = NEVER
EARLIER_FIGHTING = (r"\W*(?:[\w'-]+\s+){0,4}?(?:lors|au cours|pendant)\s+(?:des\s+|du\s+|"
                    r"de\s+la\s+)?(?:recents?|derniers?|dernieres?)\s+(?:combats|guerre|"
                    r"hostilites|affrontements|offensive|conflit)\b")
PLUPERFECT = r"\b(?:avait|avaient)\s+(?:\w+\s+){0,2}?(?:ete\s+)?\w+(?:e|es|ee|ees|i|is|u|us)\b"
REPORTED_SPEECH = (r"\b(?:a|ont)\s+(?:dit|declare|affirme|annonce|indique|precise|"
                   r"rapporte|confirme)\b")

# --- How many were killed

UNITS = {"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
         "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
         "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
MULTIPLIERS = {"cent": 100, "cents": 100, "mille": 1000}
DOZEN = frozenset({"douzaine"})
AND = frozenset({"et"})
ARTICLES = frozenset({"un", "une"})
ANIMALS = frozenset()  # animals a count may name (see en)
NOT_PEOPLE = frozenset("heures heure jours jour semaines semaine mois ans annees km kilometres "
                       "metres fois pour maisons batiments chars drones vehicules".split())
VAGUE = frozenset("dizaines centaines milliers plusieurs nombreux nombreuses quelques".split())
VAGUE_COUNTS = {"dizaines": 10}  # (see en)
PERSONS = (r"(?:personnes?|civils?|soldats?|militaires?|combattants|hommes?|femmes?|enfants?|"
           r"habitants?|villageois|policiers?|journalistes?|membres?|victimes|bebes?|"
           r"refugies|casques|\w{3,}iens?|\w{3,}ais)")
NP_STOP = frozenset("dans sur a au aux par apres avant pendant lors quand alors que qui ou "
                    "depuis pres vers avec sans pour et ont a ete sont est etaient "
                    "blesses blessees".split())
AFTER_KILLING = frozenset("au moins plus de environ pres quelque".split())
KILLING = frozenset({"tue", "tues", "tuee", "tuees", "tuant", "morts", "mortes", "deces",
                     "decedes"})
KILLING_ACTIVE = frozenset({"tuant", "tue"})
PASSIVE = frozenset({"ete", "sont", "est", "furent", "fut"})
AUXILIARIES = frozenset({"ont", "a", "été", "ete", "sont", "est", "avaient", "avait"})
SINGULAR_PASSIVE = frozenset({"est", "fut"})
DEATH_TOLL = (r"\b(?:bilan|nombre de (?:morts|victimes|tues)) (?:\w+ ){{0,10}}?(?:a|est de|"
              r"s'eleve a|atteint|passe a) (?:au moins |plus de |environ )?(\d{{1,3}}(?:,\d{{3}})+|"
              r"\d+|(?:{number})(?: (?:{number}|et))*)\b")
KILL_WORD = (r"\b(?:tue|tues|tuee|tuees|tuant|morts?|decede\w*|deces|perdu la vie|sans faire "
             r"de victimes|bilan)\b")
ONE_BODY = NEVER  # one dead told by a body found (see en)
ONE_DEAD = NEVER  # one dead told by a verb of one death (see en, ru)
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:personne n'a ete (?:tue|blesse)|aucune victime|aucun mort|aucun blesse|"
        r"pas de victimes|sans faire de victimes|aucune perte)\b")

# --- Function words the logic reads by name

LISTED = r"\s*(?:,|,?\s+et|,?\s+ou)\s+(?:la\s+|le\s+|l'|les\s+)?"
# The two sides of a clash written after it: "des affrontements ont eclate entre X et Y".
CLASH_SIDES = (r"^\s+(?:\w+\s+){0,3}?entre\s+(?:les?\s+|la\s+|l')?(?P<first>(?:[\w'-]+\s+){1,5}?)"
               r"et\s+(?:les?\s+|la\s+|l')?(?P<second>[\w'-]+(?:\s+[\w'-]+){0,4}?)(?=\s*[,.;:()]|"
               r"\s*$|\s+(?:a|au|aux|dans|pres|pendant|apres|qui|que|lors|depuis|pour|faisant)\b)")
PEOPLE_NOUN = r"s$"  # "les Palestiniens", not "arméniennes" before a noun
IT_DOER = NEVER  # a state named before as its act's subject (see en)
THEY_DOER = r"\b(?:ils|elles)\b"
WHILE_IT_WENT_ON = NEVER  # an act told as going on while another did (see en)
HARMED_AFTER_ACTOR = NEVER  # armed people named only as harmed (see en)
DOERS_TOLD_OF = NEVER
ROAD_NAMED_AFTER = NEVER
HOW_IT_HAPPENED = r"\s*(?:lorsque|quand|alors que|apres)\s"
OF_ANOTHER = r"\bqui\s+(?:a|avait|ont|avaient)\s+ete\s+(?:\w+\s+)?$"  # "qui avait été arrêté"
FIGURATIVE = (r"\s+(?:contre|a)\s+(?:la\s+|le\s+|les\s+|l')?(?:\w+\s+)?(?:liberte|libertes|droits|"
              r"democratie|presse|constitution|souverainete|dignite|justice)\b")
BETWEEN = r"\bentre\s+(?:(?:la\s+|le\s+|l')?[\w']+\s+){0,3}?(?:et\s+)?(?:la\s+|le\s+|l')?$"
BETWEEN_LIST = r"\bentre\s+(?:la\s+|le\s+|l')?(?:[\w']+\s+){0,2}?$"
NOT_BEFORE = r"\bpas\s+(?:a|en|dans)\s+$"
FRONTED = (r"\W*(?:a|au|en|dans|pres de|autour de|hors de)\s+(?:la\s+|le\s+|l')?"
           r"(?:[\w']+\s+){0,3}?")
NOT_A_QUALIFIER = r"[;:]|\b(?:et|ou|mais|tandis|depuis|vers|jusqu'a)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:dont|notamment|y compris)\b"
FROM_AFTER = r"\s+(?:\w+\s+){0,4}?(?:de|du|des|d')"
ARMS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:armes?|munitions|fusils|explosifs|caches? d'armes)\b")
INSTITUTION_AFTER = NEVER  # an institution taken over, no ground (see en)
POWER_AFTER = r"\s+(?:le\s+)?pouvoir\b"  # "pris le pouvoir"
BUILDING_AFTER = NEVER
GOODS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:vivres|nourriture|betail|troupeaux|vaches|chevres|"
               r"moutons|chameaux|animaux|biens|marchandises|argent|vehicules?|motos?|recoltes|"
               r"carburant)\b")
PEACEKEEPERS = r"(?:casques bleus|maintien de la paix|soldats de la paix|force de paix)"
DEMAND_BEFORE = NEVER  # (a protest's demand: no words here yet)
TOPIC_BEFORE = (r"\b(?:sur|a propos de|concernant|au sujet de)\s+(?:la\s+|le\s+|l')?(?:\w+\s+)?"
                r"(?:situation|reglement|question|statut|avenir)\s+(?:en|au|a|de|du|d')\s*"
                r"(?:la\s+|l')?$")


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
KILLING_AS_VERB: frozenset[str] = frozenset()

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
DEMAND_AFTER = (r"\b(?:exigeant|pour exiger|reclamant|pour reclamer|pour protester|"
                r"pour denoncer|denoncant|en signe de protestation)\b")  # (see en)
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
