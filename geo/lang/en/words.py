"""English words and phrases the events stage reads, apart from the trigger table.

Each name is used by `geo.events` under the same name: a string is a regular expression over
folded text (lower case, hyphens as spaces) unless its comment says "as written"; a
frozenset is a set of folded words. A new language gives the same names.
"""

from geo.lang.en.dates import MONTHS as _CALENDAR_MONTHS

# --- Sentences (as written)

# Words whose dot never ends a sentence, and words whose dot does not before a number.
TITLES = frozenset("mr mrs ms dr prof gen col lt sgt capt maj rev st mt ft jr sr gov sen rep "
                   "adm cmdr brig lieut pres sec messrs mme mlle pvt cpl insp supt".split())
BEFORE_NUMBERS = frozenset("no nos vol art fig p pp jan feb mar apr jun jul aug sep sept oct "
                           "nov dec".split())
NEVER_LAST = frozenset("e.g i.e vs approx cf incl".split())
# After a dotted acronym ("U.S."), a sentence goes on unless one of these opens the next.
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i in on at but and this that these those his her their its "
    "there however meanwhile after before when while as according officials some many "
    "several one two three both all most if".split())
# What ends a sentence (as written): a stop, with the quotes or brackets that close after it.
SENTENCE_BREAK = r"[.!?…]+[\"'”’)\]]*(?=\s)"
# Words a sentence does not end with (as written): a line ending so is cut mid-sentence.
OPEN_END = (r"(?i)(?:,|-|\b(?:the|a|an|of|to|in|on|at|for|and|or|but|with|by|from|that|which|"
            r"who|its|their|his|her|was|were|is|are|has|have|had))$")
# A link to another story ("Read more: ..."): its places are that story's, not this one's.
LINK_TO_ANOTHER_STORY = (r"\W*(?:read more|read also|also read|see also|"
                         r"related(?: articles?| stories| news)?|more on this(?: story)?|"
                         r"recommended)\s*:")
# An editor's note, or a link to another story, not news.
EDITORIAL = (r"\W*(?:correction|clarification|editor's note|update)\b|"
             rf"{LINK_TO_ANOTHER_STORY}|"
             # a photo's caption tells what the picture shows, no event of its own (not a
             # credit in brackets before the text: "(Image: X) Police closed the road")
             r"(?:(?:photo |picture |image )?caption|photo|picture|image)\s*:")

# A short paragraph that ends with a photographer's credit is a photo's caption, labelled
# or not (as written): "... in Jenin, September 12, 2023. REUTERS/Stringer", "(AP Photo/A.
# Name)", "Photograph: Stringer/EPA", "Handout via REUTERS".
_PHOTO_AGENCIES = r"(?:REUTERS|Reuters|AFP|EPA|AP|Getty Images|Anadolu|XINHUA|Xinhua|TASS)"
PHOTO_CREDIT_END = (rf"(?:\b{_PHOTO_AGENCIES}/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}|"
                    rf"\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}/{_PHOTO_AGENCIES}|"
                    rf"\((?:AP|AFP|Reuters|Getty) Photo[^)]*\)|\bvia {_PHOTO_AGENCIES})\s*$")
# ... or that opens with the word a saved page puts before a caption: "[Photo] Police block
# the road, Monday.", "Caption: Residents shelter in a basement".
# (or a bracket that holds the whole caption: "[Image: Rescue workers search ...]")
CAPTION_OPENING = (r"[ \t]*(?:\[(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Cc]aption)"
                   r"(?:[^\]\n]{0,30}\]|(?: [Cc]aption)?\s*:)|"
                   r"(?:[Pp]hoto|PHOTO|[Cc]aption|CAPTION|[Ii]mage|[Pp]ictured)\s*:)")

# --- Clauses and whether an event is asserted

# What ends a clause (as written, any case).
CLAUSE_BREAK = (r"(?i)[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\sand that\s|\s(?:but|while|whereas|although|"
                r"though|"
                r"however|as|when|after|before|because|since|which|who|where)\s")
# A relative clause's own verb: "the heights that had been held by X since 1992".
RELATIVE_VERB = r"\b(?:that|which|who)\s+(?:had|has|have|was|were|is|are)\b"
# The words that open a relative clause (folded), as the clause breaks find them ("where"
# after a comma only: "X, where the government sits since last year," tells of X; "a
# monastery where villagers were sheltering on Sunday" goes on telling the act).
RELATIVE_OPENING = r"\b(?:which|who|whom|whose|that|(?<=,\s)where)\s*$"
# A relative clause that tells what was under way when the act befell ("detained six
# soldiers who were laying mines on Thursday"): its time is the act's too.
UNDER_WAY = r"(?:was|were)\s+\w+ing\b"
# A relative clause's first word, where a noun's own words end: "a man who was abducted".
RELATIVE_PRONOUN = r"\b(?:which|who|whom|whose)\b"
# A relative clause in the passive with no comma before it, up to a date in it: "a city that
# was captured by Armenian forces in July 1993" (the date is the city's past, no time of
# what the sentence goes on to tell).
RESTRICTIVE_RELATIVE_BEFORE = (r"\b(?:that|which|who|whose\s+[a-z'-]+(?:\s+[a-z'-]+)?)\s+"
                               r"(?:was|were|had\s+been|has\s+been|"
                               r"have\s+been)\s+[a-z]+(?:ed|en|wn|ld|ht|ck|ut)\b[^,;:.]{0,80}$")
# A clause that opens with a past participle and its time or agent tells a fact about the
# noun before it ("the protocols, signed in 2009, ..."): its date is that fact's.
PARTICIPLE_OPENING = r"\s*[a-z]+(?:ed|en)\s+(?:in|on|by|at|during|since)\b"
# ... and so does a participle right after an agreement's or a law's noun, with no comma:
# "under an agreement reached in 2020" (the date is the agreement's).
MADE_ON_BEFORE = (r"\b(?:agreements?|deals?|accords?|ceasefires?|truces?|treat(?:y|ies)|"
                  r"statements?|declarations?|laws?|decrees?|protocols?|resolutions?)\s+"
                  r"(?:\w+\s+)?(?:reached|signed|agreed|brokered|concluded|adopted|passed|"
                  r"struck|issued)\s+(?:in|on)\s+$")
# (As written) a name followed by these is where the event of the clause they open
# happened: "Sotk, where the clash took place".
WHERE_OPENING = r"(?i)\s*,\s*(?:where|wherever)\b"
# A relative clause that dates its noun: "the talks, which began on Friday".
BEGAN_AT = r"\s*(?:began|started|opened|took place|were held|was held)\b"
# A negator over a list that ends at the trigger: "no deaths, injuries or arrests".
NEGATED_LIST = r"\b(?:no|without)\s+(?:[\w-]+\s*,\s*){0,4}[\w-]+\s+(?:or|nor|and)\s+$"
NEGATORS = frozenset("not never no without neither nor nobody none nothing cannot hardly".split())
# Verbs that end what follows them: "ended the blockade", "stopped shelling", "police removed
# the barricade" (but "stopped and looted a boat" is two acts).
# (a deal "freezes the fighting along current lines": an end to it, no fighting)
ENDERS = frozenset("end ended ending ends halt halted stop stopped cease ceased lift lifted "
                   "freeze freezes froze freezing "
                   "removed dismantled cleared "
                   "lifting cancelled canceled cancelling canceling cancels postponed postponing "
                   "postpones scrapped suspend suspended suspends suspending".split())
# A force that ended a gathering met one that was held: "police cleared a road blockade".
FORCE_ENDED_BEFORE = (r"\b(?:police(?:men)?|officers|security forces|soldiers|troops|gendarmes?|"
                      r"gendarmerie)\s+(?:\w+\s+){0,3}?(?:cleared|removed|dismantled|lifted|"
                      r"ended|stopped)\s+(?:\w+\s+){0,3}$")
# (what was cancelled or suspended did not happen either)
# ... and phrasal verbs that do the same: "called off peace talks", "broke off the talks".
ENDER_PHRASES = (r"\b(?:call(?:ed|s|ing)?|broke|breaks|breaking|put|puts|putting) off "
                 r"(?:[\w-]+ ){0,2}$")
# ... and what is said after an act to end or defer it: "the handover had been postponed".
ENDED_AFTER = (r"(?:\s+of\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)?"
               # (past an aside or a relative clause: "a blockade of the crossing, announced
               # for Saturday, was called off", "a march that relatives had planned for Monday
               # was cancelled")
               # ("a meeting between X and Y in Z, planned for the weekend, was postponed")
               r"(?:(?:\s+[\w'-]+){0,10}?\s*,[^.;:,()]{1,60},|\s+(?:that|which)\s[^.;:,()]{1,60}?|"
               # ("a march against insecurity planned for Friday in the capital was called off")
               r"(?:\s+[\w'-]+){0,4}?\s+(?:planned|scheduled|announced|called|set|due)\s+"
               r"(?:for|on|in)\s+[^.;:,()]{1,50}?)?"
               r"\s+(?:(?:has|had|have|was|were|is|are)\s+(?:been\s+)?(?:postponed|delayed|"
               r"deferred|cancell?ed|called off|put off|suspended|scrapped)\b|"
               # ... or never held: "a meeting in X, Y, in October did not take place"
               r"(?:[^.;:]{0,60}?\s)?(?:did not|didn't|never) (?:take place|happen|go ahead)\b)")
# A statement whose words are a protest, not a deal: "signed a joint statement condemning".
PROTESTING_AFTER = (r"\s+(?:condemning|denouncing|critici[sz]ing|protesting|demanding|urging|"
                    r"calling (?:for|on))\b")
# Who gave himself up to the police was arrested: "the suspect surrendered to police".
TO_THE_POLICE_AFTER = (r"\s+(?:(?:himself|herself|themselves)\s+)?to\s+(?:the\s+)?(?:\w+\s+)?"
                       r"(?:police|authorities|officers|detectives|troopers|deputies|sheriff)\b")
# Modal verbs, as written: "May" is the month.
MODALS = frozenset("may might could would will shall should can must 'll 'd".split())
NOT = frozenset("not no never cannot".split())
# What someone stood against, hailed or mourned, told with no day of its own ("posters
# against the military coup", "celebrated the withdrawal of foreign troops", "a funeral
# for the victims of the missile attacks on X"; but "protested against the shelling of
# their town on Friday" tells the shelling).
STOOD_FOR_BEFORE = (r"\b(?:(?:against|denounc(?:ing|ed|es)|condemn(?:ing|ed|s)?|"
                    r"celebrat(?:ed|ing|e)|welcom(?:ed|ing|e)) [\"“]?(?:the|this|that)|"
                    r"victims of (?:the|last|this|that|"
                    r"these|those|[\w-]+'s)) (?:[\w-]+ ){0,2}$")
REFERRED = (r"\b(?:(?:since|until|till|despite) (?:the|this|that) (?:\w+ )?|"
            r"(?:in (?:retaliation|response|revenge)|"
            r"(?:react|respond)(?:ed|s|ing)?) (?:for|to) (?:the |an? )?"
            r"(?:\w+ ){0,2}|"
            # ... and what the act retaliated for did: "in retaliation for the 2 May attack
            # in which gunmen fired at a settler vehicle"
            r"in (?:retaliation|response|revenge) (?:for|to) [^.;:]{0,60}?\b(?:in|during) which "
            r"(?:[\w-]+ ){0,6}|"
            # what an act was a part of: "handed over its base, as part of the mission's
            # withdrawal" (the act is the event, the process it belongs to none)
            r"as (?:a )?part of (?:the |an? |its |their )?(?:[\w-]+(?:['’]s)? ){0,2}|"
            # what someone was held or tried for: "arrested for their part in the protests"
            r"(?:for|over|of) (?:their |his |her |its )?(?:alleged )?(?:involvement|"
            r"participation|role|part|taking part|participating) in (?:the |an? )?"
            r"(?:[\w-]+ ){0,2}|"
            # ... or whom it is tied to: "arrested two suspects linked to the attack", "held in
            # connection with the bombing"
            r"(?:(?:linked|connected|tied) (?:to|with)|in connection with) (?:the|this|that|"
            r"these|those|last [\w-]+'s|[\w-]+'s) (?:[\w-]+ ){0,2}|"
            # ... or who is blamed for it: "police blamed the gang, named after a town in the
            # north, for the attack", "held the rebels responsible for Tuesday's bombing"
            r"(?:blam(?:ed|es|ing)\b[^.;:]{0,100}?|held (?:[\w-]+ ){0,4}?responsible) for "
            r"(?:the|this|that|these|those|last [\w-]+'s|[\w-]+'s) (?:[\w-]+ ){0,2}|"
            # ... or what someone is to pay for: "Armenia would pay a price for the attack"
            r"\b(?:pay|paid|pays|punish(?:ed|es|ing)?|avenge[ds]?|answer) [^.;:]{0,40}?\bfor "
            r"(?:the|this|that|these|those) (?:[\w-]+ ){0,2}|"
            # ... or what people were held or charged over: "60 were detained in X over the
            # airport riot"
            r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|charg(?:ed|es|ing)|jail(?:ed|s|ing)?|"
            r"sentenc(?:ed|es|ing)|convicted) [^.;:]{0,80}?\b(?:over|for) (?:the|this|that|these|"
            r"those|last [\w-]+'s|[\w-]+'s) (?:[\w-]+ ){0,2}|"
            # ... or what an envoy was summoned over: "summoned the ambassador on Wednesday
            # over the drone strike"
            r"\b(?:summon(?:ed|s|ing)|call(?:ed|s|ing) in) [^.;:]{0,80}?\bover (?:the|this|that|"
            r"these|those|last [\w-]+'s|[\w-]+'s) (?:[\w-]+ ){0,2}|"
            # ... or who led it: "arrested six organisers of the march at their homes"
            r"(?:organi[sz]ers?|ringleaders?|leaders?) of (?:(?:the|this|that|these|those|"
            r"last [\w-]+'s|[\w-]+'s) (?:[\w-]+ ){0,2})?|"
            # ... or for bringing it about: "detained for organising a protest"
            r"for (?:allegedly |reportedly )?(?:organi[sz]ing|staging|holding|leading|planning|"
            r"inciting|calling) "
            r"(?:the |an? )?(?:[\w-]+ ){0,3}|"
            # what the event just told was, among others: "It was the deadliest single
            # attack on civilians since ...", "..., in the worst attack since ..." (but "It
            # was the second strike" is another)
            r"\b(?:(?:it|this|that) (?:was|is|became|marked)|in|marking) (?:the|its) (?:[\w-]+ )?"
            r"(?:deadliest|worst|largest|biggest|bloodiest|heaviest|fiercest|latest|"
            r"most (?:serious|intense|violent|deadly|significant))(?: single)? |"
            # what a speaker calls an event told already: "called the strike a deliberate
            # attack on civilians", "described it as an assault"
            r"(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|labell?(?:ed|s|ing)?|brand(?:ed|s|ing)?|"
            r"term(?:ed|s|ing)?) (?:the|it|this|that|these|those|them) (?:[\w-]+ ){0,6}?"
            r"(?:as )?[\"“‘']?an? (?:[\w-]+ ){0,2})$")
# A claim of an act told already: "killing two soldiers; IS claimed the attack", "the group
# claimed responsibility for the bombing" (the act is the event, not a second one). Read
# only after another trigger of the sentence: a claim may be all an article says of an act
# ("X claimed responsibility for the bombing in Y that ...").
# (The act's noun right after its article, or after "responsibility for": not "claimed the
# army had downed a drone", a claim of another act.)
CLAIMED_BEFORE = (r"\b(?:(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|admit(?:ted|s|ting)?|"
                  r"t(?:ook|akes|aking))\s+(?:full\s+)?responsibility\s+for\s+"
                  r"(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?|"
                  r"claim(?:ed|s|ing)?\s+(?:the|this|that|these|those)\s+)$")
# ... and the event itself, named so by a speaker: "called the incursion an encroachment",
# "described the attack as" (told already, when no date of its own follows).
NAMED_SO_BEFORE = (r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|labell?(?:ed|s|ing)?|"
                   r"brand(?:ed|s|ing)?|term(?:ed|s|ing)?) (?:the|this|that|these|those) "
                   r"(?:[\w-]+ ){0,2}$")
# An act a time or a gathering looks back to: "Thursday marks five months since the attack",
# "will mark ten years since X abducted", "a ceremony to remember colleagues killed in 2023"
# (an anniversary or a memorial, not news of the act).
COMMEMORATED_BEFORE = (r"\b(?:(?:years?|months?|decades?) since|(?:to )?(?:remember(?:ing)?|"
                       r"commemorat(?:e|es|ed|ing)|mourn(?:ing)?|honou?r(?:ing)?)|"
                       r"(?:paid|pay|paying) tribute to) (?:[\w-]+ ){0,4}"
                       # (and what befell whom it remembers: "a march commemorating X, who
                       # was shot dead by a police officer in 2008")
                       r"(?:[\w-]+, who (?:(?:was|were|had been) (?:[\w-]+ ){0,2})?)?"
                       # (and its dead: "since the attack of 7 October, in which 1,200 were
                       # killed")
                       r"(?:[^.;:]{0,60}\b(?:in|during) which\b[^.;:]{0,60})?$")
# What a time is counted from, told without a date of its own: "since fighting began",
# "since they captured X" (but "since it fought a war in August 2008" is that war).
SINCE_EVENT = (r"\bsince (?:an? )?(?:\w+ )?$|"
               # ("since Russia launched its full-scale invasion")
               r"\bsince (?:[\w'-]+ ){1,3}?(?:launched|began|started|mounted) (?:its |their |the |"
               r"an? )?(?:[\w-]+ ){0,2}$")
# A state that has gone on since an earlier time, told in a relative clause in the perfect:
# "the road, which has been blocked by protesters since December" (begun then, no act of the
# story's day).
ONGOING_RELATIVE_BEFORE = (r",\s+(?:which|that|who)\s+(?:has|have)\s+(?:been\s+)?"
                           r"(?:[\w-]+\s+){0,4}$|"
                           # ("Russia, whose peacekeepers have been deployed there since 2020")
                           r",\s+whose\s+$")
# A war named by its year, told as a time: "clarified after the 2020 war", "during the
# 1994 war" (its start is an event: "the war broke out").
WAR_AS_TIME_BEFORE = r"\b(?:after|before|following|since|during|in|of) (?:the )?$"
# An act named to say what something else is like: "the war is the worst fighting in the
# region since the 1990s", "it was the heaviest shelling of the city in weeks" (the act it
# renames is told elsewhere, or is no one act at all).
# (or in an apposition after the act: "killing 21, the deadliest single attack since ...")
COMPARED_BEFORE = (r"(?:(?:\b(?:is|was|are|were|has been|have been|had been|became|becomes|"
                   r"marks|marked|remains|remained)|,)\s+|\bone\s+of\s+)(?:the|its|their)\s+"
                   r"(?:[\w-]+\s+)?(?:worst|"
                   r"heaviest|deadliest|fiercest|bloodiest|most\s+(?:intense|serious|violent|"
                   r"severe|deadly)|largest|biggest|longest)\s+(?:single\s+|such\s+)?$|"
                   # ... or one of a series it renames: ", the latest in a series of attacks
                   # on farming communities"
                   r"(?:,|\b(?:is|was|marks|marked))\s+(?:the|its|their)\s+latest\s+(?:in\s+"
                   r"an?\s+(?:series|string|spate|wave|run)\s+of\s+)?(?:[\w-]+\s+)?$|"
                   # ... or to say what a place has been: "Cauca has been the epicentre of
                   # fighting between armed groups since 2016"
                   r"\b(?:is|are|has been|have been|remains|remain)\s+(?:the\s+|a\s+)?"
                   r"(?:[\w-]+\s+)?(?:epicent(?:er|re)|hotbed|flashpoint|cent(?:re|er)|"
                   r"theat(?:re|er))\s+of\s+(?:[\w-]+\s+)?$")
# What the fighting went on in spite of, told without a date of its own: "despite a truce
# agreed in Jeddah", "in violation of a ceasefire" (but "despite a truce signed on 11 May").
CONCEDED_BEFORE = (r"\b(?:despite|in (?:violation|breach) of|notwithstanding) (?:an? )?"
                   r"(?:[\w-]+ )?$")
# What a crowd protested is its grievance, not an event the sentence tells: "protested the
# demolition of their shops" (unless dated: "protested the shelling of X on Sunday").
# A place in what a crowd protested, told between its trigger and the name: "protesting
# against the war in X" (read with the trigger's end: "protested in X" is where).
GRIEVANCE_PLACE_BETWEEN = (r"^[^,;.()]*?\b(?:against|over)\s+(?:[\w'-]+\s+){1,5}"
                           r"(?:in|of|on|at)\s+$")
PROTESTED_BEFORE = (r"\b(?:protest(?:ed|ing)|to protest|(?:rall(?:y|ies|ied|ying)|"
                    r"march(?:ed|es|ing)?|demonstrat(?:e|es|ed|ing))\s+against)\s+"
                    r"(?:against\s+|over\s+)?"
                    r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}$|"
                    # ... where they protested told between: "protested at the assembly in X
                    # over the demolition of their stalls"
                    r"\b(?:protest(?:ed|ing)|rall(?:ied|ying)|march(?:ed|ing)|"
                    r"demonstrat(?:ed|ing))\s+(?:at|in|outside|near|before)\s+[^,;]{1,80}?\s+"
                    r"(?:against|over)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|an?\s+)?"
                    r"(?:[\w-]+\s+){0,2}$|"
                    # ... or told by the protest's noun: "staging a sit-in outside the press
                    # club over enforced disappearances"
                    r"\b(?:sit[ -]?ins?|protests?|rall(?:y|ies)|marches|march|demonstrations?|"
                    r"vigils?|hunger strikes?)\b[^,;.]{0,80}?\s+(?:against|over)\s+"
                    r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}$")
# ... or told by what the crowd came to do, when the sentence gives it no day of its own:
# "demonstrated in X to condemn the air strikes on Y, and in solidarity with the families of
# victims killed in Z".
CAME_TO_CONDEMN_BEFORE = (
    r"\b(?:protest(?:ed|ing)|rall(?:ied|ying)|march(?:ed|ing)|demonstrat(?:ed|ing)|"
    r"gathered)\b[^;.]{0,120}?\s+(?:to\s+(?:condemn|denounce|decry|mourn|commemorate)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}|"
    r"in\s+(?:solidarity\s+with|memory\s+of)\s+[^;.]{0,80}?)$")
# A trigger that holds its own subject and verb ("crowds of miners gathered"): an intention
# earlier in the clause ("in answer to the union's call for a walkout crowds of miners
# gathered") governs another verb, not this one.
OWN_SUBJECT_AND_VERB = (r"(?:crowds?|supporters|activists)\b.*\b(?:gathered|assembled|massed|"
                        r"marched|rallied)")
DENIAL = (r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
          r"refut(?:e|es|ed|ing)|false(?:ly)?|fake|untrue|baseless|unfounded|"
          r"fabricat(?:ed|ion)|disinformation|misinformation|fantasy|fiction|nonsense|"
          r"no (?:evidence|sign|signs|"
          r"indication|reports?)|nothing to suggest|rumou?rs?|hoax)\b")
# Sides blaming each other name no act of their own: "with both sides accusing each other of
# shelling" (the acts, if any, are told where one side says where).
MUTUAL_BLAME_BEFORE = (r"\b(?:accus\w*|blam\w*) (?:each other|one another) (?:of|for) "
                       r"(?:[\w-]+ ){0,3}$")
# A claim of one's own after a denial, which the denial does not govern: "denied any
# involvement and said X had shelled Y".
CLAIM_AFTER_DENIAL = (r"\b(?:and|but) (?:\w+ )?(?:said|says|claimed|claims|stated|added|"
                      r"insisted|accused|alleged|reported)\b")
INTENTION = (
    r"\b(?:(?:threat(?:en|ens|ened|ening)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|"
    r"vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|want(?:s|ed)?|"
    r"seek(?:s|ing)?|sought|aim(?:s|ed)?|"
    r"prepar(?:e|es|ed|ing)|ready|refus(?:e|es|ed|ing)|fail(?:s|ed)?|hop(?:e|es|ed|ing)|"
    r"expect(?:s|ed)?|likely|set|order|so as|attempt(?:s|ed)?|tr(?:y|ies|ied)|meant|"
    r"designed|intended|supposed|prove|proving|agree|agrees|agreed|agreeing) to|purpose of|"
    # ("are due to hold talks": still to come; not "died due to his wounds")
    r"(?:is|are|was|were) (?:due|scheduled) to|"
    # (what suspects "were planning" was not done: "were planning attacks")
    r"(?:was|were|is|are|had been) (?:planning|plotting|preparing)(?= (?:\w+ )?$)|"
    r"in order to|"
    r"(?:order(?:s|ed|ing)?|ask(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
    r"told|tell(?:s|ing)?|instruct(?:s|ed|ing)?|allow(?:s|ed|ing)?) (?:\w+ ){0,3}?to"
    r"|call(?:s|ed|ing)? (?:for|on|to)|appeal(?:s|ed|ing)? (?:for|to)|urg(?:e|es|ed|ing)|"
    # (a march or a strike someone "called" is yet to be held: "have called a march")
    r"call(?:s|ed|ing)?(?= (?:(?:an?|new|further) (?:[\w-]+ )?)?$)|"
    # (and one threatened: "has threatened more protests next week")
    r"threat(?:en|ens|ened|ening)(?= (?:(?:an?|more|new|further|fresh|mass) (?:[\w-]+ )?)?$)|"
    r"demand(?:s|ed|ing)?|"
    r"warn(?:s|ed|ing)? (?:of|against|that)|risk(?:s|ed)? of|fears?|feared|threat of|"
    r"possib(?:le|ility|ly)|potential(?:ly)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
    # ("the port, spared a government assault by the deal": the assault never came)
    r"spar(?:ed|ing)|"
    r"ahead of|in preparation for|ultimatum|in case of|in the event of)\b")
# What someone proposed is not done, in every clause the proposal holds: "proposed that
# both armies pull back and that observers be deployed" (not an act told as its time,
# "proposed talks after shelling killed two").
PROPOSED_BEFORE = (r"\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing))\s+(?:[\w,]+\s+){0,4}?that\s+"
                   r"(?:(?!(?:after|before|while|as|since|because|when|following)\b)[^;.])*$")
# What a death before a protest did to it: "the police killing of a man sparked protests".
SPARKED_BETWEEN = r"\b(?:sparked|triggered|prompted|provoked|set off|fuell?ed)\b"
# Losses a side keeps to itself tell no act: "Azerbaijan has not disclosed its own military
# casualties", "the army has yet to release its losses".
UNTOLD_COUNT_BEFORE = (r"\b(?:not|never|yet\s+to|refus\w*\s+to|declin\w*\s+to)\s+(?:\w+\s+)?"
                       r"(?:disclos\w*|reveal\w*|releas\w*|publish\w*|give|given|announc\w*|"
                       r"confirm\w*)\s+(?:(?:its|their|the|own|any|military|official|civilian|"
                       r"total|full)\s+){0,4}$")
# An act that another is aimed at, when told by its gerund: "an assault aimed at seizing
# land" (not "tear gas aimed at protesters").
AIMED_AT_BEFORE = r"\b(?:aim(?:s|ed|ing)?|designed|intended|meant)\s+at\s+$"
# Within a trigger's own words: "people hoping to leave", "the population wants to leave",
# "residents refuse to leave" (a wish, a plan or a refusal: not done).
WISH_TO = (r"\b(?:want|wants|wanted|wanting|hope|hopes|hoped|hoping|plan|plans|planned|planning|"
           r"intend\w*|wish\w*|ready|likely|prepared|expect\w*|seek\w*|sought|chose|choose|"
           r"trying|tried|try|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|unable|afraid)\s+to\b")
CONDITIONAL = r"\b(?:if|unless|whether|in case|in the event)\b"
# What has not happened yet, told in a clause of time in the present: "before the district
# is handed over", "until the villages are returned" (but "before the town was captured").
# A gathering named and then told to come: "talks are due to be held in X on Thursday", "a
# rally will take place on Sunday" (not yet held).
TO_COME_AFTER = (r"(?:\s+[\w'-]+){0,8}?(?:\s*,[^.;:,()]{1,60},)?\s+(?:will|would|shall|is|are)\s+"
                 r"(?:now\s+|also\s+|soon\s+)?"
                 r"(?:(?:due|scheduled|planned)\s+(?:to|for|on|in)\b|(?:(?:set|expected)\s+to\s+)?"
                 r"(?:be\s+held|take\s+place|begin|start|open|resume|convene|meet)\b)")
NOT_YET_BEFORE = (r"\b(?:before|until|till)\s+(?:\w+\s+){0,4}?(?:is|are)\s+(?:\w+\s+)?$")
DENIED_AFTER = (r"^(?:\W+\w+){0,4}?\W+(?:(?:was|were|has been|have been) (?:denied|rejected|"
                r"dismissed)|(?:is|was|were|are) (?:false|untrue|baseless|fake)|did not happen|"
                r"never happened|not true|stops|ends|ceases|is over)\b")
# A taking the other side denies: "a claim Armenia denied", "which Baku rejected", "denied
# the town had fallen", "denied losing the village".
CLAIM_DENIED = (r"\b(?:(?:a |the )?claims? (?:that )?(?:\w+ ){0,4}?(?:denied|rejected|disputed|"
                r"dismissed)|(?:which|but) (?:\w+ ){0,4}?(?:denied|rejected|disputed)\b(?! \w+ed)|"
                r"den(?:ied|ies|y) (?:that )?(?:the |its |their )?(?:\w+ ){0,3}?(?:had )?"
                r"(?:fallen|been (?:captured|taken|lost|seized)|changed hands)|"
                r"den(?:ied|ies|y) (?:losing|(?:the|this|that|these|those) (?:claims?|reports?)))")
# A report named before what it says, called false after it in the sentence: "the
# information that X opened fire on Y on Monday does not correspond to reality".
REPORT_THAT_BEFORE = (r"\b(?:information|reports?|claims?|allegations?|statements?|"
                      r"assertions?|accusations?)\b[^.;:]{0,100}?\bthat\s+(?:[\w',-]+\s+){0,10}$")
CALLED_FALSE_AFTER = (r"\b(?:(?:does|do|did) not (?:correspond to|reflect) (?:the )?reality|"
                      r"(?:is|are|was|were) (?:false|untrue|baseless|groundless|fake|a lie|"
                      r"disinformation|not true|not confirmed))\b")
# A document named by its date ("in violation of the Trilateral Statement of 9 November
# 2020", "the Order of the Court of 22 February 2023"): the date is the document's.
DOCUMENT_OF_BEFORE = (r"\b(?:statement|agreement|order|decree|resolution|deal|accord|"
                      r"declaration|memorandum|treaty|ruling|decision)\s+(?:[\w'-]+\s+){0,7}?"
                      r"of\s+(?:the\s+)?$")
# A claim the text itself calls false: "a claim that was debunked", "called it a lie".
DEBUNKED = (r"\b(?:debunked|a (?:total |complete |blatant )?lie|lies|denied by|refuted by|"
            r"dismissed (?:it )?as)\b")
# "has been hit several times": a tally, not one event.
HABITUAL = (r"\W*(?:\w+\W+){0,2}?(?:several|many|multiple|numerous|countless|dozens of|"
            r"a number of) times\b|\W*(?:\w+\W+){0,2}?(?:repeatedly|regularly|frequently|"
            r"routinely|periodically|every day|every night|(?:almost|nearly) daily|"
            # (not a bare "daily": "the daily Sabah reported")
            r"on a daily basis)\b|\W*(?:\w+\W+){0,2}?(?:in|of|over) recent (?:years|months|weeks|"
            r"decades)\b|"
            # "shooting at farmers has become frequent"
            r"\W*(?:\w+\W+){0,3}?(?:has|have|had) become (?:\w+ )?(?:frequent|common|"
            r"commonplace|routine|regular|a daily occurrence|daily)\b")
# ... and told before it, in its clause: "every night we hear explosions".
HABITUAL_BEFORE = (r"\b(?:every|each) (?:single )?(?:day|night|morning|evening|week)\b|"
                   r"\b(?:night after night|day after day|nightly)\b")
# "daily shelling has emptied the streets" (not "the daily Sabah reported shelling"): a habit,
# unless the sentence dates it ("staged daily sit-ins between 1 and 3 May").
DAILY_BEFORE = r"\bdaily (?:[\w-]+ )?$"
# An exercise's scenario: "soldiers will practise evacuating casualties".
REHEARSED = r"\b(?:practi[cs](?:e|es|ed|ing)|rehears\w*|simulat\w*|scenarios?)\b"
SEEN_HEARD = r"\b(?:could|can) (?:\w+ )?(?:be )?(?:heard|seen)\b"
# "to start negotiations", "to resume talks": what is yet to begin has not happened.
BEGIN_VERBS = frozenset("start begin launch resume".split())
MAKES_INFINITIVE_REAL = frozenset("forced force forcing began begun begin begins started start "
                                  "starts continued continue continues had has have managed "
                                  "used using helped compelled obliged made".split())
HABITS = frozenset("regular regularly annual yearly routine routinely periodic periodically "
                   "sporadically often usually sometimes frequently occasionally always".split())
# A span of time summed up before the news: "after two days of fighting", "spent nine months
# under blockade", "followed weeks of negotiations"; or many acts told as one ("follows a
# series of clashes", "amid a spate of kidnappings").
BACKGROUND = (r"\b(?:after|following|followed|follows|follow|despite|amid|spent|spending|"
              r"endured|ending|ended|"
              r"ends|end) (?:\w+ ){0,3}?(?:(?:hours?|days?|weeks?|months?|years?|decades?) "
              r"(?:of|under|in)|(?:series|spate|string|wave|succession|cycle) of) "
              r"(?:\w+ ){0,2}(?:and (?:\w+ ){0,2})?$")
# A clause of another act joined by "while" after a comma: "a missile struck X, killing two
# workers, while troops pressed on with their assault on Y" (the assault's victims are not
# the strike's dead).
WHILE_APART = r",\s+(?:while|whereas)\s+"
# The dead of many acts told as one, in a clause of their own: "a series of clashes that
# began in May, in which 23 people were killed" (their sum, no one act's).
MANY_ACTS_BEFORE = (r"\b(?:series|spate|string|wave|succession|cycle) of [^.;:]{0,120}?"
                    r"\b(?:in|during|amid) which\b[^.;:]{0,80}$")
# What may stand between armed men and the verb of their flight: "soldiers fled", "the
# policemen who fled", "militants then fled".
ARMED_WHO_FLEE = r"\s+(?:(?:who|that|then|later|had|have|has|quickly|all)\s+){0,2}$"
# Harm done to some of a crowd named before: "Police detained 100 of them, some of whom were
# beaten".
SOME_OF_THEM_BEFORE = (r"\b(?:some|many|several|most|all|few|one|two|three|four|five|\d+|"
                       r"dozens|hundreds) of (?:them|whom)\s+(?:\w+\s+)?$")
# Before an armed group named in a taking's subject, what makes it a target, not the taker:
# "forces launched strikes on positions of the Karabakh defence army and captured X".
TARGET_OF_BEFORE = (r"\b(?:on(?!\s+(?:\w+day|\d+|(?:the\s+)?(?:\d+\w*|night|morning|evening)|"
                    # (a day is no target: "on Sunday militants took the town")
                    r"january|february|march|april|may|june|july|august|september|october|"
                    r"november|december)\b)|against|at|targeting|towards?|"
                    # (not a count of them: "hundreds of fighters stormed the base")
                    r"(?<!hundreds\s)(?<!dozens\s)(?<!thousands\s)(?<!scores\s)(?<!group\s)"
                    r"(?<!column\s)(?<!band\s)of)\s+(?:[\w-]+\s+){0,3}$")
# A flight told as what the doers of an act did next: "the attackers stole gold before
# fleeing", "gunmen shot two men and fled".
FLED_NEXT_BEFORE = r"\b(?:before|and|then|and then|after which)\s+$"
# A flight others force: "troops forced residents to flee" (whoever forced them is armed).
FORCED_OUT = r"(?:forc|order|compel)\w*\b"
# One person, named by a noun no word makes a fighter's ("a tailor", "an imam"): killed by
# armed men, a civilian.
SOMEONE = (r"(?:^|[^\w'])an?\s+(?!(?:\w+\s+)?(?:day|week|month|year|time|few|number|total|"
           r"group)\b)[a-z]{3,}")
# A verb joined to the one before it by "and", which has that one's subject ("militants
# launched a counterattack and reportedly took control of the town").
JOINED_VERB_BEFORE = r"\sand\s+(?:\w+ly\s+)?$"
# What had happened to someone before, told in a clause about them ("a march for two
# farmers, who had been evicted from Kilisar"): their past, not this report's event.
PRIOR_OF_SOMEONE = (r"\b(?:who|whom)\s+had\s+(?:been\s+)?(?:\w+\s+){0,2}$|"
                    # ... or of something, in a relative clause with no pronoun: "Azerbaijan
                    # keeps the areas it captured" (not "the next day they captured")
                    # (nor "the army said it had detained": no verb before the pronoun)
                    r"\bthe\s+(?:\w+\s+){0,2}?(?!(?:day|days|week|weeks|month|months|year|"
                    r"years|night|morning|evening|afternoon|time|times|moment|hour|hours|said|"
                    r"says|say|reported|reports|announced|claimed|claims|added|stated|"
                    r"confirmed|believes|believed|thinks|thought|told|noted|insisted|warned|"
                    r"feared|fears|hoped|denied|admitted|knew|learned|felt|saw|heard|found|"
                    r"showed|estimated|that|because|as|if|while|until|so|but|and|or)\s)"
                    r"\w+\s+(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?$")
# A trigger word after "to" with one of these endings is a noun ("led to clashes").
NOUN_ENDINGS = ("s", "ing", "tion", "ment", "ade", "age", "ure", "ence", "ance")
# "portraits of soldiers killed in 2020", "the names of 600 soldiers killed": the dead
# remembered, not a report of their deaths.
REMEMBERED = (r"\b(?:portraits?|photographs?|photos?|names?|graves?|funerals?|memory|memorial|"
              r"monument|families|relatives|mourn\w*|honou?r\w*|commemorat\w*)\s+(?:of|for)?\s*"
              r"(?:[\w,]+\s+){0,4}$|"
              # ... however long the mourned are told: "the funeral of a reservist from X
              # who was killed in Y"
              r"\b(?:funerals?|graves?|burials?)\s+of\s+[^.;:]{0,80}?\bwho\s+(?:was|were|had\s+been)\s+$")
# An act shown, not reported: "a video shows tanks being hit".
DEPICTED = (r"\b(?:videos?|footage|photos?|photographs?|images?|pictures?|clips?)\b(?:[^.;]{0,60}?"
            r"\b(?:shows?|showed|showing|appears? to show|purport\w* to show|depict\w*)\b|"
            r"\s+of\s+(?:\w+\s+){0,4}$)")
# "the attacked journalists", "its wounded", "our return to other occupied lands", "the
# newly liberated territories", "saw several damaged cars": people, lands and things named by
# what happened to them before.
PARTICIPLE_AS_NAME = (r"\b(?:the|these|those|its|their|our|other|all|several|many|some|"
                      r"numerous|a few|dozens of)\s+(?:(?:newly|formerly|"
                      r"previously|once|recently|temporarily)\s+)?$")
# Another time than the event just told: "in the following days", "hours before the
# operation began" (casualties then are another event's).
LATER = (r"\b(?:in the (?:following|next|coming) days|in the days (?:that )?followed|"
         r"the (?:following|next) day|the day after|(?:hours|days|shortly|just) before (?:the )?"
         r"(?:\w+ ){0,2}?(?:began|started|was launched|opened|broke out))\b")
# A sentence that opens by saying its act was at another place ("Elsewhere, positions
# came under fire"): no event told before, whatever it calls back to.
ELSEWHERE = r"\belsewhere\b"
# "again", "a new attack": a second event, not the first told again.
ANOTHER = (r"\b(?:again|another|new|fresh|second|renewed|more|also|other|smaller|larger|"
           r"separate|separately|further|ensuing|ensued|subsequent)\b")
# The war a clause's dead died in, told before it: "the war, in which 30,000 were killed",
# "last year's war over the enclave, in which 6,500 died" (read in words and stops too: "war
# over the enclave , in which").
WAR_IN_WHICH = (r"\b(?:war|conflict|fighting|hostilities)(?: [\w-]+){0,4}?(?: ?,)? (?:in|during) "
                r"which\b")
# A sum over a war or a span, not one event: "since the fighting began", "in total".
# Spans told back from now: "in the past few weeks", "since Wednesday".
_THE_PAST = r"(?:in|over|during) the (?:past|last) (?:few |two |three |several )?"
_SINCE_WEEKDAY = r"since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "since 27 September", "since Sept. 27": from a day on (the calendar's names of months,
# full and cut short, the longest first)
_ANY_MONTH = "|".join(sorted(_CALENDAR_MONTHS, key=len, reverse=True))
_SINCE_A_DAY = rf"since (?:\d\d? (?:{_ANY_MONTH})\b|(?:{_ANY_MONTH})\.? \d\d?\b)"
# ("since Russia's full-scale invasion": a war's dead; the apostrophe and the hyphen may be
# gone to spaces)
CUMULATIVE = (r"\b(?:since (?:the |[\w-]+(?:['’] ?| )s )(?:[\w-]+ ){0,2}?(?:start|beginning|"
              r"end|war|conflict|fighting|outbreak|escalation|coup|invasion|uprising|takeover|revolution|"
              r"crackdown|occupation)|"
              r"since (?:\w+ ){0,3}?(?:began|started|erupted|broke out|resumed)|so far|to date|"
              # ("since the military seized power": a coup's dead)
              r"since (?:\w+ ){0,3}?(?:seized|took|grabbed) power|"
              # ("in the first three months of the year": a span's)
              r"in the (?:first|last|past) (?:[\w-]+ )?(?:days|weeks|months) of (?:the|this|"
              r"last) year|"
              r"since (?:\w+ ){0,3}?launched (?:its |their |the |a )?(?:[\w-]+ ){0,2}"
              r"(?:invasion|war|insurgency)|"
              # ... and "It has killed 14,000" that opens a sentence: the toll of what the
              # sentence before named (a single strike's is "the strike has killed six")
              r"^it (?:has|had) (?:so far |now |already )?(?:killed|claimed)|"
              r"since (?:\w+ ){0,2}?(?:19|20)\d\d|in (?:the|that|this) (?:\w+ )?(?:war|conflict)"
              r"(?! zone)|"
              # "the war, in which 30,000 were killed"; "killed since last week"
              + WAR_IN_WHICH + "|"
              r"since (?:last|early|late) (?:week|month|year)|since then|"
              # a side's count of its own dead in all: "officials say 480 of their servicemen
              # have been killed"
              r"\d[\d,]* of (?:their|its|our) (?:own )?(?:servicem[ae]n|soldiers|troops|fighters|"
              r"personnel|members) (?:have|has) (?:so far |now |already )?(?:been killed|died)|"
              # "24 had been killed on its side since Wednesday": the days of a fight
              rf"{_SINCE_WEEKDAY}|"
              # a toll brought up to date: "the attack brings to 90 the number killed"
              r"(?:brings?|brought|bringing|raises?|raised|raising) to (?:at least |more than )?"
              r"\d[\d,]* the (?:\w+ )?(?:toll|total|number)\b|"
              # what a war has done in all: "the violence has killed thousands and displaced
              # two million"
              r"(?:war|conflict|fighting|hostilities|violence|insurgency|unrest) (?:has|have) "
              r"(?:so far |now |already )?(?:killed|claimed|displaced|uprooted|forced)|"
              # ... or spread: "the violence has since spread to Niger, killing thousands"
              r"(?:war|conflict|fighting|violence|insurgency|unrest|rebellion) (?:has|have|had) "
              r"since\b|"
              r"(?:war|conflict|violence|insurgency|unrest) (?:[\w-]+ ){1,12}?(?:has|have) "
              r"(?:so far |now |already )?(?:killed|claimed)|"
              # ... or had done: "broke away in a war that killed some 30,000 people"
              r"(?:war|conflict|hostilities|insurgency)(?: [\w-]+){0,4}? (?:that|which) "
              r"(?:has |had )?"
              r"(?:so far |already )?(?:killed|claimed)|"
              # ... and since a day told without its year: "killed since Sept. 27"
              r"since (?:(?:early|late|mid) )?(?:\d{1,2} )?(?:january|february|march|april|"
              r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
              r"jun|jul|aug|sept?|oct|nov|dec)\b(?:\.? ?\d{1,2}\b)?|"
              rf"{_THE_PAST}(?:weeks?|months?|years?)|"
              r"bringing|overall|in total|(?:during|over|in) (?:this|that|the same) "
              r"(?:time|period)|during the (?:entire |whole )?"
              # ("during the final phase of the war": a stage of a war, its toll too)
              r"(?:(?:first|final|last|early|late|later|closing|opening)\s+(?:phase|phases|"
              r"stages?|months|weeks|days|years) of the )?"
              r"(?:war|conflict|fighting|hostilities)|"
              # ("during the two days of fighting": the days' toll)
              r"(?:during|in|over) the (?:\w+ )?(?:days?|weeks?|months?) of (?:fighting|clashes|"
              r"hostilities|the offensive)|throughout the (?:war|conflict)|over the "
              r"course of|(?:\d+|forty four|six) (?:day|week|month) (?:\w+ )?(?:war|conflict))\b")
# A toll over a whole area, no one event's: "32 people died across the region on Tuesday".
AREA_TOLL = (r"\b(?:across|throughout) (?:the )?(?:whole |entire )?(?:region|country|province|"
             r"enclave|territory|front(?: ?line)?)\b")
# A span a perfect tense counts over, in the clause after the act: "has killed 20,000
# people since 2015", "have been killed since the rebellion resumed", "have been killed in
# drone strikes since the conflict began" (a sum, no event).
PERFECT_BEFORE = (r"\b(?:has|have|had)\s+(?:(?:so far|already|now|reportedly)\s+)?(?:been\s+)?"
                  r"(?:[a-z]+\s+){0,3}$")
SPAN_SINCE_AFTER = (r"\s*since\s+(?:(?:\w+\s+){0,2}?(?:19|20)\d\d\b|the\s+(?:start|beginning|"
                    r"outbreak)\b|(?:\w+\s+){1,4}?(?:began|started|erupted|broke out|resumed)\b)")
# ... and for the dead, a day too: "have been killed in attacks since 27 September" (but a
# state since a day is the event begun that day: "has been blockaded since 12 December")
SINCE_A_DAY_AFTER = rf"\s*{_SINCE_A_DAY}"
# The dead counted in a perfect tense, anywhere in the clause before the act that killed
# them: "25 civilians have died in attacks since 27 September".
TOLL_PERFECT_BEFORE = (r"\b(?:has|have|had)\s+(?:(?:so far|already|now|reportedly)\s+)?"
                       r"(?:been\s+)?(?:killed|died|wounded|injured)\b")
# A war as the subject of its killing, an aside between: "the first war over the enclave,
# fought three decades ago, killed about 30,000" (its toll, no one event's dead).
WAR_AS_SUBJECT = (r"\b(?:war|conflict|hostilities|insurgency)\b(?:(?: [\w-]+){0,4}?"
                  r"(?:, [^,.;]{1,40},)?|(?: [\w-]+){0,10}? (?:that|which)) (?:has |had )?"
                  # ("a first war that ended in 1994 and a second in 2020 that killed 6,500")
                  r"(?:so far |already )?(?:killed|claimed)\b")
# A span of days, within which people's flight is one movement still under way ("tens of
# thousands have fled the town in the past week"), where the dead are a tally.
SHORT_SPAN = rf"{_THE_PAST}(?:days?|weeks?)|{_SINCE_WEEKDAY}"
# A running toll that the dead told update: "40 more soldiers were killed, bringing the
# military toll to 604" (with no place of their own, the day's count of a war, no event).
TOLL_UPDATE_AFTER = (r",?\s+(?:bringing|taking|raising|pushing)\s+(?:the|its|their)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:toll|tally)\b")
# A toll revised, in the sentence that counts: "officials first reported three dead; the
# office later raised the toll to four" (the dead of an event told already).
TOLL_REVISED = (r"\b(?:raised|revised|updated|increased|lowered|corrected)\s+(?:the|its|their)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:toll|tally)\b|\b(?:toll|tally)\s+(?:later\s+)?"
                r"(?:rose|climbed|grew|increased)\s+to\b")
# The dead of a whole year, a tally rather than one event's: "1,000 people were killed in
# the state last year" (not "killed last year in an ambush", nor a month of it: "died in
# clashes in July this year").
# (the months' full names, from the calendar: the longest name of each month's number)
_FULL_MONTHS = tuple(max((name for name, number in _CALENDAR_MONTHS.items()
                          if number == month), key=len)
                     for month in range(1, 13))
_NOT_AFTER_A_MONTH = "".join(rf"(?<!{month} )" for month in _FULL_MONTHS)
YEAR_TOLL = (rf"\b{_NOT_AFTER_A_MONTH}(?:last|this|the previous|the past) year\b"
             r"(?! (?:alone|old|in an? |when |after |as ))|"
             # a country's dead of a whole year or month: "were killed across Haiti in 2024",
             # "across the country in July alone"
             # (or a region's: "across the central Sahel in 2024 alone")
             # ("across Haiti between January and March", "across the country this month")
             r"\b(?:across|throughout) (?:the )?(?:[\w-]+ ){1,3}?(?:(?:in|during) (?:(?:19|20)\d\d|"
             rf"{'|'.join(_FULL_MONTHS)})|between (?:{'|'.join(_FULL_MONTHS)}) and "
             rf"(?:{'|'.join(_FULL_MONTHS)})|(?:this|last) (?:week|month|year))\b|"
             # ... or of a whole war: "were killed in last autumn's war", "in the 2020 war"
             r"(?:(?<=killed )|(?<=died ))(?:in|during) (?:the |last |this |a )?"
             r"(?:[\w-]+(?:['’] ?| )s )?"
             r"(?:[\w-]+ ){0,2}?war(?![\w-]| zones?\b| areas?\b)")
# Of the wounded, some died later: dead beyond those the event killed at once, on its day.
WOUNDED_LATER_DIED = (r"\bof (?:them|the (?:wounded|injured)) (?:later |subsequently )?(?:died|"
                      r"succumbed)|\bhospitals?\b[^.;]{0,60}?\bwhere (?:\w+ ){0,5}?(?:later )?died")
# A death of wounds an earlier attack gave, on a later day: that attack's dead.
DIED_OF_WOUNDS = (r"\b(?:died|dies|dying) (?:later )?(?:of (?:his|her|their) (?:wounds|injuries)|"
                  r"in (?:a |the )?hospital)|succumbed to (?:his |her |their )?(?:wounds|injuries)|"
                  # ("died the following day at the X Hospital in Y")
                  r"\b(?:died|dies|dying) (?:later|(?:the )?(?:following|next) (?:day|morning|"
                  r"evening|night)) (?:in|at) (?:a |the )?(?:[\w'-]+ ){0,5}?hospital\b|"
                  + WOUNDED_LATER_DIED)
# The dead of the days since a truce, told as such: "four died in the days after the truce
# took hold" counts a span of its own, not the dead of the violence last told.
AFTER_A_TRUCE = (r"\b(?:since|after) (?:the|a) (?:\w+ )?(?:ceasefire|truce|armistice)s?\b"
                 r"(?! talks| negotiations)")
# Weapons in flight, which air defences intercept: "the missile was intercepted" is the
# attack just told, disrupted.
AIRBORNE_WEAPONS = frozenset("missile missiles rocket rockets drone drones uav uavs "
                             "projectile projectiles".split())
# The dead told of the event just told, by name: "three of its soldiers were killed in the
# incident" (a side's own dead after its attack, in that attack).
IN_THAT_EVENT = (r"\b(?:in|during) (?:the|that|this) (?:same )?(?:incident|attack|assault|"
                 r"clash(?:es)?|fighting|provocation|exchange(?: of fire)?|skirmish(?:es)?|"
                 r"shoot ?out|firefight|battle|operation)\b")
# A tally of what was done since a time, told after its verb: "100,000 have been evacuated
# from the city since then", "the city has been hit four times since the fighting began".
TALLY_SINCE_AFTER = r"(?:\s+[\w'-]+){0,4}?\s+(?:since then|times since)\b"
# A count told as a running total's new figure ("2,317 were killed, an increase of 1,000 on
# the last confirmed toll"), or as what a war has killed, is the war's dead so far, no event's.
RUNNING_TOTAL = (r"\b(?:an increase of|up from|"
                 # a newsroom's or an agency's sum: "according to an AFP tally"
                 r"according to (?:an? |the |its |their )?(?:[\w'’-]+ ){0,3}?(?:tally|count)|"
                 r"(?:previous|last|latest) (?:confirmed )?"
                 r"(?:death )?toll|compared (?:to|with) (?:the )?(?:previous|last|latest)|"
                 # a war's toll: "fighting broke out in May and has killed 5,000"
                 # (or, past a clause on when it began: "the war, which broke out on 15
                 # April, has killed 12,000")
                 r"(?:war|fighting|conflict|hostilities),? (?:[\w.,]+ ){0,8}?(?:has|have) "
                 r"(?:so far |now )?(?:killed|claimed))\b")
# A tally of a war, not one event: "announced its losses in the battles for X".
TALLY = (r"\b(?:losses|casualties|(?<!shot )dead|death toll|toll)\s+(?:\w+\s+){0,3}?"
         r"(?:in|during|of)\s+"
         r"(?:the\s+)?(?:\w+\s+)?$|"
         # ... and the many acts of a long span: "has faced weeks of protests"
         r"\b(?:weeks|months|years|decades)\s+of\s+(?:\w+\s+)?$")
# Who secures traffic or passage for people or aid: access, not a statement of duty.
ESCORTED = r"\b(?:peacekeep\w*|humanitarian|aid|food|convoys?|civilians|citizens|refugees)\b"
# A sentence of words only, about fighting in general: "the sides have fought for weeks".
# A town as the subject of the words after it: its name right before the verb, or before an
# aside that ends there ("Khankendi, which Armenians call Stepanakert, came under fire").
TOWN_AS_SUBJECT_AFTER = (r"\s*(?:,[^,;]{1,60},)?\s*,?\s*(?:(?:has|had|have|was|were|again|"
                         r"also|repeatedly)\s+)*")
# ... but not one a preposition governs inside the subject ("police patrolling near X").
TOWN_GOVERNED_BEFORE = (r"\b(?:near|in|at|on|from|outside|around|to|towards|by|with|"
                        r"between|and|(?<!town )(?<!city )(?<!village )of)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+)?$")
# A trend told over a span, in the act's clause after it: "where clashes over land have
# killed thousands in recent years", "fighting has intensified in recent weeks"; and a long
# fight told by its age: "as the battle for the city entered its second month".
RECENT_SPAN = (r"\bin recent (?:years|months|weeks|decades)\b|\b(?:entered|enters|entering|"
               r"went into|goes into|is now in) (?:its|a|the) (?:\w+ )?(?:week|month|year)s?\b")
GENERIC = (r"\b(?:ha(?:ve|s) (?:been )?(?:fought|fighting|clashed|clashing)|for (?:decades|"
           r"years|weeks|months)|(?:periodically|sporadically|occasionally|from time to time) "
           r"(?:resumed|flared|erupted)|hostilities are periodically|"
           # (a state that has lasted: "sporadic shooting has continued ever since")
           r"(?:continued|persisted|raged|gone on|went on) (?:\w+ )?(?:ever since|since then))\b")

# --- Who and what, around a trigger

CIVILIANS = (r"\b(?:civilians?|residents?|villagers?|journalists?|reporters?|passengers?|"
             r"bus|minibus(?:es)?|taxis?|tractors?|harvesters?|"
             r"ambulances?|hospitals?|schools?|churche?s?|markets?|homes?|houses?|"
             r"famil(?:y|ies)|children|child|girls?|boys?|women|woman|men|man|worshippers|"
             r"aid workers?|medics?|paramedics?|funeral|kindergarten|farmers?|shepherds?|"
             r"herders?|herdsm[ae]n|employees?|workers?|miners?|staff|contractors?|"
             r"teachers?|students?|pupils?|school(?:girls?|boys?|children)|doctors?|nurses?|"
             r"people|persons?|citizens?|bloggers?|communit(?:y|ies)|"
             r"activists?|draftees|migrants?|refugees?|inmates|fishermen|drivers?|traders?|nationals|"
             r"porters?|kolbars?|"
             r"detainees?|prisoners?|captives?|hostages?|"
             # (a person named by age alone: "shot dead a 17-year-old at a checkpoint"; not
             # "the 28-year-old marine")
             r"\d+ year olds?(?= *(?:$|[,.;)]| (?:in|at|on|during|near|from|who|and|with|by|"
             r"was|were)\b))|"
             # kin: "a farmer and his son were attacked"
             r"sons?|daughters?|wife|wives|husbands?|fathers?|mothers?|parents|relatives?|"
             r"nephews?|nieces?|grand(?:sons?|daughters?|fathers?|mothers?|children)|"
             r"elders?|imams?|priests?|pharmacists?|(?:residential|civilian) (?:areas?|"
             r"buildings?|neighbou?rhoods?|objects|facilities|infrastructure))\b")
# (An officer of a civil service is no armed man: "tax officers", "election officers".)
_CIVIL_OFFICERS = (r"(?<!tax )(?<!election )(?<!health )(?<!press )(?<!medical )"
                   r"(?<!information )(?<!revenue )(?<!education )(?<!returning )")
MILITARY = (r"\b(?:positions?|troops|soldiers?|army|military|forces|servicem[ae]n|posts?|"
            r"bases?|front ?line|checkpoints?|units?|convoys?|tanks?|fighters|separatists?|"
            r"rebels?|militants?|trenches|defen[cs]es?|outposts?|commandos?|police(?:m[ae]n)?|"
            rf"{_CIVIL_OFFICERS}officers?|guards?|patrols?|militias?|insurgents?|gunmen|taliban|"
            r"conscripts?|"
            r"corps|brigades?|battalions?|regiments?|lieutenants?|colonels?|sergeants?)\b")
ARMED_ACTORS = (r"\b(?:troops|soldiers?|army|military|forces|servicem[ae]n|units?|fighters|"
                r"combatants|"
                r"(?:federal|security|secret|fbi|border|intelligence) agents?|"
                rf"separatists?|rebels?|militants?|gunm[ae]n|police(?:m[ae]n)?|{_CIVIL_OFFICERS}officers?|"
                r"gendarmes?|gendarmerie|"
                r"guards?|militias?|insurgents?|taliban|snipers?|attackers?|assailants?|"
                r"jihadists?|terrorists?|guerrillas?|maoists?|naxal(?:ite)?s?|"
                # (with a people's name between: "armed Lou Nuer youths")
                r"armed (?:[a-z]+ ){0,2}?(?:men|groups?|assailants|residents|villagers|"
                r"civilians|youths?|locals|individuals|persons|people)|(?:men|youths|"
                r"individuals|persons|people) armed with|security personnel|"
                r"air force|navy|intelligence (?:services?|officers|agents)?|security services?|"
                r"corps|divisions?|brigades?|battalions?|regiments?|legions?|lieutenants?|colonels?|"
                r"sergeants?|liberation (?:army|front|movement))\b")
# Criminal armed groups: armed men when they act ("gang members clashed with soldiers": a
# clash); one a victim belonged to does not make him a fighter ("a man said to lead a gang
# was shot dead in a police raid": an attack, as ACLED codes it).
# So are the men of a caste, clan or tribe who attack together (ACLED's identity
# militias): "members of the Dhanuk caste attacked", "Borana clan members raided".
ARMED_DOERS = (r"\b(?:gangs?|gang members?|gangsters?|bandits?|(?:cattle )?rustlers?|cartels?|"
               r"criminal (?:groups?|organi[sz]ations?|networks?|cells?)|"
               r"drug (?:rings?|syndicates?)|"
               # (a crowd is no one's members: "suspected members of a gang shot dead")
               r"(?:suspected|alleged|presumed) members of|"
               r"(?:members|men|youths) of "
               r"(?:the |a )?(?:[\w-]+ ){1,2}?(?:castes?|clans?|sub ?clans?|tribes?|"
               r"communit(?:y|ies))|"
               r"(?:ethnic|caste|clan|tribal) (?:men|youths|members|groups?|individuals|people)|"
               # ... and those who live by herds or the hunt, who bear arms where they
               # fight ("herders clashed with villagers": ACLED's communal militias)
               r"herders?|herdsm[ae]n|pastoralists|nomads|hunters|"
               # ... and those who take up arms to police their own (ACLED's militias)
               r"vigilantes?|vigilante (?:groups?|members?)|"
               r"(?:two|three|several|rival|local) (?:clans|sub ?clans|tribes)|"
               # men no one knows who do violence are an unidentified armed group, no mob
               r"(?:unidentified|unknown|masked) (?:\w+ )?(?:men|persons|individuals|people))\b")
# Men who bear arms by the life they live, as the other side of a clash ("villagers clashed
# with herders", "a clash between two groups of herders"): a communal fight, a battle
# (ACLED's identity militias); not "members of a rival community", whom villagers may brawl
# with.
COMMUNAL_SIDE = (r"\s*(?:(?:with|against|between)\s+)?(?:the\s+|(?:a|two|rival)\s+groups?\s+of\s+)?"
                 r"(?:[\w-]+\s+){0,2}?"
                 r"(?:herders?|herdsm[ae]n|pastoralists|nomads|hunters|clansm[ae]n|tribesm[ae]n)\b")
# A crowd a clash was fought with, named right after it: "clashes broke out with residents
# who threw stones" (a riot, whoever the other side was).
CLASH_WITH_CROWD = (r"(?:\s+[\w-]+){0,2}?\s+with\s+(?:the\s+|local\s+|angry\s+|hundreds\s+of\s+|"
                    r"dozens\s+of\s+)*(?:residents|villagers|locals|youths|protesters|"
                    r"demonstrators|crowds?|mobs?|rioters|stone throwers)\b")
# One person is no mob, whatever he carries: "an unidentified man armed with a knife".
ONE_DOER = r"\b(?:a|an|one)\s+(?:\w+\s+)?(?:man|woman|person|individual|attacker|assailant)\b"
# Armed men no longer under arms are civilians: "a former soldier", "an off-duty policeman".
OUT_OF_SERVICE = (r"\b(?:(?:former|retired|off\W?duty|demobili[sz]ed|unarmed)\s+(?:\w+\s+)?|ex\W?)"
                  r"(?:soldiers?|servicem[ae]n|police(?:m[ae]n)?|officers?|guards?|fighters|"
                  r"militants?|rebels?|militiam[ae]n|combatants?)\b")
PROTESTERS = r"\b(?:protesters?|protestors?|demonstrators?|rall(?:y|ies)|crowds?|marchers)\b"
# A crowd that waits for aid is people, not a protest: "opened fire on crowds waiting near
# an aid distribution site" (an attack on civilians).
CROWD_SEEKING_AID = (r"\b(?:crowds?|throngs?|people|hundreds|thousands)\s+(?:of\s+\w+\s+)?"
                     r"(?:waiting|queu(?:e)?ing|gathered|lining up|seeking)\s+(?:\w+\s+){0,3}?"
                     r"(?:aid|food|flour|bread|water|fuel|rations|distribution)\b")
# A protest named as the target of an act, its people: "opened fire on protests against the
# coup" (not the coup's army, named after it).
# People made to suffer while they protest are protesters: "fired tear gas at supporters
# of the coalition who were marching against the council".
PROTESTING_VICTIMS = (r"\b(?:who|that)\s+(?:were|was|had\s+been)\s+(?:marching|protesting|"
                      r"demonstrating|rallying)\b|\b(?:protesting|demonstrating|rallying)\s+"
                      r"(?:against|over|for|outside|in\s+front\s+of|near)\b")
PROTESTS_TARGETED = (r"^\W*(?:the\s+|a\s+)?(?:\w+\s+)?(?:protests?|demonstrations?|marches|"
                     r"sit ins?|gatherings?)\b")
# (people named angry are a crowd: "angry youths set ablaze a police station")
RIOTERS = (r"\b(?:rioters?|mobs?|crowds?|looters?|(?:angry|irate|enraged|furious) (?:\w+ )?"
           r"(?:youths?|residents|villagers|people|men|locals))\b")
NON_STATE = (r"\b(?:rebels?|separatists?|separatist|militias?|militiam[ae]n|insurgents?|"
             r"militants?|guerrillas?|jihadists?|fighters|ethnic \w+ (?:forces|militias?|units)|"
             r"self (?:declared|proclaimed|styled)|de facto|breakaway|"
             r"paramilitar(?:y|ies)|armed groups?|gunmen|islamists?|taliban|"
             r"(?:defen[cs]e|liberation|self defen[cs]e) army|liberation (?:front|movement)|"
             r"mercenar(?:y|ies)|private military (?:company|companies|contractors?)|"
             r"wagner)\b")
# Ground taken and left again ("overran a base and looted weapons before withdrawing"): a
# raid, ACLED's armed clash, no territory held.
# People named as displaced before ("eight displaced people"): who they are, no flight.
DISPLACED_PEOPLE = r"(?:internally )?displaced (?:people|persons|residents|civilians|families)"
# Ground the other side holds: forces who advance into it attack.
HELD_GROUND = (r"\b(?:\w+\s+(?:held|controlled|occupied)|enemy|hostile)\s+"
               r"(?:territor(?:y|ies)|positions|lines)\b")
# A way taken through or past what stands: "escorted them through the blockade" (no new
# blockade).
THROUGH_BEFORE = r"\b(?:through|past)\s+(?:the|this|that)\s+(?:\w+\s+)?$"
# A count over many places: the events of its towns told after it are their own.
MANY_PLACES = (r"\b(?:across the (?:country|region)|nationwide|throughout the (?:country|region)|"
               r"in (?:dozens of|several|many|various|numerous|\d+|scores of) (?:other )?"
               r"(?:towns|cities|places|provinces|regions|locations|villages))\b")
# A side's own people, whose dead it counts: "seven of its servicemen".
ITS_OWN_PEOPLE = (r"\b(?:its|their)\s+(?:own\s+)?(?:\w+\s+)?(?:soldiers|servicem[ae]n|troops|"
                  r"personnel|fighters|policem[ae]n|police officers|officers|citizens|"
                  r"civilians|nationals)\b")
# Hurt people counted among a group the sentence tells of: "264 servicemen, including 53
# wounded, were evacuated" (no one was hurt in what it tells).
COUNTED_AMONG = (r"\b(?:including|among them|of whom|of them)\s+(?:\d+|[a-z]+)\s+$|"
                 # (and the wounded a hospital took in, from what events it does not say:
                 # "we received 200 wounded in 24 hours")
                 r"\b(?:received|receiving|treated|treating|admitted|admitting|took in)\s+"
                 r"(?:(?:about|some|at least|more than|over|nearly|around)\s+)?"
                 r"(?:\d[\d,]*|dozens of|hundreds of|scores of)\s+$")
# What an event told again is called after its noun: "The attack was the latest in a wave of
# violence" (that attack, no other).
# An act named as the subject of a judgement, no act told: "attacking a hospital is
# outrageous", "targeting civilians is a war crime".
JUDGED_AFTER = (r"(?:\s+[\w'-]+){0,4}?\s+(?:is|are|would\s+be|remains)\s+(?:an?\s+|simply\s+|"
                r"clearly\s+)?(?:outrageous|unacceptable|illegal|criminal|a\s+crime|a\s+war\s+crime|"
                r"wrong|shameful|inhumane|barbaric|a\s+violation|prohibited|forbidden)\b")
# An event named again as the time another is told from: "The assault came two days after
# gunmen ambushed a convoy" (the assault told before; the ambush is the news); or as part
# of a campaign: "The raid was part of an operation launched in 2018".
CAME_AFTER = (r"\s+(?:(?:came|comes|happened|occurred|followed)\s+(?:\w+\s+){0,3}?"
              r"(?:after|before)|(?:was|is|were|are)\s+(?:\w+\s+)?part\s+of|"
              # ("The attack comes as a regional mission prepares to withdraw")
              r"(?:came|comes)\s+(?:just\s+)?as)\b")
WAS_THE_NTH_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:was|is|became|marked)\s+the\s+(?:[\w-]+\s+)?"
                     r"(?:latest|deadliest|worst|largest|biggest|bloodiest|heaviest|fiercest)\b")
# What a taking followed or went with: "recaptured the village after heavy fighting".
FIGHT_OF_A_TAKING_BEFORE = r"\b(?:after|following|amid|during)\s+(?:\w+\s+){0,2}$"
LEFT_AGAIN = (r"\b(?:before|then|later|and then|and|after which they)\s+(?:\w+\s+)?"
              r"(?:withdrawing|withdrew|retreating|retreated|pulling out|pulled out|"
              r"pulling back|pulled back|"
              r"leaving the (?:area|town|village|base|camp))\b")
TERRITORY = (r"\b(?:villages?|towns?|city|cities|settlements?|heights|hills?|hilltops?|"
             r"regions?|districts?|territor(?:y|ies)|positions?|areas?|outposts?|bridges?|"
             r"(?:military|army|combat|border) posts?|"
             r"roads?|highways?|airports?|bases?|capital|strongholds?|control|provinces?|zones?|"
             r"peaks?|pass|corridor|outskirts|lands?)\b")
# A handing over: a change of control that follows an agreement is no battle.
HANDOVER = (r"\b(?:hand(?:ed|ing)? (?:\w+ ){0,3}?(?:over|back)|handover|handed back|returned|"
            r"return of|ceded|ceding|in (?:line|accordance) with|under (?:the|an|a) "
            r"(?:\w+ )?(?:terms|deal|agreement|accord)|"
            r"as (?:a )?part of (?:\w+ ){0,3}?(?:deal|agreement|accord|ceasefire|"
            r"statement|declaration)|according to the (?:terms|agreement|statement|deal)|"
            r"(?:trilateral|peace|ceasefire) (?:agreement|deal|statement|declaration)|"
            r"agreed to (?:return|hand)|"
            # ground the other side left: "moved into the camp after the withdrawal of
            # French troops", "the base vacated by the peacekeepers"
            r"after (?:the|their|its) (?:\w+ )?(?:withdrawal|departure|pull ?out) (?:of|from)|"
            r"vacated|evacuated by|"
            # ... or that changed hands without a fight ("no fighting was reported")
            r"no fighting (?:was |has been )?(?:reported|took place)|"
            r"without (?:a )?(?:fight|fighting|resistance|a shot (?:being )?fired|firing a "
            r"shot))\b")
SHELL_WORDS = (r"\b(?:shell|shells|shelling|shellfire|artillery|rockets?|missiles?|mortars?|"
               r"grad|smerch|barrage|howitzers?|heavy weapons|multiple rocket|projectiles?|"
               r"bombardment)\b")
# ACLED: fire with heavy weapons is shelling; with small arms, an armed clash.
HEAVY_WEAPONS = (r"\b(?:heavy weapons|long range weapons?|artillery|mortars?|howitzers?|"
                 r"rocket launchers?|grad|cluster (?:munitions|rockets)|"
                 r"smerch|tanks?|shells|missiles?|rockets?|grenade launchers?|large calibre|"
                 r"large caliber|heavy calibre|heavy caliber)\b")
AIR_WORDS = (r"\b(?:aircraft|warplanes?|jets?|planes?|air force|aerial|helicopters?|drones?|"
             r"uavs?|bombers?|air)\b")
# A weapon that makes an attack remote violence (ACLED), with the sub-type it gives.
REMOTE_WEAPONS = (
    (r"\b(?:chemical (?:weapons?|munitions|agents?)|chlorine(?: gas)?|sarin|mustard gas|"
     r"nerve (?:agents?|gas)|toxic gas)\b", "Chemical weapon"),
    (r"\b(?:combat drones?|drones?|uavs?|warplanes?|aircraft|(?:helicopter )?gunships?|"
     r"air ?strikes?|bombers?|fighter jets?)\b", "Air/drone strike"),
    (r"\bgrenades?\b(?! launcher)", "Grenade"),
    (r"\b(?:(?:land)?mines?|(?:rc|vb|sv?b|pb)?ieds?|roadside bombs?|improvised explosive devices?|"
     r"explosive devices?)\b", "Remote explosive/landmine/IED"),
    # (one shell as the thing that hit: "an artillery shell", "a shell killed", not "a shell
    # company")
    (r"\b(?:long range weapons|artillery|mortars?|rockets?|missiles?|shells|howitzers?|"
     r"cluster munitions|"
     r"heavy weapons|(?:an?|the) (?:[\w-]+ )?shell(?! (?:compan|corporation|of\b)))\b",
     "Shelling/artillery/missile attack"),
)
DRONE_WORDS = r"\b(?:drones?|uavs?|air ?strikes?)\b"
# A munition dropped from the air is an air or drone strike, whatever it was (ACLED): "dropped
# two mortar bombs from a quadcopter".
DROPPED_FROM_AIR = (r"\b(?:dropp(?:ed|ing)|drops?)\b[^.;:]{0,60}?\bfrom (?:an? |the )?(?:\w+ )?"
                    r"(?:drones?|uavs?|quadcopters?|aircraft|helicopters?|planes?)\b")
ACCIDENT = (r"\b(?:fuel|gas|petrol|gasoline|depot|warehouse|storage|accident|accidental(?:ly)?|"
            r"leak|factory|plant|filling station|tanker|boiler)\b")
AGREEMENT_VERBS = (r"\b(?:took effect|takes effect|take effect|came into (?:effect|force)|"
                   r"entered into force|went into effect|agreed|agree|agrees|signed|announced|"
                   r"declared|brokered|reached|began|started|mediated|took hold|takes hold|"
                   r"agreeing|establishment of|established|from noon|from midnight|from \d\d|"
                   r"starting from|came into being)\b")
# An agreement named as the frame of another act: "under a Russian-brokered peace deal".
UNDER_AGREEMENT = (r"\b(?:under|as (?:a )?part of|in (?:line|accordance|keeping) with|according "
                   r"to|pursuant to|the terms of)\s+(?:the\s+|a\s+|an\s+|last\s+week's\s+)?"
                   r"(?:[\w']+\s+){0,3}?$")
# What an agreement or talks are about, told after them: "signed an agreement in X on the
# disarmament of the fighters", "talks on the exchange of prisoners", "talks on a peace
# treaty have made little progress" (not done yet).
AGREED_ON_BEFORE = (r"\b(?:agreements?|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|talks|"
                    r"negotiations)\b[^.;]{0,60}?\b(?:on|about|over|for)\s+(?:the\s+|an?\s+)?"
                    # (and what of it: "an agreement on the return of displaced people")
                    r"(?:[\w-]+\s+of\s+(?:the\s+)?)?$")
MEDIATION = (r"\b(?:mediat\w+|talks|conversations?|brokered|agreement|agreed|ceasefire|truce|"
             r"negotiat\w+)\b")
AGREEMENT_BROKEN = r"\b(?:violat\w*|breach\w*|broke|broken|collapsed?|disregard\w*)\b"
# ... which leaves it made, where and when the words after it say: "a ceasefire agreed in
# Moscow on Saturday was violated within hours".
MADE_WHERE_OR_WHEN_AFTER = (r"\s+(?:agreed|signed|brokered|reached|negotiated|concluded)\s+"
                            r"(?:in|at|on)\b")
# "were left guarding empty villages" is staying, not leaving.
# Where forces are, told in the present: "the territory where the contingent is temporarily
# deployed" (no move).
STATE_BEFORE = r"\b(?:is|are)\s+(?:\w+ly\s+)?$"
PEACEKEEPER_VERBS = (r"\b(?:deploy(?:ed|s|ing|ment)?|arriv(?:ed|es|al)|entered|moved|took up|"
                     r"(?<=were\s)stationed|(?<=been\s)stationed|withdr(?:ew|awn|awal)|"
                     r"(?<!were\s)(?<!was\s)left|"
                     r"patrol(?:s|led|ling)?|set up|escorted|began|begun|landed|flew|flown|"
                     r"leav\w*|depart\w*)\b")
# Peacekeepers where they have been for a while: "the region, which has been patrolled by
# Russian peacekeepers since the war" (a state, not a move).
KEPT_SINCE = r"\b(?:has|have|had) been (?:\w+ ){0,6}?since\b"
# A move away told by where it heads, not what it left: "the militants withdrew toward the
# forest" after their attack is its end, no change of their own.
RETREAT_AFTER = r"\s+(?:back\s+)?(?:toward|towards|in the direction of)\b"
# The same move told before where it headed: "the soldiers withdrew toward X".
RETREAT_BEFORE = (r"\b(?:withdr(?:ew|awn|awing)|retreat(?:ed|ing)|pull(?:ed|ing) back|"
                  r"fell back|falling back)\s+(?:back\s+)?$")
# A withdrawal told as the time of another act is that act's ("units moved into the district
# after the other side's forces withdrew", "bulldozers ripped up the streets before the
# troops withdrew": the raid's end), no change of its own (but one a count of time before
# the act is its own, at its own time: "a day after columns pulled out").
WITHDRAWAL_AS_TIME_BEFORE = (r"(?<!day\s)(?<!days\s)(?<!hours\s)(?<!week\s)(?<!weeks\s)"
                             r"(?<!shortly\s)(?<!just\s)\b(?:after|once|as\s+soon\s+as|before)\s+"
                             r"(?:[\w'-]+\s+){1,4}$")
ATTACKERS = (r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|perpetrators?|scene|thieves|"
             r"bandits?|kidnappers?|raiders?|robbers?)\b")
REFUGEES = (r"\b(?:refugees?|residents?|civilians?|families|people|villagers|thousands|"
            r"hundreds|women|children|population|inhabitants|armenians|azerbaijanis)\b")
NATURAL_DEATH = (r"\b(?:starvation|hunger|malnutrition|illness(?:es)?|diseases?|natural causes|"
                 r"heart attack|lack of (?:food|medicine|medical)|covid|coronavirus|virus|"
                 r"flu|influenza|epidemic|pandemic|cholera|ebola|measles|typhoid|malaria|"
                 r"tuberculosis|dengue|infections?|h1n1|h5n1|"
                 r"accident|crash|wreck|collision|drowned|earthquakes?|floods?|flooding|"
                 # (not the verb: "tried to storm a position", "storm the building")
                 r"(?<!to )storms?(?!\s+(?:the|a|an|its|their|into|through)\b)|"
                 r"blizzards?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|"
                 r"landslides?|mudslides?|avalanches?|heat ?waves?|hit and run|"
                 r"patients|mortality|outbreak)\b")
# A show of force is no protest: "a show of military power", "rally support".
NOT_A_PROTEST_BEFORE = (r"\b(?:live fire|military|firepower|capabilit\w+|weapons?|flight|"
                        r"air show)\s+$")
# "drawing protests from X", "protests from its foreign ministry": a state or an office
# objected; a name or an office right after it says so (read from the trigger's start).
OBJECTION_FROM = (r"protests?\s+from\s+(?:the\s+)?(?P<office>(?:[\w']+\s+){0,2}?(?:government|"
                  r"ministry|officials|embassy|diplomats|leadership)\b)?")
NOT_A_PROTEST_AFTER = (r"\s+(?:of|that)\s+(?:its\s+|the\s+)?(?:force|strength|power|resolve|"
                       r"capabilit|unity|support|solidarity)|\s+(?:support|behind|around)\b")
PROTEST_KILLED = (r"\b(?:killed|shot dead|live (?:fire|ammunition|rounds)|opened (?:gun)?fire|"
                  r"shot at|fired (?:on|at|into)(?! the air))\b")
# Of the words below, those forces may do to a crowd: the protest's violence only when the
# crowd did it ("police beat some of them" is force used on it).
FORCE_ON_A_CROWD = r"(?:beat|beaten|stormed|storming)\b"
PROTEST_VIOLENT = (r"\b(?:clash(?:ed|es|ing)? (?:\w+ ){0,3}?(?:with|between)|"
                   r"and (?:the )?(?:\w+ ){0,2}?\w+ clash(?:ed|es)?\b|threw|throwing|hurled|"
                   r"stormed|storming|set fire|"
                   r"set (?!(?:himself|herself|themselves)\b)(?:\w+ )?(?:alight|ablaze|on fire)|"
                   r"smash(?:ed|ing)|rioters?|riot(?:ed|ing)|violent|vandali[sz]ed|broke into|"
                   r"started to clash|attacked (?:the )?police|ransacked|beat|beaten|brawl\w*|"
                   r"scuffles?|fist ?fights?|street ?fights?|pelt(?:ed|ing)|stoned|stones|rocks|"
                   r"burn(?:ed|t|ing) (?:rubber )?(?:tyres|tires|objects|barricades)|"
                   r"lit (?:\w+ )?(?:tyres|tires|"
                   r"fires?)|barricad\w*(?! (?:themselves|himself|herself))|retaliat\w*|grew into|"
                   r"turned violent|fought|(?:protesters|protestors|demonstrators|crowds?|they) "
                   r"(?:\w+ )?(?:destroyed|damaged|looted|wrecked|torched|burned|burnt))\b")
PROTEST_CALM = r"\bdispersed (?:peacefully|without incident)"
# A crowd that went home of itself, no force on it: "the rally dispersed by late evening",
# "the protesters dispersed after two hours" (but "were dispersed at 10 p.m.", "dispersed
# the crowd": by someone).
DISPERSED_ITSELF = (r"dispersed(?= *(?:[.,;]|$)| (?:peacefully|quietly|calmly|without|after|"
                    r"later|at|on|in the|by (?:late|early|nightfall|dusk|evening|midnight|noon|"
                    r"\d)))")
# What a protest was about, after its word: "demonstrated after a gendarme shot a driver"
# tells the grievance, not force on the protesters.
# Whom a march remembers: "marched in memory of a student killed in 2008".
_IN_MEMORY = r"in (?:memory|honou?r) of|commemorat(?:e|es|ed|ing)"
PROTEST_CAUSE = (r"\b(?:after|over|following|against|in response to|in protest (?:at|of|against)|"
                 r"in support of|in solidarity with|in defen[cs]e of|"
                 rf"{_IN_MEMORY}|to (?:mark|mourn|remember)|"
                 r"to (?:protest|denounce|condemn|demand|support|oppose)|denouncing|condemning|"
                 r"demanding|protesting|"
                 r"calling (?:for|on)|"
                 r"angered by|outraged by)\b")
# What ends a cause's words before a death told after them: a clause of its own ("after the
# vote, killing three"), not a relative clause about the cause ("after the collapse of a
# canopy, which killed 16": the collapse killed them).
# (and "where": "to denounce insecurity on the road, where an IED killed four")
_RELATIVE_WORDS = r"(?:which|that|who|whose|in which|where)\b"
CAUSE_BROKEN = rf";|,(?!\s+{_RELATIVE_WORDS})"
# ... and the relative clause itself, which the cause's words go on into.
RELATIVE_AFTER = rf",\s+{_RELATIVE_WORDS}"
# ... and before a crowd's act: "during the march commemorating X, who was shot dead in
# 2008, youths threw petrol bombs" (whom it remembers, not its dead).
IN_MEMORY_BEFORE = (rf"\b(?:{_IN_MEMORY}|"
                    r"(?:to )?(?:mark|mourn|remember)(?:ing)?|anniversary of)\b[^.;:]{0,80}$")
# What an attack avenged: the dead told after it are another event's ("shelled army
# positions in response to the killing of two soldiers").
RETALIATION = (r"\b(?:in (?:response|retaliation|reprisal|revenge) (?:to|for)|to avenge|"
               r"avenging|retaliat(?:ing|ed|e) (?:for|against))\b")
# ... and what brought it about, told before its word: "the shooting triggered protests".
CAUSED_BEFORE = (r"\b(?:triggered|sparked|prompted|provoked|caused|fuell?ed|ignited|led to)\s+"
                 r"(?:\w+\s+){0,3}?$")
PROTEST_INTERVENTION = (r"\b(?:dispers(?:ed|e|ing)|tear ?gas|water cannons?|stun grenades?|"
                        r"rubber bullets|pepper spray|detain(?:ed|ing)|arrest(?:ed|ing)|"
                        r"beat(?:en)?|batons?|broke up|crack(?:ed)? down|crackdown|"
                        r"forcibly removed|pushed back)\b")
AID_MOVES = (r"\b(?:deliver\w*|arriv\w*|reach\w*|enter\w*|cross\w*|distribut\w*|brought|"
             r"allowed|opened|convoys?|trucks|lorries|shipments?|traffic)\b")
CONVOY_HELD = (r"\b(?:waiting|parked|held|stuck|stranded|blocked|turned back|turned away|"
               r"not allowed|denied|refused|stopped)\b")
# A lifeline whose closing is a blockade, whoever closes it.
CORRIDOR = r"\b(?:corridor|crossing|checkpoint|supplies|supply|gas|electricity|deliveries)\b"
# A road, a street, an entrance: closed by protesters, it is their protest.
LOCAL_ROAD = (r"\b(?:roads?|streets?|highways?|entrances?|rails?|railway|traffic|junctions?|"
              r"intersections?|bridges?|rn ?\d+|route \d+)\b")
ARREST_NOT = r"\s+warrants?\b"
# "captured two soldiers": people are no territory.
# "came under the control of Azerbaijani troops": who took control follows.
CONTROLLER_AFTER = r"\b(?:of|over|to|by)$"
# (not across a clause of its own: "entered X after Armenian troops withdrew")
PEOPLE_TAKEN = (r"^\s+(?!by\s)(?:(?!(?:and|after|before|when|while|as|once|following)\s)"
                r"\w+\s+){0,3}?(?:soldiers?|servicem[ae]n|prisoners?|"
                r"hostages?|civilians?|people|men|women|fighters|troops|boys|girls|schoolgirls|"
                r"schoolboys|children|students|pupils|villagers|residents|passengers|"
                r"workers)\b")

# Talks and consultations: a statement read out after them is their product.
TALKS = r"\b(?:talks|consultations|negotiations|meeting|summit|discussions)\b"
# A call is diplomacy when an official makes it ("phone talks by the defence minister"), not
# when anyone has one ("were refused a phone call").
CALLS = r"\b(?:conversations?|(?:tele)?phone calls?|(?:by|on the|over the) (?:tele)?phone|phoned)\b"
# Verbs of a peaceful entry: in an article about a handover, troops that enter or take
# control take over what was handed over.
PEACEFUL_ENTRY = (r"\b(?:entered|enter|enters|moved into|rolled into|marched into|took control|"
                  r"taken control|takes control|assumed control|established control|"
                  r"took (?:full|complete|total) control|"
                  r"came under|come under|comes under|under (?:the )?(?:full )?control)\b")
# Who makes a statement or a meeting an event of diplomacy, not an ordinary quotation.
OFFICIALS = (r"\b(?:presidents?|prime ministers?|premiers?|foreign ministers?|ministers?|fms?|pms?|"
             r"ministry of foreign affairs|foreign ministry|chancellors?|kings?|emirs?|popes?|"
             r"secretary general|secretary of state|heads? of state|leaders?|delegations?|"
             r"envoys?|ambassadors?|diplomats?|mediators?|co ?chairs?|representatives|"
             r"counterparts?|"
             r"negotiators|officials|security council|united nations|un|european union|eu|"
             r"nato|osce|minsk group|african union|kremlin|white house|parliament|senate|"
             r"congress|government)\b")
# Who did it, when the attacker is no armed actor: a mob.
# Fighting on a border is between armed men, whoever else the sentence names ("17 people
# died in border clashes"): no crowd's.
BORDER_FIGHT_BEFORE = r"\b(?:border|frontier|cross border)\s+$"
MOB = (r"\b(?:mobs?|crowds?|youths?|young men|men|people|group of|(?:two|rival) groups|"
       # (not an armed alliance's: "gains by fellow members of the Brotherhood Alliance")
       r"communit(?:y|ies)|members(?! of (?:the |an? )?(?:[\w'-]+ ){0,3}?(?:alliance|"
       r"coalition|front|army|brigades?|militias?|armed groups?|forces)\b)|supporters|"
       r"residents|villagers|locals|activists|students|fans|relatives|kin|kinsmen|"
       # (not "the two neighbours", two countries)
       r"(?<!two )(?<!both )neighbou?rs|family members|rioters|"
       r"unidentified (?:men|people)|(?:a|several|some) (?:men|people))\b")
# "after" with no time between, the act right before what the clause tells ("entered X
# after the rebels pulled out"; not "a day after the columns withdrew").
RIGHT_AFTER = r"(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!hours )(?<!months )\bafter\b"
# Members of a group named by an acronym or a name with a number, which no table may list,
# right before the act (in the text as written): "suspected MS-13 members shot dead".
NAMED_MEMBERS_BEFORE = (r"(?:\b[A-Z]{2,}[\w-]*|\b[A-Z][a-z]+[ -]\d+)\s+(?:members|militiamen|"
                        r"cadres|operatives|affiliates)\s+(?:[a-z]+\s+){0,2}$")
# A past participle of harm that closes its noun's phrase is a passive with no auxiliary,
# whose phrase names whom it was done to (for events and actors alike): "11 servicemen
# killed since Sunday", "two soldiers wounded in the attack" (but "killed at least 12
# militants" is active: a count follows).
PARTICIPLE_OF_HARM = (r"(?:killed|wounded|injured|hurt)(?=\s*(?:[,;.]|$)|\s+(?:in|on|"
                      r"at(?! least)|by|during|since|near|when|while|after|as|and|overnight)\b)")
# An act only armed men make: an ambush.
AMBUSH = r"\bambush\w*"
# A fight its doers had with each other: the dead a sentence counts after it fell in it
# ("clan militias fought over grazing land; six people were killed").
# The verbs of taking people prisoner ("captured six soldiers"), as against ground taken.
CAPTURED = r"(?:captur|seiz|detain|took|taken|take)\w*"
_FIRE_EXCHANGED = (r"gun ?battles?|fire ?fights?|shoot ?outs?|"
                   r"(?:exchang|trad)\w+ (?:of )?(?:[\w-]+ ){0,6}?(?:fire|gunfire)")
MUTUAL_FIGHT = (r"(?:fought|fight(?:s|ing)?|clash(?:es|ed|ing)?|skirmish(?:es|ed)?|"
                rf"{_FIRE_EXCHANGED})")
# What a crowd fights with, and what armed men do.
MOB_WEAPONS = (r"\b(?:sticks|stones|rocks|clubs|machetes|knives|knife|axes|bats|batons|"
               r"iron bars|bricks|fists)\b")
GUNS = r"\b(?:guns?|rifles?|pistols?|firearms|shot|shooting|fired|gunfire|gunmen|bullets?)\b"
# A fight with guns on both sides, which no crowd has: "exchanged fire with the raiders".
GUNFIGHT = rf"\b(?:{_FIRE_EXCHANGED}|exchang\w+ (?:of )?(?:heavy )?shots)\b"
# Harm told as done by fire: "two civilians were wounded by Azerbaijani fire", "were shot".
HARMED_BY_FIRE = r"\b(?:by|in|from) (?:\w+ ){0,2}?(?:fire|gunfire|shots|shooting)\b|\bshot\b"
# Who did it and to whom: a passive names its victims before the verb and its doer after
# "by"; an active verb the other way round. These words bound the noun phrases.
# Who heard, saw or told of it did not do it: "residents could hear the sound of shooting",
# "residents reported sporadic gunfire".
PERCEIVED = (r"\b(?:hear|hears|heard|hearing|see|sees|saw|seen|watch(?:ed|es)?|witness(?:ed|es)?|"
             r"report(?:ed|s)?)"
             r"\s+(?:the\s+)?(?:(?:sounds?|noises?|echoes)\s+of\s+)?(?:\w+\s+)?$")
# ... and a trigger that opens with the verb of who only recorded it: "recorded one
# ceasefire violation" (a monitor's count: not the monitor's act).
RECORDED_OWN = r"(?:recorded|registered|observed)\b"
PASSIVE_BEFORE = r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+\s+)?$"
# A passive whose auxiliary the harm before it gave ("15 soldiers had been killed and 12
# captured"): people taken, no ground.
# Taken in a relative clause: "an engineer and his driver, who were seized on Saturday".
WHO_PASSIVE_BEFORE = r"\b(?:who|whom)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$"
ELIDED_PASSIVE_BEFORE = (r"\b(?:killed|wounded|injured|hurt|missing)\s+and\s+"
                         r"(?:(?:at least|another|more than)\s+)?(?:\d[\d,]*|an?|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                         r"several|some|many|others|more)\s+$")
# People as the subject of a passive of taking or giving ("12 prisoners were handed over",
# "the bodies of six soldiers were handed over"): what changed hands was people, not ground.
_PEOPLE_TAKEN = (r"soldiers?|servicem[ae]n|troops|prisoners?|hostages?|civilians|people|"
                 r"fighters|crew|journalists")
PEOPLE_BEFORE = rf"\b(?:{_PEOPLE_TAKEN}|detainees|captives|bodies|remains)\b"
# ... and right before a participle with its agent after it, as headlines write a passive:
# "six soldiers captured by Azerbaijani troops".
PEOPLE_RIGHT_BEFORE = rf"\b(?:{_PEOPLE_TAKEN})\s+$"
# ... or counted, with where or when after it: "six Armenian soldiers captured near X on
# 27 May are still held".
COUNTED_PEOPLE_RIGHT_BEFORE = (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                               rf"eleven|twelve|dozens of)\s+(?:[\w-]+\s+)?(?:{_PEOPLE_TAKEN})\s+$")
TAKEN_WHERE_AFTER = r"\s+(?:near|in|at|on|during|outside)\b"
# (not the "by" of a participle that describes the object: "looted shops owned by
# foreigners", "attacked a checkpoint manned by soldiers")
AGENT_AFTER = (r"^\W*(?:[\w'/-]+\W+){0,5}?(?<!reported )(?<!quoted )(?<!cited )(?<!claimed )"
               r"(?<!confirmed )(?<!announced )(?<!owned )(?<!run )(?<!operated )"
               r"(?<!controlled )(?<!manned )(?<!guarded )(?<!held )(?<!inhabited )"
               r"(?<!used )(?<!frequented )(?<!built )by\s+"
               r"(?:(?:at least|more than|about|some|around|nearly|up to)\s+)?"
               r"((?:(?!(?:in|at|on|near|during|while|after|when|who|which|because|as|for)\b)"
               r"[\w'/-]+\s*){1,8})")
# An object that only stands for one named before: "attacked them".
PRONOUN_OBJECT = r"^\s*(?:them|him|her)\b"
PHRASE_STOP = (r"\b(?:in|at(?! least)|on|near|with|during|while|after|when|before|because|as|"
               r"who|whom|whose|which|that|from|into|inside|outside|across|along|over(?! \d)|"
               r"for|and then|since|by|to)\b|[,;:()]")
# Who said what, before a clause of its own with no "that" ("the protesters said the victims
# had been killed in a raid"): no part of what was said (but "the men who officers said
# were involved" goes on).
_SAID_BEFORE_A_CLAUSE = r"\b(?:said|say|says|stated|added)\s+(?=(?:the|a|an|his|her|their|its)\s)"
# (and a passive's "and", after which another subject acts: "6,500 were killed and
# Azerbaijan regained control")
SUBJECT_STOP = (r"[,;:()]|\b(?:but|while|when|after|as|who|which|that)\s+|"
                r"\b(?:were|was|been|are|is)\s+(?:\w+\s+)?\w+ed\s+and\s+|"
                + _SAID_BEFORE_A_CLAUSE)
# A verb the same subject did first, its object before "and": "soldiers killed two rebels
# and arrested five" (the doers of the arrests are the soldiers, not the rebels).
EARLIER_VERB = (r"\b(?:\w+ed|shot|hit|took|beat|struck|stole|burnt|fought|caught|overran)"
                r"\b(?=[^,;]*\band\s*$)")
# What ends the part of a sentence a subject may reach back over, asides included.
SENTENCE_PART_STOP = (r"[;:]|\s[-–—]\s|\b(?:but|while|when|after|as|because)\s+|\d{4},\s*|"
                      r"\b(?:were|was|been|are|is)\s+(?:\w+\s+)?\w+ed\s+and\s+|"
                      # (what someone said is a part of its own: "the protesters claimed
                      # that they were tortured" names no tortured protesters)
                      r"\b(?:said|say|says|claimed|claim|claims|stated|alleged|reported|added|"
                      r"noted|insisted|told \w+) that\s+|" + _SAID_BEFORE_A_CLAUSE)
# What a raid did to people, told after it: "stormed the village, abducting 23 residents".
HARM_TO_PEOPLE = (r"\b(?:kill(?:ed|ing)|(?:shot|shooting) (?:\w+ ){0,3}?dead|abduct(?:ed|ing)|"
                  r"kidnapp(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|rap(?:ed|ing)|"
                  r"behead(?:ed|ing))\b")
# The dead and wounded of a sentence: after an active verb, before a passive one or "died".
HARMED = (r"\b(?P<active>(?:killed|killing|wounding|injuring|killing and wounding|shooting|"
          r"executing|massacring|beheading)\b"
          r"(?!\s+(?:and|in|by|at(?! least)|on|during))|deaths? of(?:\s+(?:at least|up to|"
          r"about))?\b)|"
          r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b|"
          r"\b(?:died|perished)\b")
# What crowds are dispersed with, short of lethal force: fire with it on protesters is an
# intervention (ACLED), not excessive force.
LESS_LETHAL = (r"\b(?:tear ?gas(?: shells| canisters| grenades| rounds)?|smoke (?:shells|grenades)|"
               r"water cannons?|stun grenades?|(?:rubber|plastic|rubber coated) "
               r"bullets|pepper spray|sound grenades?|flash ?bangs?)\b")
# ... and what kills, fired with it or alone: "fired tear gas and live ammunition".
LETHAL_ROUNDS = (r"\b(?:live|ammunition|bullets|rounds|gunfire|guns?|rifles?|shots|"
                 r"machine ?guns?)\b")
# Whom fire was aimed at: "fired rubber bullets at fishermen".
TARGET_PREPOSITION = r"\s+(?:on|at|upon|against|into)\s+"
FIRE_TARGET = r"\b(?:at|on|upon|against|into)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)"
# Fire from weapons, not shots at someone ("fired on Ganja", not "took a shot at").
FIRING = r"(?:fir(?:ed|es|ing)|opened (?:\w+ )?(?:gun)?fire)\b"
INTO_THE_AIR = r"\b(?:(?:in|into)\s+the\s+air|warning\s+shots?|shots?\s+in\s+the\s+air)\b"
ONLY_AT = r"\bonly\s+(?:at|on|upon)\b"
# A place people live in, fired on with no heavy weapons named: an attack on the people in
# it, ACLED's violence against civilians ("troops opened fire at the village from their
# trenches"; a town fired on by name is shelled from afar, "fired on Ganja").
SETTLEMENT_FIRED_ON = (r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:villages?|settlements?|hamlets?|"
                       r"residential\s+(?:areas?|districts?|quarters?|buildings?|neighbou?rhoods?))\b")
# The weapons an act was done with, named after it: "with mortars", "using drones".
WEAPONS_USED = r"\b(?:with|using)\s+([^,;]{1,60})"
# A verb of harm done to people, which a remote attack told before it in the clause may
# have done ("a car bomb killed five civilians").
HARM_DONE = r"(?:killed|killing|wounded|wounding|injured|injuring|targeted)\b"
# A mine that is a site, as written (case kept): named ("Boungou mine") or of what is dug
# ("a gold mine"); its word is no weapon's.
MINE_SITE = (r"(?:\b(?!(?:The|This|That|Another|One|Each|Every|Its|Their)\b)[A-Z][\w'’-]+ |"
             r"\b(?:gold|coal|copper|diamond|uranium|cobalt|tin|salt|mining|open[ -]pit|"
             r"artisanal|illegal|informal|quarry) )"
             r"(?P<mine>[Mm]ines?)\b")
# ACLED: fire with primarily heavy weapons is shelling; with small arms among them a clash.
PRIMARILY_HEAVY = r"\bprimarily heavy weapons\b"
SMALL_ARMS = (r"\b(?:small arms|machine ?guns?|machineguns?|sniper rifles?|rifles?|"
              r"automatic weapons|assault rifles|shots|bursts of fire|gunfire|handguns?)\b")

# --- Where: how a place name is used in its sentence

# Words that make the name after them the place where something happened.
LOCATIVES = frozenset("in at near around outside inside into across towards toward through "
                      "throughout within along over on off beyond behind past nearby "
                      "vicinity via".split())
# Locatives that say "near it", not "in it": ACLED's precision 2.
NEAR_WORDS = frozenset("near around outside nearby towards toward vicinity outskirts suburbs "
                       "suburb direction environs beyond behind off close area edge edges "
                       "fringe fringes countryside between "
                       # ("15 km south of X", "two miles from X")
                       "km kilometres kilometers miles".split())
# Words that may stand between a locative and its name ("in the nearby town of X").
MODIFIERS = frozenset(
    "the a an of town towns village villages city cities capital region regions province "
    "provinces district districts area areas outskirts suburbs suburb centre center heart "
    "edge edges fringe fringes "
    "parts part direction road highway corridor regional provincial administrative nearby "
    "neighbouring neighboring northern southern eastern western central northeastern "
    "northwestern southeastern southwestern north south east west disputed breakaway "
    "separatist occupied border frontier frontline front line entire whole key strategic "
    "strategically important ancient historic mountain mountainous hilltop cultural main spa "
    "resort port market bazaar square old industrial coastal fortress garrison mining "
    "small large major besieged settlement settlements commune municipality county state "
    "republic enclave territory territories vicinity streets street villages' city's town's "
    "populated controlled held limits densely its their his her our "
    # (a part of a place named after it: "in Lower Chitral district", "Upper Nile")
    "upper lower greater inner outer "
    # (a place the text does not name, in one it does: "in an unspecified locality of X")
    "locality localities location site unspecified undisclosed unnamed remote rural hamlet "
    "hamlets neighbourhood neighborhood quarter "
    # the Arabic article of a transliterated name, which the name is found without
    # ("in Ar-Raqqa countryside")
    "al ar ad az el ash".split())
# "the city of Terter near Nagorno-Karabakh": the place, then a landmark to find it by.
LANDMARK_GAP = r"^\s*,?\s*(?:near|close to|not far from|outside|next to|bordering)\s+(?:the\s+)?$"
# A name followed by these is who acted, not where: "Armenia's defence ministry".
ACTOR_AFTER = (
    # (one word between, no preposition: "Goris from rebels" is no actor; nor is Nigeria's
    # division, "X Local Government Area")
    r"^(?!\s+local\s+government\s+areas?\b)"
    # (nor a conjunction: "in X until police separated them")
    r"(?:'s?)?\s+(?:(?!(?:from|to|in|on|at|by|for|with|into|and|or|of|near|against|as|than|"
    r"after|before|under|over|until|till|when|while|where|because|since|if|unless|though|"
    r"although|then|so)\s)\w+\s+)?(?:government|army|armed forces|forces|troops|"
    r"military|ministry|"
    r"president|prime minister|leader|leaders|leadership|officials?|authorities|side|soldiers|"
    r"servicemen|police|parliament|spokes(?:man|woman|person)|administration|embassy|"
    r"ambassador|envoy|delegation|negotiators|diplomats?|separatists|rebels|backed|led|"
    r"aligned|allied|supported|sponsored|brokered|mediated|office|service|services|"
    # (where someone is based: "a Nairobi-based rights group")
    r"based|"
    r"committee|prosecutors?|"
    r"ombudsman|officers|border guards|media|television|news agency|representatives?|"
    # (a rescue service speaks for its place: "Gaza's civil defence says")
    r"civil defen[cs]e|"
    # a unit named after its town ("Kelbara militias"; the recogniser already takes no place
    # from a unit's capitalised name, "the Kelbara Brigade"): a name, not a place
    r"brigades?|battalions?|regiments?|corps|squads?|militias?|gendarmerie)\b"
    # (but a site named after its town is in it: "outside the Kabul military academy")
    r"(?!\s+(?:academy|base|hospital|college|school|prison|court|airport|airfield|cemetery|"
    r"compound|headquarters|building|station|post|checkpoint)\b)")
SPEECH_AFTER = (
    r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,|\s*,\s*(?:which|who))?\s+(?:has\s+|have\s+|had\s+|"
    r"also\s+|later\s+|again\s+|on\s+\w+\s+|then\s+)?(?:said|says|say|saying|rejected|"
    r"rejects|denied|denies|deny|accused|accuses|claimed|claims|announced|announces|reported|"
    r"reports|stated|states|warned|warns|condemned|condemns|called|calls|urged|urges|insisted|"
    r"insists|responded|blamed|blames|alleged|alleges|confirmed|confirms|demanded|demands|"
    r"threatened|threatens|vowed|vows|pledged|promised|agreed|agrees|signed|signs|"
    r"recogni[sz]ed|recogni[sz]es|wants|asked|told|informed|launched|launches|admitted|"
    r"acknowledged|expressed|offered|sent|supports|supported|backs|backed|hopes|believes|"
    r"would|will|tried|attempted|sought)\b")
# Before a name, these make it an actor or an office: "by X", "the governor of X" (not
# "a rally at the embassy of X in Y": Y is where).
ACTOR_BEFORE = (r"\b(?:according to(?:\s+the)?|by|against|accused|accusing|blamed|blaming|"
                r"urged|urging|"
                r"called on|backed by|supported by|with|(?:president|government|ministry|"
                r"leaders?|leadership|army|forces|people|authorities|parliament|officials|"
                r"representatives|delegation|minister|ambassador|envoy|governor|mayor|"
                r"ombudsman|head|chief|commander|spokes(?:man|woman|person)|prosecutor|"
                r"embassy|consul|citizens?|nationals?|military|troops|soldiers|police|"
                r"defen[cs]e army|republic)s? of\s+(?:the\s+)?"
                # (not a verb: "accused Armenian troops of shelling X")
                r"(?:(?!(?:in|at|near|inside|outside)\s)(?!(?!neighbou?ring|ruling)\w+ing\s)"
                r"\w+\s+){0,2}?|on behalf of\s+(?:the\s+)?|"
                # (where a speaker spoke from, in an aside: "an army spokesman, speaking in X
                # on Saturday, said", not "will be speaking in X at a meeting"; "told
                # reporters in X", "a statement from its headquarters near X", "issued on
                # Wednesday from X")
                r",\s*speaking\s+(?:in|at|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:capital\s+|city\s+of\s+)?|"
                # ... at a named site of a city: "speaking at the Alley of Martyrs in X"
                r",\s*speaking\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?in\s+(?:the\s+)?|"
                r"\btold\s+(?:reporters|journalists|the\s+press|(?:a\s+)?(?:news|press)\s+"
                r"conference)\s+(?:in|at)\s+(?:the\s+)?|"
                # ("the toll rose to 17, the governor said in X")
                r"\b(?:said|says|announced|stated|added)\s+(?:on\s+\w+\s+)?(?:in|from)\s+"
                r"(?:the\s+)?(?:capital\s+|city\s+of\s+)?|"
                r"\bfrom\s+(?:its|their|his|her)\s+(?:headquarters|base|offices?)\s+"
                r"(?:in|near|at)\s+(?:the\s+)?|"
                r"\b(?:issued|released|posted)\s+(?:on\s+\w+\s+)?from\s+(?:the\s+)?)\s*$")
# Where a statement was made, for what it tells of (not for the statement itself): "said in a
# statement issued in X that 300 rebels had been killed".
STATEMENT_AT_BEFORE = (r"\b(?:statements?\s+(?:(?:issued|released|published|posted|read)\s+)?"
                       r"(?:on\s+\w+\s+)?|"
                       # ("in a speech at the Alley of Martyrs in X", "a news conference in X")
                       r"(?:speech|address|briefing|(?:news|press) conference)\s+"
                       r"(?:at\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?)?)"
                       r"(?:in|from)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?$")
# "the government in X": the seat of who rules, not where anything was done (but "the
# offices of the government in X" are a building there).
GOVERNMENT_IN = (r"\b(?<!of )(?<!of the )(?:government|regime|leadership|rulers|"
                 # ("the Ministry of Interior in X confirmed the attack": who spoke)
                 r"ministry(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+affairs)?)?)\s+in\s+"
                 r"(?:the\s+)?$")
# Who told of an event, after a people's name: "quoted by Turkish media", "Russian news
# agencies reported" are no side of it.
TELLERS_AFTER_A_PEOPLE = (r"\s+(?:state\s+|official\s+|local\s+|pro\W?government\s+)?"
                          r"(?:media|press|news|television|tv|radio|channels?|newspapers?|"
                          r"outlets?|agenc(?:y|ies)|journalists?|reporters?|bloggers?|"
                          r"websites?|monitors?)\b")
# ... but one a locative places something at is a building there: "gathered outside the
# Defence Ministry in X".
GOVERNMENT_BUILDING_IN = (r"\b(?:outside|at|near|in front of|opposite|across from|into|inside|"
                          r"towards?|to|from|before)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
                          r"(?:government|ministry(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+affairs)?)?)"
                          r"\s+in\s+(?:the\s+)?$")
LOCATIVE_BETWEEN = (r"\b(?:road|border|corridor|highway|route|frontier|line|area|"
                    r"mountains?|region|location|somewhere|halfway)\s+between\s+")
# Two names that are places by the word after them: "between X and Y provinces".
PLACES_AFTER = (r"\s+(?:provinces|districts|villages|towns|cities|regions|areas|governorates|"
                r"counties|states|municipalities|localities)\b")
# ... and the speakers a source is credited to: "according to a defence spokesman in X".
CREDITED_TO_BEFORE = r"\baccording\s+to\s+(?:[\w'-]+\s+){0,4}?$"
SPEAKERS_AT = (r"\b(?:officials?|sources?|diplomats?|analysts?|authorities|government|"
               r"ministry|spokes(?:man|woman|person)|observers|experts|leaders?|prosecutors?|"
               r"police|wing|service|office|agency|command|headquarters|council|committee|"
               r"commission|army|military|mission|embassy|presidency|commissioner|ombudsman|"
               r"ministers?|president)"
               # ("the military's media wing (ISPR) in X said")
               r"(?:\s+\([^()]{1,20}\))?\s+(?:in|at|from)\s+(?:the\s+)?"
               # ("medical sources in the government-held town of X said")
               r"(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|capital|province|region|district)"
               r"\s+of\s+)?$")
BORDER_WITH = r"\bborder\s+with\s+(?:the\s+)?$"
# A name before these is the subject of a passive: "X was shelled".
# How far (characters) before its trigger such a subject may stand.
PASSIVE_REACH = 50
PASSIVE_AFTER = (r"^(?:'s\s+[\w\s]{0,20}?)?\s*(?:,[^,]{0,60},\s*)?(?:was|were|is|are|"
                 r"has been|have been|had been|came|comes|come|remains?|remained|being|"
                 r"itself)\b")
# The people of a place and its parts: where something happened to them happened there.
_PLACE_PARTS = (r"residents?|natives?|villagers|inhabitants|people|population|citizens|"
                r"centre|center|heart|outskirts|suburbs?|part|parts|limits|streets?|districts?|"
                r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|"
                r"countryside|environs|surroundings|entrances?|exits?|edges?|fringes?|"
                r"villages?|town|city|areas?|neighbou?rhoods?|quarters?|sectors?|wards?|zones?|"
                r"parish(?:es)?|"
                r"vicinity|capital")
# A person or a part of the place, or what was done to it: "a resident of X", "the shelling
# of X".
OF_PEOPLE = (rf"\b(?:{_PLACE_PARTS}|direction|shelling|bombardment|"
             r"bombing|capture|liberation|fall|siege|blockade|occupation|evacuation|"
             r"control|handover|return|entry)\s+of\s+(?:the\s+)?(?:[\w']+\s+){0,3}?$")
# The same after a place's possessive: "X's residents", "X's northern entrances" (not what
# the place did: "X's control" is its own).
PARTS_AFTER_POSSESSIVE = rf"^['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_PLACE_PARTS})\b"
# A town named after its kind, in apposition to a possessor: "Azerbaijan's second city,
# Ganja, came under fire" (Ganja is the place, as "Azerbaijan's second city" would be).
KIND_BEFORE_NAME = (r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|port|village|"
                    r"stronghold)\s*,\s*$")
# The area an agreement covers is not where it was made: "a ceasefire in X".
_FIGHTING = r"fighting|hostilities|war|clashes|conflict|violence"
_AREA_AFTER = r"\s+(?:in|over|around|for|on|along)\s+(?:the\s+)?$"
AGREEMENT_AREA = rf"\b(?:{_FIGHTING}|ceasefire|truce|peace|settlement){_AREA_AFTER}"
# ... and of those, the fighting it is to stop is never where it was made, a town's or not:
# "agreed in Moscow to stop the fighting in X".
FIGHTING_AREA = rf"\b(?:{_FIGHTING}){_AREA_AFTER}"
# A people's land: "on sovereign Armenian territory" is in Armenia.
PEOPLES_LAND = r"^(?:'s)?\s+(?:territory|territories|soil|land|lands|airspace)\b"
# The wider place written after a place (in brackets, or after a comma): "in X (Y, Z)",
# "in X village, Y", "between X and Y villages (Z, W)", "near X village, Y Township, Z
# District" (a chain of levels, each ending in a place's word, perhaps with another name of
# it in brackets: "X (W) village"), "on the X front (Y, Z)" (a
# bracket of names after any word).
QUALIFIER_OF_PLACE = (r"\b(?:in|at|near|around|outside|of|from|to|towards?|under|between)\s+"
                      r"(?:the\s+)?(?:(?:[\w'-]+\s+|\([^()]{1,40}\)\s+){1,4}?(?:village|town|city|settlement|hamlet|"
                      r"locality|area|neighbou?rhood|camp|township|tehsil|taluka?|block|mandal|upazila|union|"
                      r"ward|commune|municipality|district|sub-?district|county|sub-?county|lga|"
                      r"payam|sector|department|cercle|prefecture|province|region|governorate|"
                      r"state)s?\s*,\s*){0,3}"
                      r"(?:[\w'-]+\s+|\([^()]{1,40}\)\s+){0,4}?"
                      r"(?:[\w'-]+\s*\(\s*(?:[\w'-]+\s+){0,2}[\w'-]+,\s*|[\w'-]+\s*(?:\(\s*|,\s*))$"
                      r"|[\w'-]\s*\(\s*(?:(?:[\w'-]+\s+){0,2}[\w'-]+,\s*)?$")
# An event on a border the sentence names no place of: somewhere along a line between two
# countries, not the article's region ("claims of border shootings", "clashes on the border").
AT_THE_BORDER = r"\b(?:border|frontier)\b(?!\s+(?:guards?|police|service|troops|with\b))"
# A clause that concedes what the main clause goes against: its places are its own.
CONCESSIVE_OPENING = (r"\W*(?:despite|in spite of|notwithstanding|although|though|"
                      r"even though)\b")
# A clause in which the other side tells its own account: the places of the account before
# it are not its ("X said Y's units attacked in Z, while Y accused X of an assault").
OTHER_ACCOUNT_OPENING = (r"\b(?:while|whereas)\s+(?:[\w'-]+\s+){1,4}?(?:said|says|accused|"
                         r"claimed|claims|insisted|reported|denied|blamed)\b")
# A city's part named by its word after it, numbered or not: "shot in Vila Nova II
# neighborhood" in a sentence that names the city happened in that city (ACLED codes a
# neighbourhood to its city); the part's name alone is often a town's elsewhere.
NEIGHBOURHOOD_AFTER = (r"^(?:\s+(?:[ivx]+|\d+))?(?:(?:,|\s+and)\s+[a-z'-]+(?:\s+[a-z'-]+)?)?"
                       r"\s+(?:neighbou?rhoods?|quarters?)\b")  # (or "X and Y neighbourhoods")
# A name used as the modifier of an event's noun is no place of it: "the Karabakh peace
# deal", "the Moscow talks" (but "the Karabakh conflict zone" is a place).
# A city's office at a place a crowd or an act was, named by the city: "a hunger strike
# outside the Kapan office of a charity" (in Kapan; "the Kapan office said" only speaks).
CITY_OFFICE_AFTER = r"^\s+(?:office|offices|headquarters|bureau|branch)\b"
AT_THE_BEFORE = r"\b(?:in front of|outside|at|near|inside|opposite)\s+the\s+$"
NAME_AS_MODIFIER_AFTER = (r"^\s+(?:peace|deal|agreement|accords?|conflict|war|talks|issue|question|"
                          r"settlement|crisis|ceasefire|truce|dispute|negotiations|process|"
                          r"summit|declaration|statement|format)\b(?!\s+(?:zone|area|region))")
# A place an act was at that the sentence does not name: "a bomb exploded in a nearby town".
ANOTHER_PLACE_AFTER = (r"\s+(?:[\w-]+\s+){0,2}?(?:(?:in|at|near)\s+(?:a|another)\s+"
                       r"(?:(?:nearby|neighbou?ring|different|separate)\s+)?(?:town|village|city|"
                       r"district|province|region|area)\b|elsewhere\b)")
# A quotation closed and attributed: '..., at children," said Fatima' (what follows tells of
# the speaker).
QUOTE_ENDS_BETWEEN = r"[\"”]\s*,?\s*(?:she|he|they|\w+)?\s*(?:said|says|told|added|recalled)\b"
# Between an arrest's verb and the crowd it took: "detained dozens of protesters".
ARRESTED_CROWD_BETWEEN = (r"\s+(?:(?:at\s+least|about|around|more\s+than|nearly|some|several|"
                          r"many|a\s+few|dozens|scores|hundreds|[\d,]+|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten|\w+teen|\w+ty)\s+)*(?:of\s+)?(?:the\s+)?")
# A determiner right before a name that modifies a noun: "the Djibo attack".
DETERMINER_BEFORE = r"\b(?:the|a|an|this|that|last week's|sunday's|monday's|tuesday's|" \
    r"wednesday's|thursday's|friday's|saturday's|yesterday's)\s+$"
# A name only to find another by: "a district bordering X".
# (and the far end of a way: "blocked the road linking X to Y" did it on the road, not in Y;
# "a mine on the road leading from X toward Y")
LANDMARK_BEFORE = (r"\b(?:bordering|adjacent to|next to|border with|angry at|close to|"
                   r"(?:linking|connecting|joining|links|connects) (?:[\w'-]+\s+){1,3}?"
                   r"(?:to|with)|(?:leading|leads|running|runs|going|goes) from "
                   r"(?:[\w'-]+\s+){1,3}?(?:to|toward|towards))\s+(?:the\s+)?$|"
                   # (a place seen across a border or a street: "marched to the crossing
                   # facing the Turkish town of X")
                   r"\b(?:facing|opposite|across from)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                   r"(?:(?:town|city|village)\s+of\s+)?$")
# The wounded as those moved: "eleven wounded soldiers were evacuated" (care, not flight).
WOUNDED_MOVED_BEFORE = (r"\b(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|had been|"
                        r"have been|being)\s+)?$")
# A noun of an act as the topic of words about it: "a request concerning landmines", "a
# report about the shelling" (what is spoken of, not an act told).
TOPIC_OF_ACT_BEFORE = (r"\b(?:concerning|regarding|relating\s+to|related\s+to|on\s+the\s+"
                       r"(?:use|issue|question)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# A count of acts over a span ("11 incidents recorded in X since January", "dozens of
# attacks since the truce"): their tally, no one act (read with a "since" date).
TALLY_OF_ACTS = (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"\w+teen|\w+ty|dozens|scores|hundreds|thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                 r"(?:incidents|attacks|strikes|clashes|violations|raids|killings|cases)\b")
# Where captives a crowd speaks for are held is not where the crowd is: "families of hostages
# held in Gaza blocked a road in Tel Aviv".
HELD_CAPTIVE_BEFORE = (r"\b(?:hostages?|captives?|prisoners?|detainees?|abductees?|relatives)\s+"
                       r"(?:\w+\s+){0,2}?(?:held|kept|imprisoned|detained|jailed)\s+"
                       r"(?:captive\s+)?(?:in|at)\s+(?:the\s+)?$")
# Where the wounded are treated is not where they were hurt: "taken to hospital in X".
# (and "taken to hospital in the department capital, X", "in the nearby town of X"; nor
# where the dead were taken, "to the morgue in X", nor where the wounded were flown)
TREATED_AT_BEFORE = (r"(?:\b(?:hospitals?|clinics?|medical (?:centres?|centers?|facilit(?:y|ies))|"
                     r"morgues?|mortuar(?:y|ies)|forensic(?:\s+[\w-]+){0,2}?|coroner'?s?(?:\s+office)?)"
                     r"\s+(?:in|at)|\b(?:evacuated|flown|airlifted|"
                     r"rushed|transferred|taken)\s+(?:by\s+(?:helicopter|air|road|ambulance|"
                     r"plane|boat)\s+)?to(?:\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}?"
                     # ("flown to the main international airport in X"; a hospital or a
                     # morgue in X is the first line's)
                     r"(?:airports?|air\s?bases?|airfields?)\s+(?:in|at))?)"
                     r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:capital|city|town)"
                     r"(?:\s+of|,)?\s+)?$")
# Shelter taken where one lives displaces no one: "residents took shelter in basements".
SHELTER_IN_PLACE_AFTER = (r"\s+(?:in|inside)\s+(?:the\s+|their\s+)?(?:\w+\s+)?(?:basements?|"
                          r"cellars?|bomb shelters?|shelters?|bunkers?|metro stations?)\b")
# Where a flight, a train or a convoy came from is no place of what met it: "stormed the
# airport after a flight from X had landed".
CONVEYANCE_FROM_BEFORE = (r"\b(?:flights?|planes?|airliners?|aircraft|trains?|buses|bus|"
                          r"ships?|ferr(?:y|ies)|convoys?)\s+(?:(?:arriving|coming|returning)\s+)?"
                          r"from\s+(?:the\s+)?$")
# The one who receives what is handed over is no place: "handed over to X".
RECIPIENT_BEFORE = (r"\b(?:handed (?:\w+ )?(?:over|back)|transferred|returned|ceded|given)\s+"
                    r"(?:back\s+)?to\s+(?:the\s+)?$")
# Nor is where someone only tried to go: "detained as he tried to cross into X". (Few
# verbs: each is a cue a name's words are tested for before the pattern is searched.)
ATTEMPTED_TO_BEFORE = (r"\b(?:tried|trying|attempted|attempting) to (?:\w+ ){0,2}?"
                       r"(?:into|to|towards?|for)\s+(?:the\s+)?$")
# A settlement's word after a name: "Sahlabad village", "Shikharkh settlement".
SETTLEMENT_AFTER = (r"\s+(?:village|settlement|hamlet|town|neighbou?rhood|area|district|locality|"
                    r"camp|quarter|suburb|township|commune|municipality)\b")
# For unresolved.csv (geo.events.unlisted), two more places of a name the gazetteer lacks:
# after a place's noun and "of" ("the camp of X", "the village of X"), and before a
# division's word ("X province", "X governorate").
PLACE_NOUN_OF = (r"\b(?:village|town|city|camp|settlement|hamlet|locality|neighbou?rhood|"
                 r"district|province|region|governorate|county)\s+of\s+(?:the\s+)?$")
DIVISION_AFTER = (r"\s+(?:province|region|governorate|county|oblast|rayon|raion|department|"
                  r"prefecture|tehsil|lga|local government area|sub ?district|sub ?county|"
                  r"locality|state)\b")
# A town's name written as its district's, for "the district" to stand for ("the district
# of Aghdam", "the Aghdam district"; with DIVISION_AFTER's words).
DIVISION_NOUN_OF = r"\b(?:district|province|region|governorate|county)\s+of\s+(?:the\s+)?$"
DISTRICT_AFTER = r"\s+district\b"
# ... and the plural that ends a list of them: "the Terter, Aghdam and Aghjabadi districts".
DIVISIONS_AFTER = (r"\s+(?:districts|provinces|regions|governorates|counties|oblasts|rayons|"
                   r"departments|prefectures|states)\b")
# ... and a name written as a part of a town ("the Nork district of Yerevan"): in the town.
DISTRICT_OF_A_TOWN = r"\s+(?:district|quarter|sector)\s+of\b"
# ... but not after these, where a name is who or what, not where ("in support of X").
NOT_PLACE_OF = (r"\b(?:in|on)\s+(?:support|favou?r|memory|honou?r|solidarity|the name|charge|"
                r"defiance|protest|behalf|praise)\s+of\s+(?:the\s+)?$")
# Between an unknown place and the wider one written after it: "Sahlabad village of Tartar
# district", "Khachik (Tavush", "Berkaber, Tavush", "X area in Y", and past another unknown
# one to the province: "Sahlabad (Kurdlar, Tavush)", "X village, Y Township, Z District",
# "in X, Y Commune (Z, W)"; after a compass word: "the outskirts of X, northern Y province".
# A people's name before a town the gazetteer lacks gives its country: "near the southern
# Lebanese town of X" (read between the people's name and the town's).
PEOPLES_TOWN_GAP = (r"\s+(?:(?:border|frontline|front-line|small|remote|coastal|hilltop|"
                    r"mountain|northern|southern|eastern|western|central)\s+)?(?:town|village|"
                    r"city|hamlet|settlement)\s+of\s+")
WIDER_PLACE_GAP = (r"\s*(?:(?:village|settlement|hamlet|town|area|locality|camp|neighbou?rhood)"
                   r"\b\s*)?(?:\(\s*(?:[\w'-]+(?:\s+[\w'-]+){0,2},\s*)?|"
                   r",\s*(?:[\w'-]+(?:\s+[\w'-]+){0,2}\s*[,(]\s*|"
                   r"(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+)?|"
                   # ("around X forest, in Y district (Z)": Y)
                   r",?\s*(?:of|in|near)\s+(?:the\s+)?(?:\w+\s+){0,2}?|"
                   # ("X, on the northern section of the front in the Y district": Y)
                   r",\s*(?:on|at)\s+the\s+(?:[\w-]+\s+){1,6}?(?:of|in)\s+(?:the\s+)?|"
                   # ("X village (Y district, Z) in W": W, the area X lies in)
                   r"\s*\([^()]{1,60}\)\s*,?\s*(?:in|of)\s+(?:the\s+)?)")
# The words between a place and the wider one it is in: "Martuni in Karabakh".
IN_A_WIDER_PLACE = r"\s+in\s+(?:the\s+)?"
# Where an agreement, a statement or talks were made: "signed in X", "talks in Moscow".
MADE_AT = (r"\b(?:in|at|from)\s+(?:the\s+)?(?:(?:[a-z'-]+\s+){0,2}?(?:city|capital|town|village|"
           r"resort|palace|house)\s+of\s+|[a-z]+ (?:capital|city)\s+(?:of\s+)?)?$")
# A claim made in a formal statement is a statement: "Aliyev's statement on having captured".
FORMAL_CLAIM = r"statement\b"
# "a ceasefire, agreed in Moscow after ten hours of talks": where, in a participle after it.
AGREED_AT = (r"\b(?:agreed|signed|reached|negotiated|brokered|concluded|hammered out)\s+"
             r"(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$")
# Where an actor stands, not where it acted: "forces located at X fired on ...".
STANDING_AT = (r"\b(?:(?:positions?|units?|forces|troops|artillery|batter(?:y|ies)|guns|"
               r"soldiers|fighters|militants|posts?)\s+(?:[\w']+\s+){0,3}?located|stationed|based|"
               r"positioned|deployed|standing)\s+(?:at|in|near|around)\s+(?:the\s+)?"
               r"(?:[\w']+\s+){0,2}?$")
# Where a body has its seat, wherever the name stands: "aid workers of an organisation based
# in X were abducted on the road to Y" (X is no place of the abduction).
SEAT_AT = (r"\b(?:organi[sz]ations?|groups?|ngos?|charit(?:y|ies)|agenc(?:y|ies)|compan(?:y|ies)|"
           r"firms?|newspapers?|outlets?|networks?|monitors?|observatory|committees?|"
           r"associations?|unions?|foundations?|institutes?|media)\s+(?:[\w']+\s+){0,2}?"
           r"(?:based|headquartered|registered)\s+(?:in|at)\s+(?:the\s+)?"
           r"(?:(?:city|town|capital)\s+of\s+)?$")
AGENT_VERBS = frozenset(
    "shelled shells bombarded bombed attacked attacks captured seized took retook recaptured "
    "liberated launched launches fired fires struck hit targeted stormed overran shot downed "
    "intercepted deployed sent blockaded blocked closed evacuated arrested detained abducted "
    "killed signed opened began mounted repelled repulsed set established installed "
    "built declared imposed announced entered invaded occupied agreed reached "
    "accused cut severed halted suspended expelled banned ordered".split())
# Words between a subject and its verb: "Azerbaijan has also imposed".
AUXILIARY_ADVERBS = frozenset("also then later had has have again reportedly allegedly "
                              "subsequently finally".split())
# The agent of a participle: "the territory captured by the army".
BY_AGENT = r"\s+by\s"
# A name after these is no subject: "independence from X", "the border with X".
NOT_THE_SUBJECT = r"\b(?:from|by|with|against|of|to|than)\s+(?:the\s+)?$"
# A state's government named as the doer of its act: "the government of Armenia declared",
# "the Turkish government began enforcing a curfew" (ACLED codes such acts in the country).
GOVERNMENT_OF = r"\b(?:government|cabinet|authorities|president|parliament)\s+of\s+(?:the\s+)?$"
GOVERNMENT_AFTER = r"\s+(?:government|cabinet|authorities|president|parliament)\b"
# Verbs whose object is where the event happened: "rockets hit X", "residents left X".
OBJECT_VERBS = frozenset(
    "hit hits hitting struck strikes striking targeted targeting pounded pounding rocked shook "
    "shelled shelling bombed bombing attacked attacking captured seized entered fled flee "
    "fleeing left leaving evacuated reached surrounded encircled besieged liberated retook "
    "raided stormed destroyed damaged blockaded occupied extended spread invaded "
    "invading".split())
# "left the region for X": the event is where they left.
LEFT_FOR = r"\b(?:left|leave|leaving|departed|headed|bound)\s+(?:[\w']+\s+){0,3}for\s+[\w\s']*$"
# "arriving here in X", "took shelter in X": where people who fled got to, not whence.
ARRIVED_BEFORE = (r"\b(?:arriv(?:e|es|ed|ing)|reach(?:es|ed|ing)|shelter(?:s|ed|ing)|"
                  r"(?:take|takes|took|taken|taking|sought|seeking|found|finding) (?:shelter|"
                  r"refuge)|settl(?:e|ed|ing)|resettled|housed)\s+(?:(?:here|there|safely|"
                  r"later|eventually)\s+)*$")
BATTLE_FOR = r"\b(?:battles?|fight|fighting|struggle|war)\s+for\s+[\w\s']*$"
ROAD_TO = r"\b(?:road|way|route|highway|corridor)\s+to\s+[\w\s']*$"
# "in the region", "its border": a place named before, of the kind the noun says.
REFERENCE = (
    r"\b(?:(?:in|at|near|around|outside|inside|into|across|throughout|within|along|over|on|"
    r"from|of|left|leave|leaving|fled|flee|fleeing|hit|struck|shelled|bombed|attacked|stormed|"
    r"entered|captured|recaptured|took|taken|retook|retaken|seized|liberated|regained|"
    r"surrounded|encircled|control of)\s+(?:the|this|that)\s+(?:\w+\s+)?"
    r"(?P<noun>region|enclave|territory|republic|province|district|country|city|town|village|"
    r"capital)|\bits\s+(?:\w+\s+)?"
    r"(?P<own>border|borders|frontier|territory|soil))\b")
REFERENCE_KINDS = {
    "region": "region admin1 admin2", "enclave": "region admin1 admin2",
    "territory": "region admin1 admin2", "republic": "region admin1 country",
    "province": "admin1 admin2 region", "district": "admin2 admin1 region",
    "country": "country", "city": "city", "town": "city", "village": "city",
    "capital": "city",
}
# The town a local story is about, unnamed: "on the north side of town".
# A town named by its country ("Azerbaijan's second-largest city"): in a story filed from a
# town of that country, that town.
TOWN_OF_AFTER = r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:town|city|port)\b(?!\s+of\b)"
# ... and one that ranks it after the first, which is no capital: "second-largest city".
NOT_FIRST_CITY = r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b"
# What stands between a country's name and a place of it it owns: "Nigeria's Plateau state".
POSSESSIVE_GAP = r"['’]s\s+(?:(?:north|south|east|west)(?:ern|east|west)?\w*\s+)?"
THE_TOWN = r"\b(?:of|in|across|outside|around|into|through)\s+(?:the\s+)?(?:town|city)\b"
# "This town" in a story filed from a town is that town, whatever else it names: "shells
# landed on the hills above this southern town".
THIS_TOWN = r"\bthis\s+(?:[\w-]+\s+)?(?:town|city|village)\b"
# A verb of the present: what is told in it is the article's day.
PRESENT = (r"\b(?:is|are|am|has|have|remains?|stops?|continues?|arrives?|keeps?|says|say|"
           r"live|lives|wait|waits|stay|stays)\b")
# "the corridor", "the river": the generic word that ends a place's name stands for it.
NAMED_HEAD = (r"\bthe\s+(?:same\s+)?(?P<head>corridor|river|sea|lake|strait|gulf|peninsula|"
              r"valley|gorge|canal|highway|bridge|square)\b")
# A place as the subject of talks, not their place: "talks on the situation in X".
TOPIC_BEFORE = (r"\b(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:\w+\s+)?"
                r"(?:situation|settlement|issue|question|developments|status|future)\s+"
                r"(?:in|of|around|over|for)\s+(?:the\s+)?$")
# What a protest demanded, and where that lies, is its grievance, not where it was:
# "demanded compensation for the flooded fields at Kilisar" (the protest may be far away).
DEMAND_BEFORE = (r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing)? for)\s+(?:[\w'-]+\s+){0,8}?"
                 r"(?:at|in|for|of)\s+(?:the\s+)?$")
# A country's seat of power, in its capital: "stormed the parliament".
# (not an office named after it: "a member of parliament")
NATIONAL_SEAT = (r"\b(?<!member\x20of\x20)(?<!members\x20of\x20)(?<!speaker\x20of\x20)"
                 r"(?:parliament|national assembly|government (?:headquarters|building)|"
                 r"presidential (?:palace|administration|residence)|prime minister'?s office|"
                 # (the country's "Capitol", named so; "the Capitol" alone may be a state's)
                 r"(?<=u\.s\.\x20)capitol|(?<=\bus\x20)capitol|(?<=united states\x20)capitol)\b"
                 r"(?!\s+(?:speaker|members?|deputies|chairm[ae]n|chair|session|vote|"
                 r"elections?|majority|seats?|committee))")
# The capital told by that word alone, where something happened: "in the capital", "in the
# Ukrainian capital", "a district of Somalia's capital" (not "50 km from the capital", "the
# capital of X", which names it).
# (not a province's: "the department capital", "the regional capital")
CAPITAL_AS_PLACE = (r"\b(?:in|of|into|across|through|around|near|outside|on|at) "
                    r"(?:(?:the|its|their) (?!(?:department|departmental|provincial|province|"
                    r"regional|region|state|district|county|oblast|governorate|prefecture|"
                    r"local) )(?:(?:country|nation)'?s |[a-z]+ )?|[a-z]+'s )"
                    r"(?P<seat>capital)"
                    r"\b(?!\s+(?:of|city of)\b|'s|,? [a-z]+ (?:city|town)\b)")
# A seat named as the audience of words, not where anything happened: "Pashinyan told
# parliament", "said in parliament", "in a speech to the National Assembly".
SEAT_AS_AUDIENCE = (r"\b(?:told|tells|telling|addressed|addresses|addressing|briefed|briefing|"
                    r"(?:said|says|spoke|speaking|speech|address|statement|remarks)\s+"
                    r"(?:in|to|before|at))\s+(?:the\s+|a\s+(?:session|sitting)\s+of\s+(?:the\s+)?)?"
                    r"(?:\w+\s+)?$")
# An agreement named by its year is a past one, told as such: "the 2020 ceasefire agreement".
YEAR_BEFORE = r"\b(?:19|20)\d\d\s+$"
# A year or a day written before a noun names that thing by its date ("a breach of the 2020
# truce", "since the 1994 war", "under the 9 November statement") and dates nothing else in
# its sentence.
_MONTH_NAMES = rf"(?:{_ANY_MONTH})\.?"
DATE_AS_NAME = (r"\b(?:the|a|an|its|their)\s+(?:(?:19|20)\d\d\s+[a-z]|"
                # ("the November 2020 ceasefire statement")
                rf"(?:\d\d?\s+{_MONTH_NAMES}|{_MONTH_NAMES}\s+\d\d?|"
                rf"{_MONTH_NAMES}\s+(?:19|20)\d\d)\s+"
                r"(?!(?:and|or|at|in|on|to|of|when|after|before|as|until|while|from|by|with|"
                r"for|that|which|was|were|is|he|she|they|it|we|i)\b)[a-z])")
# "The attack, which began...": the article's own event named again, right before its noun.
DEFINITE_JUST_BEFORE = r"\b(?:the|this|that)\s+(?:same\s+)?$"
# ... and one that words about an act name: "criticised the handling of the Djibo attack",
# "condemned the attack" (the act told before, not a new one).
SPOKEN_OF_BEFORE = (r"\b(?:criticis\w*|criticiz\w*|condemn\w*|denounc\w*|deplor\w*|"
                    r"decr(?:y|ies|ied|ying)|(?:handling|aftermath|wake) of|response to|"
                    r"(?:investigation|inquiry|probe) into)\s+(?:[\w'-]+\s+){0,3}?"
                    r"(?:the|this|that)\s+(?:[\w'-]+\s+)?$")
# ... and a name given to what was just told, whatever its kind: 'called it a "treacherous
# attack"'.
NAMED_AS_BEFORE = (r"\b(?:called|calling|calls|described|describing|describes|termed|"
                   r"branded|labell?ed)\s+(?:it|this|that|them|the\s+\w+)\s+(?:as\s+)?"
                   r"(?:an?\s+)?[\"“']?(?:[\w'-]+\s+){0,2}$")
# ... and the word that names one attack so told, which may be a shelling told before by its
# weapons ("opened fire with artillery ... The attack was directed at X"); read as the whole
# trigger, folded.
ONE_ATTACK = r"attack"
# A time written right at its trigger: "clashes in July", "the 2016 war", "July's clashes".
OWN_TIME_AFTER = r"\s+(?:in|on|of|during)\s+(?:the\s+)?"
OWN_TIME_BEFORE = r"(?:'s)?\s+"
# An earlier event told as the time of this one: "two months after clashes in July".
# Between two triggers, a word that makes the second the time of the first, an act of its
# own: "looted shops after residents fled the fighting".
ANOTHER_ACT_BETWEEN = r"\b(?:after|following|before|since|until)\b"
TIME_ANCHOR_BEFORE = r"\b(?:after|before|since|following)\s+(?:the\s+)?(?:\w+\s+)?$"
# "the attack", "Sunday's deadly blast": an event spoken of again; not "its troops had".
DEFINITE = (r"\b(?:the|this|that|these|those|its|their|[a-z]+'s)\s+"
            r"(?:(?!(?:had|has|have|was|were|is|are|been|be|did|will|would)\s)"
            r"[a-z]+\s+){0,2}$")
# A time told from another event: "a day after troops captured X", "hours before the
# operation began", "a week after X took control". `count` is a number of days ("hours",
# "shortly": none), of weeks when `weeks` is matched.
# (a count only with its unit: "18:30 after" is a time of day)
ANCHORED = (r"\b(?P<count>(?:a|one|two|three|four|five|six|seven|\d+|the)"
            r"(?=\s+(?:days?|weeks?)\b)|hours|minutes|shortly|just|moments)\s+"
            r"(?:days?\s+|(?P<weeks>weeks?)\s+)?"
            r"(?P<direction>after|before)\s+(?:the\s+)?(?P<noun>\w+)?")
# Past forms of verbs of events that do not end in "-ed": "a week after X took control".
IRREGULAR_PAST = frozenset("took fought shot hit struck began overran overtook threw blew "
                           "broke fled left lost won drove stole burnt went came".split())
# "after a day of fighting, X capitulated": the day after the time the paragraph tells.
AFTER_DAYS_OF = r"\bafter\s+(?P<count>a|one|two|three|four|five|six|seven|\d+)\s+days?\s+of\b"
# A day told from the day the story is telling: "the same day", "the next day", "two days
# later", "the previous day", "the day before." (alone: "the day before the vote" is the
# vote's); or a part of it: "the next morning", "the previous evening", "the night before".
DAY_SHIFT = (r"\b(?:(?P<same>(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day)\b|"
             r"(?:the\s+)?(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)"
             r"\b(?!\s+of\b)|"
             r"the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|"
             r"the\s+(?:day|morning|evening|night)\s+(?:(?P<after>after)|before|prior)"
             r"(?=\s*(?:[,.;:)]|$))|"
             r"(?P<count>a|one|two|three|four|five|six|seven|\d+)\s+days?\s+"
             r"(?:(?P<later>later|afterwards?)|earlier|prior(?!\s+to)|before(?=\s*(?:[,.;:)]|$))))")
# A month told from the month the story is telling: "later that month", "the following
# month" (the month after).
MONTH_SHIFT = (r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+month|that\s+same\s+month|"
               r"(?P<next>the\s+(?:following|next)\s+month|a\s+month\s+later))\b")
ANCHOR_COUNTS = {"a": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7}
# The nouns an anchor names its event by, and the kind of event each is: a type, a sub-type,
# or "violent" (any violence).
ANCHOR_NOUNS = {
    "deal": "Agreement", "agreement": "Agreement", "ceasefire": "Agreement",
    "truce": "Agreement", "accord": "Agreement", "talks": "Meeting", "meeting": "Meeting",
    "summit": "Meeting", "strike": "violent", "strikes": "violent", "attack": "violent",
    "attacks": "violent", "assault": "Battles", "shelling": "Explosions/Remote violence",
    "operation": "violent", "offensive": "Battles", "fighting": "Battles",
    "clashes": "Battles", "war": "violent", "bombardment": "Explosions/Remote violence",
    "protest": "Protests", "protests": "Protests",
    "rally": "Protests",
    # (a seizure of power: "within days of the coup")
    "coup": "Strategic developments",
}
# ... and a time within a span after one: "within days of the coup" (after it).
WITHIN_DAYS_OF = (r"\bwithin\s+(?:a\s+few\s+|several\s+)?(?:days|hours|weeks|a\s+day|"
                  r"a\s+week)\s+"
                  r"(?P<direction>of)\s+(?:the\s+)?(?P<noun>\w+)?")
# The dead of an event told before, named by its noun: "were killed in the fighting".
IN_THE_EVENT = (r"\b(?:in|during)\s+the\s+(?:\w+\s+)?(?:fighting|clashes|attacks?|offensive|"
                r"operation|shelling|strikes?|assault|bombardment|raid|battle)\b")
# Whom a noun of violence harmed, named before it with their passive: "12 people were
# killed during the assault" (victims, not the assault's doers).
HARMED_BEFORE_NOUN = (r"\b(?:was|were|been|got)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\s+"
                      r"(?:in|during)\s+(?:(?:the|an?|this|that|their)\s+)?(?:[\w-]+\s+)?$")
# Done at some time before the story's day, in its year: "captured in the recent fighting"
# (not "in the last war", which may be another).
EARLIER_FIGHTING = (r"\W*(?:[\w'-]+\s+){0,4}?(?:in|during)\s+(?:the\s+)?(?:most\s+)?recent\s+"
                    r"(?:\w+\s+)?(?:fighting|war|hostilities|clashes|offensive|conflict)\b")
# A past perfect: what had happened before the news.
PLUPERFECT = r"\bhad\s+(?:\w+\s+){0,2}?(?:been\s+)?\w+(?:ed|en|t|wn|ne|ck|ht|ld|un|ok|ew)\b"
# A verb of saying before a pluperfect: the tense is only the report's ("the ministry said
# its troops had shelled X" tells the story's time, not something before it).
REPORTED_SPEECH = (r"\b(?:said|says|told|reported|claimed|stated|announced|added|confirmed|"
                   r"alleged|insisted)\b")

# --- How many were killed

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
MULTIPLIERS = {"hundred": 100, "thousand": 1000}
DOZEN = frozenset({"dozen"})
AND = frozenset({"and"})
ARTICLES = frozenset({"a", "an"})
# A participle after a determiner or a preposition describes its noun and tells no act:
# "putting tarpaulins on damaged homes", "the destroyed bridge" (but "shells damaged homes").
DESCRIBING_BEFORE = (r"\b(?:the|a|an|on|of|in|into|for|to|from|with|its|their|his|her|"
                     r"these|those|some|many|several|other)\s+$")
ONE_PRONOUNS = frozenset({"him", "her", "himself", "herself"})
# Words that join one more to a count as "and" does: "four civilians in addition to himself".
ALSO_JOINS = (("in", "addition", "to"), ("as", "well", "as"), ("along", "with"), ("besides",),
              ("plus",))
# ... of which these name one told before ("lynched a man, beating him to death": one),
# unlike a reflexive ("killed a guard and then himself": two).
BACK_PRONOUNS = frozenset({"him", "her"})
# ... and the one who did it, named last in a list of the dead: "two guards and the bomber
# were killed" (three: ACLED counts the attackers).
ONE_DOERS = frozenset({"bomber", "attacker", "assailant", "gunman", "shooter", "perpetrator"})
# One dead, as the subject of "died" or a passive ("he", and one more of those told: "one
# died at the scene; the second died in hospital").
ONE_SUBJECTS = frozenset({"he", "she", "second", "third", "other", "another"})
# Who may or may not have died counts no one: "without saying whether anyone was killed".
WHETHER_ANYONE = r"\b(?:whether|if) (?:anyone|anybody)\b"
# ... and two of them: "Both died", "both of them were killed".
TWO_SUBJECTS = frozenset({"both"})
ORIGIN = frozenset({"from"})  # "a man from Goris died": the dead came from there
# Animals a count may name, with a word or two before them ("40 cattle", "35 wild birds"):
# no people, no dead of an event.
ANIMALS = frozenset("cattle cows cow goats goat sheep camels camel livestock birds bird animals "
                    "chickens dogs dog horses horse donkeys donkey pigs oxen".split())
NOT_PEOPLE = frozenset("hours hour days day weeks week months month years year minutes km "
                       "kilometres kilometers metres meters miles times percent per "
                       "houses homes buildings tanks drones vehicles incidents "
                       # ("in a separate incident, a soldier was killed": one dead, not two)
                       "incident attack assault clash raid ambush blast explosion".split())
VAGUE = frozenset("tens dozens scores hundreds thousands many several numerous some".split())
# What ACLED codes for a vague count of the dead: "tens" 10, "dozens" 12 (its codebook: the
# most conservative reading). ACLED reads "hundreds" as 100, but here those words mostly
# count a war's or a span's dead ("has killed thousands of civilians in X"): no number, as
# for the other vague words.
VAGUE_COUNTS = {"tens": 10, "dozens": 12}
_PERSON_NOUNS = (r"people|persons?|civilians?|soldiers?|servicem[ae]n|troops|fighters|"
                 r"militants|rebels|separatists|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|"
                 r"residents?|villagers?|officers?|policem[ae]n|police|journalists?|"
                 r"workers?|members?|guards?|personnel|individuals|victims|others|babies|"
                 r"baby|infants?|teenagers?|students?|medics?|doctors?|nurses?|passengers?|"
                 r"protesters?|demonstrators?|refugees|staff|conscripts?|volunteers?|"
                 r"peacekeepers?|citizens?|commandos?|agents?|militiam[ae]n|insurgents?|"
                 r"attackers?|assailants?|gunm[ae]n|shepherds?|farmers?|drivers?|traders?|"
                 r"teachers?|imams?|priests?|elders?|leaders?|chiefs?|commanders?|lieutenants?|pilots?|"
                 r"fathers?|mothers?|sons?|daughters?|brothers?|sisters?|husbands?|wives|wife|"
                 r"owners?|shopkeepers?|businessm[ae]n|merchants?|vendors?|fishermen|miners?|"
                 r"relatives?")
PERSONS = rf"(?:{_PERSON_NOUNS}|\w{{3,}}ians?|\w{{3,}}is)"
# People who "were hit" were shot or wounded: a casualty of the event another word tells,
# no strike of its own ("five VDP were killed and several assailants were hit"). (The
# person nouns, not the demonym-like endings, which city names share: "Tbilisi was hit".)
PEOPLE_HIT_BEFORE = rf"\b(?:{_PERSON_NOUNS})\s+$"
# A person's age after a full name or a person's noun, set off by commas: "Samvel Davtyan,
# 67, was killed", "a contract soldier, 24, died of his wounds", "two men, 19 and 22, were
# shot" (no count of the dead); the name is kept, the age and its commas dropped.
AGE_AFTER_A_NAME = (r"\b((?!(?:In|On|At|From|Near|Of|The|By|To|And|But|After|Before)\s)"
                    r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|(?<![\w-])(?:[Aa]n?|[Tt]he|[Tt]wo|[Bb]oth)\s+"
                    rf"(?:[a-z]+\s+)?{PERSONS}),\s+(?:aged\s+)?\d{{1,3}}(?:\s+and\s+\d{{1,3}})?,")
# An aside that gives their ages, wherever it stands: "two farmers from X, aged 34 and 52,
# were shot dead" (left out, it leaves the people counted before it).
AGE_ASIDE = r",\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|to|[-–])\s*\d{1,3})?\s*,"
# The ages of people told, never a count of them: "two men aged 19 and 22 were shot dead",
# "a man aged 40", "victims between the ages of 18 and 25".
AGES_GIVEN = (r"\b(?:aged|ages)\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*(?:and|to|[-–])\s*\d{1,3})?"
              r"(?!\d)|\b(?:between\s+)?the\s+ages\s+of\s+\d{1,3}(?:\s*(?:and|to|[-–])\s*"
              r"\d{1,3})?(?!\d)")
# A person named by what was done to him before: "to release a detained relative" (who he
# is, no arrest told).
HELD_PERSON = (r"(?:detained|arrested|jailed|imprisoned|abducted|kidnapped)\s+(?:[a-z]+\s+)?"
               rf"{PERSONS}\b")
NP_STOP = frozenset(
    "in on at by after before during when while as said says say that which who where from "
    "since near across into outside inside behind over for with without because amid "
    "following wounded injured hurt wounding injuring missing and/or were was "
    "been being is are have has had".split())
# A verb form after "and" opens another clause and ends the count's phrase: "killing four
# farmers and burning several houses" (the houses, counted or not, are no one's death),
# "killed two men and arrested five", "killed three and took 12 hostages".
VERB_AFTER_AND = (r"[a-z]+ing|(?!armed)[a-z]{2,}ed|took|stole|set|burnt|held|fled|left|made|"
                  r"shot|hit|beat|kept|sent")
# ... and so does a subject of its own with its verb after "and": "troops killed 3 militants
# and 2 soldiers also lost their lives" (the soldiers are counted by their own verb).
CLAUSE_AFTER_AND = (r"(?:\S+ ){1,3}(?:also |too |later )?(?:were|was|died|lost|had|have|has|"
                    r"are|is)\b")
AFTER_KILLING = frozenset("at least more than some about nearly around over up to almost "
                          "approximately roughly as many".split())
# Words of killing, and where the count stands: "killed three", "three were killed",
# "six deaths", "two fatalities", "beaten to death".
# ("lynched": put to death by a mob)
# ("neutralised": an army's word for the enemies it killed, "neutralising 17 fighters")
_NEUTRALISED = ("neutralised", "neutralized", "neutralising", "neutralizing")
KILLING = frozenset({"killed", "killing", "kills", "dead", "died", "perished", "lives", "dies",
                     "executed", "executing", "assassinated", "lynched", "beheaded", "beheading",
                     "decapitated", "decapitating", "deaths", "fatalities", "fatality", "death",
                     *_NEUTRALISED})
KILLING_ACTIVE = frozenset({"killed", "killing", "kills", "executed", "executing",
                            "assassinated", "lynched", "beheaded", "beheading", "decapitated",
                            "decapitating", *_NEUTRALISED})
# ... of these, only a verb's counts, not a participle that tells how the dead already
# counted died ("killed four herders (beheaded)": four).
KILLING_AS_VERB = frozenset({"lynched", "beheaded", "decapitated"})
KILLING_NOUNS = frozenset({"deaths", "killing"})  # "the deaths of two civilians"
# Verbs of how: "shot dead", "shot and killed", "beaten to death".
KILLING_MANNER = frozenset("shot beaten beat stabbed hacked burned burnt stoned tortured hanged "
                           "strangled bludgeoned clubbed lynched attacked found".split())
POSSESSIVES = frozenset({"his", "her", "its", "their"})  # "a woman and her son", "its owner"
# "to death": the killing word after a verb of violence ("beaten to death").
DEATH = frozenset({"death"})
TO = frozenset({"to"})
PASSIVE = frozenset({"were", "was", "been", "being", "are", "is", "got"})
# Adverbs between a subject and its verb: "militants reportedly killed five".
VERB_ADVERBS = frozenset({"reportedly", "allegedly", "also", "then", "later", "subsequently",
                          "apparently", "reported", "all"})
# Before these, "killed" closes a participle ("four people killed and twenty wounded").
PARTICIPLE_END = frozenset({"and", ",", ";", ".", "in", "on", "at", "by", "during", "when",
                            "while", "after", "as"})
# A verb's present participle: it ends a noun phrase it follows ("a man carrying a pipe";
# not one before its noun, "a fleeing civilian"), and after "was" it is a progressive, no
# passive ("Azerbaijan was shelling X").
PRESENT_PARTICIPLE = r"[a-z]{2,}ing"
# A household counted by its members: "one family of five" is five people.
FAMILY_WORDS = frozenset({"family", "household"})
# Harm told as fatal is a killing: "fatally shot a man" (killed), "the fatal police
# shooting of a teenager" (the killing of).
FATALLY = (r"(?i)\bfatally (?:shot|stabbed|wounded|injured|beaten|hit|struck|shooting|"
           r"stabbing|wounding)\b")
_FATAL_HARM = r"fatal (?:\w+ )?(?:shooting|stabbing|beating)"
FATAL_NOUN = rf"(?i)\b{_FATAL_HARM}(?= of\b)"
# "A" that counts no one: "a total of", "a number of".
NOT_ONE = frozenset({"total", "number", "group", "few", "lot", "dozen", "hundred", "thousand",
                     "series", "couple", "handful", "result", "further", "estimated",
                     "reported", "minimum", "maximum"})
# Words before a number that make it a year, not a count: "born in 1953", "since 2015".
YEAR_BEFORE_WORDS = frozenset({"in", "born", "since"})
# A pair named by one noun: "killing an elderly couple" (two; not "a couple of days").
PAIR_NOUNS = frozenset({"couple"})
SINGULAR_PASSIVE = frozenset({"was"})
# What a note says it coded: "Fatalities coded as 3", "2 fatalities", "Fatalities: 11".
CODED = (r"\b(?:fatalities|deaths)(?: were)? coded as (\d+)\b|(?:^|\. )(\d+) fatalit(?:y|ies)\b|"
         r"(?:^|\. )fatalities\s*:\s*(\d+)\b")
# ... and its share of a count split between events: "split across 3 events (4)", "with 5
# coded to each" (read before the whole count, which a note may give too).
CODED_SHARE = (r"\b(\d+) coded to each\b|\bsplit (?:across|between|among) (?:\w+ ){0,2}?"
               r"events? \((\d+)\)")
# ... or a count split in even shares, none given: "Fatalities split between 2 events."
CODED_SPLIT = (r"\bsplit (?:evenly )?(?:across|between|among) (?:the )?(?P<n>\d+|two|three|four|"
               r"five|six) events?\b(?! \(| with)")
LIVES = frozenset({"lives"})  # "lost their lives": the count stands three words back
LOST = frozenset({"lost"})
THE = frozenset({"the"})  # "the dead" are people, not a report of deaths
DEAD = frozenset({"dead"})
AT = frozenset({"at"})  # "killed at the checkpoint": a participle with its place
BE = frozenset({"be"})
AUXILIARIES = frozenset({"were", "was", "been", "being", "are", "is", "have", "has", "had", "got",
                         "reportedly", "reported", "also", "all"})
LIST_CUTS = ("including", "among")
# The ending of a participle that opens a modifier of the dead, which the count stands
# before: "ten people waiting in line for bread were killed", "three children playing in a
# field died".
MODIFIER_PARTICIPLE_ENDINGS = ("ing",)
# ... and the words that make a count part of the one before it, in an aside: "two civilians,
# one of them a child, were killed" (two).
OF_THEM = frozenset({"them", "whom"})
# One dead told by a body found or a person found dead: "the body of a man was found".
ONE_BODY = (r"\b(?:the )?(?:body|corpse|remains) of (?:a|an|the|one|his|her) [^.;]{0,80}?"
            r"(?:was|has been|had been) (?:found|discovered|recovered)|"
            r"\b(?:was|has been|had been) found dead\b")
# One dead told by a verb that inflects for one, where no count is read (Russian "погиб
# военнослужащий"); English reads one from its words ("a shepherd was killed"), so the pattern
# never matches here.
ONE_DEAD = r"(?!x)x"
# ... and as many as the bodies found: "the bodies of two men were found".
BODIES_FOUND = (r"\b(?:bodies|corpses) of (?P<who>(?:[\w'-]+ ){1,5}?)(?:were|have been|had been) "
                r"(?:found|discovered|recovered)\b")
# A side's claim of the dead it caused, told beside another's count of them: "killing at
# least 6 soldiers, according to an elder, while the militants claimed to have killed 19".
# The claim is another figure for the same dead; ACLED takes the lower (the count told
# without a claim). Read on the words just before the verb of killing.
CLAIMED_KILLING_BEFORE = (r"\bclaim(?:s|ed|ing)?\s+(?:to\s+have|(?:it|they|he|she)\s+"
                          r"(?:had|has|have)|having)\s*$|"
                          # ... told in the passive: "a rebel spokesman claimed that 5 soldiers
                          # were killed, but the army said one soldier died"
                          r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:[\w-]+\s+){1,5}?(?:were|was|"
                          r"had\s+been|have\s+been|has\s+been)\s*$|"
                          # ... and a side's word of the dead its own troops caused: "the
                          # ministry said its troops had destroyed positions near X and killed
                          # dozens of soldiers"
                          r"\bsaid\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?(?:troops|forces|"
                          r"units|army|soldiers|fighters)\s+(?:had\s+|have\s+|has\s+)?"
                          r"(?:[\w-]+\s+){0,7}?(?<!were )(?<!was )(?<!been )$")
ZERO = (r"\b(?:no one|nobody|no people|none) (?:was|were|had been|has been) "
        r"(?:killed|hurt|injured)|no (?:[\w-]+ (?:or |and )?){0,4}?(?:deaths|fatalities|"
        r"casualties|losses|injuries)(?: were| was)? (?:reported|recorded)|"
        r"without (?:any )?(?:casualties|losses)|no (?:one|people) died|"
        r"(?:there were|suffered|with) no (?:casualties|losses|deaths|fatalities)|"
        r"no (?:civilians?|one|people|soldiers) (?:was |were )?(?:injured|hurt|killed)\b")
# "there" right after an act, the place named before it: "an artillery attack there killed a
# civilian" (not "there were", "there has been").
THERE_AFTER = r"\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could)\b)"
# A toll told as it rose: the dead of an event told before, now more ("By Monday the toll
# had risen to 12").
_ROSE = r"(?:had |has |have )?(?:\w+ )?(?:risen|rose|climbed|jumped|increased|grown|grew)"
TOLL_ROSE = rf"\btoll {_ROSE} to\b"
DEATH_TOLL = (r"\b(?:death toll|number of (?:people |those )?(?:dead|killed|deaths|victims)|"
              # ("the toll had risen to 12": of the dead, as it rose)
              r"(?<=the )toll(?= " + _ROSE + r")) "
              r"(?:[\w'’-]+ ){{0,14}}?(?:to|at|of|reached|is|was|stands at|stood at|hit) "
              r"(?:at least |more than |some |over |nearly |about )?(\d{{1,3}}(?:,\d{{3}})+|\d+|"
              r"(?:{number})(?: (?:{number}|and))*)\b")
KILL_WORD = (r"\b(?:killed|killing|kills|dead|died|perished|lost (?:their|his|her) lives|"
             rf"{'|'.join(_NEUTRALISED)}|"
             r"executed|executing|assassinated|lynched|beheaded|beheading|decapitated|"
             r"decapitating|"
             rf"to death|fatalit(?:y|ies)|deaths|fatally|{_FATAL_HARM}|"
             r"death of (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
             r"no (?:casualties|losses)|"
             r"death toll|number of (?:people |those )?(?:dead|killed)|bod(?:y|ies)|corpses?|"
             r"remains)\b")


# --- Function words the logic reads by name

# Names in a list: "X, Y and Z", "X or the Y".
# ("the X region and four villages of the Y region", "X and the town of Y": a
# division's word after a name, and a part or the kind of the next one, stay in the list;
# so does a locative told again: "at X and at Y".)
LISTED = (r"\s*(?:(?:region|district|province|village|town|city),?\s+(?:and|or)|,|,?\s+and|"
          r",?\s+or)\s+(?:(?:at|on|in|near|against)\s+)?(?:the\s+)?(?:(?:\w+\s+)?(?:villages?|settlements?|parts?|towns?|city|"
          r"cities)\s+(?:of|in)\s+"
          r"(?:the\s+)?)?")
# "between X and Y": the two sides (actors), or the two ends of a line (places).
# The two sides of a clash written after it: "clashes erupted between X and Y".
CLASH_SIDES = (r"^\s+(?:\w+\s+){0,2}?between\s+(?:the\s+)?(?P<first>(?:[\w'-]+\s+){1,5}?)and\s+"
               r"(?:the\s+)?(?P<second>[\w'-]+(?:\s+[\w'-]+){0,4}?)(?=\s*[,.;:()]|\s*$|\s+(?:in|at|"
               r"on|near|during|after|over|as|when|which|who|that|following|killed|killing|left|"
               r"leaving|wounded|wounding|injured|injuring|since|for|from)\b)")
# A people's name as a noun, in the plural ("Palestinians"), not as an adjective
# ("Armenian" of "Azerbaijani and Armenian forces").
PEOPLE_NOUN = r"s$"
# "They" as a doer, in the sentence right after a protest: the protesters ("On the way
# they beat a passer-by": their riot; "Some looted shops": some of them).
THEY_DOER = r"\b(?:they|some(?: of them)?|many of them|others)\b"
# A state named before as the subject of its act: "Azerbaijan said it had taken X".
IT_DOER = r"\bit\s+(?:(?:has|had|have|also|then|later|now)\s+)*$"
# Armed men named again as those just told of: "the militants", "the attackers", "they".
# An act told as going on while another did: "police detained 100 people as hundreds
# protested".
# (or whom they held at it: "detained 12 activists who were staging a sit-in")
WHILE_IT_WENT_ON = (r"\b(?:as|while|who (?:were|was) (?:staging|holding|taking part in|"
                    r"participating in|joining|attending))\b")
# ... and those the sentence names only as harmed are not: "seven soldiers were killed and
# several vehicles were set ablaze".
HARMED_AFTER_ACTOR = (r"\s+(?:\w+\s+)?(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?"
                      r"(?:killed|wounded|injured|hurt|shot dead)\b")
DOERS_TOLD_OF = (r"\b(?:(?:the|these|those) (?:\w+ )?(?:militants|attackers|assailants|gunmen|"
                 r"fighters|insurgents|rebels|raiders|bandits|jihadists|terrorists)|they)\b")
# ... and the violence itself, named again as what did the damage: "The strikes damaged
# several houses", "the shelling destroyed a school".
VIOLENCE_TOLD_OF = (r"\b(?:the|these|those|that|this) (?:\w+ )?(?:strikes?|air ?strikes?|"
                    r"shelling|attacks?|bombardment|bombing|blasts?|explosions?|rockets?|"
                    r"missiles?|shells|drones?)\b")
# A road named after where it leads: "near the Jalandhar bypass in Ludhiana" is in
# Ludhiana; the name alone places an event only where no other place does; so is a border
# named after what lies behind it ("along the Gaza border fence near Rafah": near Rafah),
# and a railway or a pipeline after the land it crosses ("blocked the Sahel metro").
ROAD_NAMED_AFTER = (r"\s+(?:bypass|road|highway|motorway|expressway|ring road|"
                    r"border(?: fence| wall)?|frontier|metro|railway|railroad|rail line|"
                    r"tramway|pipeline)\b")
# The clause that tells how casualties came about: "wounded when handling a grenade".
HOW_IT_HAPPENED = r"\s*(?:when|as|after|while)\s"
# A relative clause about someone else: "in support of the activist, who had been arrested
# in Russia" (no intervention at the protest).
OF_ANOTHER = r"\bwho\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$"
# An attack on no one, figuratively: "an attack on media freedom", "assault on democracy".
FIGURATIVE = (r"\s+(?:on|against|upon)\s+(?:the\s+|our\s+|their\s+)?(?:\w+\s+)?(?:freedoms?|"
              r"rights|democracy|liberty|liberties|press|journalism|constitution|sovereignty|"
              r"dignity|values|truth|justice|judiciary|rule of law|reputation|privacy)\b")
# Fire that is criticism: "came under fire from officials for not sending help".
CRITICISM_AFTER = (r"\s+(?:from\s+(?:\w+\s+){0,2}?(?:critics|officials|lawmakers|politicians|"
                   r"opposition|activists|rights groups|media|commentators)|for\s+(?:not|"
                   r"failing|its|his|her|their|the way))\b")
BETWEEN = r"\bbetween\s+(?:(?:the\s+)?[\w']+\s+){0,3}?(?:and\s+)?(?:the\s+)?$"
BETWEEN_LIST = r"\b(?:between|linking|connecting)\s+(?:the\s+)?(?:[\w']+\s+){0,2}?$"
# "not X": a place denied.
NOT_BEFORE = r"\bnot\s+(?:\w+\s+)?$"
# A place fronted before the sentence's verb: "In Martuni, ...".
FRONTED = (r"\W*(?:(?:on|around)\s+(?:\w+\s+){0,3}?\w+,\s+)?"
           r"(?:in|at|near|outside|inside|around|across)\s+(?:the\s+)?(?:[\w']+\s+){0,3}?")
# What breaks "X, Y" apart as a town and its wider setting: "X and Y", "from X to Y".
NOT_A_QUALIFIER = r"[;:]|\b(?:and|or|but|while|from|to)\b"
# A list cue that lets a wider setting stand a little further: "X, including Y".
INCLUDING = r"\bincluding\b"
# More places of the trigger's act told after it: "X was also targeted, along with the towns
# of Y and Z".
ALONG_WITH = (r",?\s*(?:along with|together with|as well as)\s+(?:the\s+)?(?:(?:\w+\s+)?"
              r"(?:towns?|villages?|cit(?:y|ies)|settlements?|districts?)\s+of\s+)?")
# Words right before a name that govern it, each as place_use reads it.
FROM_WORDS = frozenset({"from"})  # fled from X (displacement), an address from X
# Words between "from" and the place an attack came from: "from the territory of X".
ORIGIN_FILLERS = frozenset({"the", "territory", "of", "direction"})
INCLUDING_WORDS = frozenset({"including"})  # "the coast, including X"
FOR_WORDS = frozenset({"for"})  # "the battle for X", "fled for X"
TO_WORDS = frozenset({"to", "into", "toward", "towards"})  # "the road to X", "fled toward X"
# A crossing happens where it crossed: "crossed into Armenia at the village of X" was at X
# (where people fled to is no place of their flight, `where_they_went`).
CROSSED_WORDS = frozenset({"cross", "crossed", "crosses", "crossing"})
OF_WORDS = frozenset({"of"})  # "in PD1 of X"
# "the town of Jermuk": a generic word that names the place after it.
NAMING_OF = r"\s+(?:of\s+)?[a-z]"
# ... and one its own name follows, given by others: "the town, which Armenians call Shushi",
# "the city, known locally as X" (that name is the town referred to).
CALLED_AFTER = (r"\s*,?\s*(?:(?:which|that)\s+(?:[\w'-]+\s+){0,2}?(?:calls?|called|knows?\s+as|"
                r"refers?\s+to\s+as)|(?:also\s+|locally\s+)?(?:known|called|named)\s+"
                r"(?:locally\s+|by\s+\w+\s+)?as)\s+$")
# Dead beyond those already told: "also 4 militants were killed", "two more soldiers died".
MORE_DEAD = r"\b(?:also|as well|more|additional|further)\b"
# Where one source's account of the dead gives way to another's ("the ministry said three were
# killed; the rebels said they had killed 25", "..., while X said 40 had died"), and the words
# that make a part of the sentence a source's account.
ACCOUNT_TURNS = frozenset({"while", "whereas", "but"})
# ... and the words of a later source's other figure, after the text's own count ("killing
# two soldiers; the rebels' agency claimed that seven had died").
ACCOUNT_ALTERNATIVE = (r"\b(?:claimed|claims|reported|reports|put the (?:death )?toll|"
                       r"according to)\b")
ACCOUNT_SOURCE = (r"\b(?:said|says|say|told|reported|reports|claimed|claims|stated|confirmed|"
                  r"counted|announced|published|spoke of|statements?|according to|"
                  r"put the (?:death )?toll)\b")
# A separate act told of the same place and day, whose dead add to the day's ("Separately,
# shelling of the city killed ten").
SEPARATELY = r"\b(?:separately|in (?:a |another )?separate)\b"
# Acts the sentence tells apart at each of its places: "in separate artillery attacks".
SEPARATE_ACTS = r"\bseparate\s+(?:\w+\s+)?$"
# Parts of a sentence that tell events apart, so that no trigger of one gives way to the
# other's: a semicolon, or a clause of contrast ("X pounded A, while Baku accused Y of
# shelling B").
# (and a clause of another act's time: "..., a day after mortar rounds landed on X")
# (and two things reported: "said a woman was killed in X, and that Y had come under fire")
CLAUSES_APART = (r";|,\s+(?:while|whereas|but|and\s+that)\s|"
                 r",\s+(?:a|an|one|two|three|four|five|six|\d+)\s+"
                 r"(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s")
# A casualty word the article uses for a person already named: "the dead man".
THE_BEFORE = r"\bthe (?:\w+ ){0,2}$"
# ... nor a harm written as the adjective of the people it left ("carrying a wounded man",
# "two injured soldiers were flown out"): who they are, not an act of the sentence's.
HARMED_PERSON_BEFORE = (r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                        r"several|many|some|dozens of|his|her|their|its)\s+$")
HARMED_PERSON = (r"(?:wounded|injured)\s+(?:man|men|woman|women|boys?|girls?|child|children|"
                 r"soldiers?|servicem[ae]n|civilians?|fighters?|people|persons?|policem[ae]n|"
                 r"officers?|residents?|villagers?|patients?|comrades?)\b")
# ... but one with a count or a determiner after it is a verb with its object: "the gunmen
# killed three villagers", "the army killed at least 12 militants" (not "two days ago").
VICTIMS_AFTER_VERB = (r"\s+(?:at least |as many as |more than |up to |some |about |nearly |"
                      r"almost )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|scores|hundreds|"
                      r"several|many|his|her|their|its)\b(?!\W+(?:\w+\W+)?(?:hours?|days?|"
                      r"weeks?|months?|years?)\b)")
# ... but a verb of dying tells a death after its subject: "the guard died".
DYING_VERB = r"(?:died|dies|perished|succumbed)$"
# Who took a place, after its verb: "fell to the rebels", "captured by X".
TAKER_AFTER = r"\s+(?:to|by)\s+(?:\w+\s+){0,5}"
# "withdrew from X": a withdrawal that gives up a place.
FROM_AFTER = r"\s+(?:\w+\s+){0,4}?from\b"
# Arms seized, not a place: "seized weapons", "captured an arms cache".
ARMS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:(?:and|as well as)\s+(?:\w+\s+){0,2}?)?(?:weapons?|"
              r"arms|ammunition|munitions|rifles|guns|firearms|explosives|arms caches?|"
              r"weapons caches?)\b")
# Goods taken, not ground: "seized livestock", "seized foods hidden by" (looting).
GOODS_AFTER = (r"\s+(?:\w+\s+){0,4}?(?:foods?|foodstuffs?|cattle|livestock|goats|sheep|camels|"
               r"ruminants|animals|goods|money|cash|vehicles?|cars?|trucks?|motorbikes?|"
               r"motorcycles?|belongings|crops|harvests?|grain|fuel)\b")
# A storming: of a place with people killed in it and no armed men met, an attack on them.
STORMED = r"storm(?:ed|ing)\b|storms?(?= (?:the|a|an) )"
# ... and of a building, an assault on those in it, no ground held: "stormed the compound of
# the municipality", "stormed a hotel", "stormed a checkpoint" (ACLED: an armed clash, or an
# attack on civilians).
BUILDING_AFTER = (r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:compound|buildings?|"
                  r"headquarters|offices?|hotel|prison|jail|police station|hospital|school|"
                  r"church|mosque|bank|embassy|court|courthouse|residence|palace|ministry|"
                  r"houses?|homes?|"
                  r"restaurant|mall|shopping centre|market|checkpoint|outpost|"
                  r"(?:police|army|military|security|border) post)\b")
# Power taken, not ground: "seized power in a coup" (a change of who rules, no front line).
POWER_AFTER = (r"\s+(?:(?:political|state|the)\s+)?power\b"
               r"(?!\s+(?:plants?|stations?|lines?|grids?|supply|substations?))")
# An institution put under someone's control, no ground: "the military took control of the
# country's prisons" (its administration changed hands).
INSTITUTION_AFTER = (r"\s+(?:the\s+)?(?:(?:country|nation|state|city)['’]s\s+)?(?:prisons|"
                     r"prison system|jails|ministry|ministries|administration|management|"
                     r"finances|budget|companies|company|banks?|central bank|media|"
                     r"broadcasters?|customs)\b")
# Peacekeepers are troops too, for a withdrawal.
PEACEKEEPERS = r"peacekeep"
# An age is not a count: "a 12 year old boy".
AGE = r"^\w+ (?:year|month) old(?: |$)"
# A demand told after an act makes it a protest's: "prisoners set fire to the laundry,
# demanding visits" (their property destruction is a violent demonstration).
DEMAND_AFTER = (r"\b(?:demanding|to demand|in protest (?:at|of|against|over)|to protest|"
                r"to denounce|denouncing)\b")
