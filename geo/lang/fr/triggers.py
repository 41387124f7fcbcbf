"""The French trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for French. Patterns are regular expressions over folded
text (lower case, accents dropped, hyphens as spaces: "cessez-le-feu" is "cessez le feu",
"tué" is "tue"; see `geo.text.fold`); a space matches any white space.

To teach `geo` a new way French reports an event, add a phrase to the row of its type, then a
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

WEAPONS = r"(?:drones?|missiles?|roquettes?|avions?|helicopteres?|bayraktars?)"
ARMS = (r"(?:armes|munitions|fusils|explosifs|grenades|caches? d'armes|depots? d'armes|"
        r"depots? de munitions)")
TARGETS = (r"(?:positions?|postes?|unites?|troupes|soldats|militaires|forces|armee|bases?|"
           r"convois?|patrouilles?|vehicules?|tranchees)")
_PAST = r"(?:a|ont|avait|avaient|auraient|aurait)"

TRIGGERS = (
    # --- Battles
    (r"affrontements?|accrochages?|heurts?|combats? armes?|incidents? armes?",
     BATTLES, "Armed clash", "clash"),
    # ("le terrain des combats" is the battlefield, named, not a battle told)
    (r"(?<!terrain\sdes\s)combats?|(?:violents|intenses|nouveaux|lourds|feroces) combats|"
     r"(?:les )?combats (?:ont )?(?:repris|eclate|fait rage)|se sont battus",
     BATTLES, "Armed clash", ""),
    (r"(?:guerre|hostilites|conflit|combats) (?:\w+ ){0,2}?(?:a eclate|ont eclate|"
     r"a commence|ont commence|a repris|ont repris|a eclate)|guerre (?:de|des) (?:\d+|"
     r"quarante quatre) jours|(?:\d+|quarante quatre) jours de guerre|"
     r"guerre (?:[\w']+,? ){0,5}?(?:de|en) (?:19|20)\d\d\b|(?:\d+|six|sept) semaines de "
     r"(?:guerre|combats)|guerre de (?:\d+|six|sept) semaines",
     BATTLES, "Armed clash", "war"),
    (r"echanges? de (?:coups de )?(?:feu|tirs)|fusillades?|tirs nourris|coups de feu|"
     r"ouvert le feu|escarmouches?", BATTLES, "Armed clash", "attack"),
    (r"(?:lance|lancee|lancent|lancait|mene|menee|menent|declenche|declenchee) "
     r"(?:une |un |l'|la |le |leur |sa |son |d')?(?:\w+ ){0,2}?(?:offensive|contre offensive|"
     r"assaut|attaque|operation|incursion)|offensives?|contre offensives?|assauts?|"
     r"incursions?|attaqu(?:e|es|ent|ee|ees|er|ait|aient)|agressions? armees?|invasion|"
     r"envahi\w*", BATTLES, "Armed clash", "attack"),
    (r"(?:repouss|repousse)\w* (?:\w+ ){0,2}?(?:attaques?|assauts?|offensives?|tentatives?)|"
     r"(?:attaques?|tentatives?|offensives?) (?:\w+ )?(?:a ete |ont ete )?repousse\w*",
     BATTLES, "Armed clash", ""),
    (rf"(?:tire|tirent|tiraient|tirait|ouvert le feu) (?:[^.;:!?]{{0,80}}? )?(?:sur|contre|"
     rf"en direction) (?:de |des |du |les |la |le |l')?(?:\w+ ){{0,2}}?{TARGETS}",
     BATTLES, "Armed clash", "fired"),
    (r"sous le feu|essuye\w* des tirs|pris\w* pour cible|cibles? de tirs",
     BATTLES, "Armed clash", "under_fire"),
    (r"(?:pris|prise|repris|reprise|prennent|reprennent|etabli|retabli|assure|assume) "
     r"(?:le |la )?(?:\w+ )?controle (?:de|du|des|d'|sur)|sous (?:le )?controle (?:de|du|des|d')",
     BATTLES, "Government regains territory", "territory"),
    (r"captur\w*|s'est empare\w*|se sont empare\w*|empar\w*|pris d'assaut|liber(?:e|ee|es|"
     r"ees|ation|ent)|reconqu\w*|occup(?:e|ee|es|ees|ation|ent)|tombe\w* aux mains|"
     r"(?:troupes|forces|armee|soldats|unites) (?:\w+ )?(?:sont |est )?entre\w* dans",
     BATTLES, "Government regains territory", "territory"),
    # --- Explosions/Remote violence
    (r"pilonn\w*|(?:tirs?|frappes?|attaques?|salves?|pluie) (?:d'|de )?(?:roquettes?|"
     r"missiles?|obus|artillerie|mortiers?)|(?:roquettes?|missiles?|obus|projectiles?) "
     r"(?:\w+ ){0,2}?(?:tombe\w*|abattu\w*|frappe\w*|touche\w*|explose\w*|atterri\w*|"
     r"s'est abattu|se sont abattus|ont ete tires)|(?:tire|tiraient|lance|lancent|lancaient) "
     r"(?:\w+ ){0,3}?(?:roquettes?|missiles?|obus)|explosions? (?:\w+ )?entendues?|"
     r"tirs d'artillerie|artillerie (?:\w+ ){0,2}?(?:a frappe|a pilonne|a vise)",
     EXPLOSIONS, SHELLING, ""),
    (r"bombard\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"(?:a ete|ont ete|ete) (?:\w+ )?(?:touche\w*|frappe\w*|vise\w*|cible\w*)"
     r"(?! par (?:une |un )?(?:voiture|camion|vehicule))", EXPLOSIONS, SHELLING, "struck"),
    (r"frappes? aeriennes?|raids? aeriens?|bombardements? aeriens?|frappes? de drones?|"
     r"attaques? de drones?|drones? kamikazes?|munitions? rodeuses?|(?:drones?|avions?|"
     r"helicopteres?|bayraktars?|aviation) (?:\w+ ){0,2}?(?:ont |a )?(?:frappe|attaque|vise|"
     r"bombarde|detruit|touche)|(?:frappe\w*|touche\w*|attaque\w*|vise\w*|detruit\w*) par "
     r"(?:un |une |des )?(?:drones?|avions?|helicopteres?)", EXPLOSIONS, AIR, ""),
    (r"mines? (?:antipersonnel|antichar|terrestres?)|sautee?s? sur une mine|"
     r"engins? explosifs?(?: improvises?)?|bombe artisanale|voiture piegee|"
     r"munitions? non explosees?|obus non exploses?", EXPLOSIONS, IED, "device"),
    (r"attentat suicide|s'est fait exploser", EXPLOSIONS, "Suicide bomb", ""),
    (r"(?:lance|jete|lancee|jetee|lancent|jettent) (?:une |des )?grenades?|grenades? "
     r"(?:a |ont )?explose\w*|attaque a la grenade", EXPLOSIONS, "Grenade", "grenade"),
    (r"explosions?|explos(?:e|ee|es|ent|aient)|deton\w*|(?:a|ont) saute", EXPLOSIONS, IED,
     "explosion"),
    # --- Violence against civilians
    (r"execut(?:e|es|ee|ees|ion|ions)|decapit\w*|massacr\w*|tortur\w*|mutil\w*|"
     r"tues? par balles?|abattus? par balles?|poignard\w*|passe\w* a tabac|battu\w* a mort|"
     r"corps (?:\w+ ){0,4}?(?:a ete |ont ete )?retrouve\w*|brule\w* vif\w*|assassin\w*|"
     r"(?:tue\w*|vise\w*|attaque\w*) (?:\w+ ){0,3}?civils", VIOLENCE, "Attack", "violence"),
    (r"enlev(?:e|ee|es|ees|ement|ements)|kidnapp\w*|pris en otage|retenu\w* en otage|"
     r"disparitions? forcees?", VIOLENCE, "Abduction/forced disappearance", ""),
    (r"viols?|violee?s?|violences? sexuelles?|agressions? sexuelles?", VIOLENCE,
     "Sexual violence", "rape"),
    # --- Protests and riots
    (r"manifestations?|manifestants?|manifestaient|ont manifeste|protest(?:ation|ations|"
     r"ataires?|ent|er)|rassemblement\w*|sit in|piquets? de greve|greve de la faim|en greve|"
     r"greve generale|grevistes|(?:bloque|bloquent|occupe|occupent) (?:[^.;:!?]{0,120}? )?"
     r"(?:pour protester|pour exiger|pour denoncer|en signe de protestation)",
     PROTESTS, "Peaceful protest", "protest"),
    (r"emeutes?|emeutiers?|(?:jete|lance|jetaient|lancaient|jettent|lancent) (?:de |des )?"
     r"(?:pierres|cocktails molotov|projectiles|bouteilles)|barricades?|pneus? (?:brules|"
     r"en feu)|(?:brule|brulent|ont brule) des pneus", RIOTS, "Violent demonstration", ""),
    (r"lynch\w*|foule (?:\w+ ){0,3}?(?:a attaque|ont attaque|a agresse|a frappe)|rixes?|"
     r"bagarres?", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"cessez le feu|treves?|armistice|accord de paix|traite de paix|treve humanitaire",
     STRATEGIC, "Agreement", "agreement"),
    (r"(?:signe|signent|signature|conclu|concluent|parvenu\w* a|negocie|adopte) (?:un |une |"
     r"l'|le |la |d'un |d'une )?(?:\w+ ){0,3}?(?:accord|traite|memorandum|declaration|"
     r"cessez le feu|treve|protocole)|(?:accord|traite|declaration|cessez le feu|treve) "
     r"(?:\w+ ){0,2}?(?:a ete |ont ete )?signee?s?|capitul\w*|reddition|se sont rendus|"
     r"echanges? de (?:\w+ )?(?:prisonniers|corps|detenus|captifs)|(?:echange\w*) "
     r"(?:\w+ )?(?:prisonniers|corps)", STRATEGIC, "Agreement", "signed"),
    (r"(?:cesse|arrete|stoppe|mis fin aux?) (?:les )?(?:hostilites|combats|tirs)|"
     r"(?:hostilites|combats|tirs|affrontements) (?:\w+ ){0,2}?(?:ont cesse|ont pris fin|"
     r"se sont arretes)", STRATEGIC, "Agreement", "mediated"),
    (r"arrestations?|interpell\w*|arretes|arretee|arretees|(?:a|ont|ete) arrete|"
     r"placee?s? en (?:garde a vue|detention)|detenus?|detention|incarcere\w*|emprisonne\w*|"
     r"condamne\w* (?:\w+ ){0,3}?a (?:\w+ ){0,2}?(?:ans|mois)", STRATEGIC, "Arrests", "arrest"),
    (r"casques bleus|soldats de la paix|forces? de (?:maintien de la paix|la paix|paix)|"
     r"maintien de la paix|contingent de paix|force d'interposition", STRATEGIC,
     "Change to group/activity", "peacekeepers"),
    (r"(?:deploy\w*|redeploy\w*|envoy\w*|depech\w*|stationn\w*|mass\w*) (?:\w+ ){0,3}?"
     r"(?:troupes|forces|soldats|casques bleus|observateurs|unites|chars|renforts|militaires)|"
     r"(?:troupes|forces|soldats|observateurs) (?:\w+ ){0,2}?(?:ont ete |a ete )?"
     r"(?:deploye\w*|stationne\w*|arrive\w*)|dissolution (?:de |des |du )?(?:\w+ ){0,3}?"
     r"(?:institutions|republique|gouvernement|parlement|armee)|cessera d'exister|"
     r"cesse d'exister|couvre feu", STRATEGIC, "Change to group/activity", ""),
    (r"(?:decrete|declare|proclame|instaure|impose) (?:la |l'|le |un |une )?(?:\w+ )?"
     r"(?:loi martiale|etat d'urgence|etat de guerre|mobilisation)|loi martiale|"
     r"etat d'urgence|mobilisation generale|(?:libere\w*|relache\w*) (?:\w+ ){0,4}?"
     r"(?:prisonniers|detenus|otages|captifs)|(?:prisonniers|detenus|otages) (?:\w+ ){0,2}?"
     r"(?:ont ete |a ete )?(?:liberes|relaches)|declare\w* (?:son |l')?independance",
     STRATEGIC, "Other", "other"),
    (rf"(?:abattu\w*|intercept\w*|neutralis\w*|detruit\w*) (?:\w+ ){{0,3}}?{WEAPONS}|"
     rf"{WEAPONS} (?:\w+ ){{0,4}}?(?:a ete |ont ete )?(?:abattu\w*|intercepte\w*|detruit\w*|"
     rf"neutralise\w*)|deminage|(?:desamorc\w*|neutralis\w*) (?:\w+ ){{0,3}}?(?:mines?|"
     rf"engins?|bombes?|explosifs?)|(?:saisi\w*|decouvert\w*|trouve\w*) (?:\w+ ){{0,4}}?{ARMS}",
     STRATEGIC, "Disrupted weapons use", "disrupted"),
    (r"(?:install\w*|etabli\w*|erige\w*|construit\w*|mis en place) (?:un |une |des |de )?"
     r"(?:nouveaux |nouvelles )?(?:\w+ ){0,2}?(?:postes?|bases?|points? de controle|"
     r"check ?points?|positions?|fortifications)", STRATEGIC,
     "Headquarters or base established", ""),
    (r"pill\w*|saccag\w*|(?:brule\w*|detruit\w*|endommage\w*|vandalis\w*|profane\w*|"
     r"demoli\w*|rase\w*|incendie\w*) (?:\w+ ){0,4}?(?:eglises?|cathedrale|monasteres?|"
     r"mosquees?|monuments?|cimetieres?|khatchkars?|statues?|ecoles?|maisons?|habitations?|"
     r"batiments?|immeubles?|magasins?|vehicules?|voitures?|infrastructures?|biens|"
     r"villages?)|(?:maisons|habitations|batiments|villages?) (?:\w+ ){0,3}?(?:brulee?s|"
     r"incendiee?s|detruite?s|en feu)|(?:mettre|mis|mettent|mettaient) le feu",
     STRATEGIC, "Looting/property destruction", "property"),
    (r"(?:remis|rendu|restitue|cede|retrocede|transfere)\w* (?:\w+ ){0,3}?(?:a l'azerbaidjan|"
     r"a l'armenie|au controle|districts?|regions?|territoires?|villages?)|retrocession|"
     r"restitution (?:de |des |du )?(?:\w+ )?(?:districts?|territoires?)",
     STRATEGIC, "Non-violent transfer of territory", "transfer"),
    (r"retir(?:e|ent|ee|es|ees|ait|aient|er)|retrait|ont quitte (?:\w+ ){0,2}?(?:districts?|"
     r"region|territoire|positions)", STRATEGIC, "Non-violent transfer of territory",
     "withdrawal"),
    # --- Displacement
    (r"fui\w*|fuy\w*|fuite|exode|(?:ont ete |a ete |sont )deplacee?s|deplaces? de force|"
     r"deplacement (?:force )?(?:de |des )?(?:\w+ )?(?:populations?|habitants|civils|"
     r"personnes)|personnes deplacees|(?:habitants|civils|familles|populations?|villageois|"
     r"refugies|armeniens|azerbaidjanais) (?:\w+ ){0,3}?(?:ont quitte|quittent|quittaient|"
     r"ont fui|fuient|abandonnent|ont abandonne)|(?:quitte\w*|abandonne\w*) (?:\w+ ){0,2}?"
     r"(?:leurs? )?(?:maisons?|foyers?|villages?|domiciles?)|refugies? (?:\w+ ){0,2}?"
     r"(?:arrive\w*|affluent|ont afflue)|afflux de refugies|(?:refugies|deplaces|habitants) "
     r"(?:\w+ ){0,3}?(?:sont rentres|rentrent|retournent|sont retournes|reviennent) "
     r"(?:chez eux|dans leurs foyers|dans leurs maisons)", DISPLACEMENT, "Displacement",
     "flight"),
    (r"(?:franchi|traverse)\w* (?:\w+ ){0,2}?(?:la )?frontiere", DISPLACEMENT, "Displacement",
     "crossing"),
    (r"evacu\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"aides? humanitaires?|acces humanitaire|corridor humanitaire", HUMANITARIAN,
     "Humanitarian access", "aid"),
    (r"convois? humanitaires?|camions? (?:\w+ ){0,3}?(?:d'aide|de vivres|de nourriture|"
     r"de medicaments|de carburant|de farine)|(?:livre\w*|achemine\w*|distribue\w*) "
     r"(?:\w+ ){0,3}?(?:aide|vivres|nourriture|medicaments|carburant|farine)|convois? "
     r"(?:\w+ ){0,2}?(?:est arrive|sont arrives|a franchi|ont franchi|a pu passer)",
     HUMANITARIAN, "Humanitarian access", "convoy"),
    (r"(?:assur\w*|securis\w*|escort\w*) (?:\w+ ){0,3}?(?:circulation|passage|acheminement|"
     r"livraisons?)", HUMANITARIAN, "Humanitarian access", "escort"),
    (r"blocus|bloqu(?:e|ee|es|ees|ent|ait|aient|er|age)|assieg\w*|(?:ferme|fermee|ferment|"
     r"coupe|coupee|coupent) (?:\w+ ){0,3}?(?:corridor|route|routes|axe|passage|"
     r"point de passage|approvisionnement|gaz|electricite|livraisons|circulation)|"
     r"fermeture (?:du |de la |de l')?(?:corridor|route|frontiere|point de passage)",
     HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"(?:dans|a publie|a diffuse|ont publie) (?:un |une |son |leur )?(?:communique|"
     r"declaration)|(?:communique|declaration) (?:\w+ )?(?:indique|precise|affirme)|"
     r"condamn\w*|(?:exprime|a exprime) (?:sa |son |leur )?(?:preoccupation|inquietude|"
     r"regrets?|condoleances)|conference de presse", DIPLOMACY, "Statement", "statement"),
    (r"declaration (?:commune|conjointe|tripartite)|adresse a la nation|(?:cour|tribunal) "
     r"(?:\w+ ){0,6}?(?:a ordonne|a statue)", DIPLOMACY, "Statement", ""),
    (r"(?:appel\w*|exhort\w*) (?:\w+ ){0,6}?(?:au |a la |a un |a une |a )?(?:cessez le feu|"
     r"treve|paix|retenue|fin|arret|negociations|desescalade|retrait|dialogue)",
     DIPLOMACY, "Statement", "call"),
    (r"(?:annonce\w*|affirme\w*|revendique\w*|proclame\w*) (?:\w+ ){0,6}?(?:la prise|"
     r"la capture|la liberation|le controle|la victoire|avoir pris|avoir libere)",
     DIPLOMACY, "Statement", "claim"),
    (r"pourparlers|negociations (?:a|entre|avec|ont eu lieu)|s'est entretenu|"
     r"se sont entretenus|entretien telephonique|conversation telephonique|rencontr\w*|"
     r"reuni\w*|sommet|convoqu\w*", DIPLOMACY, "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"exercices? (?:\w+ )?(?:militaires?|conjoints?|d'entrainement)|man(?:oe|o)uvres?|"
     r"(?:mene|organise|conduit|lance|debute)\w* (?:\w+ ){0,3}?exercices?",
     STRATEGIC, "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"tue(?:s|e|es)?|tuant|morts?|decede\w*|deces|perdu la vie|tombe\w* au combat|"
     r"blesse(?:s|e|es)?|blessures?|victimes?|pertes", "", "", "casualty"),
)
