"""A local SMTP server (aiosmtpd) that behaves like a real one under test: it takes time per
message, can refuse a message once with a 4xx answer or for good with a 5xx, and can stop and
start again. It counts what it accepted, per recipient.

Like a real mail server it keeps a message as soon as the message's end has arrived, before it
answers, and still keeps it if the client vanishes meanwhile (Postfix logs "lost connection
after END-OF-MESSAGE" and delivers)."""

import asyncio
import collections
import socket
import threading
import time

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Handler:
    def __init__(self, server):
        self.server = server

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.server.down:
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.server.refuse_for_good:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.server.lock:
            refuse = [to for to in envelope.rcpt_tos if to in self.server.refuse_once]
            for to in refuse:
                self.server.refuse_once.discard(to)
        if refuse:
            self.server.refused_once.extend(refuse)
            return "451 4.3.0 Try again later"
        with self.server.lock:
            self.server.in_flight += 1
        if self.server.at_end_of_message is not None:
            # The moment of doubt: the message's end has arrived, its sender awaits the answer.
            self.server.at_end_of_message(session.peer)
        await asyncio.shield(self._keep(envelope))
        return "250 OK: queued"

    async def _keep(self, envelope):
        try:
            await asyncio.sleep(self.server.delay)
            with self.server.lock:
                for to in envelope.rcpt_tos:
                    self.server.received[to] += 1
                self.server.messages.append(envelope.content)
        finally:
            with self.server.lock:
                self.server.in_flight -= 1


class LocalSMTPServer:
    def __init__(self, delay: float = 0.0, port: int | None = None):
        self.delay = delay
        self.port = port or free_port()
        self.lock = threading.Lock()
        self.received: collections.Counter = collections.Counter()
        self.messages: list[bytes] = []
        self.refuse_once: set[str] = set()
        self.refused_once: list[str] = []
        self.refuse_for_good: set[str] = set()
        self.controller = None
        self.down = False
        self.in_flight = 0
        # Called with the sender's (host, port) once a message's end has arrived, before the answer.
        self.at_end_of_message = None

    def start(self) -> "LocalSMTPServer":
        self.controller = Controller(Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def outage(self, seconds: float) -> None:
        """Shuts down like a real server: messages under way are finished, new ones refused with
        421, then nothing listens for ``seconds``."""
        self.down = True
        time.sleep(0.5)
        while self.in_flight:  # a message whose end has arrived is kept, as a real server does
            time.sleep(0.01)
        self.stop()
        time.sleep(seconds)
        self.down = False
        self.start()

    @property
    def total(self) -> int:
        with self.lock:
            return sum(self.received.values())

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self) -> dict:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 5,
        }
