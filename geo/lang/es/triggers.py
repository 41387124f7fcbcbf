"""The Spanish trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for Spanish. Patterns are regular expressions over folded
text (lower case, accents dropped, "ñ" as "n", hyphens as spaces: see `geo.text.fold`); a space
matches any white space.

To teach `geo` a new way Spanish reports an event, add a phrase to the row of its type, then a
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

WEAPONS = r"(?:drones?|misiles?|cohetes?|aviones?|helicopteros?|bayraktars?)"
ARMS = r"(?:armas|municiones|fusiles|explosivos|granadas|alijos? de armas|depositos? de armas)"
TARGETS = (r"(?:posiciones|posicion|puestos?|unidades|tropas|soldados|militares|fuerzas|"
           r"ejercito|bases?|convoyes?|patrullas?|vehiculos?|trincheras)")

TRIGGERS = (
    # --- Battles
    (r"enfrentamientos?|choques? armados?|escaramuzas?|combates? armados?|"
     r"incidentes? armados?|choques?", BATTLES, "Armed clash", "clash"),
    (r"combates?|(?:intensos|fuertes|nuevos|violentos|feroces) combates|"
     r"(?:los )?combates (?:se )?(?:reanudaron|estallaron|continuan|prosiguen)|combatieron|"
     r"lucharon", BATTLES, "Armed clash", ""),
    (r"(?:guerra|hostilidades|conflicto|combates) (?:\w+ ){0,2}?(?:estallo|estallaron|"
     r"comenzo|comenzaron|empezo|se reanudo|se reanudaron)|guerra de (?:\d+|cuarenta y "
     r"cuatro) dias|guerra (?:\w+,? ){0,5}?(?:de|en) (?:19|20)\d\d\b|(?:\d+|seis|siete) "
     r"semanas de (?:guerra|combates)|guerra de (?:\d+|seis|siete) semanas", BATTLES,
     "Armed clash", "war"),
    (r"intercambios? de (?:disparos|fuego)|tiroteos?|balaceras?|abrieron fuego|abrio fuego|"
     r"fuego cruzado", BATTLES, "Armed clash", "attack"),
    (r"(?:lanzo|lanzaron|inicio|iniciaron|emprendio|emprendieron) (?:una |un |la |el |su )?"
     r"(?:\w+ ){0,2}?(?:ofensiva|contraofensiva|asalto|ataque|operacion|incursion)|"
     r"ofensivas?|contraofensivas?|asaltos?|incursiones|incursion|atac(?:o|aron|an|a|ado|"
     r"ados|ada|adas|ar)|ataques?|invasion|invadi\w*|agresion", BATTLES, "Armed clash",
     "attack"),
    (r"(?:repelio|repelieron|rechazo|rechazaron|frustro|frustraron|repelid\w*) (?:\w+ ){0,2}?"
     r"(?:ataques?|asaltos?|ofensivas?|intentos?)", BATTLES, "Armed clash", ""),
    (rf"(?:disparo|dispararon|disparan|abrieron fuego|abrio fuego) (?:[^.;:!?]{{0,80}}? )?"
     rf"(?:contra|sobre|hacia) (?:las |los |la |el )?(?:\w+ ){{0,2}}?{TARGETS}",
     BATTLES, "Armed clash", "fired"),
    (r"bajo (?:el )?fuego|fue(?:ron)? blanco de (?:disparos|ataques)", BATTLES, "Armed clash",
     "under_fire"),
    (r"(?:tomo|tomaron|tomado|tomada|retomo|retomaron|asumio|asumieron|establecio|"
     r"establecieron|recupero|recuperaron) (?:el )?control (?:de|del|sobre)|"
     r"bajo (?:el )?control (?:de|del)", BATTLES, "Government regains territory", "territory"),
    (r"captur\w*|se apodero\w*|se apoderaron|apoderad\w*|tom(?:o|aron) (?:\w+ ){0,3}?"
     r"(?:aldeas?|pueblos?|ciudad|ciudades|localidades?|alturas?|colinas?|posiciones|"
     r"territorios?|distritos?)|liber(?:o|aron|ado|ada|ados|adas|acion)|reconquist\w*|"
     r"ocup(?:o|aron|ado|ada|ados|adas|acion)|cayo en manos|cayeron en manos|"
     r"(?:tropas|fuerzas|ejercito|soldados|unidades) (?:\w+ )?entraron en",
     BATTLES, "Government regains territory", "territory"),
    # --- Explosions/Remote violence
    (r"(?:fuego|disparos|ataques?|lluvia) de (?:cohetes|misiles|artilleria|morteros?|obuses)|"
     r"(?:cohetes?|misiles?|proyectiles?|obuses|granadas de mortero) (?:\w+ ){0,2}?"
     r"(?:cayeron|cayo|impactaron|impacto|alcanzaron|alcanzo|golpearon|estallaron|"
     r"fueron disparados)|(?:disparo|dispararon|lanzo|lanzaron) (?:\w+ ){0,3}?(?:cohetes?|"
     r"misiles?|obuses|proyectiles)|artilleria (?:\w+ ){0,2}?(?:ataco|golpeo|alcanzo)|"
     r"explosiones? (?:\w+ )?(?:se escucharon|se oyeron)|canone\w*|"
     r"ataques? de artilleria|fuego de artilleria", EXPLOSIONS, SHELLING, ""),
    (r"bombarde\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"(?:fue|fueron|ha sido|han sido) (?:\w+ )?(?:alcanzad\w*|impactad\w*|golpead\w*)",
     EXPLOSIONS, SHELLING, "struck"),
    (r"ataques? aereos?|bombardeos? aereos?|ataques? con drones?|ataques? de drones?|"
     r"drones? kamikazes?|municiones merodeadoras|(?:drones?|aviones?|helicopteros?|"
     r"bayraktars?|aviacion) (?:\w+ ){0,2}?(?:atacaron|ataco|bombardearon|bombardeo|"
     r"destruyeron|destruyo|alcanzaron|golpearon)|(?:atacad\w*|destruid\w*|alcanzad\w*) "
     r"por (?:un |una |unos )?(?:drones?|aviones?|helicopteros?)", EXPLOSIONS, AIR, ""),
    (r"minas? (?:antipersona|antitanque|terrestres?)|piso una mina|pisaron una mina|"
     r"artefactos? explosivos?(?: improvisados?)?|coche bomba|bomba casera|"
     r"municiones sin explotar|(?:proyectiles?|obuses) sin explotar", EXPLOSIONS, IED,
     "device"),
    (r"(?:atentado|ataque) suicida|terrorista suicida|se inmolo", EXPLOSIONS, "Suicide bomb",
     ""),
    (r"(?:lanzo|lanzaron|arrojo|arrojaron) (?:una |unas )?granadas?|ataque con granadas?",
     EXPLOSIONS, "Grenade", "grenade"),
    # ("estallar" is to break out as well as to explode: "estallaron los combates")
    (r"explosion(?:es)?|explot(?:o|aron|ar)|detonacion(?:es)?|detono",
     EXPLOSIONS, IED, "explosion"),
    # --- Violence against civilians
    (r"ejecut(?:o|aron|ado|ados|ada|adas)|ejecucion(?:es)?|decapit\w*|masacr\w*|tortur\w*|"
     r"mutil\w*|asesinad\w*|asesino|asesinaron|asesinatos?|matad\w* a tiros|apunal\w*|"
     r"golpead\w* hasta la muerte|cuerpos? (?:\w+ ){0,4}?(?:fue |fueron )?"
     r"(?:hallad\w*|encontrad\w*)|quemad\w* vivos?|(?:mataron|mato|atacaron|ataco) "
     r"(?:\w+ ){0,3}?civiles", VIOLENCE, "Attack", "violence"),
    (r"secuestr\w*|raptad\w*|rapto|tomad\w* como rehenes?|desaparicion(?:es)? forzadas?",
     VIOLENCE, "Abduction/forced disappearance", ""),
    (r"violaci(?:on|ones) (?!del|de la|de los|de las)|violad[ao]s?|violencia sexual|"
     r"agresion(?:es)? sexual(?:es)?", VIOLENCE, "Sexual violence", "rape"),
    # --- Protests and riots
    (r"protest(?:a|as|aron|an|antes|ar)|manifest(?:acion|aciones|antes|aron|aban)|"
     r"concentracion(?:es)?|marcha(?:s|ron)?|sentada|huelga de hambre|en huelga|"
     r"huelga general|huelguistas|(?:bloquearon|ocuparon|cortaron) (?:[^.;:!?]{0,120}? )?"
     r"(?:para protestar|para exigir|en protesta)", PROTESTS, "Peaceful protest", "protest"),
    (r"disturbios?|(?:lanzaron|arrojaron|tiraron) (?:\w+ )?(?:piedras|cocteles molotov|"
     r"botellas|objetos)|barricadas?|neumaticos (?:en llamas|quemados)|"
     r"quemaron neumaticos", RIOTS, "Violent demonstration", ""),
    (r"linch\w*|turbas?|multitud (?:\w+ ){0,3}?(?:ataco|agredio)|rinas?|peleas? "
     r"(?:multitudinarias?|callejeras?)", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"alto el fuego|cese (?:del|al) fuego|tregua|armisticio|acuerdo de paz|tratado de paz",
     STRATEGIC, "Agreement", "agreement"),
    (r"(?:firmo|firmaron|firmado|firmada|suscribieron|alcanzaron|alcanzo|concluyeron|"
     r"acordaron|pactaron) (?:un |una |el |la )?(?:\w+ ){0,3}?(?:acuerdo|tratado|memorando|"
     r"declaracion|alto el fuego|tregua|protocolo)|(?:acuerdo|tratado|declaracion|tregua) "
     r"(?:\w+ ){0,2}?(?:fue |fueron )?firmad\w*|capitul\w*|rendicion|se rindieron|"
     r"intercambio de (?:\w+ )?(?:prisioneros|cuerpos|detenidos)|intercambiaron "
     r"(?:\w+ )?(?:prisioneros|cuerpos)", STRATEGIC, "Agreement", "signed"),
    (r"(?:cesaron|detuvieron|pusieron fin a) (?:las |los )?(?:hostilidades|combates|"
     r"disparos)|(?:hostilidades|combates|disparos|enfrentamientos) (?:\w+ ){0,2}?"
     r"(?:cesaron|terminaron|se detuvieron)", STRATEGIC, "Agreement", "mediated"),
    (r"arrest(?:o|aron|ado|ados|ada|adas)|detenid[oa]s?|detuvo|detuvieron|detencion(?:es)?|"
     r"encarcelad\w*|encarcel(?:o|aron)|condenad\w* (?:\w+ ){0,3}?a (?:\w+ ){0,2}?"
     r"(?:anos|meses)", STRATEGIC, "Arrests", "arrest"),
    (r"fuerzas? de paz|cascos azules|mantenimiento de la paz|contingente de paz|"
     r"pacificadores", STRATEGIC, "Change to group/activity", "peacekeepers"),
    (r"(?:despleg\w*|envi(?:o|aron)|estacion\w*|concentr(?:o|aron)) (?:\w+ ){0,3}?(?:tropas|"
     r"fuerzas|soldados|cascos azules|observadores|unidades|tanques|refuerzos|militares)|"
     r"(?:tropas|fuerzas|soldados|observadores) (?:\w+ ){0,2}?(?:fueron |han sido )?"
     r"(?:desplegad\w*|estacionad\w*|llegaron)|disolucion (?:de |del |de las |de los )?"
     r"(?:\w+ ){0,3}?(?:instituciones|republica|gobierno|parlamento|ejercito)|"
     r"dejara de existir|toque de queda", STRATEGIC, "Change to group/activity", ""),
    (r"(?:decreto|declaro|impuso|proclamo) (?:la |el |un |una )?(?:\w+ )?(?:ley marcial|"
     r"estado de emergencia|estado de guerra|movilizacion)|ley marcial|estado de emergencia|"
     r"movilizacion general|(?:liber(?:o|aron)|excarcel(?:o|aron)) (?:\w+ ){0,4}?"
     r"(?:prisioneros|detenidos|rehenes|cautivos)|(?:prisioneros|detenidos|rehenes) "
     r"(?:\w+ ){0,2}?(?:fueron )?(?:liberados|excarcelados)|declaro (?:su )?independencia",
     STRATEGIC, "Other", "other"),
    (rf"(?:derrib\w*|intercept\w*|neutraliz\w*|destruy\w*|destrui\w*) (?:\w+ ){{0,3}}?"
     rf"{WEAPONS}|{WEAPONS} (?:\w+ ){{0,4}}?(?:fue |fueron )?(?:derribad\w*|interceptad\w*|"
     rf"destruid\w*|neutralizad\w*)|desminado|(?:desactiv\w*) (?:\w+ ){{0,3}}?(?:minas?|"
     rf"artefactos?|bombas?|explosivos?)|(?:incaut\w*|decomis\w*|hallaron|encontraron|"
     rf"descubrieron) (?:\w+ ){{0,4}}?{ARMS}", STRATEGIC, "Disrupted weapons use",
     "disrupted"),
    (r"(?:instal\w*|establec\w*|construy\w*|levant\w*) (?:un |una |unos |nuevos |nuevas )?"
     r"(?:\w+ ){0,2}?(?:puestos?|bases?|puntos? de control|controles?|posiciones|"
     r"fortificaciones)", STRATEGIC, "Headquarters or base established", ""),
    (r"saque\w*|pillaj\w*|incendi(?:o|aron|ado|ados|ada|adas)|(?:quemaron|quemo|destruy\w*|"
     r"destrui\w*|dan(?:o|aron|ado|ados)|vandaliz\w*|profan\w*|demol\w*|arras\w*) "
     r"(?:\w+ ){0,4}?(?:iglesias?|catedral|monasterios?|mezquitas?|monumentos?|cementerios?|"
     r"escuelas?|casas?|viviendas?|edificios?|tiendas?|vehiculos?|coches?|infraestructuras?|"
     r"bienes|aldeas?|pueblos?)|(?:casas|viviendas|edificios) (?:\w+ ){0,3}?(?:quemadas|"
     r"incendiadas|destruidas)|prendieron fuego|prendio fuego", STRATEGIC,
     "Looting/property destruction", "property"),
    (r"(?:entreg\w*|devolv\w*|devuelt\w*|cedi\w*|traspas\w*|transfiri\w*) (?:\w+ ){0,3}?"
     r"(?:a azerbaiyan|a armenia|al control|distritos?|regiones|region|territorios?|aldeas?|"
     r"pueblos?)|devolucion (?:de |del |de los )?(?:\w+ )?(?:distritos?|territorios?)|"
     r"entrega (?:de |del )?(?:\w+ )?(?:distrito|territorio)", STRATEGIC,
     "Non-violent transfer of territory", "transfer"),
    (r"retir(?:o|aron|ada|ado|adas|ados|arse|aba|aban)|retirada|abandonaron (?:\w+ ){0,2}?"
     r"(?:distritos?|region|territorio|posiciones)", STRATEGIC,
     "Non-violent transfer of territory", "withdrawal"),
    # --- Displacement
    (r"huy(?:o|eron|en|endo)|huida|exodo|desplazad[oa]s|desplazamiento (?:forzado )?"
     r"(?:de )?(?:\w+ )?(?:poblacion|habitantes|civiles|personas)|(?:habitantes|civiles|"
     r"familias|poblacion|aldeanos|refugiados|armenios|azerbaiyanos) (?:\w+ ){0,3}?"
     r"(?:abandonaron|abandonan|dejaron|dejan|huyeron|huyen)|(?:abandon\w*|dej\w*) "
     r"(?:\w+ ){0,2}?(?:sus )?(?:casas|hogares|aldeas|viviendas)|refugiados? (?:\w+ ){0,2}?"
     r"(?:llegaron|llegan|cruzaron)|(?:refugiados|desplazados|habitantes) (?:\w+ ){0,3}?"
     r"(?:regresaron|regresan|volvieron|vuelven) (?:a sus (?:casas|hogares)|a casa)",
     DISPLACEMENT, "Displacement", "flight"),
    (r"cruz(?:o|aron) (?:\w+ ){0,2}?(?:la )?frontera", DISPLACEMENT, "Displacement",
     "crossing"),
    (r"evacu\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"ayuda humanitaria|acceso humanitario|corredor humanitario", HUMANITARIAN,
     "Humanitarian access", "aid"),
    (r"convoyes? humanitarios?|camiones? (?:\w+ ){0,3}?(?:con ayuda|con alimentos|"
     r"con medicinas|con combustible|con harina)|(?:entreg\w*|distribu\w*) (?:\w+ ){0,3}?"
     r"(?:ayuda|alimentos|medicinas|combustible|harina)|convoyes? (?:\w+ ){0,2}?"
     r"(?:llego|llegaron|entro|entraron|cruzo|cruzaron)", HUMANITARIAN,
     "Humanitarian access", "convoy"),
    (r"(?:garantiz\w*|asegur\w*|escolt\w*) (?:\w+ ){0,3}?(?:trafico|paso|transito|envios?|"
     r"entregas?)", HUMANITARIAN, "Humanitarian access", "escort"),
    (r"bloqueo|bloque(?:o|aron|ado|ada|ados|adas|an)|asedi\w*|sitiad\w*|(?:cerr(?:o|aron|"
     r"ado|ada)|cort(?:o|aron|ado|ada)) (?:\w+ ){0,3}?(?:corredor|carretera|carreteras|"
     r"ruta|paso|suministros?|gas|electricidad|entregas|trafico)|cierre (?:del |de la )?"
     r"(?:corredor|carretera|ruta|frontera|paso)", HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"(?:en un|emitio un|publico un|difundio un) (?:\w+ )?(?:comunicado|declaracion)|"
     r"(?:comunicado|declaracion) (?:\w+ )?(?:indica|senala|afirma)|conden(?:o|aron|a|"
     r"an|ado)|condena|(?:expreso|expresaron) (?:su )?(?:preocupacion|pesar|condolencias)|"
     r"rueda de prensa|conferencia de prensa", DIPLOMACY, "Statement", "statement"),
    (r"declaracion (?:conjunta|trilateral|tripartita)|discurso a la nacion|(?:corte|tribunal) "
     r"(?:\w+ ){0,6}?(?:ordeno|dictamino)", DIPLOMACY, "Statement", ""),
    (r"(?:pidio|pidieron|llamo|llamaron|inst(?:o|aron)|exhort(?:o|aron)) (?:\w+ ){0,6}?"
     r"(?:alto el fuego|tregua|paz|moderacion|fin|cese|negociaciones|desescalada|retirada|"
     r"dialogo)", DIPLOMACY, "Statement", "call"),
    (r"(?:anunci(?:o|aron)|afirm(?:o|aron)|proclam(?:o|aron)|reivindic(?:o|aron)) "
     r"(?:\w+ ){0,6}?(?:captura|toma|liberacion|control|victoria)", DIPLOMACY, "Statement",
     "claim"),
    (r"conversaciones (?:en|entre|con)|negociaciones (?:en|entre|con)|(?:se reunio|se "
     r"reunieron|reunion|cumbre)|conversacion telefonica|convoc(?:o|aron)", DIPLOMACY,
     "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"ejercicios? (?:\w+ )?(?:militares|conjuntos|de entrenamiento)|maniobras|"
     r"(?:realiz\w*|llev\w* a cabo|inici\w*) (?:\w+ ){0,3}?ejercicios", STRATEGIC,
     "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"muert[oa]s?|murio|murieron|mueren|muere|fallecid[oa]s?|fallecio|fallecieron|"
     r"matad[oa]s|mato|mataron|perdieron la vida|heridos?|heridas?|herid[oa]|bajas|"
     r"victimas", "", "", "casualty"),
)
