"""How each event type looks on the map: one table of data, read by geo.mapping.

Colours are picked to stay apart for common colour-blindness, and every type also has its
own shape, so that the map still reads in greyscale or for a reader who cannot tell two
hues apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TypeStyle:
    colour: str  # CSS colour of the marker and of the area drawn for imprecise places
    shape: str  # a key of SHAPES


# SVG path data in a 20 x 20 box; inline SVG needs no icon font, so the map works offline.
SHAPES: dict[str, str] = {
    "circle": "M2 10a8 8 0 1 0 16 0a8 8 0 1 0-16 0Z",
    "square": "M3 3H17V17H3Z",
    "diamond": "M10 1L19 10L10 19L1 10Z",
    "triangle": "M10 1.5L19 18H1Z",
    "triangle-down": "M1 2H19L10 18.5Z",
    "hexagon": "M5.5 2.2H14.5L19 10L14.5 17.8H5.5L1 10Z",
    "octagon": "M6.3 1H13.7L19 6.3V13.7L13.7 19H6.3L1 13.7V6.3Z",
    "pentagon": "M10 1L19 7.6L15.6 18.5H4.4L1 7.6Z",
    "star": "M10 0.8L12.6 7.1L19.5 7.6L14.2 12L15.9 18.8L10 15.1L4.1 18.8L5.8 12L0.5 7.6"
            "L7.4 7.1Z",
    "cross": "M7 1H13V7H19V13H13V19H7V13H1V7H7Z",
}

# The order here is the order of the legend.
EVENT_STYLES: dict[str, TypeStyle] = {
    "Battles": TypeStyle("#d62728", "star"),
    "Explosions/Remote violence": TypeStyle("#ff7f0e", "octagon"),
    "Violence against civilians": TypeStyle("#8e24aa", "triangle-down"),
    "Riots": TypeStyle("#e377c2", "diamond"),
    "Protests": TypeStyle("#1f77b4", "circle"),
    "Strategic developments": TypeStyle("#2e7d32", "square"),
    "Displacement": TypeStyle("#8c564b", "triangle"),
    "Humanitarian": TypeStyle("#17becf", "cross"),
    "Diplomacy": TypeStyle("#546e7a", "pentagon"),
}

# For a type the table does not know yet (a new classifier label): drawn, never dropped.
OTHER_STYLE = TypeStyle("#757575", "circle")

# Radius of the circle drawn for an imprecise place whose outline is not known.
AREA_RADIUS_M: dict[str, int] = {"region": 40_000, "country": 200_000}

# The offline basemap and the areas of imprecise places.
LAND_STYLE = {"color": "#8d8d8d", "weight": 1.0, "fillColor": "#f4f1ea", "fillOpacity": 1.0}
SEA_COLOUR = "#cfe3f0"
# The offline map's other parts: first-level borders (approximate: drawn from towns), and
# names, each with a white halo so that it reads over borders and areas at every zoom.
BASEMAP_STYLE = {
    "land": LAND_STYLE,
    "division": {"color": "#a89f91", "weight": 0.9, "dashArray": "4 3", "opacity": 0.9},
    "country": {"font": "600 13px system-ui, sans-serif", "colour": "#5d5d5d",
                "case": "upper"},
    "division_name": {"font": "italic 11px system-ui, sans-serif", "colour": "#8a7f70"},
    "town": {"font": "11px system-ui, sans-serif", "colour": "#333333", "dot": "#555555"},
    "city": {"font": "600 12px system-ui, sans-serif", "colour": "#222222", "dot": "#333333"},
    # The events' own towns, as the articles wrote them, beside their markers.
    "place": {"font": "600 12px system-ui, sans-serif", "colour": "#111111", "offset": 14},
    "halo": "rgba(255,255,255,0.9)",
}
# Areas of one region in several years lie on top of each other: a faint fill keeps the
# map readable under them, and the area under the pointer is lit up.
AREA_STYLE = {"weight": 1.5, "opacity": 0.9, "fillOpacity": 0.04, "dashArray": "5 4"}
AREA_HOVER_STYLE = {"fillOpacity": 0.25, "weight": 2.5}

# Markers: their size in pixels grows with the number of events (or, with the switch, the
# people killed) on a log scale, between these bounds.
MARKER_SIZE = {"min": 16, "max": 44}


def style_of(event_type: str) -> TypeStyle:
    return EVENT_STYLES.get(event_type, OTHER_STYLE)
