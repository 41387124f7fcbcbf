"""Armenian: the calendar (`dates`), the trigger table (`triggers`) and the other words the
events stage reads (`words`). No actor words yet: events keep empty actors."""

from geo.lang.hy import dates, triggers, words

__all__ = ["dates", "triggers", "words"]
