"""geo: map the places and events that a folder of news articles reports.

The data flows one way, one module a stage:

    corpus (Article) -> recognize (Mention) -> resolve (Mention with a Place)
    -> events (Event, dates) -> export (tables) -> mapping (Leaflet map)

`pipeline` runs the stages over a corpus; `cli` is the command line.
"""

__version__ = "0.1.0"
