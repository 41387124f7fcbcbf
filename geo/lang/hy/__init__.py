"""Armenian: the calendar (`dates`). No event or actor words yet: geo reads the places and the
dates of an Armenian article, not its events."""

from geo.lang.hy import dates

__all__ = ["dates"]
