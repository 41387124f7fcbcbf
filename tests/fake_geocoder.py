"""A stand-in Nominatim server on 127.0.0.1, so that `gazetteer geocode` is tested offline."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


@contextmanager
def fake_nominatim(answers: dict[str, list[dict]]) -> Iterator[tuple[str, list[dict]]]:
    """Serve `answers` (query -> Nominatim JSON results) at /search; yields the server's
    "host:port" and the list of queries it received."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            received.append({"path": url.path, **query})
            body = json.dumps(answers.get(query.get("q", ""), []) if url.path == "/search"
                              else []).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def nominatim_result(name: str, lat: float, lon: float, *, addresstype: str = "village",
                     country_code: str = "az", bbox: tuple[float, float, float, float] | None
                     = None, osm_id: int = 123456) -> dict:
    """One result in Nominatim's JSON format (format=json&addressdetails=1)."""
    south, north, west, east = bbox or (lat - 0.01, lat + 0.01, lon - 0.01, lon + 0.01)
    return {
        "place_id": 1, "osm_type": "node", "osm_id": osm_id, "lat": str(lat), "lon": str(lon),
        "class": "place", "type": addresstype, "addresstype": addresstype, "name": name,
        "display_name": f"{name}, Azerbaijan",
        "address": {"village": name, "country": "Azerbaijan", "country_code": country_code},
        "boundingbox": [str(south), str(north), str(west), str(east)],
    }
