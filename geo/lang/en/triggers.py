"""The English trigger table: the phrases that report an event, and the type each gives.

One row per group of phrases: (pattern, event type, sub-event type, rule). The types are
ACLED's, with three of ours (see `geo.events.taxonomy`). A pattern is a regular expression
over folded text (lower case, hyphens as spaces: see `geo.text.fold`); a space matches any
run of white space, " ?" none or any ("air ?strike"), and "\\x20" exactly one space (for
lookbehinds). `rule` names a reading of the context in `geo.events.rules` that may change the
type or drop the trigger; the type given is then its default. A rule of "casualty" marks
words of death and injury, typed from the event they belong to.

Read it as a dictionary: to teach `geo` a new way of reporting an event, add a phrase to the
row of its type (or a row), then a test sentence to tests/test_events.py.
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

# Fragments used in several rows.
WEAPONS = (r"(?:drones?|uavs?|unmanned aerial vehicles?|missiles?|rockets?|aircraft|planes?|jets?|"
           r"helicopters?|bayraktars?)")
_IN_FLIGHT = r"(?:drones?|uavs?|unmanned aerial vehicles?|missiles?|rockets?|bayraktars?)"
_CREWED_AIRCRAFT = (r"(?<!unmanned\s)(?<!pilotless\s)(?:aircraft|(?:war)?planes?|"
                    r"(?:fighter )?jets?|helicopters?|airliners?|bombers?)")
ARMS = (r"(?:weapons?|arms|ammunition|munitions|rifles|guns|firearms|grenades|tanks|"
        r"armou?red vehicles|artillery pieces|explosives|arms caches?|weapons caches?|"
        r"weapons depots?|ammunition depots?)")
# Before the displaced named as whom a place shelters, no flight: "camps for displaced people".
_NOT_SHELTERED = (r"(?<!for\x20)(?<!and\x20)(?<!to\x20)(?<!among\x20)(?<!sheltering\x20)"
                  r"(?<!housing\x20)(?<!hosting\x20)")
# Who may be on the receiving end of fire: positions, units, posts...
TARGETS = (r"(?:positions?|posts?|units?|troops|soldiers|servicem[ae]n|forces|military|army|"
           r"outposts?|checkpoints?|trenches|bases?|convoys?|patrols?|vehicles?)")

TRIGGERS = (
    # --- Battles
    (r"clash(?:es|ed|ing)?|armed (?:conflict|confrontation|incidents?)", BATTLES, "Armed clash",
     "clash"),
    (r"(?:heavy|heavier|heaviest|fierce|fiercest|intense|renewed|fresh|street|ongoing|"
     r"sporadic|deadly|bloody|new round of) fighting", BATTLES, "Armed clash", ""),
    (r"fighting (?:broke out|breaks out|erupted|erupts|raged|rages|raging|continued|"
     r"continues|resumed|resumes|flared|flares|intensified|intensifies|escalated|"
     r"spread|spreads|was reported|were reported|took place|began|started|in|around|near|at|"
     r"along|on the|between|for control)|"
     # (the fight for a place, going on: "fighting for Shushi continues")
     r"fighting for (?:[\w-]+ ){1,3}?(?:continues|continued|goes on|went on|rages|raged|"
     r"intensified|intensifies)", BATTLES, "Armed clash", ""),
    (r"(?:war|hostilities|conflict|fighting) (?:\w+ ){0,2}?(?:broke out|erupted|began|started|"
     r"resumed|flared up)|(?:full scale|large scale|all out) (?:war|military actions?|"
     r"hostilities|offensive)|military (?:actions?|operations?|hostilities) (?:began|started|"
     r"resumed|continued|for)|(?:\d+ day |six week |\d{4} )(?:war|conflict)",
     BATTLES, "Armed clash", "war"),
    # (whatever the weapons: "an exchange of small arms and mortar fire" is a fight)
    (r"(?:exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing)) (?:of )?(?:[\w-]+ ){0,6}?(?:fire|gunfire)|"
     r"gun ?fire|"
     r"gun ?battles?|fire ?fights?|shoot ?outs?|skirmish(?:es|ed)?|fought|shootings?|"
     # (armed men battled, not "battled the flames"): "forces battled Houthi fighters"
     r"battl(?:ed|ing) (?:with |against )?(?:[\w-]+ ){0,3}?(?:fighters|militants|rebels|"
     r"insurgents|troops|forces|soldiers|gunmen|jihadists|militias?|army|police|guerrillas)|"
     # ... and fighting them, told as it went on: "units were still fighting Russian forces"
     # (the auxiliary left out of the trigger, which would read it as a passive)
     r"(?:(?<=were\s)|(?<=was\s)|(?<=are\s)|(?<=is\s)|(?<=been\s)|(?<=kept\s)|(?<=still\s)|"
     r"(?<=continued\s))fighting"
     r"(?= (?:with |against )?(?:[\w-]+ ){0,3}?(?:fighters|militants|rebels|insurgents|troops|"
     r"forces|soldiers|gunmen|jihadists|militias?|army|police|guerrillas|units)\b)",
     BATTLES, "Armed clash", "attack"),
    # Fire "in both directions" across a front is an exchange of fire, whatever the weapons
    # (a monitor's count: "42 explosions and shots in both directions near X").
    (r"(?:fire|firing|shots|shelling|explosions|projectiles|bursts)\b[^.;:!?]{0,120}? "
     r"in both directions", BATTLES, "Armed clash", ""),
    (r"(?:launch(?:ed|es|ing)?|began|begun|mounted|opened|started|staged|made) (?:a |an |the |"
     r"its |their )?(?:[\w\"“”'‘’]+ ){0,3}?[\"“”'‘’]?(?:assault|incursion|"
     r"counter ?attack|raid|infiltration attempt|breakthrough attempt)",
     BATTLES, "Armed clash", "attack"),
    # A campaign is an event of its own, whatever else its sentence tells ("began an
    # operation hours after landmines killed six"); "anti-terrorist activities" is what a
    # state may call its offensive.
    (r"(?:launch(?:ed|es|ing)?|began|begun|mounted|opened|started|staged|made|(?:announced|"
     r"declared|ordered) (?:\w+ ){0,3}?the (?:start|beginning|launch) of) (?:a |an |the |"
     # (no search, rescue or relief: "sealed off the village, then launched a search operation")
     r"its |their )?(?!(?:\w+ ){0,3}?(?:search|rescue|relief|evacuation|humanitarian|"
     r"recovery) operation)(?:[\w\"“”'‘’]+ ){0,3}?[\"“”'‘’]?(?:counter ?offensive|offensive|"
     r"operation|(?:anti|counter)[ -]?terror(?:ist|ism)? (?:activities|measures|campaign))|"
     # (told by what was launched: "the military operation launched by Azerbaijan on 19
     # September")
     r"(?:military|ground|army|counter ?terrorist|anti ?terrorist) operation launched|"
     r"(?:counter ?)?offensive launched",
     BATTLES, "Armed clash", "offensive"),
    (r"counter ?offensives?|counter ?attack(?:s|ed)?|offensive (?:began|started|continued|"
     r"resumed)|(?:sabotage|reconnaissance|infiltration|raid|breakthrough) (?:\w+ )?attempts?|"
     r"incursions?", BATTLES, "Armed clash", "attack"),
    (r"battl(?:e|es|ed|ing) (?:for|over|with|against|in|near|raged|rages)",
     BATTLES, "Armed clash", ""),
    # The enemy's weapons of war, or bases, a side says it destroyed ("its forces destroyed
    # two tanks and a Grad launcher near X", "destroyed rebel bases in X"): the fight's
    # (from the air, the drone rows say so).
    (r"(?:destroyed|destroying|destroys|knocked out) (?:\w+ ){0,4}?(?:tanks?|howitzers?|"
     r"artillery (?:pieces|systems|guns)|grad (?:launchers?|systems?)|(?:multiple )?rocket "
     r"launchers?|(?:air defen[cs]e|missile|s 300|s 400) (?:systems?|units?|launchers?|"
     r"batter(?:y|ies))|anti aircraft (?:systems?|guns?)|"
     r"command posts?|ammunition depots?|(?:military )?bases?|positions|strongholds?|"
     r"hideouts?)", BATTLES, "Armed clash", "destroyed_arms"),
    # South Asian English: "an encounter with militants" is a gunfight
    (r"encounters? (?:with|between) (?:the )?(?:\w+ ){0,2}?(?:militants?|terrorists?|"
     r"insurgents?|rebels?|maoists?|naxal\w*|gunmen|security forces|police|troops|army|"
     r"soldiers)", BATTLES, "Armed clash", ""),
    # (armed men met on their way: "troops intercepted a group of militants near X"; not
    # the missiles and drones intercepted, below)
    (r"intercept(?:ed|s|ing)? (?:\w+ ){0,4}?(?:militants?|insurgents?|rebels?|fighters|gunmen|"
     r"raiders|attackers|assailants|jihadists?|bandits|infiltrators)\b", BATTLES,
     "Armed clash", ""),
    (r"(?:repelled|repulsed|repel|repulse|repelling|thwarted|beat back|beaten back|fend(?:ed)? "
     r"off|fought off|suppressed) (?:\w+ ){0,2}?(?:attacks?|assaults?|offensives?|attempts?|"
     r"advances?|raids?)|(?:attacks?|attempts?|offensives?) (?:was|were) (?:repelled|repulsed|"
     r"thwarted|suppressed)", BATTLES, "Armed clash", ""),
    # (not an illness's: "died of a heart attack")
    (r"sniper (?:fire|attacks?)|ambush(?:ed|es)?|opened (?:gun)?fire|"
     r"(?<!heart\x20)(?<!panic\x20)(?<!asthma\x20)attack(?:ed|s|ing)?|"
     r"invad(?:ed|es|e|ing)|invasion|"
     # (not the arms named after it: "a cache of assault rifles")
     r"assault(?:ed|s)?(?! (?:rifles?|weapons?|guns?|vehicles?|boats?))", BATTLES,
     "Armed clash", "attack"),
    # A raid is an armed clash only when it meets armed men (see geo.events.rules).
    (r"(?<!air\x20)raid(?:ed|s)?", BATTLES, "Armed clash", "raid"),
    # (not "shot dead a herder ... at a checkpoint": a killing, typed by whom it killed)
    (rf"(?:fir(?:ed|es|ing)|shot(?! dead| to death)|shoot(?:s|ing)?(?! dead)|"
     rf"opened (?:\w+ )?(?:gun)?fire) "
     rf"(?:(?:[^.;:!?]|(?<=\d)\.(?=\d)){{0,150}}? )?"
     # (a passive's doer is no target: "was shot at by soldiers")
     rf"(?:on|at|upon|towards?|in the direction of) (?!by\b)(?:the )?(?:[\w']+ ){{0,3}}?"
     rf"{TARGETS}",
     BATTLES, "Armed clash", "fired"),
    # (Up to eight words between: "fired 23mm, 14.5mm and 7.62mm machine guns at".)
    # (what is "shot down" is an aircraft brought down, below)
    (r"(?:fir(?:ed|es|ing)|(?:shot|shoot(?:s|ing)?)(?! down| dead| to death)) "
     r"(?:(?!by\b)[\w'.,]+ ){0,8}?"
     r"(?:on|at|upon|into) ",
     BATTLES, "Armed clash", "fired"),
    (r"(?:came|come|comes|coming|had come|came|(?:was|were|is|are|remained|remain)"
     r"(?: still)?) under (?:[\w-]+,? (?:(?:and|or) )?){0,3}?(?:fire|attack|shelling|"
     r"bombardment|shellfire)",
     BATTLES, "Armed clash", "under_fire"),
    # A defence ministry's words: "subjected to fire the positions of X using mortars" (the
    # weapons, when told, are part of the trigger: they say what kind of fire it was).
    (r"subject(?:ed|s|ing) (?:[\w']+ ){0,6}?to (?:\w+ )?(?:fire|shelling|bombardment)"
     r"(?: [^.;:!?]{0,200}? using [^.;:!?]{1,80})?", BATTLES, "Armed clash", "fired"),
    (r"(?:captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|took|taken|tak(?:e|es|ing)|"
     r"gain(?:ed|s)?|assum(?:ed|es)|regain(?:ed|s)?|retook|retake|retaken|restored|"
     r"established|establish(?:es|ing)?|came under|come under|comes under) "
     r"(?:back )?(?:full |complete |total |effective )?control (?:of|over)|"
     r"came under the control of|"
     # (what "is under the control of" someone is held, not taken, unless "now")
     r"(?:(?:was|were) (?:now )?|(?:is|are) now )under (?:the )?(?:full )?control of",
     BATTLES, "Government regains territory", "territory"),
    (r"captur(?:ed|es|e|ing)|capture of|seiz(?:ed|es|e|ing)|seizure of|overran|overrun|"
     r"overrunning|storm(?:ed|ing)|storms?(?= (?:the|a|an) )|retook|retaken|"
     r"recaptur(?:ed|e|ing)|liberat(?:ed|e|ing)|"
     # (not the land "occupied" names: "missiles launched from occupied territory")
     r"liberation of|fall of|fell to|fallen to|"
     # (the enemy's last positions cleared: "troops cleared the last Russian positions in X")
     r"cleared (?:the )?(?:last )?(?:remaining )?(?:[\w-]+ )?(?:positions|strongholds?)|"
     r"occupied(?! (?:territor(?:y|ies)|areas?|regions?|lands?|zones?|parts?)\b)|occupation of|"
     # (not people "taken to the X district hospital", nor a name "taken from the town of X")
     r"(?<!name\x20)(?<!names\x20)(?:took|taken|take|takes|taking) (?!up |to |from |place )"
     r"(?:\w+ ){0,3}?(?:heights|hills?|"
     r"villages?|towns?|settlements?|positions|territory|territories|districts?)|"
     # armed men driven out of a place lose it ("troops drove the rebels out of X"; not
     # "drove families out of their homes")
     r"(?:drove|driven|drive|drives|driving|pushed|chased|flushed|ousted|expelled|"
     r"dislodged) (?:[\w'-]+ ){0,2}?(?:fighters|militants|rebels|insurgents|troops|forces|"
     r"soldiers|jihadists|terrorists|gunmen|militiamen|militias?|enemy|army|units) "
     r"(?:out of|from)",
     BATTLES, "Government regains territory", "territory"),
    # Armed men who enter a town take it, unless they came to do what the sentence tells
    # ("rebels entered X and killed five civilians": the attack).
    (r"(?:troops|forces|army|soldiers|units|military|fighters|rebels|insurgents|guerrillas|"
     r"militiamen) (?:\w+ )?(?:entered|moved into|rolled into|marched into)",
     BATTLES, "Government regains territory", "entered"),
    # "Forces had taken Shusha": taking, when armed men take a place named right after it
    # (`geo.events.rules`); "took part", "taken to hospital" name no place.
    # (Only before a name, or "the town of": the words the verb most often takes are
    # turned away here, the commonest sentences' cost.)
    (r"(?:took|taken|take|takes|taking)(?: over)?(?= (?:the (?:(?:strategic|key|regional|"
     r"provincial|border|hilltop) )?(?:town|city|village|settlement|district|capital|"
     r"fortress|heights?)\b|(?!(?:the|a|an|part|place|care|steps|measures|action|office|"
     r"responsibility|note|shelter|refuge|cover|hostages?|prisoners?|to|into|up|off|out|away|"
     r"back|him|her|them|it|his|their|its|our|my|advantage|time|power|charge|control|over|on|"
     r"in|at|by|from|for|with|as|and|or|but|more|some|several|\d+)\b)\w))|"
     # ... and took or won it back: "troops took back X"
     r"(?:took|taken|take|takes|taking|won|win|wins|winning) back(?= (?:the (?:(?:strategic|"
     r"key|regional|provincial|border|hilltop|port) )?(?:town|city|village|settlement|district|"
     r"capital|fortress|heights?)\b|(?!(?:the|a|an|control|their|his|her|its|our|my|some|"
     r"several|all|most|part|what|\d+)\b)\w))",
     BATTLES, "Government regains territory", "took"),
    # --- Explosions/Remote violence
    # (a "barrage" of fire, not of criticism, nor a protest's "noise barrage")
    (r"shell(?:ed|ing|ings)|shell ?fire|bombard(?:ed|ing|ment|ments|s)?|"
     r"(?<!noise\x20)barrages?(?! of (?:criticism|questions|insults|complaints|abuse|calls|"
     r"messages|accusations|claims|threats|lawsuits|protests))|"
     r"cluster (?:munitions?|bombs?)|"
     # (the weapon with where it fell: "artillery shells crashed into the camp")
     r"(?:rocket|missile|mortar|artillery|tank) (?:shells?|rounds|rockets?|missiles?) "
     r"(?:(?:fired|launched) by [^.;,]{1,60}? )?(?:\w+ ){0,2}?(?:hit|hits|landed|fell|struck|"
     r"slammed|(?:smashed|crashed|plough?ed|tore|ripped) (?:into|through))|"
     r"(?:rocket|missile|mortar|artillery|grad|smerch|howitzer) (?:fire|attacks?|strikes?|"
     r"barrages?|shelling|bombardments?|rounds|salvos?|shells?|launchers? fired)|"
     # (not a crowd's "tear gas shells", "smoke shells")
     r"(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)) (?:\w+ ){0,3}?(?:rockets?|missiles?|"
     r"(?<!gas\x20)(?<!smoke\x20)shells|mortars?|projectiles|artillery)|"
     # (bombs fired from somewhere were shells: "two bombs fired from rebel positions landed")
     r"bombs (?:fired|launched) (?:by|from) (?:\w+ ){1,3}?(?:hit|landed|fell|struck)|"
     r"(?:rockets?|missiles?|(?<!gas\x20)(?<!smoke\x20)shells|(?:a|an|one|another|the) (?:\w+ )?"
     r"shell|"
     r"mortars?|projectiles?) "
     # (and who fired them, however named: "shells fired by the Rapid Support Forces (RSF)
     # struck the camp")
     r"(?:(?:fired|launched) (?:by|from) [^.;,'’]{1,60}? )?(?:\w+ ){0,2}?"
     r"(?:hit|hits|landed|land|lands|"
     r"fell|falls|fallen|struck|strikes|slammed|rained|(?:tore|ripped) (?:through|into)|"
     # ("the shells began falling on Jermuk")
     r"(?:began|started|kept|continued) (?:falling|landing|raining)|"
     r"(?:smashed|crashed|plough?ed) into|"
     r"exploded|were fired|was fired)|struck by (?:a |an )?(?:rocket|missile|shell|mortar)|"
     r"artillery (?:\w+ ){0,3}?(?:hit|struck|strikes|pounded|targeted|fired|shelled)|"
     r"explosions? (?:were |was |could be |could )?heard|sounds? of (?:explosions|shelling|"
     r"artillery)|(?:observed|recorded|registered|counted) (?:a total of )?(?:\d+|\w+) "
     r"projectiles", EXPLOSIONS, SHELLING, ""),
    # Explosions a monitor counts are shelling, unless small arms were heard with them
    # (`geo.events.rules`): ACLED codes the ceasefire violations it reports as shelling or
    # clashes.
    (r"(?:observed|recorded|registered|counted) (?:a total of )?(?:\d+|\w+) explosions?",
     EXPLOSIONS, SHELLING, "explosion"),
    (r"bomb(?:ed|ing|ings)", EXPLOSIONS, SHELLING, "bombing"),
    # a strike on a target (not a labour strike: "on strike", "a strike at the plant"); in a
    # story of air strikes, one of them (`geo.events.extract`)
    (r"strikes? on (?:a|an|the|two|three|several|\d+) (?:\w+ ){0,2}?(?:buildings?|homes?|"
     r"houses?|apartments?|blocks?|cars?|vehicles?|convoys?|positions?|bases?|camps?|"
     r"hideouts?|targets?|sites?|depots?|hospitals?|schools?|markets?|villages?|towns?|"
     r"towers?|bridges?|stations?|plants?|facilit(?:y|ies)|ports?|airports?|airfields?|"
     r"warehouses?|factor(?:y|ies)|headquarters|offices?|checkpoints?|trenches?)\b",
     EXPLOSIONS, SHELLING, "strike_on"),
    # forces that "struck" or "pounded" a place hit it from afar ("Armenian forces struck
    # Ganja"; not "struck a deal", which no forces do), and so do forces that "hit the towns
    # of" somewhere (not "hit back", nor an army truck that "struck a mine")
    (r"(?:forces|troops|army|military|artillery) (?:\w+ ){0,2}?(?:struck(?! (?:a |an )?"
     r"(?:\w+ ){0,2}?(?:land ?)?mines?\b)|pounded|hit(?= "
     r"(?:the )?(?:towns?|cit(?:y|ies)|villages?|settlements?|positions|districts?) ))",
     EXPLOSIONS, SHELLING, "struck"),
    # "was hit": by what, another trigger of the sentence says when it can
    (r"(?:was|were|been) (?:\w+ )?(?:struck|hit|targeted)"
     r"(?! by (?:a |an )?(?:car|truck|vehicle|bus|lorry|train))|"
     # "struck positions with drones and artillery": the weapons say it was from afar
     r"(?:struck|strikes|hit|hits|pounded|pounds|pounding|targeted|targets|targeting) "
     r"(?:[\w']+ |\([^()]{1,60}\) ){0,7}?with (?:\w+ ){0,3}?(?:drones?|uavs?|artillery|"
     r"rockets?|missiles?|"
     r"mortars?|shells|howitzers?|air ?strikes?|aircraft|warplanes?|jets)", EXPLOSIONS,
     SHELLING, "struck"),
    # Poison gas used as a weapon (ACLED's chemical weapon; not tear gas)
    (r"(?:used|using|dropped|dropping|fired|firing|launched) (?:[\w-]+ ){0,3}?(?:chlorine|sarin|"
     r"mustard gas|chemical (?:weapons?|munitions|agents?)|nerve agents?|toxic gas)|"
     r"chemical (?:weapons? )?attacks?|(?:chlorine|sarin|poison gas) attacks?",
     EXPLOSIONS, "Chemical weapon", ""),
    (r"air ?strikes?|air ?raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
     r"aerial (?:bombardment|bombing|attacks?|strikes?)|"
     # a bomb dropped from the air ("a guided aerial bomb hit the centre")
     r"(?:aerial|glide|guided) (?:\w+ )?bombs? (?:\w+ ){0,2}?(?:hit|struck|fell|landed|"
     r"exploded)|"
     r"drone (?:strikes?|attacks?)|kamikaze drones?|loitering munitions?|"
     r"(?:launch(?:ed|es|ing)|fired|sent) (?:\w+ ){0,3}?(?:drones?|uavs?) (?:at|on|against|"
     r"towards?|into)\b|"
     # (what launched it may stand between: "a drone launched by the rebels targeted")
     # (not what a drone's camera shows: "drone footage shows destroyed tanks")
     r"(?:drones?|uavs?|bayraktars?) (?!(?:footage|videos?|images?|cameras?|pictures?)\b)"
     # (or whose it is thought to be: "a drone believed to belong to the army struck")
     r"(?:(?:(?:launched|fired|sent|operated) by|(?:believed|thought|suspected|said|"
     r"reported|alleged) to (?:belong to|be operated by|have been (?:launched|fired|sent|"
     r"operated) by)) (?:[\w-]+ ){1,6}?|got through and )?(?:\w+ ){0,2}?"
     r"(?:hit|struck|strikes|attacked|attacks|"
     r"targeted|targets|bombed|destroyed|dropped)|(?:struck|hit|attacked|targeted|"
     r"destroyed) by (?:a |an )?(?:\w+ )?(?:drones?|uavs?|bayraktars?|warplanes?|"
     r"aircraft|jets?|helicopters?)|(?:warplanes?|fighter jets?|jets|aircraft|air force|"
     r"helicopters?|(?<!suicide\x20)bombers?) (?:\w+ ){0,2}?(?:bombed|struck|hit|attacked|targeted|"
     r"strafed)|(?:conducted|carried out|launched) (?:an? )?(?:\w+ )?air ?strikes?|"
     # strikes an air arm made are from the air ("the air force conducted strikes on a camp")
     r"(?:air ?force|warplanes?|fighter jets?|jets|aircraft|helicopters?|drones?|uavs?) "
     r"(?:\w+ ){0,2}?(?:conducted|carried out|launched|made) (?:\w+ ){0,2}?strikes?|"
     # a munition dropped from the air ("a drone dropped two mortar bombs on a trench")
     # (and "used a drone to drop explosives on a base")
     r"(?:drops?|dropp(?:ed|ing)) (?:\w+ ){0,5}?(?:grenades?|bombs?|explosives?|munitions?|shells?|"
     r"mortar rounds?) (?:from|on|onto)\b",
     EXPLOSIONS, AIR, ""),
    (r"land ?mines?|mine (?:explosions?|blasts?)|(?:stepped on|hit|struck|triggered|"
     r"detonated|ran onto|ran over|drove onto|drove over|trod on) (?:a |an )?(?:anti \w+ )?"
     r"(?:land ?)?mine|"
     r"(?:rc|vb|sv?b|pb)?ieds?|improvised explosive(?: devices?)?|"
     r"roadside bombs?|(?:car|truck|lorry|motorcycle) bomb(?:s|ings?)?|(?:magnetic|sticky) bombs?|"
     r"explosive devices?|"
     r"(?:bomb|explosives?|device) (?:\w+ ){0,3}?(?:exploded|went off|detonated|blew up)|"
     r"bombs? planted|planted (?:a |an )?(?:bomb|explosive)|set off (?:an? )?(?:\w+ )?"
     r"(?:explosives?|bombs?|devices?)|unexploded (?:\w+ )?(?:ordnance|munitions?|"
     r"shells?|bombs?|mortars?|rounds?|rockets?|grenades?|projectiles?)",
     EXPLOSIONS, IED, "device"),
    # (a suicide vest is a bombing when it goes off, not when it is found)
    (r"suicide (?:(?:car|truck|vehicle|motorcycle) )?(?:bomb(?:s|er|ers|ing|ings)?|"
     r"attack(?:s|er|ers)?|blasts?|vests? (?:exploded|detonated|went off|blew up))|"
     r"detonat(?:ed|ing) (?:\w+ )?suicide vests?|"
     r"blew (?:himself|herself|themselves) up", EXPLOSIONS, "Suicide bomb", ""),
    # (a device thrown by hand is a grenade's kind: "threw an explosive device at the office")
    (r"(?:threw|thrown|throws|hurled|lobbed|tossed) (?:a |an |two |three )?"
     # (a grenade's model: "an M67 grenade", "an F-1 grenade", "RGD-5 grenades")
     r"(?:[a-z]{1,3} ?\d{1,3} )?(?:(?:hand )?"
     r"grenades?|(?:small |homemade |home made |crude |improvised )?(?:explosive devices?|"
     r"explosives?|bombs?)(?! (?:at|on|from) (?:the )?(?:\w+ )?(?:aircraft|drone|plane|"
     r"helicopter)))|"
     r"grenade (?:attacks?|blasts?|explosions?)|grenades? (?:exploded|went off|was thrown|"
     r"were thrown)", EXPLOSIONS, "Grenade", "grenade"),
    (r"explosions?|blasts?|explod(?:ed|es|ing)(?! into)|detonat(?:ed|ion|ions)|blew up",
     EXPLOSIONS, IED, "explosion"),
    # --- Violence against civilians
    (r"execut(?:ed|ion|ions)|behead(?:ed|ing|ings)|massacr(?:e|es|ed)|tortur(?:ed|e|ing)|"
     r"mutilat(?:ed|ion)|shot dead|shot to death|(?:shooting|shoots|shoot) dead|gunned down|"
     r"shot and (?:killed|injured|"
     r"wounded)|stabb(?:ed|ing)|"
     r"beat(?:en|ing)? (?:up|to death)|beat (?:\w+ ){0,3}?up|beat (?:\w+ ){0,6}?to death|"
     r"hacked to death|"
     r"beat (?:and|\w+ )?(?:injured|wounded|robbed)|(?:was|were|been) beaten(?! back| off)|"
     # (a person beaten or set on fire: "beat him", "beating them", "set him alight"; not
     # "beating her stepchildren", nor barricades "set them on fire")
     r"beat(?:ing)? (?:him|them)\b|beat(?:ing)? her(?=[,.;]| (?:and|until|with|up|to|in)\b)|"
     r"set (?:him|her) (?:on fire|ablaze|alight)|"
     # (whom a beating hurts, named: "beat two opposition activists", not "beat the odds")
     r"beat (?:\w+ ){0,3}?(?:activists?|protesters?|demonstrators?|journalists?|reporters?|"
     r"civilians?|villagers?|residents?|students?|people|m[ae]n|wom[ae]n|boys?|girls?|youths?|"
     r"supporters?|voters?|detainees?|prisoners?|suspects?|worshippers?|farmers?|traders?)\b|"
     r"(?:was|were|been) shot(?! down| at| in the air)|"
     r"(?:bod(?:y|ies)|corpses?|human remains) (?:of (?:\w+ ){1,7}?)?(?:was|were|has been|"
     r"have been) (?:found|discovered)|(?:was|were|has been|have been) found dead|"
     r"burned alive|assassinat(?:ed|ion)|(?:killed|targeted|attacks? on|attacked) "
     r"(?:\w+ ){0,3}?civilians|"
     # a threat made with weapons in hand is violence already
     r"threaten(?:ed|ing)? (?:\w+ ){0,4}?with (?:an? )?(?:stones?|rocks?|knives|knife|axes|axe|"
     r"sticks?|machetes?|guns?|pistols?|rifles?|weapons|firearms)|(?:knives|axes|machetes|"
     r"sticks|stones|guns|pistols|rifles) (?:\w+ ){0,2}?threaten(?:ed|ing)",
     VIOLENCE, "Attack", "violence"),
    # (not a kind of crime naming its gang or its charges: "a kidnapping ring")
    (r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?(?! (?:rings?|gangs?|"
     r"syndicates?|networks?|suspects?|charges?|kingpins?|cartels?)\b)|taken hostage|"
     r"held hostage|took (?:\w+ ){0,2}?hostages?|forcibly disappeared|"
     # (people seized are taken, not ground: "seized three supporters of the party")
     r"seized (?:\w+ ){0,3}?(?:supporters?|activists?|civilians?|villagers?|residents?|"
     r"journalists?|students?|farmers?|traders?|passengers?|women|men|people|children|boys|"
     r"girls)\b|"
     r"enforced disappearances?", VIOLENCE, "Abduction/forced disappearance", ""),
    (r"rap(?:e|ed|es|ing)|sexual(?:ly)? (?:assault(?:ed|s)?|violence|abus(?:e|ed))",
     VIOLENCE, "Sexual violence", "rape"),
    # --- Protests and riots
    (r"protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed|ing|e)|"
     r"rall(?:y|ies|ied|ying)|took to the streets|marched|noise barrages?|"
     # setting oneself on fire in protest (ACLED: a protest)
     r"set (?:himself|herself|themselves) (?:on fire|ablaze|alight)|self ?immolat\w+|"
     r"(?:a|the|their|protest) (?:(?:peaceful|silent|mass|large|huge|solidarity|"
     r"candlelight|torchlight|symbolic|similar|separate|smaller|larger|second|rival|weekly|"
     r"daily|annual|traditional) )?"
     r"march(?:es)?(?! \d)|sit ins?|picket(?:s|ed|ing)?|(?:formed|form|forming) (?:a )?human "
     r"chains?|"
     r"hunger strikes?|went on strike|general strike|strikers|"
     # a labour strike, named by its length or its kind (never an air or missile strike)
     r"(?:\d+|one|two|three|four|five|six|seven|ten)[ -](?:hours?|days?|weeks?) strikes?|"
     r"(?:indefinite|warning|labou?r|workers'?|teachers'?|doctors'?|nurses'?|transport|"
     r"nationwide|sit down) strikes?|on strike|(?:crowds?|supporters|activists) (?:\w+ ){0,3}?"
     r"(?:gathered|assembled|massed|marched|rallied)|(?:gathered|assembled|blocked|closed|"
     r"occupied|filled|packed|thronged) (?:[^.;:!?]{0,120}? )?(?:to (?:protest|demand|"
     r"denounce|call for|express|"
     r"support|oppose)|in (?:support|solidarity) (?:of|with)|"
     # (a commemoration: ACLED codes it as a peaceful protest)
     r"to (?:commemorate|lay flowers|light candles|pay tribute|honou?r the memory)|"
     r"in (?:memory|remembrance) of|"

     r"demanding|denouncing|rejecting|condemning|chanting|in protest|and demanded)|"
     r"(?:chant(?:ed|ing)|shout(?:ed|ing)|chant|chants) (?:\w+ ){0,3}?slogans|"
     # a crowd counted by the thousand that filled a square or the streets: a rally
     r"(?:hundreds|thousands|tens of thousands|hundreds of thousands)(?: of (?:people|"
     r"protesters|demonstrators|supporters|residents|citizens))? (?:filled|packed|thronged|"
     r"flooded|poured into) (?:the )?(?:[\w'-]+ ){0,2}?(?:squares?|streets|avenues?|"
     r"boulevards?)\b|"
     # a gathering forces broke up, named by no word of protest ("fired tear gas to
     # disperse the opposition leader's supporters")
     r"dispers(?:e|ed|es|ing) (?:the |a |an |hundreds of |dozens of |thousands of )?"
     r"(?:\w+ )?(?:supporters|crowds?|gatherings?|mourners|worshippers|students|traders|"
     r"youths|residents)|"
     # ... or by its kind of gathering ("dispersed a banned Pride march")
     r"dispers(?:e|ed|es|ing) (?:the |a |an )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|"
     r"rall(?:y|ies)|vigils?|sit ins?|parades?)\b|"
     # a road blocked by a crowd (no siege: "cleared a road blockade set up by farmers")
     r"(?:road|highway) ?blockades?|blockaders|"
     # ... or told in the passive: "traders who came back to block the road were dispersed"
     r"(?:supporters|crowds?|gatherings?|mourners|worshippers|students|traders|youths|"
     r"residents) (?:[^.;:!?]{0,80}? )?(?:were|was) dispersed",
     PROTESTS, "Peaceful protest", "protest"),
    (r"riot(?:s|ed|ers|ing)?(?! police| gear| control| squad)|"
     r"(?:threw|throwing|hurled|hurling) (?:\w+ )?(?:stones|rocks|bricks|brickbats|"
     r"brick (?:chunks|bats|pieces)|molotov cocktails|petrol bombs|bottles|fireworks)|"
     r"barricad(?:ed|ing) (?:\w+ ){0,3}?(?:roads?|streets?|"
     r"highways?|entrances?)|(?:built|erected|set up|put up|raised) (?:\w+ ){0,2}?barricades|"
     r"burn(?:ed|t|ing) (?:rubber )?(?:tyres|tires)|(?:rubber )?(?:tyres|"
     r"tires) (?:were )?(?:set )?(?:burning|alight|on fire)|"
     # (a crowd's way in: "a crowd forced its way into the government building")
     r"(?:crowds?|protesters|demonstrators|rioters|mobs?|supporters|"
     # (and people counted as a crowd: "several thousand people broke into parliament")
     r"(?:(?:hundreds|thousands|dozens) of|several (?:hundred|thousand)|\d{2,}[\d,]*) people) "
     r"(?:(?:\w+ ){0,3}?(?:forced (?:its|their) way|broke|burst) into|"
     # ("thousands of supporters of the former president broke through police lines and
     # stormed the congress")
     r"(?:[^.;:!?]{0,60}? )?(?:stormed|storming|ransacked|broke through (?:the )?(?:police )?"
     r"(?:lines?|cordons?|barriers|barricades)))",
     RIOTS, "Violent demonstration", ""),
    (r"mobs?|lynch(?:ed|ing|ings)?|(?:physical |mass |street )?(?:fight|brawl|scuffles?) "
     r"(?:broke out|erupted|took place|between)|brawl(?:ed|s)?|street ?fights?|communal "
     r"(?:violence|clash(?:es)?)|pelt(?:ed|ing) (?:\w+ ){0,3}?(?:with )?(?:stones|rocks)|stoned",
     RIOTS, "Mob violence", ""),
    # --- Strategic developments
    # A truce broken somewhere is the fire that broke it (ACLED codes the violations it
    # reports as clashes or shelling): "violated the ceasefire near X using mortars".
    (r"(?:violated|violating|violates|breached|breaching|breaches) (?:the )?(?:ceasefire|"
     r"cease fire|truce)(?: regime)?|"
     # ... and a monitor's count of breaches: "recorded one ceasefire violation in X"
     r"(?:recorded|registered|observed) (?:\w+ )?(?:ceasefire|cease fire|truce) violations?",
     BATTLES, "Armed clash", "violation"),
    (r"ceasefire|cease fire|truce|armistice|peace (?:deal|agreement|accord|treaty)|"
     r"humanitarian (?:ceasefire|truce|pause)", STRATEGIC, "Agreement", "agreement"),
    # (an adjective's participle is no verb: "the Russian-brokered deal, signed by")
    (r"(?<!-)(?:signed|sign|signs|signing|reached|concluded|agreed on|agreed to|struck|"
     r"brokered|inked|adopted) (?:a |an |the )?(?:\w+ ){0,3}?(?:agreement|deal|accord|treaty|"
     r"memorandum|declaration|ceasefire|truce|protocol|pact|joint statement)|"
     # ("agreed to hand four villages to Azerbaijan")
     r"agreed to (?:lay down|hand(?: over)?|cede|disarm|withdraw|disband|surrender|dissolve)|"
     r"agreed (?:\w+ ){0,6}?to (?:end|"
     r"stop|halt|cease) (?:\w+ ){0,3}?(?:war|fighting|hostilities|conflict|clashes)|agreed "
     r"(?:\w+ ){1,3}?to (?:lay down|hand(?: over)?|cede|disarm|withdraw|disband|surrender|"
     r"dissolve)|"
     r"(?:agreement|deal|accord|treaty|memorandum|declaration|statement|ceasefire|truce|"
     r"protocol|pact|convention) ?,? (?:was |were |has been |had been )?(?:signed|"
     # ("a 2018 deal reached in Sochi by Russia and Turkey")
     r"reached|concluded)|"
     r"(?:declared|announced|agreed (?:\w+ ){0,3}?(?:on|to)) (?:a |an |the )?"
     r"(?:\w+ )?cessation of hostilities|surrender of", STRATEGIC, "Agreement", "signed"),
    # An agreement carried out on the ground: where it happened, not where it was agreed
    # ("the group surrendered in X"; "the surrender of X" is a term of a deal, above).
    # (not a word of what is asked or talked of: "weighed surrender terms")
    (r"capitulat(?:ed|ion)|surrender(?:ed)?(?! of| terms| talks| demands?| ultimatum| deadline|"
     r" negotiations| offer| calls?)|(?:exchange|swap) of (?:\w+ ){0,2}?(?:prisoners|"
     r"bodies|captives|detainees)|"
     r"prisoner (?:exchange|swap)(?! deals?| agreements?| talks| negotiations)|"
     r"(?:exchanged|swapped) (?:\w+ )?"
     r"(?:prisoners|bodies|captives)", STRATEGIC, "Agreement", "carried_out"),
    # Fighting stopped through talks: "ceased hostilities after phone talks", "the fighting
    # ceased after five hours through Russian mediation".
    (r"(?:ceased|stopped|halted|ended) (?:the )?(?:hostilities|fighting|fire)|(?:hostilities|"
     r"fighting|shooting|clashes) (?:\w+ ){0,2}?(?:ceased|stopped|ended|halted)",
     STRATEGIC, "Agreement", "mediated"),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|detention of|taken into custody|"
     r"apprehended|rounded up|remanded|placed in (?:pre ?trial )?detention|imprison(?:ed)?|"
     r"(?:sentenced|jailed) (?:\w+ ){0,3}?(?:to|for) (?:\w+ ){0,2}?(?:years?|months?)|"
     r"decided to imprison",
     STRATEGIC, "Arrests", "arrest"),
    (r"peacekeep(?:ers|ing (?:forces?|troops|contingent|mission))", STRATEGIC,
     "Change to group/activity", "peacekeepers"),
    (r"(?:deployed|deploys|deploying|deployment of|redeployed|dispatched|stationed|"
     r"amassed|massing|massed) (?:\w+ ){0,3}?(?:troops|forces|soldiers|peacekeepers|"
     r"observers|monitors|units|tanks|reinforcements|military)|(?:troops|forces|"
     # (not forces that "are also deployed" there: where they are, no move told)
     r"peacekeepers|observers|monitors|units) (?:(?!to |(?:are|is) (?!being ))\w+ ){0,2}?"
     r"(?:(?:were |was |"
     r"had been )?(?:deployed|redeployed|arrived)|(?:were |was |had been )stationed|"
     # (forces "stationed" somewhere, with no verb, are where they are: no move told; nor
     # is where they "have been stationed since the truce")
     r"(?:has|have) been (?:deployed|redeployed|stationed)(?! (?:\S+ ){0,10}?since\b))|"
     r"dissol(?:ved|ve|ves|ving|ution) (?:of )?(?:[\w']+ ){0,5}?(?:"
     r"institutions|republic|government|parliament|army|armed forces|units|groups?|"
     r"organi[sz]ations|state|bodies)|ceased to exist|began disarming|disarmament of|"
     r"(?:was|were|is|are) disbanding|disbanded (?:itself|themselves)|disbandment of|"
     r"(?:set up|sets up|setting up|established) (?:\w+ ){0,3}?observation posts?|"
     r"switched sides|defected|(?:joined|join) (?:the )?(?:ranks of )?(?:\w+ ){0,2}?"
     r"(?:militants|rebels|insurgents|taliban|militias?|armed groups?|fighters)|"
     r"(?:formed|founded|created|established|launched|announced (?:the )?creat(?:ion|ing) of) "
     r"(?:a |an )?(?:new )?(?:\w+ ){0,2}?(?:party|militia|armed group|movement|brigade|"
     r"battalion|patrols?|self defen[cs]e (?:group|unit|force)s?)|(?:brought in|sent|"
     r"dispatched) (?:\w+ ){0,2}?reinforcements|(?:column|convoy) (?:\w+ ){0,8}?"
     r"(?:military|armou?red) vehicles|ended (?:its|their) (?:affiliation|alliance|"
     # (not forces "enforcing the curfew" who did something else: what they were about)
     r"allegiance)|(?:imposed|imposes|imposition of|extended|declared|announced|enforced|"
     r"(?:began|begins|started|starts) enforcing) (?:\w+ ){0,5}?curfews?|"
     # (a coder's label before a note: "Change to group/activity: On 3 May, ...")
     r"change to (?:armed )?group ?/? ?activity(?= ?:)",
     STRATEGIC, "Change to group/activity", ""),
    # A coder's label for what an armed group did without violence ("Non-violent activity:
    # On 29 April, militants gathered residents ... and instructed them ...").
    (r"non ?violent activit(?:y|ies)(?= ?:)", STRATEGIC, "Other", ""),
    (r"(?:declared|declares|declaring|imposed|imposes|introduced|announced) (?:a |an )?"
     r"(?:\w+ )?(?:martial law|state of emergency|state of war|curfew|mobili[sz]ation)|"
     r"martial law|state of emergency|general mobili[sz]ation|(?:announced|declared) "
     r"(?:its |their )?(?:withdrawal|secession|separation) from|mobili[sz](?:ed|ing) "
     r"(?:\w+ )?reservists|declared (?:its )?independence|independence (?:was )?declared|"
     r"(?:released|freed|releases|frees|returned|handed over|repatriated) (?:\w+ ){0,4}?"
     r"(?:prisoners|detainees|hostages|captives|pows)|(?:prisoners|detainees|hostages|"
     r"captives|pows|civilians|soldiers) (?:\w+ ){0,2}?(?:were |was )?(?:released|freed)|"
     r"(?:prisoners|detainees|hostages|captives|pows) (?:\w+ ){0,2}?(?:were|was) (?:returned|"
     r"handed over|repatriated)|repeal(?:ed|s)? (?:\w+ ){0,3}?(?:protocols?|"
     r"agreements?|treat(?:y|ies))", STRATEGIC, "Other", "other"),
    # Who rules changed by force, no ground taken (a coup): "the army ousted the president"
    # (not voters or a parliament, which oust no one by force).
    (r"(?:army|military|soldiers|troops|officers|generals|junta|rebels|mutineers) "
     r"(?:\w+ ){0,2}?(?:ousted|ousts|overthrew|overthrows|deposed|deposes|toppled|topples)|"
     r"military (?:coup|takeover)|coup d'?etat|staged a coup",
     STRATEGIC, "Other", "other"),
    # A mass grave found (ACLED: a strategic development, its dead of no day known)
    (r"(?:found|finds|discovered|uncovered|unearthed|exhumed|located) (?:\w+ ){0,6}?"
     r"(?:mass|clandestine|common|unmarked|secret|hidden) graves?|(?:mass|clandestine|common|"
     r"unmarked|secret|hidden) graves? (?:\w+ ){0,4}?(?:was|were|had been|have been|has been) "
     r"(?:found|discovered|uncovered|unearthed|located)", STRATEGIC, "Other", "other"),
    # a decree of those in office ("the leader signed a decree dissolving the republic")
    (r"(?:signed|signs|signing|issued|issues|issuing) (?:a |an |the )?(?:\w+ ){0,2}?decree|"
     r"decree (?:was |had been )?signed", STRATEGIC, "Other", "decree"),
    # A crewed aircraft brought down: people may die in it (`geo.events.extract`), so the
    # crew killed are its dead, not another event's.
    # (a model's name may take two words after folding: "an Armenian SU-25 warplane")
    (rf"(?:shot|shoot|shoots|shooting) down (?:\w+ ){{0,4}}?{_CREWED_AIRCRAFT}|downed "
     rf"(?:\w+ ){{0,4}}?{_CREWED_AIRCRAFT}|{_CREWED_AIRCRAFT} (?:\w+ ){{0,8}}?(?:was|were|been) "
     rf"(?:downed|shot down)(?: by (?:\w+ ){{0,3}}?{WEAPONS})?", STRATEGIC,
     "Disrupted weapons use", "downed"),
    # (told in the passive, what "was destroyed" is a weapon in flight: "several aircraft
    # were destroyed" in an attack on an airfield are its damage)
    (rf"(?:shot|shoot|shoots|shooting) down (?:\w+ ){{0,3}}?{WEAPONS}|"
     # (the weapons of the attack just told: "launched 20 drones; air defences shot down 17
     # of them")
     rf"(?:(?:shot|shoot|shoots|shooting) down|downed|intercepted|intercepts|intercepting) "
     rf"(?:(?:all|most|many|some|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
     rf"eleven|twelve|\w+teen|\w+ty(?: \w+)?) of )?them\b|"
     rf"(?:downed|intercepted|intercepts|intercepting|neutrali[sz]ed|destroyed) (?:\w+ ){{0,3}}?"
     # (a missile system, launcher or depot destroyed is no weapon in flight)
     rf"{WEAPONS}(?! (?:systems?|launchers?|batter(?:y|ies)|sites?|depots?))|"
     rf"{WEAPONS} (?:\w+ ){{0,8}}?(?:was|were|been) (?:downed|shot down|intercepted|"
     rf"neutrali[sz]ed)|{_IN_FLIGHT} (?:\w+ ){{0,8}}?(?:was|were|been) destroyed|"
     # (to the last arms of its list: "a cache of rifles, two mortar rounds and IED
     # components" holds no shelling)
     rf"(?:discovered|found|seized|recovered|uncovered) (?:\w+ ){{0,4}}?(?:caches?|stockpiles?) "
     rf"of (?:(?!(?:in|at|near|on|from|by|after|before|when|while|where|which|who|that)\b)"
     rf"[\w-]+,? ){{0,10}}(?:explosives|weapons|arms|ammunition|bombs|rifles|guns|"
     rf"firearms|grenades|rockets|mortars|(?:mortar )?rounds|munitions|ieds?(?: components)?)|"
     # (and a device found and blown up: "located and destroyed an explosive device")
     rf"(?:defused|disarmed|dismantled|cleared|(?:found|located|discovered) and destroyed) "
     rf"(?:\w+ ){{0,3}}?"
     rf"(?:mines?|explosives?|bombs?|ieds?|devices?|ordnance)|(?:seized|confiscated|captured|"
     # (not what is left of arms fired: "found remnants of cluster munitions at the site")
     rf"handed over|surrendered|found|uncovered|discovered|recovered) (?:(?!(?:remnants|"
     rf"fragments|remains|traces|pieces|debris|shrapnel|evidence|signs|casings)\b)\w+ ){{0,4}}?"
     rf"{ARMS}|"
     rf"(?:recovered|defused|seized) "
     rf"(?:\w+ ){{0,3}}?(?:crude |cane |pressure cooker )?bombs|"
     # ... and told in the passive: "explosive devices were found in a car and defused"
     rf"(?:mines?|explosives?|bombs?|ieds?|devices?|ordnance) (?:[\w,]+ ){{0,10}}?(?:was|were|"
     rf"been) (?:\w+ )?(?:defused|disarmed|dismantled|made safe)|"
     # (a device blown up where it lay, by those who found it: "destroyed in a controlled
     # detonation an improvised explosive device")
     rf"controlled (?:detonations?|explosions?)|"
     # (not those who do it: "demining teams say it will take years")
     rf"(?:demining|mine clearance)(?! (?:teams?|experts?|specialists?|units?|crews?|"
     rf"groups?|agency|agencies|organi[sz]ations?|engineers?|workers?|machines?|equipment|"
     rf"charit(?:y|ies)|ngos?)\b)", STRATEGIC, "Disrupted weapons use", "disrupted"),
    # a bomb gone off as it was planted: the one disrupted use that can kill
    # (with the device named before it: longer than the explosion it would otherwise be)
    (r"(?:(?:bombs?|devices?|ieds?|explosives?|mines?|shells?|grenades?) (?:\w+ ){0,4}?)?"
     r"(?:exploded|detonated|went off) prematurely", STRATEGIC, "Disrupted weapons use",
     "premature"),
    (r"(?:established|establish|set up|sets up|setting up|built|installed|installs|"
     r"installing|erected) (?:a |an |the |new |its |their )?(?:\w+ ){0,2}?(?:bases?|"
     r"headquarters|check ?points?|outposts?|military (?:posts?|points?)|"
     r"observation (?:points?|posts?)|"
     r"positions?|fortifications)|"
     r"(?:establishment|installation) of (?:a |an |the )?(?:\w+ ){0,2}?(?:check ?points?|"
     r"bases?|outposts?)|"
     # (a camp of armed men: "the insurgents set up a new camp in the forest"; not one for
     # the displaced, nor protesters who set up camp)
     r"(?:insurgents|militants|rebels|fighters|jihadists|gunmen|militiamen|bandits) "
     r"(?:\w+ ){0,2}?(?:established|set up|sets up|built|moved) (?:a |an |the |new |its |their )?"
     r"(?:\w+ ){0,2}?(?:camps?|hideouts?)|"
     # (a base opened; not fire opened on one)
     r"opened (?:a |an |the |its |their )?(?:new )?(?!fire\b)(?:\w+ ){0,2}?(?:bases?|"
     r"headquarters|outposts?)", STRATEGIC, "Headquarters or base established", ""),
    (r"loot(?:ed|ing|ers)?|pillag(?:ed|ing|e)|plunder(?:ed|ing)?|ransack(?:ed|ing)?|"
     r"arson(?: attacks?)?|"
     r"torch(?:ed|ing)|set (?!(?:himself|herself|themselves|him|her) )(?:\w+ ){0,4}?"
     r"(?:fire to|on fire|ablaze|alight)|(?:burned|burnt|"
     r"burning|burn) (?:down )?(?:\w+ ){0,3}?(?:houses|homes|house|home|buildings|villages?|"
     r"hamlets?|huts?|homesteads?|granar(?:y|ies)|property)|"
     r"(?:houses|homes|buildings) (?:\w+ ){0,3}?(?:burned|burnt|were burning|"
     r"set on fire|torched)|vandali[sz](?:ed|ing|m)|desecrat(?:ed|ion|ing)|demolish(?:ed|ing)|"
     r"demolition of|razed|bulldozed|(?:destroyed|damaged|burned|burnt|smashed|set fire to) "
     r"(?:\w+ ){0,4}?(?:church|churches|cathedral|mosques?|monuments?|cemeter(?:y|ies)|"
     r"khachkars?|statues?|schools?|stadium|tribune|offices?|shops?|stores?|markets?|"
     r"vehicles?|cars?|motorbikes?|motorcycles?|trucks?|lorr(?:y|ies)|"
     r"(?:mini)?bus(?:es)?(?! (?:stops?|stations?|terminals?|depots?|stands?))|"
     r"tankers?|facilit(?:y|ies)|infrastructure|water scheme|"
     r"bridges?|gates?|facades?|windows|glass|property|properties|buildings?|houses?|homes?)|"
     r"caused damages?",
     STRATEGIC, "Looting/property destruction", "property"),
    (r"hand(?:ed|s|ing)? (?:\w+ ){0,3}?(?:over|back)|handover|hand over|(?:was |were )?returned to "
     r"(?:\w+ )?(?:control|rule|jurisdiction)|transferred to (?:\w+ ){0,2}?control|ceded|ceding|"
     r"return of (?:the )?(?:\w+ ){0,2}?(?:districts?|regions?|territor(?:y|ies)|lands?)|"
     # (a state's formal taking of land it holds: "Russia annexed Crimea in 2014")
     r"annex(?:ed|es|ing)|annexation of",
     STRATEGIC, "Non-violent transfer of territory", "transfer"),
    (r"withdr(?:ew|awn|awal)|pull(?:ed|s)? out|rolled out of|left (?:the )?(?:\w+ ){0,2}?"
     r"(?:district|region|territory|positions)", STRATEGIC,
     "Non-violent transfer of territory", "withdrawal"),
    # --- Displacement
    (r"fle(?:d|e|es|eing)|(?:were|was|been|being|are|got) (?:\w+ )?displaced|displacement of|"
     # (not the displaced named as whom a place shelters: "camps for displaced people",
     # "home to residents and displaced people")
     rf"{_NOT_SHELTERED}(?:forcibly )?displac(?:ing|ed) (?:\w+ ){{0,3}}?(?:\d|people|residents|"
     r"civilians|families|inhabitants|thousands|hundreds)|"
     rf"{_NOT_SHELTERED}(?:internally )?displaced (?:people|persons|residents|civilians|"
     # (nor the place named after them: "a displaced persons' settlement")
     r"families)(?!(?:['’]s?)? (?:settlements?|camps?|sites?|centres?|centers?|shelters?)\b)|"
     r"exodus|"
     r"escaped (?:to|into|from|across)|(?:residents|civilians|families|people|villagers|"
     r"thousands|refugees|women|children) (?:\w+ ){0,2}?escaped|"
     # (not "forced out of office", "forced to leave the race": out of a post, no place;
     # nor "forced out of their cabs": out of a vehicle)
     r"(?:forced|forcing) (?:\w+ ){0,3}?(?:to leave|to flee|from their homes|out of)"
     r"(?! (?:office|power|the (?:race|party|government|cabinet|post|job)))"
     r"(?! (?:the |their |his |her |its )?(?:cabs?|vehicles?|cars?|trucks?|lorries|lorry|"
     r"buses|bus|minibus(?:es)?))|"
     r"(?:given|had|have|has) (?:until|till) (?:\w+ ){1,2}?to leave|given (?:only |just )?"
     r"(?:\w+ )?(?:hours|days|a day|a week|weeks) to leave|deadline to leave|(?:ordered|"
     r"told) to leave (?:their )?(?:homes?|houses?|villages?|towns?|the (?:village|town|city|"
     r"area|region|district))|"
     r"left (?:their|his|her) homes?|abandon(?:ed|ing) (?:their|his|her) homes?|"
     r"refugees? (?:\w+ ){0,2}?(?:arrived|arriving|crossed|crossing|entered|poured|pouring|"
     r"streamed|reached|registered)|influx of (?:\w+ )?refugees|(?:residents|civilians|"
     r"families|people|inhabitants|population|villagers|refugees|armenians|azerbaijanis) "
     r"(?:\w+ ){0,3}?(?:had |have |has |is |are |were )?(?:left|leaving|abandoned|leave)|"
     r"new arrivals|arrivals from|(?:took|taken|taking|sought|seeking) (?:refuge|shelter)|"
     r"(?:refugees|displaced (?:people|persons)|residents|people) (?:\w+ ){0,3}?"
     r"(?:returned|return|returning|come back|came back|coming back) (?:to their homes|home)",
     DISPLACEMENT,
     "Displacement", "flight"),
    (r"crossed (?:\w+ ){0,2}?into|streamed (?:into|out|across)|crossed the border|"
     r"(?:advanced|advancing|pushed) (?:[\w.]+ ){0,4}?into (?:\w+ ){0,2}?territory|"
     # forces sent across a border ("sending troops about 3.5 kilometres into its territory",
     # "moved soldiers two kilometres across the border")
     r"(?:sen(?:t|ds|ding)|mov(?:ed|es|ing)) (?:\w+ ){0,2}?(?:troops|soldiers|forces|units) "
     r"(?:[\w.]+ ){0,4}?(?:into (?:\w+ ){0,2}?territory|(?:across|over) the border)",
     DISPLACEMENT, "Displacement", "crossing"),
    # The hurt and the sick carried out for care: a relief work, no flight ("the ICRC
    # evacuated 23 critically injured patients from X", "medical evacuations").
    (r"(?:evacuat(?:ed|ing|es|e)|airlift(?:ed|ing)?|flew|flown|transferred) (?:\d+ |[a-z]+ )?"
     r"(?:(?:critically|seriously|severely|badly|gravely) )?(?:injured|wounded|burned|sick|"
     r"ill) (?:patients|people|civilians|children)?|medical evacuations?|medevac",
     HUMANITARIAN, "Humanitarian access", ""),
    # (not one wounded man taken to hospital: "he was evacuated to the hospital")
    (r"evacuat(?:ed|ion|ions|ing|es|e)(?! to (?:a |the )?(?:\w+ ){0,2}?hospital)|"
     r"(?:moved|moving|flying|flew|flown|airlift(?:ed|ing)?|"
     r"ferried|ferrying|bused|bussed|relocated|transferred) (?:[\w']+ ){0,4}?(?:injured|"
     r"wounded|patients|civilians|residents|people|children|families|villagers) "
     r"(?:from|out|to)", DISPLACEMENT, "Evacuation", "evacuation"),
    # --- Humanitarian
    (r"humanitarian (?:aid|supplies|assistance|access|corridor)", HUMANITARIAN,
     "Humanitarian access", "aid"),
    (r"(?:trucks|lorries|convoys?) (?:carrying|loaded with|with) (?:[\w']+ ){0,4}?(?:aid|"
     r"food|flour|medicines?|fuel|supplies)|aid convoys?|humanitarian (?:convoys?|cargo|"
     r"deliveries|delivery|shipments?|trucks)|(?:aid|relief|food|medical) "
     r"(?:trucks|convoys?|shipments?|deliveries)|red cross (?:convoys?|trucks|vehicles)|"
     r"(?:delivered|delivering|delivers|distributed) (?:\w+ ){0,3}?(?:aid|food|medicines?|"
     r"supplies|flour|fuel)|convoys? (?:\w+ ){0,2}?(?:arrived|entered|reached|crossed|"
     r"passed|was allowed|were allowed)", HUMANITARIAN, "Humanitarian access", "convoy"),
    (r"(?:ensur(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|escort(?:s|ed|ing)?) (?:\w+ ){0,3}?"
     r"(?:traffic|movement|passage|shipments?|deliveries)", HUMANITARIAN, "Humanitarian access",
     "escort"),
    # (a siege of hours is an assault on those inside, told by its own trigger: "killed the
    # attackers after a siege of several hours")
    (r"blockad(?:e|ed|es|ing)|besieg(?:ed|ing)|"
     r"siege(?! (?:of|lasting) (?:several |a few |some |\d+ |two |three |four |five )?"
     r"(?:hours?|minutes))|"
     # traffic halted through a corridor, a crossing or a border
     r"(?:halted|suspended|stopped) (?:all )?(?:traffic|movement|passage) (?:through|along|"
     r"across|on|at) (?:the )?(?:\w+ ){0,2}?(?:corridor|crossing|border|bridge)|"
     # ("block" the verb, "to block the road"; not "the 700 block of Knox Road")
     r"(?:blocked|blocking|blocks|block(?= (?:off )?(?:the|a|all|access|traffic)\b)|closed|"
     r"closing|closes|shut|cut off|severed) "
     r"(?:the |a |all )?(?:\w+ ){0,3}?"
     r"(?:corridor|road|roads|highway|route|crossing|checkpoint|supplies|supply|"
     r"gas supplies|electricity|deliveries|traffic)|(?:closure|closing) of (?:the )?"
     r"(?:\w+ ){0,2}?(?:corridor|road|highway|route|crossing)|(?:was|were) (?:\w+ )?"
     r"(?:turned back|turned away|denied (?:access|entry|passage)|refused (?:entry|"
     r"passage))|"
     # a supply cut, told in the passive: "the supply of gas to X was cut again"
     r"(?:(?:gas|electricity|power|water|fuel) (?:supply|supplies)|(?:supply|supplies) of "
     r"(?:\w+ )?(?:gas|electricity|power|water|fuel)) (?:[\w-]+ ){0,6}?(?:was|were|has been|"
     r"have been|had been) (?:again |also |once again |completely )?(?:cut|cut off|halted|"
     r"stopped|disrupted|interrupted)",
     HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"(?:in|issued|released|published|adopted) (?:a |an |the |its |their )?(?:written |"
     r"official |separate )?statement|statements? (?:said|says|read|reads)|"
     r"condemn(?:ed|s|ing)|condemnation of|(?:expressed|expresses) "
     r"(?:\w+ )?(?:concern|regret|condolences)|made the announcement|(?:press|news) "
     r"conference", DIPLOMACY, "Statement", "statement"),
    # Formal by their nature, whoever is named.
    (r"joint statement|televised (?:address|speech)|address to the nation|(?:court|tribunal|"
     r"judges?) (?:[\w']+ ){0,6}?(?:ordered|ruled)", DIPLOMACY, "Statement", ""),
    # (the words between in one clause: not "a strike called for Friday was called off
    # after talks")
    (r"(?:called|calls|calling|urged|urges) (?:on|for) (?:(?!(?:was|were|is|are) )\w+ ){0,6}?"
     r"(?:ceasefire|truce|"
     r"peace|return|restraint|end|halt|stop|cease|refrain|talks|negotiations|de ?escalation|"
     r"withdraw\w*)",
     DIPLOMACY, "Statement", "call"),
    (r"(?:announced|claimed|proclaimed|statement) (?:\w+ ){0,6}?(?:captur|liberat|control|"
     r"victory)\w*", DIPLOMACY, "Statement", "claim"),
    (r"(?:held|hold|holds|holding) (?:\w+ )?(?:talks|consultations|negotiations)|"
     r"(?:phone|telephone) (?:talks|conversations?|"
     r"calls?)|(?:spoke|speaks|talked) (?:\w+ ){0,2}?(?:by|on the|over the) (?:tele)?phone|"
     r"phoned|talks (?:in|between|with|were held|took place|of|ended|began)|"
     r"(?<!was\x20)(?<!were\x20)(?<!be\x20)(?<!been\x20)met(?! with (?:resistance|"
     r"criticism|fire|silence|condemnation|anger|fury|outrage|protests))|"
     r"meets|meeting (?:in|between|with|of)|summit|negotiations (?:in|between|with|"
     r"were held|took place)|(?:hosted|hosts) (?:\w+ ){0,3}?(?:talks|meeting|negotiations|"
     r"summit)|summon(?:ed|s|ing)", DIPLOMACY, "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"(?:began|begin|begins|held|hold|holds|holding|launched|conducted|conducting|staged|"
     r"staging|started|undertook|undertake) (?:a |an |the |their |its )?(?:[\w']+ ){0,3}?"
     r"(?:exercise|exercises|drill|drills|manoeuvres|maneuvers|war games)|(?:joint|military|"
     r"naval|multinational|live fire|tactical|snap) exercise", STRATEGIC,
     "Change to group/activity", "exercise"),
    (r"(?:military|joint|army|naval|live fire|command|staff|tactical|large scale|war|"
     r"combat|training|snap) (?:\w+ )?(?:exercises|drills|manoeuvres|maneuvers|games)|drills|"
     r"exercises (?:in|near|with|involving|began|started|were held|took place)|"
     r"manoeuvres|maneuvers", STRATEGIC, "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"killed|killing|(?<!the\x20)dead|died(?! down| away)|deaths|death toll|"
     r"lost (?:their|his|her) lives|perished|wounded|injured|injuries|injures|casualties|"
     r"fatalities|"
     # ("reported the death of one soldier", not "the death of his father")
     r"(?:the )?death of (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
     r"(?! of)",
     "", "",
     "casualty"),
)
