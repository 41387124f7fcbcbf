"""English: the calendar (`dates`), the trigger table (`triggers`), the other words the
events stage reads (`words`) and the words that name actors (`actors`)."""

from geo.lang.en import actors, dates, triggers, words

__all__ = ["actors", "dates", "triggers", "words"]
