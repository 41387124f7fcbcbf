"""English: the calendar (`dates`), the trigger table (`triggers`) and the other words the
events stage reads (`words`)."""

from geo.lang.en import dates, triggers, words

__all__ = ["dates", "triggers", "words"]
