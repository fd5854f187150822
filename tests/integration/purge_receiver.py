"""A stand-in CDN: records the PURGE requests it receives."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class PurgeReceiver:
    def __init__(self):
        self.received: list[tuple[str, str]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):  # noqa: N802 - the HTTP method's name
                receiver.received.append((self.headers.get("Host", ""), self.path))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def paths(self) -> set[str]:
        return {path for _host, path in self.received}

    def close(self):
        self.server.shutdown()
        self.server.server_close()
