"""A local HTTP server on 127.0.0.1 (a free port, a daemon thread) that answers each path
with a scripted response: the network stays off while add-snapshot downloads for real."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/xml"
    content_length: int | None = None  # sent instead of len(body) (to cut a body short); -1: none
    then: list[Reply] = field(default_factory=list)  # the replies to later requests


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Reply]
    hits: dict[str, int]

    def do_GET(self) -> None:
        count = self.hits.get(self.path, 0)
        self.hits[self.path] = count + 1
        reply = self.routes.get(self.path, Reply(404, b"not here", "text/plain"))
        reply = ([reply, *reply.then])[min(count, len(reply.then))]
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        length = len(reply.body) if reply.content_length is None else reply.content_length
        if length >= 0:
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(reply.body)
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(routes: dict[str, Reply]) -> Iterator[tuple[str, dict[str, int]]]:
    """Yield the server's base URL ('http://127.0.0.1:<port>') and its hit counts per path."""
    hits: dict[str, int] = {}
    handler = type("Handler", (_Handler,), {"routes": routes, "hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 10
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
