"""What happened, where and when: an article and its resolved mentions -> events.

An event is found sentence by sentence from a trigger (a phrase of the language's trigger
table, `geo.lang.<code>.triggers`), kept only when the sentence asserts it, typed with
ACLED's six event types plus three of ours (`taxonomy`), attached to the place where it
happened (`places`), dated (`geo.dates` and `extract`), and given the number of people killed
when the text says so (`fatalities`). The modules, in the order the data flows:

    sentences  paragraphs and sentences, with their offsets
    rules      which triggers a sentence asserts, and the type each takes from its context
    places     where: the place a mention plays in its sentence
    extract    the article read in order: events placed, dated, merged when told again
    actors     who did what to whom: each event's two actors and their ACLED kinds
    unlisted   names in a place's position the gazetteer lacks, for unresolved.csv only
"""

from geo.events.actors import Actor, assign_actors, read_actors, with_actors
from geo.events.extract import Event, extract_events
from geo.events.fatalities import fatalities
from geo.events.lexicon import Trigger, lexicon
from geo.events.places import geo_precision, place_scale
from geo.events.sentences import split_sentences
from geo.events.taxonomy import TAXONOMY, VIOLENT_TYPES

__all__ = ["TAXONOMY", "VIOLENT_TYPES", "Actor", "Event", "Trigger", "assign_actors",
           "extract_events", "fatalities", "geo_precision", "lexicon", "place_scale",
           "read_actors", "split_sentences", "with_actors"]
