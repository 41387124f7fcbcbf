"""The Armenian trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for Armenian (Armenian script). Patterns are regular
expressions over folded text (lower case; see `geo.text.fold`); a space matches any white
space. Armenian builds its words from a stem with endings ("հրետակոծ-" gives
"հրետակոծել", "հրետակոծվել", "հրետակոծություն", "հրետակոծության"...), so a trigger is a
stem followed by `\\w*`. A negative verb carries "չ" before its stem ("չհրետակոծվեց"), which
the word boundary before every stem refuses; "չի", "չեն" before a verb are NEGATORS.
"Մարտ" is both a battle and March: the battle is read only in forms the month does not take.

To teach `geo` a new way Armenian reports an event, add a phrase to the row of its type, then
a test sentence to tests/test_language.py.
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
WEAPONS = r"(?:անօդաչու|աթս|դրոն|հրթիռ|ինքնաթիռ|ուղղաթիռ|բայրաքթար)"
ARMS = r"(?:զենք|զինամթերք|պայթուցիկ|նռնակ|ական(?!անետ|ատես))"
HEAVY = r"(?:հրետանի|ականանետ|հրթիռ|արկ|գրադ|սմերչ|հաուբից|համազարկային)"
PLACES = r"(?:շրջան|քաղաք|գյուղ|տարածք|հող|բնակավայր)"
# Who may be on the receiving end of fire: positions, posts, units...
TARGETS = r"(?:դիրք|հենակետ|ստորաբաժանում|զինծառայող|զինվոր|բանակ|շարասյուն|պարեկ)"
TROOPS = r"(?:զորք|զինծառայող|ստորաբաժանում|խաղաղապահ|զինվոր|զինված ուժ|զինուժ)"

TRIGGERS = (
    # --- Battles
    (r"բախում\w*|բախվ\w*|փոխհրաձգություն\w*|զինված (?:միջադեպ|բախում|հակամարտություն)\w*",
     BATTLES, "Armed clash", "clash"),
    (r"մարտեր\w*|մարտական գործողություն\w*|մարտնչ\w*|մարտում|մարտից|թեժ մարտ\w*", BATTLES,
     "Armed clash", ""),
    (r"պատերազմ\w* (?:\w+ ){0,2}?(?:սկսվ|սկսել)\w*|(?:\d+|քառասունչորս) ?օրյա պատերազմ\w*",
     BATTLES, "Armed clash", "war"),
    (r"(?:հրաձգային զենք|ավտոմատ|գնդացիր|դիպուկահար|խոշոր տրամաչափ)\w* (?:\w+ ){0,3}?"
     r"կրակ\w*|" + TARGETS + r"\w* (?:\w+ ){0,2}?ուղղությամբ (?:\w+ ){0,2}?կրակ\w*|"
     r"կրակ (?:է|են) բաց\w*|կրակ բացել\w*", BATTLES, "Armed clash", "attack"),
    (r"հարձակ\w*|գրոհ\w*|ներխուժ\w*|դիվերսիա\w*|հակահարձակ\w*|հարձակողական\w*", BATTLES,
     "Armed clash", "attack"),
    (r"հետ (?:է |են )?շպրտ\w*|ետ (?:է |են )?մղ\w*", BATTLES, "Armed clash", ""),
    (r"վերահսկողության տակ (?:է |են )?(?:վերցր|առ|անցել)\w*|գրավ(?:ել|վել|ված|եց|եցին|ում)\w*|"
     r"ազատագր\w*|օկուպաց\w*|բռնազավթ\w*", BATTLES, "Government regains territory",
     "territory"),
    # --- Explosions/Remote violence
    (r"հրետակոծ\w*|հրթիռակոծ\w*|հրթիռահրետանային\w*|գնդակոծ\w*|կրակի տակ (?:\w+ ){0,2}?"
     r"(?:պահ|վերցր|առ)\w*|" + HEAVY + r"\w* (?:\w+ ){0,3}?(?:կրակ|հարված|ընկ|պայթ|խոց)\w*",
     EXPLOSIONS, SHELLING, ""),
    (r"ռմբակոծ\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"ավիառմբակոծ\w*|ավիահարված\w*|օդային հարված\w*|(?:անօդաչու|աթս|դրոն|բայրաքթար|"
     r"ինքնաթիռ|ուղղաթիռ|ավիացիա)\w* (?:\w+ ){0,3}?(?:հարված|խոց|ռմբակոծ|կիրառ|հարձակ)\w*|"
     r"կամիկաձե\w*", EXPLOSIONS, AIR, ""),
    (r"ական(?!անետ|ատես)\w* (?:\w+ ){0,2}?պայթ\w*|ականի վրա\w*|պայթուցիկ սարք\w*|"
     r"չպայթած (?:արկ|ռումբ|զինամթերք)\w*", EXPLOSIONS, IED, "device"),
    (r"նռնակ (?:\w+ )?նետ\w*", EXPLOSIONS, "Grenade", "grenade"),
    (r"պայթյուն\w*|պայթեց\w*|պայթել\w*", EXPLOSIONS, IED, "explosion"),
    # --- Violence against civilians
    (r"խոշտանգ\w*|գնդակահար\w*|մահապատժ\w*|կոտորած\w*|(?:խաղաղ բնակիչ|քաղաքացի)\w* "
     r"(?:\w+ ){0,3}?(?:սպանվ|սպանել|թիրախ)\w*", VIOLENCE, "Attack", "violence"),
    (r"պատանդ (?:է |են )?(?:վերցր|վերցվ)\w*|առևանգ\w*|առեւանգ\w*|բռնի անհետաց\w*", VIOLENCE,
     "Abduction/forced disappearance", ""),
    (r"բռնաբար\w*|սեռական բռնություն\w*", VIOLENCE, "Sexual violence", "rape"),
    # --- Protests and riots
    (r"բողոքի ակցիա\w*|հանրահավաք\w*|ցույց(?:եր\w*|ը|ի|ին|ում)\b|երթ(?:ը|ի|եր\w*)?\b|"
     r"գործադուլ\w*|նստացույց\w*|պիկետ\w*|հացադուլ\w*", PROTESTS, "Peaceful protest",
     "protest"),
    (r"(?:քար|մոլոտով)\w* (?:\w+ )?նետ\w*|բարիկադ\w*|անվադող\w* (?:\w+ )?այր\w*|"
     r"զանգվածային անկարգություն\w*", RIOTS, "Violent demonstration", ""),
    (r"լինչ\w*|ծեծկռտուք\w*", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"հրադադար\w*|զինադադար\w*|կրակի դադարեցում\w*|խաղաղության (?:համաձայնագիր|"
     r"պայմանագիր)\w*", STRATEGIC, "Agreement", "agreement"),
    (r"(?:համաձայնագիր|հայտարարություն|պայմանագիր|արձանագրություն|հուշագիր)\w* (?:\w+ ){0,2}?"
     r"ստորագր\w*|ստորագրված (?:\w+ )?(?:հայտարարություն|համաձայնագիր)\w*|"
     r"(?:գերի|դի|աճյուն)\w* (?:\w+ ){0,2}?փոխանակ\w*", STRATEGIC, "Agreement", "signed"),
    (r"ձերբակալ\w*|կալանավոր\w*|բերման (?:է |են )?ենթարկ\w*|կալանք\w*", STRATEGIC, "Arrests",
     "arrest"),
    (r"խաղաղապահ\w*", STRATEGIC, "Change to group/activity", "peacekeepers"),
    (TROOPS + r"\w* (?:\w+ ){0,3}?(?:տեղակայ|ուղարկ)\w*|պարետային ժամ\w*|լուծար\w*",
     STRATEGIC, "Change to group/activity", ""),
    (r"ռազմական դրություն\w*|զորահավաք\w*|արտակարգ դրություն\w*|(?:գերի|պատանդ|ձերբակալված)\w* "
     r"(?:\w+ ){0,3}?(?:ազատ (?:է |են )?արձակ|վերադարձվ)\w*", STRATEGIC, "Other", "other"),
    (WEAPONS + r"\w* (?:\w+ ){0,3}?(?:խոցվ|ոչնչացվ|վնասազերծ|խփվ)\w*|ականազերծ\w*|" + ARMS +
     r"\w* (?:\w+ ){0,3}?(?:հայտնաբերվ|առգրավ|բռնագրավ)\w*", STRATEGIC,
     "Disrupted weapons use", "disrupted"),
    (r"(?:դիտակետ|անցակետ|հենակետ|ստուգման կետ|անցման կետ)\w* (?:\w+ ){0,2}?"
     r"(?:տեղադր|ստեղծ|հիմն)\w*", STRATEGIC, "Headquarters or base established", ""),
    (r"թալան\w*|կողոպտ\w*|հրկիզ\w*|(?:տուն|տան|տներ|շենք|եկեղեցի|մզկիթ|դպրոց|հիվանդանոց|"
     r"գերեզմանոց|հուշարձան|մեքենա|ավտոմեքենա|գյուղ|բնակելի|բնակարան)\w* (?:\w+ ){0,3}?"
     r"(?:այրվ|այրել|այրեց|ավերվ|ավերել|քանդ|ոչնչացվ)\w*|(?:այրվել|ավերվել)\w* (?:\w+ ){0,3}?"
     r"(?:տուն|տներ|շենք|եկեղեցի|դպրոց|բնակելի|բնակարան)\w*", STRATEGIC,
     "Looting/property destruction", "property"),
    (PLACES + r"\w* (?:\w+ ){0,3}?(?:հանձն(?:վ|ել|ում|եց|եցին|ելու)|վերադարձվ)\w*|"
     r"(?:հանձնել|հանձնվել|հանձնում|հանձնման|վերադարձվել)\w* (?:\w+ ){0,3}?" + PLACES + r"\w*",
     STRATEGIC, "Non-violent transfer of territory", "transfer"),
    (TROOPS + r"\w* (?:\w+ ){0,3}?(?:դուրս (?:է |են )?(?:բեր|եկ)|հետ (?:է |են )?քաշ|լքել|"
     r"լքեց)\w*|հետ (?:է |են )?քաշվ\w*|նահանջ\w*", STRATEGIC,
     "Non-violent transfer of territory", "withdrawal"),
    # --- Displacement
    (r"տեղահան\w*|փախստական (?:է |են )?դարձ\w*|(?:իրենց )?(?:տներ|տուն|տունը|գյուղ|հող|"
     r"բնակավայր)\w* (?:\w+ ){0,2}?(?:լքել|լքեցին|լքում|թողել|թողնել|թողնում)\w*|"
     r"(?:լքել|լքեցին|լքում|թողել|թողնում) (?:են |էին )?(?:իրենց )?(?:տներ|տուն|գյուղ|հող|"
     r"բնակավայր)\w*|"
     r"արտագաղթ\w*", DISPLACEMENT, "Displacement", "flight"),
    (r"սահման\w* (?:\w+ )?հատ\w*", DISPLACEMENT, "Displacement", "crossing"),
    (r"տարհան\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"(?:մարդասիրական|հումանիտար) (?:օգնություն|միջանցք|մուտք)\w*", HUMANITARIAN,
     "Humanitarian access", "aid"),
    (r"(?:մարդասիրական|հումանիտար) (?:բեռ|շարասյուն|ավտոշարասյուն)\w*|(?:բեռ|սնունդ|"
     r"դեղորայք|վառելիք|ալյուր)\w* (?:\w+ ){0,3}?(?:հասցվ|առաքվ)\w*", HUMANITARIAN,
     "Humanitarian access", "convoy"),
    (r"շրջափակ\w*|պաշարում\w*|(?:ճանապարհ|միջանցք|անցակետ|գազ|էլեկտրաէներգիա|հոսանք)\w* "
     r"(?:\w+ ){0,3}?(?:փակ|անջատ|արգելափակ)\w*", HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"հայտարարություն (?:\w+ )?(?:տարածել|արել|հրապարակել)\w*|համատեղ հայտարարություն\w*|"
     r"դատապարտ\w*|մամուլի ասուլիս\w*", DIPLOMACY, "Statement", "statement"),
    (r"հանդիպ(?:ել|եցին|եց|ում|մանը|ման)\w*|բանակցություն\w*|գագաթնաժողով\w*|"
     r"հեռախոսազրույց\w*", DIPLOMACY, "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"զորավարժ\w*", STRATEGIC, "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"զոհվ\w*|սպանվ\w*|մահաց\w*|վիրավորվ\w*|վիրավոր\w*|տուժ(?:ել|ած)\w*|կորուստ\w*", "", "",
     "casualty"),
)
