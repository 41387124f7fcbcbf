#!/usr/bin/env python3
"""Turn the articles in corpus/ into maps/events.html and its tables.

    python make_map.py                     # the shipped corpus -> maps/
    python make_map.py --corpus DIR --out DIR
    python make_map.py gazetteer lookup Stepanakert
    python make_map.py --help
"""

import sys

from geo.cli import main

if __name__ == "__main__":
    sys.exit(main())
