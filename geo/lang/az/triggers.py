"""The Azerbaijani trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for Azerbaijani (Latin script). Patterns are regular
expressions over folded text (lower case, "ə" as "e", "ı" as "i", "ş" as "s", "ç" as "c",
"ğ" as "g", "ö" as "o", "ü" as "u", hyphens as spaces: "atəşə tutub" is "atese tutub"; see
`geo.text.fold`); a space matches any white space. Azerbaijani adds its endings to a stem and
puts the verb last ("Tərtəri atəşə tutub"), and negates a verb with an ending ("vurmayıb"): a
verb's stem is followed by `_NOT`, which refuses the negative endings.

To teach `geo` a new way Azerbaijani reports an event, add a phrase to the row of its type,
then a test sentence to tests/test_language.py.
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

# After a verb's stem: not its negative ("vurmayıb", "tutulmadı").
_NOT = r"(?!m[ae](?:d|y|z|m|s))"
WEAPONS = r"(?:pua|pilotsuz|dron|raket|teyyare|helikopter|bayraktar)"
ARMS = r"(?:silah|sursat|partlayici|qumbara|mina(?!atan))"
TARGETS = r"(?:movqe|post|bolme|herbci|esger|ordu|menteqe|karvan)"

TRIGGERS = (
    # --- Battles
    (r"toqqusma\w*|atisma\w*|silahli (?:insident|toqqusma|qarsidurma)\w*", BATTLES,
     "Armed clash", "clash"),
    # ("döyüş şəraiti", combat conditions, is a setting, not a battle told)
    (r"doyus(?:ler|lerde|lerin|lerde|de|u|un)?\b(?!\s+seraiti)|sidd?etli doyus\w*|doyusur\w*",
     BATTLES, "Armed clash", ""),
    (r"muharibe\w* (?:\w+ ){0,2}?(?:basladi|baslayib|baslandi)|(?:\d+|qirx dord) gunluk "
     r"muharibe\w*|veten muharibe\w*|(?:19|20)\d\d (?:ci |cu )?(?:il\w* )?muharibe\w*|"
     r"(?:\d+|alti|yeddi) heftelik muharibe\w*", BATTLES, "Armed clash", "war"),
    (r"(?:atici silah|avtomat|pulemyot|snayper|iri capli)\w* (?:\w+ ){0,3}?"
     r"atese tut" + _NOT + r"\w*|atesacma\w*", BATTLES, "Armed clash", "attack"),
    (r"hucum\w*|hemle\w*|texribat\w*|eks hucum\w*|basqin\w*|sizma cehd\w*|"
     r"(?<!istintaq\s)(?:herbi )?emeliyyat\w*", BATTLES, "Armed clash", "attack"),
    (r"qarsisi alin\w*|def edil\w*|geri oturdul\w*|geri otuzduruldu\w*", BATTLES,
     "Armed clash", ""),
    (r"nezaret\w* (?:\w+ )?(?:altina al|ele al|berpa)" + _NOT + r"\w*|azad ed" + _NOT +
     r"\w*|azad edil\w*|azad olun\w*|isgal(?!ci|\w* alt)\w*|ele kecir" + _NOT + r"\w*|"
     r"(?:ordu|qosun|bolme|herbci|esger)\w* (?:\w+ ){0,6}?daxil ol" + _NOT + r"\w*",
     BATTLES, "Government regains territory", "territory"),
    # --- Explosions/Remote violence
    (r"atese tut" + _NOT + r"\w*|atese tutul\w*|(?:artilleriya|minaatan|top|raket|agir "
     r"silah|haubitsa|reaktiv)\w* (?:\w+ ){0,3}?(?:atese tut|zerbe|atesi|atesine)\w*|"
     r"(?:mermi|raket)\w* (?:\w+ ){0,2}?(?:dus|partla|isabet)\w*|artilleriya atesi\w*",
     EXPLOSIONS, SHELLING, ""),
    (r"bombala" + _NOT + r"\w*|bombardman\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"hava zerbe\w*|hava hucum\w*|aviasiya zerbe\w*|(?:pua|pilotsuz ucus aparat|dron|"
     r"bayraktar|teyyare|helikopter)\w* (?:\w+ ){0,2}?(?:vur|zerbe|hucum|mehv|bombala)" +
     _NOT + r"\w*|kamikadze dron\w*", EXPLOSIONS, AIR, ""),
    (r"mina(?!atan)\w* (?:\w+ ){0,2}?(?:partla|dus)\w*|minaya dus\w*|mina partlayis\w*|"
     r"partlayici qurgu\w*|eldeqayirma partlayici\w*|partlamamis (?:sursat|mermi)\w*",
     EXPLOSIONS, IED, "device"),
    (r"qumbara (?:atib|atdi|atilib|atildi)\w*", EXPLOSIONS, "Grenade", "grenade"),
    (r"partlayis\w*|partlad" + _NOT + r"\w*|partlayib\w*", EXPLOSIONS, IED, "explosion"),
    # --- Violence against civilians
    (r"qetle yetir\w*|iskence\w*|edam\w*|gullelen\w*|qetliam\w*|soyqirim\w*|"
     r"mulki (?:sexs|ehali|sakin|vetendas)\w* (?:\w+ ){0,3}?(?:oldurul|qetle|hedef)\w*",
     VIOLENCE, "Attack", "violence"),
    (r"girov (?:goturul|goturdu)\w*|qacir(?:ilib|ildi|dilar|di)\w*|zorla yoxa cix\w*",
     VIOLENCE, "Abduction/forced disappearance", ""),
    (r"zorlama\w*|cinsi zoraki\w*", VIOLENCE, "Sexual violence", "rape"),
    # --- Protests and riots
    (r"etiraz\w*|mitinq\w*|numayis\w*|piket\w*|aclik aksiya\w*|yuruse cix\w*", PROTESTS,
     "Peaceful protest", "protest"),
    (r"(?:das|molotov)\w* (?:\w+ )?(?:atib|atdi|atdilar)\w*|barrikada\w*|teker\w* yandir\w*|"
     r"kutlevi iqtisaslar", RIOTS, "Violent demonstration", ""),
    (r"linc\w*|dava\w* salib|kutlevi dava\w*", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"ateskes\w*|sulh (?:sazisi|muqavilesi)\w*|humanitar ateskes\w*", STRATEGIC, "Agreement",
     "agreement"),
    (r"(?:sazis|beyanat|muqavile|protokol|ateskes|memorandum)\w* (?:\w+ ){0,2}?imzala\w*|"
     r"imzalanmis (?:\w+ )?(?:beyanat|sazis)\w*|esir mubadile\w*|girov mubadile\w*|"
     r"(?:esir|meyit|cenaze)\w* (?:\w+ ){0,2}?mubadile\w*|teslim ol\w*", STRATEGIC,
     "Agreement", "signed"),
    (r"(?:doyusler|atesler|toqqusmalar)\w* (?:\w+ ){0,2}?(?:dayandirildi|kesildi|bitdi)\w*",
     STRATEGIC, "Agreement", "mediated"),
    (r"hebs (?:edil|olun|olunub|edilib|edildi)\w*|hebse alin\w*|saxlanil(?:ib|di|an|mis)\w*|"
     r"hebs cezasi\w*|tutularaq\w*", STRATEGIC, "Arrests", "arrest"),
    (r"sulhmeramli\w*", STRATEGIC, "Change to group/activity", "peacekeepers"),
    (r"(?:qosun|herbci|bolme|sulhmeramli|texnika|esger|musahideci)\w* (?:\w+ ){0,3}?"
     r"(?:yerlesdiril|gonderil|yerlesdirdi|gonderdi)\w*|komendant saati\w*|"
     r"fealiyyetine xitam\w*|legv edil\w*", STRATEGIC, "Change to group/activity", ""),
    (r"herbi veziyyet\w*|seferberlik\w*|fovqelade veziyyet\w*|(?:esir|girov|saxlanilan)\w* "
     r"(?:\w+ ){0,3}?(?:azad edil|serbest buraxil|tehvil veril)\w*|musteqillik\w* elan\w*",
     STRATEGIC, "Other", "other"),
    (rf"{WEAPONS}\w* (?:\w+ ){{0,3}}?(?:vurulub|vuruldu|mehv edil|zererlesdiril|dusurul)\w*|"
     rf"minatemizle\w*|mina(?!atan)\w* (?:\w+ ){{0,2}}?temizle\w*|{ARMS}\w* (?:\w+ ){{0,3}}?"
     rf"(?:askar edil|ele kecir|musadire)\w*", STRATEGIC, "Disrupted weapons use",
     "disrupted"),
    (r"(?:post|kecid menteqe|nezaret buraxilis menteqe|dayaq menteqe|menteqe)\w* "
     r"(?:\w+ ){0,2}?(?:qurul|yaradil|qurdu|yaratdi|qurulub)\w*", STRATEGIC,
     "Headquarters or base established", ""),
    (r"talan\w*|qaret\w*|(?:ev|bina|kilse|mescid|mekteb|xestexana|qebiristanliq|abide|"
     r"avtomobil|masin|kend|yasayis)\w* (?:\w+ ){0,3}?(?:yandiril|yandirdi|dagidil|dagitdi|"
     r"ziyan dey|zerer dey|mehv edil|yerle yeksan)\w*", STRATEGIC,
     "Looting/property destruction", "property"),
    (r"(?:rayon|seher|kend|erazi|torpaq)\w* (?:\w+ ){0,3}?(?:tehvil veril|qaytaril|"
     r"tehvil)\w*|(?:tehvil veril|tehvil verdi|qaytardi|qaytarildi)\w* (?:\w+ ){0,3}?"
     r"(?:rayon|seher|kend|erazi|torpaq)\w*", STRATEGIC, "Non-violent transfer of territory",
     "transfer"),
    (r"(?:qosun|herbci|bolme|sulhmeramli|esger|silahli)\w* (?:\w+ ){0,3}?(?:cixaril|cekil|"
     r"terk ed)\w*|geri cekil\w*", STRATEGIC, "Non-violent transfer of territory",
     "withdrawal"),
    # --- Displacement
    (r"mecburi kockun\w*|qacqin dus\w*|(?:evlerini|yurdlarini|kendlerini|torpaqlarini) "
     r"terk\w*|terk etmeye mecbur\w*|(?:ev|yurd|dogma|torpaq|kend)\w* (?:\w+ )?"
     r"qayit\w*|qayidis\w*|koc(?:du|ub|urul|urulub|uruldu|me)\w*", DISPLACEMENT,
     "Displacement", "flight"),
    (r"serhedi kec\w*", DISPLACEMENT, "Displacement", "crossing"),
    (r"texliye\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"humanitar (?:yardim|dehliz|giris)\w*", HUMANITARIAN, "Humanitarian access", "aid"),
    (r"humanitar (?:yuk|karvan|konvoy)\w*|(?:yuk|erzaq|derman|yanacaq|un)\w* (?:\w+ ){0,3}?"
     r"(?:catdiril|teslim ed)\w*", HUMANITARIAN, "Humanitarian access", "convoy"),
    (r"blokada\w*|muhasire\w*|(?:yol|dehliz|kecid|qaz|elektrik)\w* (?:\w+ ){0,3}?"
     r"(?:baglan|kesil|baglandi)\w*", HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"beyanat (?:yay|ver|sesle)\w*|birge beyanat\w*|pisle\w*|qinad\w*|metbuat konfrans\w*",
     DIPLOMACY, "Statement", "statement"),
    (r"gorus(?:ub|du|ler|de|ubler)\w*|danisiq\w*|zirve\w*|telefonla danis\w*", DIPLOMACY,
     "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"herbi telim\w*|telim(?:ler|leri|lerde)\w*|manevr\w*", STRATEGIC, "Change to group/activity",
     "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"sehid\w*|helak ol\w*|oldurul\w*|heyatini itir\w*|yaralan\w*|yarali\w*|itki\w*", "", "",
     "casualty"),
)
