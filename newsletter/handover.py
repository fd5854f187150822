"""Hands one email to the mail server so that a crash never mails a subscriber twice.

SMTP has one moment of doubt (RFC 1047): once the client has sent the line that ends a message,
and until the server's answer arrives, neither side knows whether the other has it. Servers
queue a message when its end arrives, before they answer. So this module sends the message's
body first, then calls ``before_end`` (where the caller records the hand-over in the database),
then the final line. A process killed before that record was written never ended the message:
the server dropped it, and it may be sent again. After it, the message counts as delivered,
even when the answer never came. ``before_end`` raising stops the message before its end.

Only Django's SMTP backend is driven this way; other backends (console, in-memory, files) have
no moment of doubt and are called as they are.
"""

import logging
import re
import select
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address

logger = logging.getLogger(__name__)

LEADING_DOT = re.compile(rb"(?m)^\.")


@dataclass(frozen=True)
class Outcome:
    delivered: bool
    # Only for a message not delivered: the server refused it for good (5xx), so retrying is useless.
    permanent: bool = False
    answer: str = ""


class Refused(Exception):
    def __init__(self, code: int, answer: bytes | str):
        text = answer.decode(errors="replace") if isinstance(answer, bytes) else str(answer)
        super().__init__(f"{code} {text}".strip())
        self.code = code


def hand_over(connection, message, before_end) -> Outcome:
    """Sends ``message`` through ``connection`` (a Django email backend, reused across calls)."""
    if not isinstance(connection, SMTPBackend):
        before_end()
        try:
            connection.send_messages([message])
        except (smtplib.SMTPException, OSError) as error:
            return Outcome(delivered=False, answer=f"{type(error).__name__}: {error}"[:500])
        return Outcome(delivered=True, answer="accepted")
    try:
        return _over_smtp(connection, message, before_end)
    except Refused as refusal:
        _reset(connection)
        return Outcome(delivered=False, permanent=500 <= refusal.code < 600, answer=str(refusal))
    except (smtplib.SMTPException, OSError) as error:
        _drop(connection)
        return Outcome(delivered=False, answer=f"{type(error).__name__}: {error}"[:500])


def _over_smtp(connection, message, before_end) -> Outcome:
    if connection.connection is None:
        connection.open()
    smtp = connection.connection
    smtp.ehlo_or_helo_if_needed()
    encoding = message.encoding or settings.DEFAULT_CHARSET
    sender = sanitize_address(message.from_email, encoding)
    recipients = [sanitize_address(address, encoding) for address in message.recipients()]
    data = message.message().as_bytes(linesep="\r\n")

    code, answer = smtp.mail(sender)
    if code != 250:
        raise Refused(code, answer)
    for recipient in recipients:
        code, answer = smtp.rcpt(recipient)
        if code not in (250, 251):
            raise Refused(code, answer)
    code, answer = smtp.docmd("DATA")
    if code != 354:
        raise Refused(code, answer)
    body = LEADING_DOT.sub(b"..", data)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    smtp.send(body)
    try:
        before_end()
    except BaseException:
        # The message has no end yet: closing the connection makes the server drop it.
        _drop(connection)
        raise
    if _hung_up(smtp.sock):
        # The server left (or spoke out of turn) before the message's end: it has not got the
        # message, so it goes back to the queue.
        raise smtplib.SMTPServerDisconnected("the server closed the connection before the end of the message")
    smtp.send(b".\r\n")
    try:
        code, answer = smtp.getreply()
    except (smtplib.SMTPException, OSError) as error:
        _drop(connection)
        logger.warning("No answer after the end of a message to %s: %s", recipients, error)
        return Outcome(delivered=True, answer=f"handed over, no answer from the server ({error})"[:500])
    if code != 250:
        raise Refused(code, answer)
    return Outcome(delivered=True, answer=f"{code} {answer.decode(errors='replace')}"[:500])


def _hung_up(sock) -> bool:
    """True when the server has closed the connection, or said something, while it should be
    reading the message: either way it will not take the message's end."""
    if sock is None:
        return True
    readable, _writable, _failed = select.select([sock], [], [], 0)
    return bool(readable)


def _reset(connection) -> None:
    """After a refusal the session goes on with the next message."""
    try:
        connection.connection.rset()
    except (smtplib.SMTPException, OSError, AttributeError):
        _drop(connection)


def _drop(connection) -> None:
    try:
        if connection.connection is not None:
            connection.connection.close()
    except (smtplib.SMTPException, OSError):
        pass
    connection.connection = None
