"""Spanish words and phrases the events stage reads, apart from the trigger table.

The names of `geo.lang.en.words`, for Spanish. A string is a regular expression over folded
text (lower case, accents dropped, "ñ" as "n", hyphens as spaces) unless its comment says "as
written"; a frozenset is a set of folded words, except the sets the assertion rules read from
the words as written in lower case (NEGATORS, NOT, ENDERS, MODALS, HABITS, AND, AUXILIARIES),
given with and without their accents. The definite article is no reference to an event told
before in Spanish ("los combates se reanudaron"): only "este, esta, estos, estas" are.

Concepts with no Spanish words yet, whose patterns never match (r"(?!x)x") or whose sets are
empty, are listed at the end of the module: among them the infinitive after "to", the names
of places as modifiers, events told from another ("un día después"), and the town unnamed.
"""

NEVER = r"(?!x)x"  # a pattern that never matches: a concept with no words here yet

# --- Sentences (as written)

TITLES = frozenset("sr sra srta dr dra lic gral cnel tte sgto sto sta ud uds".split())
BEFORE_NUMBERS = frozenset("no nº núm num art p pp ene feb abr sept oct nov dic".split())
NEVER_LAST = frozenset("etc p.ej aprox".split())
SENTENCE_STARTERS = frozenset(
    "el la los las un una en a de pero y este esta estos estas su sus según segun tras "
    "después despues cuando varios dos tres todos".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]»]*(?=\s)"
OPEN_END = (r"(?i)(?:,|-|\b(?:el|la|los|las|un|una|de|del|a|al|en|por|para|con|y|o|pero|que|"
            r"su|sus|es|son|ha|han|fue|fueron))$")
# A link to another story: its places are that story's (see en).
LINK_TO_ANOTHER_STORY = r"\W*(?:lea tambien|lee tambien|ver tambien|te puede interesar)\s*:"
EDITORIAL = (r"\W*(?:correccion|fe de erratas|nota del editor|actualizacion)\b|"
             rf"{LINK_TO_ANOTHER_STORY}")

# --- Clauses and whether an event is asserted

CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:pero|mientras|aunque|sin embargo|"
                r"cuando|porque|ya que|que|quien|quienes|donde|cual|cuales)\s")
RELATIVE_OPENING = r"\b(?:que|quien|quienes|cual|cuales|donde)\s*$"
UNDER_WAY = NEVER  # a relative clause of what was under way (see en)
RELATIVE_PRONOUN = NEVER
PARTICIPLE_OPENING = NEVER
MADE_ON_BEFORE = NEVER
# (As written) "la aldea de Sotk, donde tuvieron lugar los combates": where it happened.
WHERE_OPENING = r"(?i)\s*,\s*(?:donde|en (?:el|la|los|las) que)\b"
BEGAN_AT = r"\s*(?:comenzo|comenzaron|empezo|se celebro|se celebraron|tuvo lugar)\b"
NEGATORS = frozenset("no nunca jamás jamas ningún ningun ninguna ninguno sin ni nadie "
                     "nada".split())
ENDERS = frozenset("fin puso pusieron cesó ceso cesaron detuvo detuvieron levantó levanto "
                   "levantaron terminó termino".split())
MODALS = frozenset("podría podria podrían podrian podrá podra podrán podran puede pueden "
                   "debería deberia Podría Podria".split())
NOT = frozenset("no".split())
CLAIMED_BEFORE = NEVER  # a claim of an act told already (see en)
REFERRED = r"\b(?:desde|hasta|pese a|a pesar de) (?:el|la|los|las|este|esta) (?:\w+ )?$"
DENIAL = (r"\b(?:desmint\w*|desminti\w*|nieg\w*|nego|negaron|rechaz\w*|falso|falsa|falsos|"
          r"infundad\w*|desinformacion|noticias falsas|bulo|rumor\w*|supuest\w*|"
          r"presunt\w*|ninguna prueba)\b")
PROPOSED_BEFORE = NEVER
INTENTION = (r"\b(?:amenaz\w*|planea\w*|planific\w*|pretend\w*|prometi\w*|promete\w*|"
             r"quier\w*|quiso|quisieron|busca\w*|prepar\w* para|dispuest\w* a|se nego a|"
             r"intent\w*|trat\w* de|esper\w*|riesgo de|para evitar|a fin de|con el fin de|"
             r"pidi\w*|exig\w*|teme\w*|temor\w*|posib\w*|eventual\w*|impedir|evitar|"
             r"en caso de|ultimatum|en visperas de|ante la amenaza)\b")
WISH_TO = (r"\b(?:quier\w*|quiso|quisieron|desea\w*|espera\w*|planea\w*|dispuest\w*|"
           r"intent\w*|trat\w* de)\b")
CONDITIONAL = r"\b(?:si|a menos que|en caso de que|en caso de)\b"
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:(?:fue|fueron|ha sido|han sido) (?:desmentid\w*|"
                r"negad\w*|rechazad\w*)|(?:es|son|era) (?:falso|falsa|infundad\w*)|"
                r"no ocurrio|no es cierto)\b")
DEBUNKED = r"\b(?:desmentid\w*|mentiras?|bulo)\b"
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:varias|muchas|repetidas|numerosas) veces\b|"
            r"\W*(?:\w+\W+){0,2}?(?:repetidamente|regularmente|frecuentemente|"
            r"periodicamente|sistematicamente)\b|\W*(?:\w+\W+){0,2}?en los ultimos "
            r"(?:anos|meses|semanas)\b")
REHEARSED = r"\b(?:simul\w*|escenarios?|practic\w*|ensay\w*)\b"
SEEN_HEARD = (r"\b(?:se (?:podian|podia|pudieron|pudo) (?:oir|escuchar|ver)|se escucharon|"
              r"se oyeron)\b")
HABITS = frozenset("regular regulares regularmente anual anuales habitual habituales a menudo "
                   "frecuentemente rutinarios".split())
BACKGROUND = (r"\b(?:tras|despues de|pese a|en medio de)\s+(?:\w+\s+){0,3}?(?:horas?|dias?|"
              r"semanas?|meses|anos|decadas?)\s+(?:de|bajo)\s+(?:\w+\s+){0,2}$")
ARMED_WHO_FLEE = NEVER  # (armed men's flight: no words here yet)
FORCED_OUT = NEVER
SOMEONE = NEVER  # (one person as a victim: no words here yet)
PRIOR_OF_SOMEONE = NEVER  # (someone's past told in a relative clause: no words here yet)
REMEMBERED = (r"\b(?:retratos?|fotos?|fotografias?|nombres?|tumbas?|funeral\w*|memoria|"
              r"monumento|familias?|familiares|homenaje\w*|conmemor\w*)\s+(?:de\s+|del\s+)?"
              r"(?:[\w,]+\s+){0,4}$")
DEPICTED = (r"\b(?:videos?|imagenes|fotos?|grabacion\w*|clips?)\b(?:[^.;]{0,60}?\b(?:muestra\w*|"
            r"se ve|se ven)\b|\s+(?:de|del)\s+(?:\w+\s+){0,3}$)")
LATER = NEVER  # a later time (see en)
ANOTHER = (r"\b(?:nuevo|nueva|nuevos|nuevas|otra vez|de nuevo|nuevamente|otro|otra|otros|"
           r"otras|segundo|segunda|tambien|ademas|adicional\w*)\b")
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
CUMULATIVE = (r"\b(?:desde (?:el )?(?:inicio|comienzo) de (?:la guerra|el conflicto|los "
              r"combates|las hostilidades)|desde (?:\w+ ){0,3}?(?:comenzo|comenzaron|estallo|"
              r"estallaron)|en total|hasta ahora|hasta la fecha|a lo largo de la guerra|"
              r"durante (?:toda )?la guerra|guerra de (?:\d+|cuarenta y cuatro) dias)\b")
TALLY = (r"\b(?:bajas|perdidas|balance|victimas)\s+(?:\w+\s+){0,3}?(?:en|durante|de)\s+"
         r"(?:la\s+|los\s+|las\s+)?(?:\w+\s+)?$")
ESCORTED = (r"\b(?:fuerzas de paz|pacificador\w*|humanitari\w*|ayuda|alimentos|convoy\w*|"
            r"civiles|ciudadanos|refugiados)\b")
TOWN_AS_SUBJECT_AFTER = NEVER  # a town as the subject of the words after it (see en)
TOWN_GOVERNED_BEFORE = NEVER  # ... but governed inside the subject (see en)
RECENT_SPAN = NEVER  # a trend told over a span (see en)
GENERIC = (r"\b(?:desde hace (?:decadas|anos|semanas|meses)|(?:periodicamente|"
           r"esporadicamente|de vez en cuando) (?:se reanudan|estallan))\b")

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:civiles?|habitantes?|aldeanos?|vecinos?|periodistas?|reporteros?|"
             r"pasajeros?|autobus|ambulancias?|hospital(?:es)?|escuelas?|iglesias?|"
             r"mercados?|casas?|viviendas?|familias?|ninos?|ninas?|mujer(?:es)?|hombres?|"
             r"agricultores?|pastores?|maestros?|estudiantes?|medicos?|enfermer\w*|"
             r"personas?|poblacion|ciudadanos?|refugiados?|detenidos?|prisioneros?|rehenes|"
             r"zonas? residenciales?|barrios? residenciales?|infraestructuras? civiles?)\b")
MILITARY = (r"\b(?:posiciones|posicion|tropas|soldados?|ejercito|militares?|fuerzas|puestos?|"
            r"bases?|linea del frente|frente|puntos? de control|unidades|convoyes?|tanques?|"
            r"combatientes|separatistas?|rebeldes?|trincheras|guardias? fronterizos?|"
            r"policias?|policia|oficiales?|patrullas?|milicias?|reclutas)\b")
ARMED_ACTORS = (r"\b(?:tropas|soldados?|ejercito|militares|fuerzas|unidades|combatientes|"
                r"separatistas?|rebeldes?|milicianos?|policias?|policia|gendarmes?|"
                r"oficiales?|guardias? fronterizos?|milicias?|insurgentes?|francotiradores?|"
                r"atacantes|hombres armados|grupos? armados?|terroristas?|yihadistas?)\b")
ARMED_DOERS = NEVER  # (criminal armed groups as doers: no words here yet)
OUT_OF_SERVICE = (r"\b(?:ex|antiguo|antigua|exmilitar|retirad\w*|desarmad\w*|desmovilizad\w*)\s+"
                  r"(?:\w+\s+)?(?:soldados?|militares?|policias?|oficiales?|combatientes?|"
                  r"rebeldes?|ministros?)\b")
CLASH_WITH_CROWD = NEVER
COMMUNAL_SIDE = NEVER  # a community's men as the other side of a clash (see en)
ONE_DOER = r"\b(?:un|una)\s+(?:\w+\s+)?(?:hombre|mujer|individuo|persona|atacante|agresor)\b"
PROTESTS_TARGETED = NEVER  # a protest named as the target of an act (see en)
CROWD_SEEKING_AID = NEVER  # a crowd that waits for aid (see en)
PROTESTERS = r"\b(?:manifestantes?|protestantes|multitud|concentracion|huelguistas)\b"
RIOTERS = r"\b(?:alborotadores?|turbas?|multitud|saqueadores?)\b"
NON_STATE = (r"\b(?:separatistas?|rebeldes?|milicias?|insurgentes?|grupos? armados?|"
             r"autoproclamad\w*|ejercito de defensa|paramilitares?|mercenarios|yihadistas?|"
             r"terroristas?)\b")
TERRITORY = (r"\b(?:aldeas?|pueblos?|ciudad|ciudades|localidades?|alturas?|colinas?|regiones|"
             r"region|distritos?|territorios?|posiciones|zonas?|puentes?|carreteras?|"
             r"aeropuerto|bases?|capital|bastion|control|provincias?|paso|corredor|tierras?)\b")
HANDOVER = (r"\b(?:entreg\w*|devolv\w*|devuelt\w*|devolucion|cedi\w*|traspas\w*|"
            r"de acuerdo con|en virtud de|segun el acuerdo|en el marco de|acuerdo "
            r"(?:trilateral|tripartito|de paz|de alto el fuego)|declaracion trilateral)\b")
SHELL_WORDS = (r"\b(?:obuses|proyectiles?|bombarde\w*|artilleria|cohetes?|misiles?|morteros?|"
               r"grad|smerch|armas pesadas|lanzacohetes|canone\w*)\b")
HEAVY_WEAPONS = (r"\b(?:armas pesadas|artilleria|morteros?|obuses|lanzacohetes|grad|smerch|"
                 r"tanques?|misiles?|cohetes?|lanzagranadas)\b")
AIR_WORDS = r"\b(?:aviacion|aviones?|aereos?|aereas?|helicopteros?|drones?|bombarderos?)\b"
REMOTE_WEAPONS = (
    (r"\b(?:drones?|aviones?|aviacion|helicopteros?|ataques? aereos?|bombarderos?)\b",
     "Air/drone strike"),
    (r"(?<!lanza)\bgranadas?\b", "Grenade"),
    (r"\b(?:minas?|artefactos? explosivos?|bombas? caseras?)\b", "Remote explosive/landmine/IED"),
    (r"\b(?:artilleria|morteros?|cohetes?|misiles?|obuses|armas pesadas)\b",
     "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:drones?|ataques? aereos?)\b"
DROPPED_FROM_AIR = NEVER  # (a munition dropped from the air: no words here yet)
ACCIDENT = (r"\b(?:combustible|gasolina|gas|deposito|almacen|accident\w*|fuga|fabrica|"
            r"gasolinera|cisterna|caldera)\b")
AGREEMENT_VERBS = (r"\b(?:entr\w* en vigor|firm\w*|alcanz\w*|anunci\w*|declar\w*|negoci\w*|"
                   r"acord\w*|pact\w*|a partir de|desde la medianoche|a medianoche|"
                   r"mediacion|mediad\w*)\b")
UNDER_AGREEMENT = (r"\b(?:en virtud del?|de acuerdo con|en el marco del?|segun|conforme a)\s+"
                   r"(?:el\s+|la\s+|un\s+|una\s+)?(?:[\w']+\s+){0,3}?$")
MEDIATION = (r"\b(?:mediacion|conversaciones|negociaciones|acuerdo|acordaron|alto el fuego|"
             r"tregua)\b")
AGREEMENT_BROKEN = r"\b(?:viol\w*|incumpl\w*|rompi\w*|colaps\w*)\b"
MADE_WHERE_OR_WHEN_AFTER = NEVER
PEACEKEEPER_VERBS = (r"\b(?:despleg\w*|llegaron|llego|entraron|entro|estacion\w*|retir\w*|"
                     r"abandon\w*|patrull\w*|escolt\w*|instal\w*)\b")
KEPT_SINCE = NEVER
RETREAT_AFTER = NEVER
FLED_NEXT_BEFORE = NEVER
SOME_OF_THEM_BEFORE = NEVER
TARGET_OF_BEFORE = NEVER
ATTACKERS = r"\b(?:atacantes?|agresores?|sospechosos?|autores?|asesinos?|ladrones?)\b"
REFUGEES = (r"\b(?:refugiados?|habitantes?|civiles?|familias|personas|aldeanos|miles|cientos|"
            r"mujeres|ninos|poblacion|armenios|azerbaiyanos)\b")
NATURAL_DEATH = (r"\b(?:hambre|desnutricion|enfermedad|causas naturales|ataque al corazon|"
                 r"infarto|falta de (?:alimentos|medicinas)|covid|coronavirus|"
                 r"accidente de trafico|ahogad\w*|terremoto|inundacion)\b")
PROTEST_KILLED = r"\b(?:muertos?|matad\w*|fuego real|abrieron fuego|dispararon contra)\b"
FORCE_ON_A_CROWD = NEVER
PROTEST_VIOLENT = (r"\b(?:enfrentamientos?|choques?|piedras|asaltaron|irrumpieron|incendi\w*|"
                   r"destroz\w*|violent\w*|disturbios?|barricadas?|neumaticos)\b")
PROTEST_CALM = r"\b(?:pacificamente|sin incidentes|de forma pacifica)\b"
DISPERSED_ITSELF = NEVER
CAUSE_BROKEN = r"[,;]"  # what ends a cause's words before a death (see en)
RELATIVE_AFTER = NEVER  # a relative clause about the words before it (see en)
PROTEST_CAUSE = (r"\b(?:tras|despues de|contra|para (?:protestar|denunciar|exigir)|"
                 r"denunciando|exigiendo|en protesta por)\b")
PROTEST_INTERVENTION = (r"\b(?:dispers\w*|gases? lacrimogenos?|canones de agua|balas de goma|"
                        r"detenid\w*|arrest\w*|porras|cargaron|desaloj\w*)\b")
AID_MOVES = (r"\b(?:entreg\w*|llegaron|llego|entraron|entro|cruzaron|cruzo|distribu\w*|"
             r"permitid\w*|convoy\w*|camiones|cargamentos?)\b")
CONVOY_HELD = (r"\b(?:esperan|esperando|bloquead\w*|varad\w*|detenid\w*|rechazad\w*|"
               r"no se permitio|impedid\w*)\b")
CORRIDOR = r"\b(?:corredor|paso fronterizo|suministros?|gas|electricidad|entregas)\b"
LOCAL_ROAD = (r"\b(?:carreteras?|calles?|autopistas?|rutas?|accesos?|entradas?|puentes?|cruces?|"
              r"trafico)\b")
ARREST_NOT = r"\s+(?:ordenes?|orden de)\b"
PEOPLE_TAKEN = (r"^\s+(?!por\s)(?:\w+\s+){0,3}?(?:soldados?|militares?|prisioneros?|rehenes|"
                r"civiles?|personas|hombres|combatientes)\b")
TALKS = r"\b(?:conversaciones|negociaciones|consultas|reunion|cumbre|dialogo)\b"
CALLS = r"\b(?:conversacion telefonica|llamadas? telefonicas?)\b"
PEACEFUL_ENTRY = r"\b(?:entraron|entro|tomaron el control|tomo el control|bajo (?:el )?control)\b"
OFFICIALS = (r"\b(?:presidentes?|primeros? ministros?|ministros?|ministerio|cancilleres?|"
             r"cancilleria|reyes?|jefes? de estado|lideres|lider|delegaciones?|enviados?|"
             r"embajadores?|diplomaticos?|mediadores?|copresidentes?|representantes|"
             r"negociadores|funcionarios|consejo de seguridad|onu|naciones unidas|"
             r"union europea|ue|otan|osce|grupo de minsk|kremlin|casa blanca|parlamento|"
             r"senado|gobierno|portavoz)\b")
MOB = (r"\b(?:multitud|turbas?|jovenes|hombres|personas|grupo de|habitantes|aldeanos|vecinos|"
       r"activistas|partidarios)\b")
MOB_WEAPONS = (r"\b(?:palos|piedras|garrotes|machetes|cuchillos?|hachas|barras de hierro|"
               r"ladrillos)\b")
GUNFIGHT = NEVER
GUNS = r"\b(?:armas? de fuego|fusiles?|pistolas?|disparos?|dispar\w*|balas?|tiroteos?)\b"
PERCEIVED = (r"\b(?:oy\w*|escuch\w*|vi(?:o|eron)|presenci\w*|testig\w*)\s+(?:el\s+|los\s+)?"
             r"(?:(?:sonidos?|ruidos?)\s+de\s+)?(?:\w+\s+)?$")
PASSIVE_BEFORE = r"\b(?:fue|fueron|ha sido|han sido|sido|es|son|era|eran)\s+(?:\w+\s+)?$"
AGENT_AFTER = (r"^\W*(?:[\w'/-]+\W+){0,5}?por\s+(?:(?:al menos|mas de|unos)\s+)?((?:(?!(?:en|"
               r"cerca|durante|tras|cuando|que|porque|para)\b)[\w'/-]+\s*){1,8})")
PHRASE_STOP = (r"\b(?:en|sobre|cerca|con|durante|tras|cuando|antes|porque|como|que|desde|"
               r"hacia|por|para)\b|[,;:()]")
SUBJECT_STOP = r"[,;:()]|\b(?:pero|mientras|cuando|tras|como|que)\s+"
EARLIER_VERB = NEVER  # a verb the same subject did first (see en)
SENTENCE_PART_STOP = r"[;:]|\s[-–—]\s|\b(?:pero|mientras|cuando|porque)\s+|\d{4},\s*"
HARMED = (r"\b(?P<active>matando|hiriendo)\b(?!\s+(?:y|en|por|a|durante))|"
          r"\b(?:fue|fueron|ha sido|han sido)\s+(?:\w+\s+)?(?:muert\w*|herid\w*|asesinad\w*)\b")
TARGET_PREPOSITION = r"\s+(?:contra|sobre|hacia)\s+"
FIRE_TARGET = r"\b(?:contra|sobre|hacia)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)"
INTO_THE_AIR = r"\b(?:al aire|disparos? de advertencia|disparos? de aviso)\b"
ONLY_AT = r"\bsolo\s+(?:contra|sobre)\b"
SETTLEMENT_FIRED_ON = NEVER
WEAPONS_USED = NEVER
HARM_DONE = NEVER
MINE_SITE = NEVER
SMALL_ARMS = (r"\b(?:armas ligeras|armas automaticas|ametralladoras?|fusiles?|armas de "
              r"pequeno calibre|armas de infanteria|francotiradores?|rafagas)\b")

# --- Where: how a place name is used in its sentence

LOCATIVES = frozenset("en a cerca alrededor sobre fuera dentro junto entre afueras "
                      "inmediaciones proximidades".split())
NEAR_WORDS = frozenset("cerca alrededor afueras inmediaciones proximidades periferia "
                       "direccion hacia junto".split())
MODIFIERS = frozenset(
    "de del la el los las un una ciudad ciudades pueblo pueblos aldea aldeas localidad "
    "capital region regiones provincia provincias distrito distritos zona zonas sector "
    "periferia afueras centro corazon parte direccion carretera corredor regional norte sur "
    "este oeste fronterizo fronteriza separatista autoproclamada ocupado ocupada disputada "
    "estrategico historica antigua montanosa pequena gran principal vecina cercana todo "
    "toda su sus nuestro enclave territorio".split())
LANDMARK_GAP = r"^\s*,?\s*(?:cerca de|no lejos de|junto a|en las afueras de)\s+(?:la\s+|el\s+)?$"
SPEECH_AFTER = (r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,)?\s+(?:ha\s+|han\s+|habia\s+)?(?:(?:tambien|ya|"
                r"luego)\s+)?(?:dijo|declaro|anuncio|afirmo|acuso|rechazo|desmintio|nego|"
                r"indico|preciso|aseguro|confirmo|condeno|pidio|exhorto|reclamo|exigio|"
                r"amenazo|prometio|firmo|reconocio|estimo|subrayo|respondio|advirtio|"
                r"denuncio|informo|senalo)\b")
STATEMENT_AT_BEFORE = NEVER  # where a statement was made, for what it tells (see en)
ACTOR_BEFORE = (r"\b(?:por|segun|contra|con|acuso a|(?:presidente|gobierno|ministerio|ministro|"
                r"lideres|ejercito|fuerzas|tropas|soldados|autoridades|parlamento|"
                r"responsables|representantes|delegacion|embajador|enviado|gobernador|"
                r"alcalde|jefe|comandante|portavoz|fiscal|embajada|ciudadanos?|militares|"
                r"policia|republica|cancilleria|cancilleres?)\s+(?:de\s+|del\s+)(?:la\s+|el\s+)?"
                r"(?:\w+\s+){0,2}?|en nombre de\s+(?:la\s+)?)$")
LOCATIVE_BETWEEN = r"\b(?:carretera|frontera|corredor|ruta|linea|zona|region)\s+entre\s+"
SPEAKERS_AT = (r"\b(?:funcionarios|fuentes|diplomaticos|analistas|autoridades|gobierno|"
               r"ministerio|portavoz|observadores|expertos|lideres)\s+(?:en|de)\s+$")
BORDER_WITH = r"\bfrontera\s+con\s+(?:la\s+|el\s+)?$"
# How far (characters) before its trigger such a subject may stand.
PASSIVE_REACH = 50
PASSIVE_AFTER = (r"^\s*(?:,[^,]{0,60},\s*)?(?:fue|fueron|ha sido|han sido|es|son|era|eran|"
                 r"sigue|siguen|volvio a ser)\b")
OF_PEOPLE = (r"\b(?:habitantes?|vecinos|aldeanos|poblacion|ciudadanos|centro|corazon|"
             r"periferia|afueras|parte|partes|inmediaciones|calles?|barrios?|ciudad|pueblo|"
             r"aldea|region|distrito|zona|capital|direccion|bombardeos?|captura|toma|"
             r"liberacion|caida|asedio|bloqueo|ocupacion|evacuacion|control|devolucion|"
             r"entrega|regreso|entrada)\s+(?:de\s+|del\s+)(?:la\s+|el\s+)?(?:[\w']+\s+){0,2}?$")
AGREEMENT_AREA = (r"\b(?:combates|hostilidades|guerra|alto el fuego|tregua|enfrentamientos|"
                  r"conflicto|paz|solucion|violencia)\s+(?:en|alrededor de|por|sobre|a lo "
                  r"largo de)\s+(?:la\s+|el\s+)?$")
PEOPLES_LAND = r"^\s+(?:territorio|territorios|suelo)\b"
AT_THE_BORDER = NEVER  # an event on a border, no place named (see en)
# A conceding clause's places are its own (see en).
CONCESSIVE_OPENING = r"\W*(?:a pesar de|pese a|aunque)\b"
NEIGHBOURHOOD_AFTER = NEVER  # a city's part by its word after it (see en)
QUALIFIER_OF_PLACE = (r"\b(?:en|a|cerca de|de|hacia)\s+(?:la\s+|el\s+)?(?:[\w'-]+\s+|"
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
LANDMARK_BEFORE = (r"\b(?:fronterizo con|limitrofe con|junto a|"
                   r"cerca de la frontera con)\s+(?:la\s+|"
                   r"el\s+)?$")
CONVEYANCE_FROM_BEFORE = NEVER
RECIPIENT_BEFORE = (r"\b(?:entreg\w*|devolv\w*|devuelt\w*|cedi\w*|transfiri\w*)\s+(?:\w+\s+){0,2}?"
                    r"(?:a|al)\s+(?:la\s+|el\s+)?$")
SETTLEMENT_AFTER = r"\s+(?:aldea|pueblo|localidad|ciudad|barrio|distrito|campamento)\b"
# For unresolved.csv (geo.events.unlisted): a place's noun and "de" before a name ("el
# campamento de X", "la provincia de X"), and what makes a name who rather than where.
PLACE_NOUN_OF = (r"\b(?:aldea|pueblo|ciudad|localidad|campamento|barrio|distrito|provincia|"
                 r"region|municipio|departamento)\s+(?:de\s+|del\s+)(?:la\s+|el\s+)?$")
DIVISION_NOUN_OF = NEVER  # a town written as its district's (see en)
DIVISIONS_AFTER = NEVER  # the plural word for divisions that ends a list (see en)
DISTRICT_AFTER = NEVER
DIVISION_AFTER = NEVER
NOT_PLACE_OF = (r"\b(?:en apoyo (?:a|de)|a favor de|en memoria de|en honor (?:a|de)|"
                r"en nombre de)\s+(?:la\s+|el\s+|del\s+)?$")
PEOPLES_TOWN_GAP = NEVER
WIDER_PLACE_GAP = (r"\s*(?:(?:aldea|pueblo|localidad)\s+)?(?:\(\s*|,\s*|(?:de|del|en|cerca de)"
                   r"\s+(?:la\s+|el\s+)?(?:\w+\s+){0,2}?)")
MADE_AT = r"\b(?:en|desde)\s+(?:(?:la ciudad|la capital)\s+de\s+)?$"
FORMAL_CLAIM = r"(?:declaracion|comunicado)\b"
AGREED_AT = r"\b(?:acordad\w*|firmad\w*|alcanzad\w*|negociad\w*)\s+(?:\w+\s+){0,2}?en\s+$"
SEAT_AT = NEVER  # where a body has its seat (see en)
STANDING_AT = (r"\b(?:estacionad\w*|apostad\w*|ubicad\w*|desplegad\w*|situad\w*)\s+(?:en|cerca "
               r"de)\s+(?:la\s+|el\s+)?(?:[\w']+\s+){0,2}?$")
AGENT_VERBS = frozenset(
    "bombardeo bombardearon ataco atacaron capturo capturaron tomo tomaron lanzo lanzaron "
    "disparo dispararon ocupo ocuparon bloqueo bloquearon cerro cerraron arresto "
    "arrestaron detuvo detuvieron firmo firmaron acuso acusaron declaro declararon "
    "impuso desplego desplegaron invadio invadieron".split())
AUXILIARY_ADVERBS = frozenset("ha han tambien ya luego habia habian".split())
GOVERNMENT_OF = NEVER  # a state's government as its act's doer (see en)
GOVERNMENT_AFTER = NEVER
NOT_THE_SUBJECT = r"\b(?:de|del|por|con|contra|a|que)\s+(?:la\s+|el\s+)?$"
OBJECT_VERBS = frozenset(
    "bombardeo bombardearon bombardeando ataco atacaron atacando alcanzaron golpearon "
    "capturaron tomaron ocuparon invadieron abandonaron huyeron evacuaron rodearon sitiaron "
    "liberaron bloquearon destruyeron bombardeos bombardeo".split())
FROM_WORDS = frozenset({"desde"})
ORIGIN_FILLERS = frozenset()  # between 'from' and an attack's origin (see en)
INCLUDING_WORDS = frozenset({"incluido", "incluida", "incluidos", "incluidas", "como"})
FOR_WORDS = frozenset({"por", "para"})
TO_WORDS = frozenset({"hasta", "hacia"})  # where people went: a destination
CROSSED_WORDS = frozenset()  # a crossing is where it crossed (see en)
BATTLE_FOR = r"\b(?:batalla|combates?|lucha|guerra)\s+por\s+[\w\s']*$"
ROAD_TO = r"\b(?:carretera|camino|ruta|corredor)\s+(?:a|hacia|hasta)\s+[\w\s']*$"
REFERENCE = (r"\b(?:(?:en|cerca de|alrededor de|fuera de|de|desde)\s+(?:esta|este|la|el)\s+"
             r"(?P<noun>region|enclave|territorio|republica|provincia|distrito|pais|ciudad|"
             r"pueblo|aldea|capital)|\b(?:su|sus)\s+(?P<own>fronteras?|territorio|suelo))\b")
REFERENCE_KINDS = {
    "region": "region admin1 admin2", "enclave": "region admin1 admin2",
    "territorio": "region admin1 admin2", "republica": "region admin1 country",
    "provincia": "admin1 admin2 region", "distrito": "admin2 admin1 region",
    "pais": "country", "ciudad": "city", "pueblo": "city", "aldea": "city", "capital": "city",
}
PRESENT = (r"\b(?:es|son|sigue|siguen|continua|continuan|permanece|permanecen|vive|viven|espera|"
           r"esperan)\b")
SEAT_AS_AUDIENCE = NEVER  # a seat as the audience of words (see en)
CAPITAL_AS_PLACE = NEVER  # the capital told by that word alone (see en)
NATIONAL_SEAT = (r"\b(?:parlamento|asamblea nacional|sede del gobierno|palacio presidencial|"
                 r"oficina del primer ministro)\b")
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
DEFINITE_JUST_BEFORE = r"\b(?:este|esta|estos|estas|ese|esa|dicho|dicha)\s+(?:mismo\s+|misma\s+)?$"
ONE_ATTACK = NEVER  # the word that names one attack told again (see en)
OWN_TIME_AFTER = r"\s+(?:(?:en|el|del|de|desde)\s+)?"
OWN_TIME_BEFORE = r"\s+"
ANOTHER_ACT_BETWEEN = NEVER
TIME_ANCHOR_BEFORE = (r"\b(?:tras|despues de|antes de|desde)\s+(?:los?\s+|las?\s+|"
                      r"el\s+)?(?:\w+\s+)?$")
DEFINITE = r"\b(?:este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha)\s+(?:[a-z]+\s+){0,2}$"
HARMED_BEFORE_NOUN = NEVER
IN_THE_EVENT = NEVER
EARLIER_FIGHTING = (r"\W*(?:[\w'-]+\s+){0,4}?(?:en|durante)\s+(?:los|las|la|el)\s+(?:recientes?|"
                    r"ultimos?|ultimas?)\s+(?:combates|guerra|hostilidades|enfrentamientos|"
                    r"ofensiva|conflicto)\b")
PLUPERFECT = (r"\bhabia(?:n)?\s+(?:\w+\s+){0,2}?(?:sido\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|"
              r"idas)\b")
REPORTED_SPEECH = (r"\b(?:dijo|dijeron|afirmo|afirmaron|declaro|declararon|anuncio|"
                   r"anunciaron|informo|informaron|confirmo|confirmaron)\b")

# --- How many were killed

UNITS = {"cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
         "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
         "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
         "dieciocho": 18, "diecinueve": 19, "veinte": 20}
TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90}
MULTIPLIERS = {"cien": 100, "cientos": 100, "mil": 1000}
DOZEN = frozenset({"docena"})
AND = frozenset({"y"})
ARTICLES = frozenset({"un", "una"})
ANIMALS = frozenset()  # animals a count may name (see en)
NOT_PEOPLE = frozenset("horas hora dias dia semanas semana meses mes anos km kilometros metros "
                       "veces por casas edificios tanques drones vehiculos".split())
VAGUE = frozenset("decenas cientos miles varios varias numerosos numerosas algunos".split())
VAGUE_COUNTS = {"decenas": 10}  # (see en)
PERSONS = (r"(?:personas?|civiles?|soldados?|militares?|combatientes|hombres?|mujer(?:es)?|"
           r"ninos?|ninas?|habitantes?|aldeanos?|policias?|periodistas?|miembros?|victimas|"
           r"bebes?|refugiados|\w{3,}anos|\w{3,}ios)")
NP_STOP = frozenset("en sobre al por tras antes durante cuando que quien donde desde cerca "
                    "hacia con sin para y fueron fue han ha son es eran heridos heridas".split())
VERB_AFTER_AND = r"[a-z]+(?:ando|iendo)"  # "matando a cuatro y quemando casas"
AFTER_KILLING = frozenset("a al menos mas de unos unas cerca casi".split())
KILLING = frozenset({"muertos", "muertas", "muerto", "muerta", "murieron", "murio", "mataron",
                     "mato", "matando", "fallecieron", "fallecio", "fallecidos"})
KILLING_ACTIVE = frozenset({"mataron", "mato", "matando"})
PASSIVE = frozenset({"fueron", "fue", "sido"})
AUXILIARIES = frozenset({"han", "ha", "fueron", "fue", "sido", "habían", "habian"})
SINGULAR_PASSIVE = frozenset({"fue"})
DEATH_TOLL = (r"\b(?:balance|numero de (?:muertos|victimas|fallecidos)) (?:\w+ ){{0,10}}?"
              r"(?:a|es de|asciende a|alcanza|alcanzo|ascendio a) (?:al menos |mas de |unos )?"
              r"(\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{number})(?: (?:{number}|y))*)\b")
KILL_WORD = (r"\b(?:muertos?|muertas?|murieron|murio|mataron|mato|matando|fallecid\w*|"
             r"fallecio|fallecieron|perdieron la vida|sin victimas|balance)\b")
ONE_BODY = NEVER  # one dead told by a body found (see en)
ONE_DEAD = NEVER  # one dead told by a verb of one death (see en, ru)
BODIES_FOUND = NEVER  # the dead told by bodies found (see en)
CLAIMED_KILLING_BEFORE = NEVER  # a side's claim of the dead it caused (see en)
ZERO = (r"\b(?:nadie (?:resulto|fue) (?:herido|muerto)|no hubo (?:victimas|muertos|heridos)|"
        r"sin (?:victimas|bajas)|ningun (?:muerto|herido))\b")

# --- Function words the logic reads by name

LISTED = r"\s*(?:,|,?\s+y|,?\s+e|,?\s+o)\s+(?:la\s+|el\s+|los\s+|las\s+)?"
# The two sides of a clash written after it: "enfrentamientos entre X y Y".
CLASH_SIDES = (r"^\s+(?:\w+\s+){0,3}?entre\s+(?:los?\s+|las?\s+|el\s+)?(?P<first>(?:[\w'-]+\s+)"
               r"{1,5}?)(?:y|e)\s+(?:los?\s+|las?\s+|el\s+)?(?P<second>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
               r"(?=\s*[,.;:()]|\s*$|\s+(?:en|a|al|cerca|durante|despues|que|cuando|desde|para|"
               r"dejando)\b)")
PEOPLE_NOUN = r"s$"  # "los palestinos"
IT_DOER = NEVER  # a state named before as its act's subject (see en)
THEY_DOER = r"\bellos\b"
WHILE_IT_WENT_ON = NEVER  # an act told as going on while another did (see en)
HARMED_AFTER_ACTOR = NEVER  # armed people named only as harmed (see en)
DOERS_TOLD_OF = NEVER
ROAD_NAMED_AFTER = NEVER
HOW_IT_HAPPENED = r"\s*(?:cuando|mientras|despues de)\s"
OF_ANOTHER = r"\bque\s+(?:fue|fueron|habia sido|habian sido|ha sido|han sido)\s+(?:\w+\s+)?$"
FIGURATIVE = (r"\s+(?:contra|a)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:\w+\s+)?(?:libertad|"
              r"libertades|derechos|democracia|prensa|constitucion|soberania|dignidad|justicia)\b")
BETWEEN = r"\bentre\s+(?:(?:la\s+|el\s+)?[\w']+\s+){0,3}?(?:y\s+)?(?:la\s+|el\s+)?$"
BETWEEN_LIST = r"\bentre\s+(?:la\s+|el\s+)?(?:[\w']+\s+){0,2}?$"
NOT_BEFORE = r"\bno\s+(?:en|a)\s+$"
FRONTED = r"\W*(?:en|cerca de|alrededor de|fuera de)\s+(?:la\s+|el\s+)?(?:[\w']+\s+){0,3}?"
NOT_A_QUALIFIER = r"[;:]|\b(?:y|o|pero|mientras|desde|hacia|hasta)\b"
ALONG_WITH = NEVER  # more places of the act told after it (see en)
INCLUDING = r"\b(?:incluid[oa]s?|entre ellos|entre ellas)\b"
FROM_AFTER = r"\s+(?:\w+\s+){0,4}?(?:de|del)\b"
ARMS_AFTER = r"\s+(?:\w+\s+){0,4}?(?:armas?|municiones|fusiles|explosivos|alijos? de armas)\b"
INSTITUTION_AFTER = NEVER  # an institution taken over, no ground (see en)
POWER_AFTER = r"\s+(?:el\s+)?poder\b"  # "tomaron el poder"
BUILDING_AFTER = NEVER
GOODS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:alimentos|comida|ganado|reses|cabras|ovejas|animales|"
               r"bienes|mercancias|dinero|vehiculos?|motos?|cosechas|combustible)\b")
PEACEKEEPERS = r"(?:fuerzas? de paz|cascos azules|mantenimiento de la paz|pacificador)"
DEMAND_BEFORE = NEVER  # (a protest's demand: no words here yet)
TOPIC_BEFORE = (r"\b(?:sobre|acerca de|en torno a|respecto a)\s+(?:la\s+|el\s+)?(?:\w+\s+)?"
                r"(?:situacion|solucion|cuestion|estatus|futuro)\s+(?:en|de|del)\s+"
                r"(?:la\s+|el\s+)?$")


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
DEMAND_AFTER = (r"\b(?:exigiendo|para exigir|reclamando|para reclamar|para protestar|"
                r"para denunciar|denunciando|en protesta)\b")  # (see en)
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
