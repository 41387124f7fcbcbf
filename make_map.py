#!/usr/bin/env python3
"""Turn a folder of articles into an events map and its tables.

    python make_map.py                     # the shipped corpus/ -> maps/
    python make_map.py --corpus DIR --out DIR
    cd ~/articles && python /path/to/make_map.py --corpus .   # from any folder
    python make_map.py gazetteer lookup Stepanakert
    python make_map.py --help

It finds the project's gazetteer/ and corpus/ beside itself, wherever it is run from; a corpus
folder may name its own gazetteer, output folder and title in a geo.toml (see --help).
"""

import sys

if __name__ == "__main__":
    # (Python puts this file's folder first on the path: its own geo.)
    if sys.argv[1:2] == ["gazetteer"]:  # an edit needs none of the libraries a run loads
        try:
            from geo.gazetteer_cli import main as gazetteer_main
        except KeyboardInterrupt:
            print("interrupted: stopped before the command began; nothing was changed",
                  file=sys.stderr)
            sys.exit(130)
        sys.exit(gazetteer_main(sys.argv[2:]))
    from geo.cli import exit_now, main

    exit_now(main())
