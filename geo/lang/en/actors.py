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
    "military": (r"government(?:al)? (?:forces|troops|soldiers|units)|"
                 r"(?:military|army) (?:officers?|units?|personnel)|"
                 # (a state's aircraft: "a military jet dropped two bombs"; and its strikes:
                 # "a government drone strike hit a minibus")
                 r"(?:military|government) (?:jets?|aircraft|warplanes?|helicopters?|drones?)|"
                 r"government (?:(?:drone |air ?)strikes?|shelling|artillery)|"
                 r"armed forces|defen[cs]e forces?|military forces|government forces|"
                 r"government troops|regime forces|state forces|special forces|border guards?|"
                 r"border troops|border (?:guard )?service|frontier guards?|forces|army|"
                 r"armies|troops|general staff|"
                 r"chiefs? of (?:the )?general staff|"
                 # "the military", "Myanmar military" as a noun, not "the military
                 # situation"
                 r"(?<=\w )military(?=\s*(?:[,.;:')]|$)|\s+(?:said|says|has|have|had|was|"
                 r"were|is|are|and|would|will|also|of|in|on|at|to|for|from|with|by|"
                 r"reported|announced|denied|claimed|confirmed|[a-z]+ed)\b)|"
                 r"soldiers?|servicem[ae]n|service members?|servicewom[ae]n|conscripts?|"
                 r"paratroopers?|marines|commandos?|navy|air force|national guard|"
                 r"air defen[cs]es?(?: forces| units)?|"
                 r"defen[cs]e army|artillerym[ae]n|sappers?|"
                 # a state's own paramilitary corps (a militia's men are "paramilitaries")
                 r"paramilitary (?:rangers?|troops|border guards?)|"
                 # an officer or a soldier by his rank alone ("a colonel was shot")
                 r"(?:lieutenant )?colonels?|(?:first |second )?lieutenants?|"
                 r"sergeants?|corporals?|brigadiers?|"
                 # a state's coalition: "the Saudi-led coalition", "coalition forces"
                 # (not "in coalition with", nor a coalition of gangs or rebels)
                 r"coalition forces|(?<!in )(?<!gang )(?<!gangs )(?<!rebel )(?<!militia )"
                 r"(?<!opposition )coalition(?! with)"),
    # A state named by a word for its rulers ("the regime", "regime prisons"): its forces in
    # violence, its government in words, as a country's name that acts.
    "state": r"regime",
    # Where state forces stand, named as the target of an attack ("attacked a checkpoint"):
    # the forces there, never the doer.
    "post": (r"check ?points?|security posts?|"
             r"(?:military|army|government(?:al)?) (?:posts?|bases?|positions?|convoys?|"
             r"patrols?|vehicles?|trucks?|jeeps?|tanks?|armou?red vehicles?)"),
    "police post": (r"police (?:posts?|stations?|barricades?|cars?|vehicles?|vans?|cordons?|"
                    r"lines?|headquarters|checkpoints?)"),
    "police": (r"riot police|police forces?|police officers?|police ?m[ae]n|police ?wom[ae]n|"
               r"paramilitary (?:police|gendarmes?|gendarmerie)|"
               r"police|gendarmes?|gendarmerie|law enforcement(?: officers| agencies)?|"
               r"security forces|security services?|security personnel|border police|"
               # a state's intelligence service (ACLED codes it with the state's forces)
               r"intelligence (?:services?|agency|agencies|officers?|agents?|authorities|"
               r"personnel|operatives)|"
               r"prison guards?|guards?|officers?"),
    "government": (r"governments?|authorities|administration|ministry of (?:defen[cs]e|foreign "
                   r"affairs|internal affairs|the interior)|(?:defen[cs]e|foreign|interior) "
                   r"ministry|ministries|presidency|presidents?|prime ministers?|"
                   r"(?:foreign |defen[cs]e )?ministers?|officials?|cabinet|"
                   r"parliament|leadership|leaders?|spokes(?:man|woman|person)|embassy|"
                   r"(?:national )?security council|"
                   r"diplomats?|diplomatic service|ambassadors?|envoys?|prosecutors?|governors?|"
                   r"mayors?|"
                   r"agency|agencies|"
                   # the state's emergency services, as those who evacuate people
                   r"emergency (?:services?|crews|workers|ministry)|rescue (?:workers|crews|"
                   r"services?)|rescuers|firefighters"),
    # External forces (ACLED's 8): peacekeepers and international missions, mercenaries.
    "peacekeepers": (r"peacekeepers?|peacekeeping (?:forces?|troops|contingent|mission|"
                     r"command|units?)|blue helmets"),
    "external": r"mercenaries|private military contractors?|foreign fighters",
    # Guards a company hires: armed, neither the state's nor a rebel's (ACLED's 8).
    "private security": (r"private security(?: (?:guards?|forces|personnel|officers?|"
                         r"agents?|contractors?|companies|company|firms?))?|"
                         r"security (?:guards?|companies|company|firms?)"),
    # Non-state armed groups.
    "separatists": (r"separatists?|separatist (?:forces|fighters|troops|militias?|army|"
                    r"authorities|leaders?|government)|breakaway (?:forces|troops|"
                    r"authorities)|secessionists?"),
    "rebels": (r"rebels?|rebel (?:forces|fighters|groups?|troops)|insurgents?|guerrillas?|"
               r"militants?|jihadists?|islamists?|extremists?|terrorists?|fighters|"
               # an insurgency's own words for its men (South Asia, the Philippines)
               r"maoists?|maoist (?:cadres|guerrillas|rebels|insurgents)|naxals?|naxalites?|"
               # a movement's army is no state's: "the X Liberation Army"
               r"liberation (?:army|armies|front)"),
    "armed group": (r"(?:unidentified|unknown|suspected|masked) (?:armed )?(?:militants|"
                    r"fighters|gunm[ae]n|assailants|attackers|men|man|persons|individuals|"
                    r"people|groups?|perpetrators|bandits|criminals)|gunm[ae]n|"
                    r"armed (?:men|man|groups?|assailants?|individuals|persons|gangs?|bandits)|"
                    r"assailants?|attackers?|bandits?|kidnappers?|abductors?|gangs?|"
                    r"gang members?|gangsters?|hitm[ae]n|snipers?(?! rifles?| fire)|criminals|"
                    r"perpetrators?|saboteurs?|infiltrators?"),
    "militia": r"militias?|militiam[ae]n|paramilitar(?:y|ies)|paramilitary forces",
    "communal militia": (r"armed (?:herders|herdsm[ae]n|pastoralists|villagers|youths?|"
                         r"locals|residents|civilians|tribesm[ae]n)|pastoralists|"
                         r"(?:ethnic|communal|tribal|clan|village|local|self defen[cs]e) "
                         r"(?:militias?|militiam[ae]n|fighters|groups?)|vigilantes?|"
                         r"tribesm[ae]n|armed herders|herdsm[ae]n|cattle raiders?|raiders?|"
                         # a caste's, a clan's men who attack ("members of the X caste")
                         r"castes?|(?:caste|clan|tribal) members|clansm[ae]n|clans|"
                         r"ethnic (?:youths|men|individuals|people|members)|"
                         # (settlers who attack the villages of the people around them)
                         r"settlers"),
    "rioters": r"rioters?|mobs?|looters?|lynch mobs?",
    "protesters": (r"protesters?|protestors?|demonstrators?|marchers|strikers|picketers|"
                   r"rally goers"),
    # (activists are civilians, protesters only when they protest: the protest says so)
    "civilians": (r"civilians?|residents?|activists?|civil servants|employees?|"
                  r"(?:administration|government|municipal|council|state) (?:workers?|"
                  r"employees?)|villagers?|inhabitants|locals|population|"
                  r"people|persons?|famil(?:y|ies)|children|child|wom[ae]n|m[ae]n|boys?|girls?|"
                  r"farmers?|shepherds?|herders?|journalists?|reporters?|passengers?|"
                  r"workers?|students?|teachers?|doctors?|nurses?|medics?|refugees?|migrants?|"
                  r"displaced people|worshippers|pilgrims|drivers?|traders?|citizens?|"
                  r"nationals|elders?|priests?|imams?|pastors?|draftees|detainees?|inmates|"
                  r"hostages?|hunters?|owners?|shopkeepers?|businessm[ae]n|merchants?|vendors?|"
                  r"fishermen|miners?|"
                  # kin: "killing a farmer and his wife"
                  r"wife|wives|husbands?|sons?|daughters?|fathers?|mothers?|relatives|"
                  # people named by their community: "members of the Fulani community"
                  r"community members|community|communities"),
    # What belongs to civilians, as the target of an attack: the civilians it is theirs.
    "property": (r"homes?|houses?|(?:residential|civilian) (?:areas?|buildings?|"
                 r"neighbou?rhoods?|infrastructure|objects|settlements?)|hospitals?|schools?|"
                 r"markets?|shops?|banks?"),
}

# Words that name an actor only with a country or people before them: "Azerbaijani shelling",
# "Armenian artillery", "a Russian air strike" are that country's forces; "shelling" alone
# names no one.
QUALIFIED_ROLES = {
    # "the Armenian side" acts for its state: its forces in a fight, its government in words.
    "state": r"side",
    "military": (r"military|units?|garrisons?|warships?|navy ships|vessels|artillery|"
                 r"shelling|shellfire|shells?|mortars?|drones?|missiles?|rockets?|air ?strikes?|"
                 r"strikes?|fire|gunfire|offensive|attacks?|assault|"
                 r"bombardment|aircraft|warplanes?|jets?|uavs?|tanks?|positions?|posts?|"
                 r"(?:guided|glide|aerial) (?:aerial )?bombs?|"
                 r"outposts?|checkpoints?|bases?|operation|advance|counter ?offensive|"
                 r"snipers?(?! rifles?| fire)"),
    "property": r"villages?|towns?|cities|communities|settlements?",
}

# A people named as a noun, in the plural (as written): "Armenians", "the Azerbaijanis" are
# the people, civilians in a flight or a protest, never the state.
PEOPLE_AS_ACTOR = r"s$"

# What makes a non-state actor of a people's forces: "ethnic Armenian forces" (the forces
# of a people, not of its state).
ETHNIC = r"\b(?:ethnic|local)\s+$"

# Between a country or people and its actor's noun, at most two words of these kinds:
# "Azerbaijani special forces", "Armenia's defence ministry", "the Russian peacekeeping".
QUALIFIER_GAP = (r"^(?:'s|s'|’s)?(?:\s+(?!(?:and|or|but|of|in|on|at|to|by|for|with|from|into|"
                 r"towards?|after|before|since|until|when|while|where|as|than|over|under|near|"
                 r"across|through|against|amid|during|following|said|says|"
                 r"was|were|is|are|has|have|had|that|which|who)\b)[a-z][\w']*){0,2}"
                 # (and a model's name: "a Turkish F-16 fighter jet")
                 r"(?:\s+[a-z]{1,3}\s+\d+(?:\s+[a-z][\w']*)?)?\s+$")
# "military forces of Azerbaijan", "the ministry of defence of Armenia", "the government of
# the Republic of Armenia".
OF_COUNTRY = (r"^(?:\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?)?\s+of\s+(?:the\s+)?"
              r"(?:(?:republic|kingdom|state|federation|self proclaimed|unrecognised|"
              r"unrecognized|de facto)\s+(?:of\s+)?)*$")
# A people's name that makes a land theirs, after "of": "the emergency service of the
# Armenian-run enclave", "the authorities of the Serb-held region" are that people's side.
HELD_BY = (r"\s+(?:run|held|controlled|administered|led)\s+(?:[a-z]+\s+)?(?:enclave|region|"
           r"territory|territories|republic|area|areas|city|town|district|province|"
           r"administration|authorities|government|part)\b")
# Whose a place or a thing is, after it: "a checkpoint manned by police" (the police are no
# doer of the attack on it).
KEPT_BY = (r"\b(?:manned|guarded|staffed|protected|patrolled)\s+by\s+"
           r"(?:(?:the|a|an|some|several|two|three|\d+)\s+)?$")
# Whose the weapon in a trigger's words is, before its owner: "a drone launched by X
# struck", "a drone believed to belong to X hit", "shells fired by the paramilitary X
# crashed into", "rockets fired from the Armenian side hit" (X did the act).
WEAPON_OWNER_BEFORE = (r"\b(?:(?:launched|fired|sent|operated|flown)\s+by|"
                       r"(?:launched|fired)\s+from|"
                       r"belong(?:s|ing)?\s+to)\s+(?:the\s+(?:[a-z]+\s+)?)?$")
# Between a role's word and the group it names the members of: "fighters of the ELN",
# "fighters of the paramilitary RSF" (the group's fighters).
MEMBERS_OF = r"\s+of\s+(?:the\s+)?(?:paramilitary\s+|militant\s+|armed\s+|rebel\s+)?"
# Coordinated peoples share the noun: "Azerbaijani and Armenian forces".
AND_BETWEEN = r"^\s*,?\s*(?:and|or)\s+$"
# What stands between two members of a list of people, their counts and words included:
# "four police officers and two road workers".
LIST_BETWEEN = r"\s*(?:,|,?\s+(?:and|or))\s+(?:[\w-]+\s+){0,3}"
# Two sides named before a verb they did together: "the rebels and the army exchanged fire"
# (the first is the first actor); with a word of its own before the second, when
# they fought each other ("X herders and Y farmers clashed"; not "X forces and allied
# rebels shelled the town").
SIDES_AND = r"^\s*,?\s*and\s+(?:the\s+)?$"
SIDES_AND_NAMED = r"^\s*,?\s*and\s+[\w'-]+\s+$"
# "its troops", "their soldiers": the state or people named before in the sentence (and
# "his forces" after "the Azerbaijani president said": his state's).
POSSESSIVE = r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:[a-z]+\s+)?$"
# "it" as the subject of the act: "Azerbaijan said it had shot down a drone", "Georgia ...
# since it fought a war with Russia": the state named before it.
IT_ACTS = (r"\bit\s+(?:(?:has|had|have|would|will|also|then|later|[a-z]+ly|"
           r"itself)\s+)*$|"
           # ... and so does one that claims the act: "Azerbaijan said it had lost a tank,
           # and claimed to have taken several heights"
           r"\b(?:claimed|claims|claiming)\s+to\s+have\s+$")
# Who says "they" or "it" did the act named next speaks of its own act: "Azerbaijani
# forces said they had taken several villages" (the forces took them).
SPEAKER_ACTS = (r"(?:['’]s)?(?:\s+\w+){0,3}?\s+(?:said|says|reported|announced|stated|"
                r"claimed|claims|confirmed)\s+(?:(?:on\s+\w+|this\s+week|last\s+week|late\s+\w+|"
                r"today|earlier)\s+)?(?:that\s+)?(?:they|it)\s+(?:(?:has|had|have|"
                r"would|will|also|then|later|now|just|[a-z]+ly)\s+)*$")  # ("had fully taken")
# A fight told as an attack fended off: its doer defended, the side it fended off attacked
# ("troops repelled an attack of the rebels": the rebels attacked).
REPELLED = (r"(?:repelled|repulsed|repel|repulse|repelling|thwarted|beat back|beaten back|"
            r"fend(?:ed)? off|fought off)\b")
# What ran onto a weapon suffered it: "a military vehicle struck an IED".
RAN_ONTO = (r"\s+(?:\w+\s+)?(?:struck|strikes|hit|hits|ran\s+(?:over|onto|into)|"
            r"drove\s+(?:over|onto|into)|triggered|detonated|set\s+off|stepped\s+on)\b")
# ... a weapon left where it lies, which no one who ran onto it set: "a gendarmerie vehicle
# struck an IED" (the gendarmes suffered it).
PLANTED_WEAPON = (r"\b(?:ieds?|improvised explosive devices?|(?:land ?)?mines?|"
                  r"explosive devices?|roadside bombs?)\b")
# Who went with the ones named before: "a convoy escorted by the army struck a mine".
ESCORTED_BY_BEFORE = (r"\b(?:escorted|accompanied|guarded|protected)\s+by\s+(?:the\s+)?"
                      r"(?:[a-z]+\s+)?$")
# Who backs the doers, named after them: "forces backed by Russian air strikes".
BACKERS_BEFORE = (r"\b(?:backed|supported|aided|assisted|helped|reinforced|accompanied|"
                  r"escorted|joined)\s+by\s+(?:the\s+)?"
                  r"(?:[a-z]+\s+)?$|"
                  r"\bwith\s+(?:the\s+)?(?:support|backing|help)\s+of\s+(?:the\s+)?$")
# A claim of the act itself, told in the act's own sentence after a semicolon ("...; JNIM
# claimed the attack"), as against a claim of a toll ("claimed to have killed 20 soldiers").
CLAIMED_THE_ACT_AFTER = (r"\s+(?:claimed|claims)\s+(?:responsibility|the\s+(?:attack|bombing|"
                         r"blast|ambush|explosion|killing)s?)\b")
# What others are described as is no one of its own: "soldiers accompanied by foreign fighters
# described by residents as 'white men' raped ..." (the white men are those fighters).
DESCRIBED_AS_BEFORE = (r"\b(?:described|identified|known)\s+(?:by\s+[\w\s]{1,30}?\s+)?as\s+\W?"
                       r"(?:[\w-]+\s+){0,2}$|\b(?:described|identified)\s+by\s+(?:the\s+)?$")
# A reported clause of its own, opened by "that" after another's: "..., and that its troops".
THAT_CLAUSE = r"\b(?:and|but)\s+that\b"
# An actor's noun that owns the next one names no actor itself: "the people's militia".
OWNS_NEXT = r"(?:'s|s')\s+(?:[a-z]+\s+)?(?:militias?|army|forces|party|front|guards?)\b"

# --- Names used as actors (metonymy): "Baku said", "Azerbaijan launched an offensive"

# After a country's or capital's name, these make it the state that acts or speaks.
ACTS_AFTER = (
    r"(?:'s\s+side)?(?:\s*,\s*[^,]{1,40},)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|"
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
    r"halted|halts|suspended|suspends|"
    r"withdrew|withdraws|handed|hands|imposed|imposes|declared|declares|arrested|arrests|"
    r"detained|detains|expelled|expels|summoned|summons|recalled|recalls|mobili[sz]ed|"
    r"mobili[sz]es|lost|loses|downed|shot|killed|kills|held|holds|hosted|hosts|met|meets|"
    r"set up|sets up|established|establishes|installed|installs|brokered|brokers|"
    r"mediated|mediates|ordered|orders|exchanged|exchanges|swapped|swaps|released|releases|"
    r"freed|frees|repatriated|repatriates|reached|reaches|concluded|concludes|"
    # (in the progressive: "said Azerbaijan was shelling Stepanakert")
    r"(?:was|were|is|are)\s+(?:shelling|bombing|bombarding|attacking|firing|striking|"
    r"targeting|blocking)|"
    # (a side that made no comment on an attack reported by the other: "Russia did not
    # comment")
    r"did not (?:immediately )?(?:comment|respond|confirm)|declined to comment|"
    r"made no comment)\b")
# After a state's name, these make it a go-between, not a party: "Russia brokered".
MEDIATES = (r"\s+(?:\w+\s+)?(?:(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)"
            r"\s+)?(?:brokered|brokers|mediated|mediates|hosted|hosts)\b")
# ... and before it: "talks hosted by Russia", "a deal brokered by Moscow".
MEDIATED_BY = r"\b(?:brokered|mediated|hosted|organi[sz]ed)\s+by\s+(?:the\s+)?$"
# Before a name, these make it a place, not an actor: "in Washington", "from Baku".
PLACE_BEFORE = (r"\b(?:in|at|near|from|to|into|of|across|outside|inside|around|toward|towards|"
                r"through|via|over|on|for|with)\s+(?:the\s+)?$")
# Before a country's or capital's name, these make it who acted: "by Azerbaijan",
# "accused Baku of ...", "according to Yerevan", "fought a war with Russia".
ACTS_BEFORE = (r"\b(?:by|according to|accused|accusing|blamed|blaming|urged|urging|"
               r"ordered|ordering|instructed|called on|told|warned|"
               # (not a place between two others: "on the road between X and Y")
               r"(?<!road\x20)(?<!highway\x20)(?<!route\x20)(?<!border\x20)(?<!corridor\x20)"
               r"(?<!line\x20)(?<!area\x20)(?<!halfway\x20)between|"
               r"(?:war|wars|fought|fighting|clashed|clashes) with)\s+(?:the\s+)?$")

# --- Where the actors stand around the trigger

# A passive before the trigger: its subject suffered the act, its doer follows "by" (and so
# for a trigger that is passive in itself: "X came under fire").
PASSIVE_BEFORE = (r"\b(?:was|were|been|being|got|is|are|be)\s+(?:(?:[a-z]+ly|also|then|again|"
                  r"later|once|too|not)\s+)?$|"
                  # ... and the harm a weapon named as the trigger did: "were killed by
                  # landmines" (those named before it are its victims)
                  r"\b(?:was|were|been|being|got)\s+(?:killed|wounded|injured|hurt|maimed|hit)\s+"
                  r"by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")
PASSIVE_TRIGGER = (r"(?:^|\s)(?:was|were|been|being|got|(?:came|come|comes|coming) under)\s|"
                   # ... and who ran onto a mine suffered it: "two soldiers stepped on a mine"
                   r"^(?:stepped\s+on|hit|struck|triggered|ran\s+(?:onto|over)|drove\s+"
                   r"(?:onto|over)|trod\s+on)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:land\s*)?mines?$")
# A noun of movement has its doer after "of": "the withdrawal of French troops", "the
# deployment of the peacekeepers".
MOVEMENT_OF = (r"(?:withdrawal|deployment|redeployment|arrival|departure|pull ?out|retreat)"
               r"\s+of\s+(?:the\s+|its\s+|their\s+)?$")
# The doer after a passive trigger or a noun of violence: "shot dead by gunmen", "an attack
# by militants", "a drone strike attributed to X".
# (a trigger may end on the space before it: "was shot at by X")
BY_AFTER = (r"(?:\W+(?!(?:that|which|who|where|when|while)\b)[\w'/-]+){0,6}?(?:\W+|(?<=\W))"
            r"(?:(?:by|from|(?:attributed|blamed) (?:to|on))\s+"
            r"(?:(?:the|a|an|some|several|two|three|\d+)\s+)?|"
            # ... or whose act it was, named before its noun: "killed during Azerbaijan's
            # offensive", "wounded in an Armenian attack"
            r"(?:in|during|amid)\s+(?:(?:the|a|an)\s+)?(?=[\w-]+(?:'s)?\s+(?:[\w-]+\s+)?"
            r"(?:offensive|attacks?|assaults?|strikes?|shelling|bombardments?|raids?|ambush|"
            r"operation|advance|onslaught|barrage)\b))")
# A word of what a group is, before its name: "fire from the paramilitary Rapid Support
# Forces" (the doer after "from" is the group).
GROUP_DESCRIPTOR = (r"(?:[\w-]+['’]s\s+)?(?:paramilitary|militant|armed|rebel|jihadist|islamist|"
                    r"separatist|insurgent)\s+")
# A trigger that ends in an active verb: a "by" after it is no doer of it ("took the
# heights held by X"; "ied" is no verb).
ACTIVE_VERB = (r"\b(?:[a-z]{2,}ed|taken|took|retook|retaken|overtook|hit|struck|shot|seized|fought|"
               r"began|begun)$")
# A trigger that holds an active verb and its object: a "by" after it is the object's
# ("shot down a drone operated by X": X's drone).
ACTIVE_VERB_AND_OBJECT = (r"\b(?:[a-z]{2,}ed|taken|took|retook|retaken|overtook|hit|struck|shot|"
                          r"seized|fought)\s+\w")
# ... but a participle with its agent right after it is a passive: "land captured by X".
# (with an adverb between, no object: "Goris from rebels" is what was retaken from whom)
BY_RIGHT_AFTER = (r"\W+(?:(?:[a-z]+ly|again|later|earlier|back|also|only|just|then|once)\W+)?"
                  r"(?:by|from)\s")
# After an actor's noun and a hyphen, these make a compound adjective of it:
# "government-backed", "rebel-held".
COMPOUND = (r" (?:backed|led|run|controlled|held|allied|linked|aligned|affiliated|"
            r"sponsored|appointed|owned|funded|friendly|leaning)\b")
# After people's noun, a place's makes a name of a place of it: "the refugee camp", "a
# student dormitory" (a place, not its people).
PLACE_NOUN_AFTER = (r" (?:camps?|settlements?|quarters?|neighbou?rhoods?|districts?|"
                    r"villages?|shelters?|centres?|centers?|housing|hostels?|dormitor(?:y|ies)|"
                    r"residences?)\b")
# Before an actor's noun, these make an adjective of it: "a pro-government militia",
# "anti-government protesters" (the militia and the protesters are the actors).
LEANING_BEFORE = r"\b(?:pro|anti)\s+$"
# People who may be the armed group that attacked, when the text names no one else:
# "unidentified men", "a group of youths", "villagers"; not "journalists" or "refugees".
MAY_ATTACK = (r"\b(?:m[ae]n|people|persons?|youths?|locals|villagers?|residents?|groups?|"
              r"individuals|suspects?|crowds?|mobs?|rioters?|protesters?|demonstrators?)\b")
# People named by how they live or by their community who fight are a communal militia,
# not an unknown armed group (ACLED's identity militias include groups organised around a
# livelihood or a community): "herders and farmers clashed", "members of the X community
# clashed with hunters".
LIVELIHOOD = (r"\b(?:herders?|herdsm[ae]n|shepherds?|farmers?|fishermen|pastoralists|nomads|"
              r"hunters|communit(?:y|ies))\b")
# Officials speak of violence rather than do it, unless the trigger is their order or launch
# of it: "the defence ministry announced the start of an operation" (its forces').
ORDERS = r"\b(?:announced|declared|ordered|launched)\b"
# A subject ends at these, going back from the trigger.
SUBJECT_STOP = (r"[;:()]|\s[-–—]\s|,\s+(?:and|but|while|as|when|after|who|which)\s|"
                r"\b(?:but|while|whereas|when|after|before|because|since|as|who|which|that|"
                r"where|said|says|reported|according to)\s")
# What the act was done to follows these: "fired on", "clashed with", "an attack against".
TARGET_BEFORE = (r"\b(?:on|at|upon|against|with|into|targeting|targeted|hit|struck|attacked|"
                 r"shelled|killed|killing|wounded|wounding|injuring|injured|abducted|"
                 r"kidnapped|arrested|detained|beat|shot|stabbed|dispersed|raided|"
                 # (not the "of" of whom they belong to: "members of the regime's air force")
                 r"(?<!members\s)(?<!member\s)(?<!elements\s)(?<!personnel\s)of)\s+"
                 r"(?:(?:the|a|an|two|three|several|some|at least|\d+)\s+)*"
                 # (not past a verb of speech: "with Armenia saying Azerbaijani troops had
                 # shelled": the troops are the subject of what was said; nor of blame:
                 # "denied targeting the city and accused Azerbaijan of shelling it")
                 r"(?:(?!(?:saying|said|says|claiming|stating|adding|reporting|that|"
                 r"accus\w+|blam\w+)\b)"
                 r"[\w'-]+\s+){0,3}?$")
# "clashes between X and Y": both sides follow.
BETWEEN = (r"\s+(?:(?:took place|broke out|erupted|occurred|were reported)\s+)?between\s+"
           r"(?:the\s+)?(?:(?:members|fighters|elements) of\s+(?:the\s+)?)?")
# A fight between two sides told after a passive harm of its own sentence: its sides are the
# act's ("two rebels were killed in a firefight between the insurgents and the army").
FIGHT_BETWEEN = (r"\b(?:clash(?:es)?|fighting|fire ?fights?|gun ?fights?|gun ?battles?|"
                 r"skirmish(?:es)?|exchanges? of (?:gun)?fire)\s+between\s+(?:the\s+)?")
# Who spoke is no doer of what it reports: "the ministry said (that) forces shelled".
REPORTS_AFTER = (r"(?:['’]s)?(?:\s+\w+){0,3}?\s+(?:said|says|reported|reports|stated|states|"
                 r"announced|claimed|claims|confirmed|told|informed|alleged|accused)\b")
# Who laid a mine or a bomb, however far from the trigger: "killed by landmines that had
# been planted by saboteurs".
PLANTED_BY = (r"\b(?:planted|laid|placed|left|hidden|rigged)\s+(?:behind\s+)?by\s+"
              r"(?:the\s+)?(?:(?:presumed|suspected|alleged)\s+)?$")
# Who a later sentence says did it: "Al Shabaab claimed responsibility for the blast",
# "the group claimed the bombing", "Boko Haram is suspected".
CLAIMED_AFTER = (r"(?:\s+\w+){0,3}?\s+(?:claimed|claims|claiming|took|takes|accepted)\s+"
                 r"(?:\w+\s+){0,2}?(?:responsibility|credit)\b|(?:\s+\w+){0,3}?\s+claimed\s+"
                 r"(?:the|that)\s+(?:\w+\s+)?(?:attack|bombing|blast|ambush|killing|explosion)|"
                 # "separatists claimed to have captured the village": theirs, by their word
                 r"\s+(?:claimed|claims|claiming)\s+to\s+have\s+$|"
                 # ... and so is the harm a group claims after the act: "the group claims
                 # to have wounded three policemen"
                 r"\s+(?:claimed|claims|claiming)\s+to\s+have\s+(?:killed|wounded|injured|"
                 r"destroyed|shot|downed|carried\s+out|targeted)\b|"
                 # ... and whom the teller suspects of it: "Boko Haram is suspected", "JNIM
                 # militants are the presumed attackers"
                 r"\s+(?:is|are|was|were)\s+(?:the\s+)?(?:(?:main|prime)\s+)?(?:suspected|"
                 r"presumed|blamed|suspects)\b(?!\s+(?:of\s+)?(?:being\s+)?(?:victims?|targets?)\b)")
# A relative clause's verb: its doer is whom the pronoun stands for ("bandits near the town,
# who had stolen a truck").
RELATIVE_BEFORE = (r",?\s+(?:who|which|that)\s+(?:(?:had|have|has|were|was|had been|have been|"
                   r"has been)\s+)?(?:[a-z]+ly\s+)?$")
# The words a claim or a planting needs, looked for first (most attacks have none after).
CLAIM_CUE = (r"\b(?:claim\w*|took|takes|accepted|planted|laid|placed|left|hidden|rigged|"
             r"suspect\w*|presumed|blamed)\b")
# ... and before it: "according to the Azerbaijani authorities".
ACCORDING_TO = r"\baccording to\s+(?:the\s+)?$"
# A building of those who rule, which a crowd may storm: "the government headquarters",
# "the parliament building", "parliament" (not "the government's critics").
SEAT_OF_GOVERNMENT = (r"(?:(?:government|ministry|presidential|president's|prime minister's)"
                      r"\s+(?:headquarters|buildings?|offices?|compound|palace|residence)|"
                      r"parliament(?:\s+(?:building|complex))?(?![\w']))")
# Who the teller blames for the act, after it: "a shooting that it blamed on X".
BLAMED_ON = (r"\b(?:blamed|blames|blaming|attributed|attributes)\s+(?:it\s+)?(?:on|to)\s+"
             r"(?:the\s+)?$")
# A trigger that names its doer ("a suicide bomber", "gunmen") and the group that doer
# belongs to, named after it: the group did the act ("a suicide bomber believed to belong to
# Boko Haram"). Not the harmed: "two soldiers belonging to the brigade were killed" has no
# doer in its trigger.
DOER_IN_TRIGGER = r"\b(?:bombers?|gunm[ae]n|attackers?|assailants?)$"
BELONGS_TO = (r"\b(?:(?:believed|thought|said|suspected|reported)\s+to\s+)?(?:belong(?:s|ed|ing)?"
              r"\s+to|be\s+(?:a\s+)?members?\s+of|be\s+from|be\s+linked\s+to|linked\s+to|"
              r"affiliated\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?$")
# A death or torture in the custody of a state's forces is theirs, however the sentence is
# voiced: "died in police custody", "tortured to death in one of the regime's prisons".
# (`custodian`: whose custody; police are the police, the rest the state's forces.)
# ("tortured in Sandhaur police station": a station's name may come first; but "found dead
# under Langting police station" is a station's district, no custody)
IN_CUSTODY = (r"\b(?:in|under(?!\s+(?:\S+\s+){0,3}?stations?\b)|inside)\s+"
              r"(?:(?:the|an?)\s+)?(?:one\s+of\s+(?:the\s+)?)?"
              r"(?:(?!front\b|of\b)[\w'-]+\s+){0,2}?"
              r"(?P<custodian>police|army|military|regime|government|security\s+forces)"
              r"(?:['’]s?)?\s+(?:custody|prisons?|jails?|cells?|stations?|detention(?:\s+"
              r"(?:centres?|centers?|facilit(?:y|ies)))?)\b")
# ... the act of its own clause: one that opens after the trigger tells another act ("closed
# the road after a shooting that it blamed on X": the shooting's).
CLAUSE_OF_ANOTHER_ACT = r"\b(?:after|before|following|when|while|amid)\b"
# Whom an article holds to be the attacker: "accused Azerbaijan of", "blamed the rebels
# for"; "Armenia's defence ministry denied firing at the city".
ACCUSED_BEFORE = r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?$"
DENIED_AFTER = (r"(?:\s+\w+){0,2}?\s+(?:denied|denies|rejected|rejects)\s+(?:(?:any|that it had|"
                r"that its forces had|having)\s+)?(?:firing|fired|shelling|shelled|attacking|"
                r"attacked|striking|struck|targeting|targeted|bombing|bombed|involvement|"
                r"responsibility)\b")
# A force whose own name a word of a non-state side opens ("the separatist Ambazonia
# Defence Forces", "the rebel Sudan People's Liberation Army"): that side's, no state's
# (as written; `separatist` names separatists, the other words rebels).
NON_STATE_NAME_BEFORE = (r"\b(?:(?P<separatist>[Ss]eparatist|[Bb]reakaway)|[Rr]ebel|[Ii]nsurgent|"
                         r"[Jj]ihadist|[Ii]slamist)\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
# Who stopped a weapon told of before: "The missile was intercepted by the coalition's air
# defences" (the interceptor acts; the side that fired is whom it acted against).
DISRUPTED_BY = (r"\b(?:intercepted|shot down|downed|destroyed|jammed)\s+(?:[\w'-]+\s+){0,3}?"
                r"by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$")
# Forces that came when it was over did not meet a crowd: "before police arrived".
CAME_AFTER_BEFORE = r"\b(?:before|until|by the time)\s+(?:the\s+)?(?:\w+\s+)?$"
# Words of forces acting on a crowd: "police dispersed", "clashes with the police".
INTERVENES = (r"(?:\b(?:dispers\w*|tear ?gas|water cannons?|rubber bullets|stun grenades?|"
              r"pepper spray|batons?|intervened|intervention|arrest\w*|detain\w*|broke up|"
              r"cracked down|crackdown|clash\w* with|scuffles? with|fired|shot|used force|"
              r"pushed back|blocked|cordoned|(?:took|take|taking|regained) control)\b)")
# Before forces, these make them what a crowd acted against: "stones thrown at the police",
# "brawled with policemen".
AIMED_AT = r"\b(?:at|against|with|on)\s+(?:the\s+)?$"
# Harm a crowd does to people or property: whose it was is a civilian's (ACLED).
DAMAGED = (r"\b(?:damag(?:ed|ing)|vandali[sz](?:ed|ing)|torch(?:ed|ing)|set fire to|"
           r"set (?:\w+ )?(?:alight|ablaze|on fire)|burn(?:ed|t) down|loot(?:ed|ing)|"
           r"smash(?:ed|ing)|ransack(?:ed|ing)|attack(?:ed|ing)|assault(?:ed|ing)|"
           r"beat(?:en|ing)?|(?:threw|hurled|throwing|hurling) (?:[\w-]+ ){1,3}?at|stoned|"
           r"broke into|stormed)\b")
# ... and the dead it made, told in its own sentence: "a mob lynched a man".
KILLED_BY_CROWD = r"\b(?:lynch(?:ed|ing)|kill(?:ed|ing)|murder(?:ed|ing)|hack(?:ed|ing) to death)\b"
# What a crowd acts against is its grievance, not whom it harmed: "blocked roads to protest
# against the closing of a clinic".
GRIEVANCE_BEFORE = (r"\b(?:against|over|denouncing|demanding|calling\s+(?:on|for)|urging)\s+"
                    r"(?:\w+\s+){0,5}$")
# People arrested at a protest are its protesters: "detained dozens of people at the rally".
AT_PROTEST = (r"\b(?:at|during|after|in)\s+(?:the|a|an|their|this|that)\s+(?:\w+\s+)?"
              r"(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|sit ins?|pickets?)\b")
# People named as a group of them are a crowd: "two groups of locals" (rioters, in a fight).
GROUP_OF = r"\b(?:groups?|gangs?|crowds?|mobs?|bands?)\s+of\s+(?:\w+\s+)?$"
# Aircraft with crews, which states fly and armed groups rarely do (drones they fly often):
# an air strike told with a state's forces and a group's is the state's.
CREWED_AIRCRAFT = (r"\b(?:air ?strikes?|air ?raids?|warplanes?|(?:fighter )?jets?|helicopters?|"
                   r"bombers?|aircraft|aerial bombardments?)\b")
# A fight between two crowds: each is rioters (ACLED).
FIGHT = r"\b(?:clash\w*|fight\w*|fought|brawl\w*|scuffles?|skirmish\w*)\b"
# An act from afar that two sides named together did as one ("Syrian and Russian warplanes
# struck X"), unless to each other ("shelled each other's positions").
ONE_SIDED_ACT = (r"\b(?:shell(?:ed|ing|s)?|bomb(?:ed|ing|ings|s)?|struck|strikes?|airstrikes?|"
                 r"air raids?|pounded|fired (?:rockets|missiles|shells|artillery))\b")
EACH_OTHER = r"\b(?:each other|one another)\b"
# Who harmed whom, when the sentence counts the dead or wounded apart from its trigger.
HARMED = (r"\b(?:killed|killing|neutrali[sz]ed|wounded|wounding|injured|injuring|abducted|"
          r"kidnapped|"
          r"beat|beating|shot|shooting|stabbed|stabbing|attacked|attacking|assaulted)\s+"
          r"(?:(?:at least|up to|about|some|the|a|an|\d+|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|several|dozens of|[a-z]+ly)\s+)*"
          # (not through a preposition: "killed during a police raid" harmed no police)
          r"(?:(?!(?:by|from|in|at|with|during|after|amid|following|near|under|when|while|"
          r"as|on|into)\s)[a-z']+\s+){0,2}?$")
# ... or the harm after them: "two soldiers were wounded".
HARMED_AFTER = (r"\s+(?:\w+\s+){0,2}?(?:was|were|got|had been|have been|has been)\s+"
                r"(?:\w+\s+)?(?:killed|wounded|injured|hurt|abducted|kidnapped|shot|beaten)\b")

# An armed group the text names by a unit's name of its own, with no state's name in it
# ("members of the Kestrel Brigade", "the Tovin Corps shelled"): a faction of a civil war, a
# rebel group as ACLED codes the named ones; a numbered unit ("the 4th Division") is a
# state's, and so is one named by its arm of service (an army's "General Santander Infantry
# Battalion", named after a general). The unit words, as written, are looked for in the
# article first.
UNIT_WORDS = ("Corps", "Division", "Brigade", "Brigades", "Battalion", "Regiment", "Legion")
NAMED_UNIT = (r"(?<![\w'’-])(?!The )"
              r"(?!(?:\S+ ){0,2}(?:Infantry|Artillery|Armou?red|Mechani[sz]ed|Motori[sz]ed|"
              r"Airborne|Air Assault|Marines?|Cavalry|Engineers?|Commando|Mountain|"
              r"Presidential Guard|Rapid|Intervention|Reaction|Special|Republican Guard) )"
              r"(?:(?:[A-Z][a-z'’-]+|al|el) ){1,3}"
              r"(?:Corps|Division|Brigades?|Battalion|Regiment|Legion)(?![\w'’-])")
NUMBERED_BEFORE = r"\d\w*\s+(?:[A-Z]\w*\s+)*$"

# --- Names of armed groups, state forces and missions known worldwide (as written), with
# their role. Each is written by the names of it that open with no common word ("M23", not
# "March 23 Movement"): a name's first word is looked for in every sentence.

GROUPS = {
    # (Pakistan's Taliban, a movement apart from Afghanistan's)
    r"TTP|Tehr[ei]e?k[ -]e?[ -]?i?[ -]?Taliban(?: Pakistan)?|Pakistani Taliban": (
        "TTP: Tehreek-i-Taliban Pakistan", "rebels"),
    r"Taliban": ("Taliban", "rebels"),
    (r"Islamic State|ISIS|ISIL|Daesh|ISGS|ISWAP|ISKP|IS-K|IS(?= (?:militants?|fighters|group|"
     r"jihadists|cells?|members?|snipers?|gunmen|attackers|assailants|suicide bombers?|"
     r"operatives|elements|remnants))|"
     # (after a preposition "IS" in capitals is no verb: "gunmen believed to belong to IS")
     r"(?:(?<=by )|(?<=to )|(?<=of )|(?<=from )|(?<=with )|(?<=against ))IS\b"):
        ("Islamic State", "rebels"),
    r"[Aa]l[ -]Qa(?:'?e?i|e)da|AQAP|AQIM": ("Al Qaeda", "rebels"),
    r"[Aa]l[ -][Ss]habaa?b": ("Al Shabaab", "rebels"),  # (often "Al-shabaab")
    r"Boko [Hh]aram": ("Boko Haram", "rebels"),
    r"Hamas": ("Hamas", "rebels"),
    # (Iraq's Kata'ib Hezbollah, a militia of its own, is not Lebanon's Hezbollah)
    r"(?:Kataib|Kata'ib|Kata’ib|Kataeb) (?:Hezbollah|Hizbullah|Hizballah)": (
        "Kataib Hezbollah", "militia", "IQ"),
    r"Hezbollah|Hizbullah|Hizballah": ("Hezbollah", "rebels"),
    r"PKK|Kurdistan Workers'? Party": ("PKK: Kurdistan Workers' Party", "rebels"),
    r"FARC": ("FARC", "rebels"),
    r"ELN": ("ELN: National Liberation Army", "rebels"),
    r"JNIM": ("JNIM: Group for Support of Islam and Muslims", "rebels"),
    r"HTS|Hay'?at Tahrir al[ -]Sham": ("HTS: Hayat Tahrir al Sham", "rebels"),
    r"(?:Jabhat )?al[ -]Nusra(?: Front)?|Nusra Front": ("Al Nusra Front", "rebels"),
    r"Ansar(?:oul|ul|u) Islam": ("Ansaroul Islam", "rebels"),
    # ("ADF" alone is also others' acronym: only as armed men, "ADF rebels")
    (r"Allied Democratic Forces|ADF(?= (?:rebels|militants|fighters|combatants|insurgents|"
     r"militiamen|militia|attackers|assailants|elements|members))"): (
        "ADF: Allied Democratic Forces", "rebels"),
    r"M23": ("M23: March 23 Movement", "rebels"),
    r"NPA|New People'?s Army": ("NPA: New People's Army", "rebels"),
    r"Abu Sayyaf": ("Abu Sayyaf", "rebels"),
    r"Arakan Army": ("Arakan Army", "rebels"),
    # (its forces, from 2021 the Tigray Defence Forces, are the region's people's forces)
    (r"TPLF|TDF|Tigray People'?s Liberation Front|Tigray Defen[cs]e Forces"
     r"|Tigrayan(?= (?:forces|fighters|rebels|troops))"): (
        "TPLF: Tigray People's Liberation Front", "rebels"),
    r"Kachin Independence Army": ("KIA: Kachin Independence Army", "rebels"),
    r"KNU|KNLA": ("KNU: Karen National Union", "rebels"),
    r"BLA|Baloch Liberation Army": ("BLA: Baloch Liberation Army", "rebels"),
    r"SDF|QSD": ("QSD: Syrian Democratic Forces", "rebels"),
    r"NAF|(?:Donbass?|Donetsk|Luhansk|Lugansk) People'?s Militia": (
        "NAF: United Armed Forces of Novorossiya", "rebels"),
    r"Wagner(?: Group)?": ("Wagner Group", "external"),
    # (Russia's force in the Sahel after Wagner, though its name is a unit's)
    r"Africa Corps": ("Africa Corps", "external"),
    # (Myanmar's armed resistance to the junta, and the junta's own militias)
    (r"People'?s Defen[cs]e Forces?|PDFs?(?= (?:fighters|forces|troops|militia|soldiers|"
     r"members|units|combatants|rebels|insurgents))"): (
        "PDF: People's Defense Force", "rebels", "MM"),
    r"Pyu Saw Htee": ("Pyu Saw Htee", "militia", "MM"),
    # (Ethiopia's Amhara militias; "Fano" alone is also a town in Italy)
    (r"Fano(?= (?:militia\w*|fighters|forces|militants|rebels|insurgents|gunmen|members|"
     r"groups?|units|combatants))|(?<=the )Fano\b"): ("Fano Militia", "communal militia", "ET"),
    # (Burundi's ruling party's youth wing, a militia to ACLED)
    r"Imbonerakure": ("Imbonerakure", "militia", "BI"),
    # (Mali's Dogon hunters' militia)
    r"Dan Na Ambassagou": ("Dan Na Ambassagou", "communal militia", "ML"),
    # (the armed groups that fight beside the Congolese army)
    r"Wazalendo": ("Wazalendo", "militia", "CD"),
    # (the Philippines' Moro armed groups)
    r"BIFF|Bangsamoro Islamic Freedom Fighters": (
        "BIFF: Bangsamoro Islamic Freedom Fighters", "rebels", "PH"),
    r"MILF|Moro Islamic Liberation Front": ("MILF: Moro Islamic Liberation Front", "rebels", "PH"),
    # (Nigeria's vigilantes who fight beside the army against Boko Haram)
    r"CJTF|Civilian Joint Task Force": ("CJTF: Civilian Joint Task Force", "militia", "NG"),
    # (cartels and gangs, political militias to ACLED)
    r"Sinaloa Cartel": ("Sinaloa Cartel", "militia", "MX"),
    r"CJNG|Jalisco New Generation Cartel": ("CJNG: Jalisco New Generation Cartel", "militia", "MX"),
    r"Clan del Golfo|Gulf Clan": ("Clan del Golfo", "militia", "CO"),
    r"Viv Ansanm": ("Viv Ansanm", "militia", "HT"),
    # (Burkina Faso's civilian auxiliaries of the army, a pro-government militia to ACLED)
    r"VDP|Volunteers for the Defen[cs]e of the Homeland": (
        "VDP: Volunteers for the Defense of the Homeland", "militia", "BF"),
    # (Sudan's paramilitary, at war with the army since April 2023; "RSF" alone is also
    # Reporters Without Borders, so only as a force: "RSF fighters", "the RSF")
    (r"Rapid Support Forces|RSF(?= (?:fighters|forces|troops|militia|militiamen|paramilitar\w*|"
     r"soldiers|members|units|commanders?|positions|bases|vehicles|drones?|assaults?|attacks?|"
     r"offensives?|raids?|shelling|advances?|artillery|shells|rockets?|mortars?|snipers?|"
     r"gunmen|checkpoints?))|(?<=the )RSF|(?<=The )RSF"): (
        "Rapid Support Forces", "rebels"),
    # State forces known by their own names, with their state's ISO code.
    r"FARDC": ("Military Forces of Democratic Republic of the Congo", "military", "CD"),
    r"FAMa": ("Military Forces of Mali", "military", "ML"),
    r"SAF": ("Military Forces of Sudan", "military", "SD"),  # (Sudan's army, at war with the RSF)
    r"UPDF": ("Military Forces of Uganda", "military", "UG"),
    r"KDF": ("Military Forces of Kenya", "military", "KE"),
    r"FADM": ("Military Forces of Mozambique", "military", "MZ"),
    r"RDF": ("Military Forces of Rwanda", "military", "RW"),
    r"FACA": ("Military Forces of Central African Republic", "military", "CF"),
    r"ENDF": ("Military Forces of Ethiopia", "military", "ET"),
    r"ANDSF|ANSF": ("Military Forces of Afghanistan", "military", "AF"),
    r"SSPDF": ("Military Forces of South Sudan", "military", "SS"),
    r"Tatmadaw": ("Military Forces of Myanmar", "military", "MM"),
    r"IDF": ("Military Forces of Israel", "military", "IL"),
    # (Israel's air defence system, by its name: "the Iron Dome intercepted two rockets")
    r"Iron Dome": ("Military Forces of Israel", "military", "IL"),
    r"IRGC|(?:Islamic )?Revolutionary Guards?(?: Corps)?": (
        "Military Forces of Iran", "military", "IR"),
    r"CRPF": ("Police Forces of India", "police", "IN"),
    r"Border Security Force": ("Military Forces of India", "military", "IN"),
    # (a state's paramilitary, though its name is a unit's)
    r"Frontier Corps": ("Military Forces of Pakistan", "military", "PK"),
    r"LNA": ("Military Forces of Libya (Haftar faction)", "military", "LY"),
    r"GNA": ("Military Forces of Libya (GNA)", "military", "LY"),
    # (Yemen's Houthi movement rules Sanaa as a state: its forces are one side of Yemen's two,
    # apart from the government's)
    r"Houthis?|Ansar ?Allah": ("Military Forces of Yemen (Houthi)", "military", "YE"),
    # Missions of the United Nations and the African Union.
    r"AMISOM|ATMIS": ("AMISOM: African Union Mission in Somalia", "peacekeepers"),
    r"MINUSMA|MONUSCO|MINUSCA|UNMISS|UNIFIL": ("United Nations peacekeepers", "peacekeepers"),
    # NATO's and the European Union's missions (Kosovo, Bosnia).
    r"KFOR": ("KFOR: NATO Kosovo Force", "peacekeepers"),
    r"EUFOR": ("EUFOR: European Union Force", "peacekeepers"),
}

# What, right before a group's name, makes the words its enemies' (folded: "anti-Houthi
# forces" are not the Houthis).
GROUP_ENEMIES_BEFORE = r"\banti\s$"

# --- The names an actor is given in the tables (ACLED's style): `{country}` is the
# country's or people's place name; the second form is for an actor whose country the text
# does not give.

NAMES = {
    "military": ("Military Forces of {country}", "Military Forces"),
    "police": ("Police Forces of {country}", "Police Forces"),
    "government": ("Government of {country}", "Government"),
    "peacekeepers": ("Peacekeeping Forces of {country}", "Peacekeeping Forces"),
    "external": ("Foreign Forces ({country})", "Foreign Forces"),
    "private security": ("Private Security Forces ({country})", "Private Security Forces"),
    "separatists": ("Separatists ({country})", "Separatists"),
    "rebels": ("Rebels ({country})", "Rebels"),
    "armed group": ("Unidentified Armed Group ({country})", "Unidentified Armed Group"),
    "militia": ("Militia ({country})", "Militia"),
    "communal militia": ("Communal Militia ({country})", "Communal Militia"),
    "rioters": ("Rioters ({country})", "Rioters"),
    "protesters": ("Protesters ({country})", "Protesters"),
    "civilians": ("Civilians ({country})", "Civilians"),
    "property": ("Civilians ({country})", "Civilians"),
    "post": ("Military Forces of {country}", "Military Forces"),
    "police post": ("Police Forces of {country}", "Police Forces"),
}
