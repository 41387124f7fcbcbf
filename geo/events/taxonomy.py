"""The event types: ACLED's six, with the sub-types the text allows, and three of ours for
the other news that conflict reporting carries and ACLED does not code (displacement,
humanitarian access, diplomacy). A military exercise is ACLED's: a strategic development,
a change to the group's activity."""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
DISPLACEMENT = "Displacement"
HUMANITARIAN = "Humanitarian"
DIPLOMACY = "Diplomacy"
# The two remote attacks the stages tell apart most often.
SHELLING = "Shelling/artillery/missile attack"
AIR_STRIKE = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
# A weapon intercepted, defused or gone off too early (ACLED's).
DISRUPTED = "Disrupted weapons use"

TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory",
              "Non-state actor overtakes territory"),
    EXPLOSIONS: (SHELLING, AIR_STRIKE, IED, "Suicide bomb",
                 "Grenade", "Chemical weapon"),
    VIOLENCE: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    PROTESTS: ("Peaceful protest", "Protest with intervention",
               "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", DISRUPTED,
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
    DISPLACEMENT: ("Displacement", "Evacuation"),
    HUMANITARIAN: ("Humanitarian access", "Blockade"),
    DIPLOMACY: ("Statement", "Meeting"),
}
# Explosions set off where they lie or carried there, not fired from afar: blasts of a
# mine and a day's shelling are two events.
PLANTED = frozenset({IED, "Suicide bomb", "Grenade"})
# Types whose events may have people killed in them.
VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE, PROTESTS, RIOTS})
# Types of an attack: casualties reported after one belong to it.
ATTACK_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE})
