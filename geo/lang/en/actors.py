"""English words that name who acted and against whom: the actors of an event.

Read by `geo.events.actors`, which knows no English: a string is a regular expression over
folded text (lower case, hyphens as spaces) unless its comment says "as written". The
countries and peoples an actor belongs to come from the gazetteer (demonyms, countries,
capitals), never from a list here.

Each role below is a kind of actor the text names with a common noun; `geo.events.actors`
gives each role ACLED's actor kind (1 state forces ... 8 external forces). To teach `geo` a
new word for an actor, add it to the pattern of its role and a sentence to
tests/test_actors.py.
"""

# --- The nouns that name an actor, by role (singular and plural)

ROLES = {
    # State forces: the military, the police, the government that commands them.
    "military": (r"armed forces|defen[cs]e forces|military forces|government forces|"
                 r"government troops|regime forces|state forces|special forces|border guards?|"
                 r"border troops|frontier guards?|forces|army|armies|military|militaries|troops|"
                 r"soldiers?|servicem[ae]n|service members?|servicewom[ae]n|conscripts?|"
                 r"paratroopers?|marines|commandos?|navy|air force|national guard|"
                 r"defen[cs]e army|artillerym[ae]n|sappers?|units?|garrisons?|side"),
    "police": (r"riot police|police forces?|police officers?|policem[ae]n|policewom[ae]n|"
               r"police|gendarmes?|gendarmerie|law enforcement(?: officers| agencies)?|"
               r"security forces|security services?|security personnel|border police|"
               r"prison guards?|guards?|officers?"),
    "government": (r"government|authorities|administration|ministry of (?:defen[cs]e|foreign "
                   r"affairs|internal affairs|the interior)|(?:defen[cs]e|foreign|interior) "
                   r"ministry|ministry|ministries|presidency|president|prime minister|"
                   r"foreign minister|defen[cs]e minister|minister|officials?|cabinet|"
                   r"parliament|leadership|leaders?|spokes(?:man|woman|person)|embassy|"
                   r"diplomats?|prosecutors?|courts?"),
    # External forces (ACLED's 8): peacekeepers and international missions.
    "peacekeepers": (r"peacekeepers?|peacekeeping (?:forces?|troops|contingent|mission|"
                     r"command|units?)|blue helmets|monitors|observers"),
    # Non-state armed groups.
    "separatists": (r"separatists?|separatist (?:forces|fighters|troops|militias?|army|"
                    r"authorities|leaders?|government)|breakaway (?:forces|troops|"
                    r"authorities)|secessionists?"),
    "rebels": (r"rebels?|rebel (?:forces|fighters|groups?|troops)|insurgents?|guerrillas?|"
               r"militants?|jihadists?|islamists?|extremists?|terrorists?|fighters|"
               r"saboteurs?"),
    "armed group": (r"gunm[ae]n|armed (?:men|man|groups?|assailants?|individuals|persons|"
                    r"gangs?|bandits)|assailants?|attackers?|unidentified (?:men|persons|"
                    r"individuals|people)|unknown (?:men|persons|individuals|people)|"
                    r"bandits?|kidnappers?|abductors?|gangs?|gang members?|gangsters?|hitm[ae]n|"
                    r"snipers?|criminals|perpetrators?"),
    "militia": r"militias?|militiam[ae]n|paramilitar(?:y|ies)|paramilitary forces",
    "communal militia": (r"(?:ethnic|communal|tribal|clan|village|local|self defen[cs]e) "
                         r"(?:militias?|militiam[ae]n|fighters|groups?)|vigilantes?|"
                         r"tribesm[ae]n|armed herders|herdsm[ae]n|cattle raiders?|raiders?"),
    "rioters": r"rioters?|mobs?|looters?|lynch mobs?",
    "protesters": (r"protesters?|protestors?|demonstrators?|marchers|strikers|picketers|"
                   r"rally goers|activists?"),
    "civilians": (r"civilians?|residents?|villagers?|inhabitants|locals|population|"
                  r"people|persons?|famil(?:y|ies)|children|child|wom[ae]n|m[ae]n|boys?|girls?|"
                  r"farmers?|shepherds?|herders?|journalists?|reporters?|passengers?|"
                  r"workers?|students?|teachers?|doctors?|nurses?|medics?|refugees?|migrants?|"
                  r"displaced people|worshippers|pilgrims|drivers?|traders?|citizens?|"
                  r"nationals|elders?|priests?|imams?|pastors?|homes?|houses?|"
                  r"(?:residential|civilian) (?:areas?|buildings?|neighbou?rhoods?|"
                  r"infrastructure|objects|settlements?)|hospitals?|schools?|markets?"),
}

# Words that name an actor only with a country or people before them: "Azerbaijani shelling",
# "Armenian artillery", "a Russian air strike" are that country's forces; "shelling" alone
# names no one.
QUALIFIED_ROLES = {
    "military": (r"artillery|shelling|shellfire|shells|drones?|missiles?|rockets?|air ?strikes?|"
                 r"strikes?|fire|gunfire|offensive|attacks?|assault|bombardment|aircraft|"
                 r"warplanes?|jets?|tanks?|positions?|posts?|outposts?|checkpoints?|bases?|"
                 r"operation|advance|counter ?offensive|snipers?"),
    "civilians": r"villages?|towns?|cities|communities|settlements?",
}

# Peoples' and states' names as nouns that act: "Armenians", "the Azerbaijanis" are
# civilians in a flight or a protest, never the state.
PEOPLE_AS_ACTOR = r"s$"

# What makes a non-state actor of a people's forces: "ethnic Armenian forces", "Karabakh
# Armenian fighters" (the fighters of a people, not of its state).
ETHNIC = r"\b(?:ethnic|local|karabakh)\s+$"

# Between a country or people and its actor's noun, at most two words of these kinds:
# "Azerbaijani special forces", "Armenia's defence ministry", "the Russian peacekeeping".
QUALIFIER_GAP = (r"^(?:'s|s'|’s)?(?:\s+(?!(?:and|or|of|in|on|at|to|by|for|with|from|said|says|"
                 r"was|were|is|are|has|have|had|that|which|who)\b)[a-z][\w']*){0,2}\s+$")
# "military forces of Azerbaijan", "the ministry of defence of Armenia", "the government of
# the Republic of Armenia".
OF_COUNTRY = (r"^(?:\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?)?\s+of\s+(?:the\s+)?"
              r"(?:(?:republic|kingdom|state|federation|self proclaimed|unrecognised|"
              r"unrecognized|de facto)\s+(?:of\s+)?)*$")
# Coordinated peoples share the noun: "Azerbaijani and Armenian forces".
AND_BETWEEN = r"^\s*(?:and|or|,)\s*$"

# --- Names used as actors (metonymy): "Baku said", "Azerbaijan launched an offensive"

# After a country's or capital's name, these make it the state that acts or speaks.
ACTS_AFTER = (
    r"^(?:'s\s+side)?(?:\s*,\s*[^,]{1,40},)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|"
    r"again\s+|then\s+|reportedly\s+|allegedly\s+|on\s+\w+\s+|itself\s+)*(?:said|says|say|"
    r"saying|denied|denies|deny|rejected|rejects|accused|accuses|blamed|blames|claimed|claims|"
    r"announced|announces|reported|reports|stated|states|warned|warns|condemned|condemns|"
    r"called|calls|urged|urges|insisted|insists|responded|responds|confirmed|confirms|"
    r"demanded|demands|threatened|threatens|vowed|vows|pledged|promised|agreed|agrees|"
    r"signed|signs|recogni[sz]ed|recogni[sz]es|told|informed|admitted|acknowledged|"
    r"expressed|offered|sent|sends|launched|launches|began|begins|started|starts|shelled|"
    r"shells|bombed|bombs|bombarded|attacked|attacks|struck|strikes|fired|fires|hit|hits|"
    r"captured|captures|seized|seizes|took|takes|retook|recaptured|regained|liberated|"
    r"occupied|invaded|invades|deployed|deploys|closed|closes|blocked|blocks|blockaded|"
    r"withdrew|withdraws|handed|hands|imposed|imposes|declared|declares|arrested|arrests|"
    r"detained|detains|expelled|expels|summoned|summons|recalled|recalls|mobili[sz]ed|"
    r"mobili[sz]es|lost|loses|downed|shot|killed|kills|held|holds|hosted|hosts|met|meets)\b")
# Before a country's or capital's name, these make it who acted: "by Azerbaijan",
# "accused Baku of ...", "according to Yerevan".
ACTS_BEFORE = (r"\b(?:by|according to|accused|accusing|blamed|blaming|urged|urging|"
               r"called on|told|warned)\s+(?:the\s+)?$")

# --- Where the actors stand around the trigger

# A passive before the trigger: its subject suffered the act, its doer follows "by".
PASSIVE_BEFORE = r"\b(?:was|were|been|being|got|is|are|be)\s+(?:[a-z]+ly\s+)?$"
PASSIVE_TRIGGER = r"^(?:was|were|been|being|got|is|are)\b"
# The doer after a passive trigger or a noun of violence: "shot dead by gunmen", "an attack
# by militants".
BY_AFTER = r"^(?:\W+[\w'/-]+){0,6}?\W+by\s+(?:the\s+)?"
# A subject ends at these, going back from the trigger.
SUBJECT_STOP = (r"[;:()]|\s[-–—]\s|,\s+(?:and|but|while|as|when|after|who|which)\s|"
                r"\b(?:but|while|whereas|when|after|before|because|since|as|who|which|that|"
                r"where|said|says|reported|according to)\s")
# What the act was done to follows these: "fired on", "clashed with", "an attack against".
TARGET_BEFORE = (r"\b(?:on|at|upon|against|with|into|targeting|targeted|hit|struck|attacked|"
                 r"shelled|killed|killing|wounded|wounding|injuring|injured|abducted|"
                 r"kidnapped|arrested|detained|beat|shot|stabbed|dispersed|raided|of)\s+"
                 r"(?:(?:the|a|an|two|three|several|some|at least|\d+)\s+)*"
                 r"(?:[\w'-]+\s+){0,3}?$")
# "clashes between X and Y": both sides follow.
BETWEEN = r"\bbetween\s"
# Who harmed whom, when the sentence counts the dead or wounded apart from its trigger.
HARMED = (r"\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|hurt|abducted|"
          r"kidnapped|arrested|detained|beaten|shot)\b")
# Words after an actor's noun that make it a victim's, not a doer's: "residents' homes".
POSSESSED = r"^'?s?\s+(?:homes?|houses?|property|bodies|graves?)\b"

# --- Names of a few armed groups known worldwide (as written), with their role

GROUPS = {
    r"Taliban": ("Taliban", "rebels"),
    r"Islamic State|ISIS|ISIL|Daesh|IS(?= (?:militants|fighters|group|jihadists|cell))":
        ("Islamic State", "rebels"),
    r"[Aa]l[ -]Qa[e']?ida|AQAP|AQIM": ("Al Qaeda", "rebels"),
    r"[Aa]l[ -]Shabaa?b": ("Al Shabaab", "rebels"),
    r"Boko Haram": ("Boko Haram", "rebels"),
    r"PKK|Kurdistan Workers'? Party": ("PKK: Kurdistan Workers' Party", "rebels"),
    r"FARC": ("FARC", "rebels"),
    r"Hezbollah|Hizbollah": ("Hezbollah", "militia"),
    r"Hamas": ("Hamas", "rebels"),
    r"Wagner(?: Group)?": ("Wagner Group", "peacekeepers"),
}

# --- The names an actor is given in the tables (ACLED's style): `{country}` is the
# country's or people's place name; the second form is for an actor whose country the text
# does not give.

NAMES = {
    "military": ("Military Forces of {country}", "Military Forces"),
    "police": ("Police Forces of {country}", "Police Forces"),
    "government": ("Government of {country}", "Government"),
    "peacekeepers": ("Peacekeeping Forces of {country}", "Peacekeeping Forces"),
    "separatists": ("Separatists ({country})", "Separatists"),
    "rebels": ("Rebels ({country})", "Rebels"),
    "armed group": ("Unidentified Armed Group ({country})", "Unidentified Armed Group"),
    "militia": ("Militia ({country})", "Militia"),
    "communal militia": ("Communal Militia ({country})", "Communal Militia"),
    "rioters": ("Rioters ({country})", "Rioters"),
    "protesters": ("Protesters ({country})", "Protesters"),
    "civilians": ("Civilians ({country})", "Civilians"),
}
