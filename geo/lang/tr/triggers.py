"""The Turkish trigger table: the phrases that report an event, and the type each gives.

The rows of `geo.lang.en.triggers`, for Turkish. Patterns are regular expressions over folded
text (lower case, "ı" as "i", "ş" as "s", "ç" as "c", "ğ" as "g", "ö" as "o", "ü" as "u",
hyphens as spaces: "ateşkes" is "ateskes"; see `geo.text.fold`); a space matches any white
space. Turkish adds its endings to a stem and puts the verb last ("Terter'i bombaladı"), and
negates a verb with an ending ("bombalamadı"): a verb's stem is followed by `_NOT`, which
refuses the negative endings.

To teach `geo` a new way Turkish reports an event, add a phrase to the row of its type, then a
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

# After a verb's stem: not its negative ("bombalamadı", "vurulmamış", "saldırmayacak").
_NOT = r"(?!n?m[ae](?:d|y|z|m|k)|n?m[iu]yor)"
WEAPONS = r"(?:iha|siha|drone|dron|fuze|roket|ucak|helikopter|bayraktar)"
ARMS = r"(?:silah|muhimmat|patlayici|cephane|el bombasi|bomba)"
TARGETS = r"(?:mevzi|karakol|birlik|asker|ordu|us|kontrol noktasi|arac|konvoy|devriye)"

TRIGGERS = (
    # --- Battles
    (r"catisma\w*|catist" + _NOT + r"\w*|carpisma\w*|carpist" + _NOT + r"\w*|"
     r"silahli (?:olay|saldiri|catisma)\w*", BATTLES, "Armed clash", "clash"),
    (r"(?:siddetli|yogun|yeni) (?:savas|muharebe)\w*|muharebe\w*|savas(?:lar|lari|larin)\b",
     BATTLES, "Armed clash", ""),
    (r"(?:savas|catismalar|carpismalar|catisma) (?:[\w']+ ){0,2}?(?:basladi|patlak verdi|"
     r"yeniden basladi|alevlendi|yeniden alevlendi)|(?:\d+|kirk dort) gunluk savas\w*|"
     r"(?:ikinci |birinci )?karabag savas\w*|(?:\d+|alti|yedi) hafta suren (?:bir )?savas\w*|"
     r"(?:19|20)\d\d (?:yilindaki |yilinda )?savas\w*", BATTLES, "Armed clash", "war"),
    (r"ates ac" + _NOT + r"\w*|ates acildi\w*|karsilikli ates\w*|ateslendi\w*|"
     r"(?:hafif silah|makineli tufek|keskin nisanci|otomatik silah)\w* (?:[\w']+ ){0,3}?ates\w*",
     BATTLES, "Armed clash", "attack"),
    (r"saldiri(?!gan)\w*|saldird" + _NOT + r"\w*|saldirmasi\w*|saldirmalar\w*|taarruz\w*|"
     r"hucum\w*|karsi taarruz\w*|"
     r"(?:askeri |kara )?operasyon\w*|sizma girisim\w*|provokasyon\w*|tahrik\w*",
     BATTLES, "Armed clash", "attack"),
    (r"puskurt\w*|geri puskurt\w*|bertaraf edildi\w*", BATTLES, "Armed clash", ""),
    (r"kontrol\w* (?:[\w']+ )?(?:altina al|ele gecir|sagla)" + _NOT + r"\w*|kontrolune gec\w*|"
     r"ele gecir" + _NOT + r"\w*|isgal(?!\w* (?:alt|donem))\w*|kurtar(?:di|ildi|ilan|ilmis|dik)\w*|"
     r"kurtulus\w*|geri al(?:di|indi|inan|inmis)\w*|(?:ordusu|birlikleri|askerleri|"
     r"kuvvetleri)\w* (?:[\w']+ ){0,6}?gird" + _NOT + r"\w*", BATTLES,
     "Government regains territory", "territory"),
    # --- Explosions/Remote violence
    (r"(?:top|topcu|roket|fuze|havan|agir silah|obus)\w* (?:atesi|atesine|atisi|atislari|"
     r"saldiri\w*|ile (?:vur|hedef)\w*|isabet\w*)|(?:mermi|roket|fuze|top mermisi|"
     r"havan mermisi)\w* (?:[\w']+ ){0,2}?(?:dustu|dustuler|isabet etti|patladi)|"
     r"topa tut" + _NOT + r"\w*|topcu atesi\w*|hedef al(?:di|indi|inan|inmis|arak)\w*|"
     r"vurul(?:du|dugu|mus|an|arak)\w*|vurd(?:u|ugu|ular)\w*|ates altina al\w*|"
     r"atese tut" + _NOT + r"\w*|atese tutul\w*",
     EXPLOSIONS, SHELLING, ""),
    (r"bombala" + _NOT + r"\w*|bombardiman\w*", EXPLOSIONS, SHELLING, "bombing"),
    (r"hava saldiri\w*|hava harekat\w*|hava bombardiman\w*|(?:iha|siha|insansiz hava "
     r"arac\w*|drone|dron|bayraktar|savas ucag\w*|helikopter)\w* (?:[\w']+ ){0,2}?(?:saldir|vur|"
     r"hedef|imha|bombala)" + _NOT + r"\w*|kamikaze (?:iha|drone)\w*",
     EXPLOSIONS, AIR, ""),
    (r"mayin\w*|el yapimi patlayici\w*|eyp|bubi tuzag\w*|bombali arac\w*|"
     r"patlamamis (?:muhimmat|mermi)\w*", EXPLOSIONS, IED, "device"),
    (r"intihar (?:saldiri|bombaci|eylem)\w*|canli bomba\w*", EXPLOSIONS, "Suicide bomb", ""),
    (r"el bombasi (?:atti|atildi|atarak|firlatti)\w*|el bombali saldiri\w*", EXPLOSIONS,
     "Grenade", "grenade"),
    (r"patlama(?!d[i]|m[i]s|y)\w*|patlad" + _NOT + r"\w*|infilak\w*", EXPLOSIONS, IED,
     "explosion"),
    # --- Violence against civilians
    (r"infaz\w*|kafasi kesil\w*|katliam\w*|iskence\w*|kursuna diz\w*|bicakla\w*|"
     r"doverek oldur\w*|ceset\w* (?:[\w']+ ){0,3}?bulundu|cesedi (?:[\w']+ ){0,3}?bulundu|"
     r"diri diri yak\w*|suikast\w*|sivil\w* (?:[\w']+ ){0,3}?(?:oldurdu|oldurdugu|hedef aldi|"
     r"hedef alan|katletti)\w*", VIOLENCE, "Attack", "violence"),
    (r"kacir(?:di|ildi|ilan|ilmis|ilarak)\w*|rehin (?:al|tut)\w*|zorla kaybet\w*",
     VIOLENCE, "Abduction/forced disappearance", ""),
    (r"tecavuz\w*|cinsel (?:saldiri|siddet|istismar)\w*", VIOLENCE, "Sexual violence",
     "rape"),
    # --- Protests and riots
    (r"protesto\w*|gosteri(?:ler|leri|ye|de|ciler)?\b|eylemci\w*|miting\w*|yuruyus\w*|"
     r"oturma eylemi\w*|aclik grevi\w*|grev\w*|sokaga dok\w*", PROTESTS, "Peaceful protest",
     "protest"),
    (r"(?:tas|molotof|sise)\w* (?:[\w']+ )?(?:atti|attilar|atarak|firlatti)\w*|barikat\w*|"
     r"lastik\w* yak\w*|olaylar cikti", RIOTS, "Violent demonstration", ""),
    (r"linc\w*|kavga\w*|arbede\w*", RIOTS, "Mob violence", ""),
    # --- Strategic developments
    (r"ateskes\w*|baris (?:anlasmasi|antlasmasi)\w*|insani ateskes\w*", STRATEGIC,
     "Agreement", "agreement"),
    (r"(?:anlasma|antlasma|mutabakat|bildiri|deklarasyon|protokol|ateskes)\w* (?:[\w']+ ){0,2}?"
     r"(?:imzala(?:di|ndi|dilar|nan)|imzalanmasi|varildi|saglandi)\w*|teslim ol\w*|"
     r"esir takas\w*|esir degisim\w*|(?:esir|cenaze|naas)\w* (?:[\w']+ ){0,2}?takas\w*",
     STRATEGIC, "Agreement", "signed"),
    (r"(?:catismalar|ates|saldirilar|carpismalar)\w* (?:[\w']+ ){0,2}?(?:durdu|sona erdi|"
     r"kesildi)|atesi (?:kesti|durdurdu)", STRATEGIC, "Agreement", "mediated"),
    (r"gozaltina al\w*|tutukla" + _NOT + r"\w*|yakalan(?:di|dilar|mis|an|arak)\w*|"
     r"yakaladi\w*|hapis cezasi\w*|hapse at\w*|alikon\w*", STRATEGIC, "Arrests", "arrest"),
    (r"baris(?:i)? koruma (?:gucu|gucleri|birlikleri|kuvvetleri)\w*|baris gucu\w*|"
     r"baris gucleri\w*", STRATEGIC, "Change to group/activity", "peacekeepers"),
    (r"(?:asker|birlik|kuvvet|takviye|tank|gozlemci|zirhli arac)\w* (?:[\w']+ ){0,3}?"
     r"(?:konuslandir|sevk et|sevk edil|gonder|konuslan)" + _NOT + r"\w*|"
     r"sokaga cikma yasagi\w*|feshed\w*|varligini sona erdir\w*", STRATEGIC,
     "Change to group/activity", ""),
    (r"(?:sikiyonetim|olaganustu hal|seferberlik|savas hali)\w* (?:[\w']+ )?ilan\w*|"
     r"sikiyonetim\w*|seferberlik\w*|(?:esir|tutuklu|rehine)\w* (?:[\w']+ ){0,3}?(?:serbest "
     r"birak|iade et|iade edil)\w*|bagimsizlik\w* ilan\w*", STRATEGIC, "Other", "other"),
    (rf"{WEAPONS}\w* (?:[\w']+ ){{0,3}}?(?:dusurul|dusurdu|imha edil|imha etti|etkisiz hale "
     rf"getir)\w*|mayin temizle\w*|{ARMS}\w* (?:[\w']+ ){{0,3}}?(?:ele gecir|el konul|bulundu|"
     rf"ele gecirildi)\w*", STRATEGIC, "Disrupted weapons use", "disrupted"),
    (r"(?:us|ussu|kontrol noktasi|karakol|mevzi|tahkimat|gozlem noktasi)\w* (?:[\w']+ ){0,2}?"
     r"(?:kur(?:du|uldu|dular)|insa (?:etti|edildi)|olusturdu)\w*", STRATEGIC,
     "Headquarters or base established", ""),
    (r"yagma\w*|kundakla\w*|(?:ev|bina|kilise|cami|okul|hastane|dukkan|arac|koy|mezar|anit)"
     r"\w* (?:[\w']+ ){0,3}?(?:yak(?:ti|tilar|ildi)|yikil(?:di|mis)|yikti|tahrip (?:etti|edildi|"
     r"edilmis)|hasar gor\w*|ate(?:s|se) ver\w*)\w*|yakip yikti\w*", STRATEGIC,
     "Looting/property destruction", "property"),
    (r"(?:teslim et|iade et|devret|terk et|birak)" + _NOT + r"\w* (?:[\w']+ ){0,3}?(?:bolge|"
     r"rayon|il|sehir|kent|koy|topra)\w*|(?:rayon|bolge|sehir|kent|il|topraklar)\w* "
     r"(?:[\w']+ ){0,3}?(?:teslim edil|iade edil|devredil|birakil)\w*|(?:azerbaycan|ermenistan)"
     r"'?a (?:[\w']+ ){0,2}?(?:teslim|iade)\w*", STRATEGIC, "Non-violent transfer of territory",
     "transfer"),
    (r"(?:geri )?cekil(?:di|diler|mis|me|mesi|erek)\w*|(?:asker|birlik|kuvvet)\w* "
     r"(?:[\w']+ ){0,2}?cek(?:ti|tiler)\w*", STRATEGIC, "Non-violent transfer of territory",
     "withdrawal"),
    # --- Displacement
    (r"kac(?:ti|tilar|mak zorunda|arak)\w*|goc (?:etti|ettiler|etmek zorunda)\w*|"
     r"yerinden edil\w*|(?:evlerini|koylerini|sehri|yurtlarini) (?:terk|birak)\w*|"
     r"multeci\w* (?:[\w']+ ){0,2}?(?:ulasti|geldi|gecti)\w*|(?:evlerine|topraklarina|"
     r"yurtlarina) (?:geri )?don(?:du|duler|mek|us)\w*|geri donus\w*", DISPLACEMENT,
     "Displacement", "flight"),
    (r"siniri gec(?:ti|tiler)\w*", DISPLACEMENT, "Displacement", "crossing"),
    (r"tahliye\w*", DISPLACEMENT, "Evacuation", ""),
    # --- Humanitarian
    (r"insani yardim\w*|insani koridor\w*|insani erisim\w*", HUMANITARIAN,
     "Humanitarian access", "aid"),
    (r"yardim (?:konvoy|tir|kamyon)\w*|(?:gida|ilac|yakit|un|yardim malzemesi)\w* "
     r"(?:[\w']+ ){0,3}?(?:ulastir|teslim|dagit)\w*", HUMANITARIAN, "Humanitarian access",
     "convoy"),
    (r"abluka\w*|kusatma\w*|kusatil\w*|(?:koridor|yol|karayolu|gecis|gaz|elektrik|sevkiyat)"
     r"\w* (?:[\w']+ ){0,3}?(?:kapat(?:ti|ildi|tilar)|kes(?:ti|ildi)|engellendi)\w*",
     HUMANITARIAN, "Blockade", "blockade"),
    # --- Diplomacy
    (r"(?:yazili|resmi|ortak) aciklama\w*|kinadi\w*|kinama\w*|lanetledi\w*|"
     r"(?:endise|kaygi|uzuntu|taziye)\w* (?:[\w']+ )?(?:dile getir|bildir)\w*|"
     r"basin toplanti\w*", DIPLOMACY, "Statement", "statement"),
    (r"(?:ateskes|baris|itidal|muzakere|diyalog)\w* (?:[\w']+ ){0,2}?(?:cagri|cagirdi)\w*",
     DIPLOMACY, "Statement", "call"),
    (r"gorusme\w*|gorustu\w*|bir araya geldi\w*|zirve\w*|muzakere\w*|telefonla gorus\w*",
     DIPLOMACY, "Meeting", "meeting"),
    # --- Military exercise (ACLED: a change to the group's activity)
    (r"tatbikat\w*|manevra\w*", STRATEGIC, "Change to group/activity", "exercise"),
    # --- Death and injury: typed from the event they belong to (see geo.events.extract)
    (r"sehit\w*|hayatini kaybet\w*|olduruldu\w*|oldurdu\w*|olu(?:ler|sayisi)?\b|can kaybi\w*|"
     r"yarali\w*|yaralan\w*", "", "", "casualty"),
)
