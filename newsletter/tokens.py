"""Signed links in emails. They carry the subscriber's id and the action; the signature makes
them unforgeable and the timestamp lets confirmation links expire."""

from django.core import signing

CONFIRM_MAX_AGE = 3 * 24 * 60 * 60
SALT = "newsletter.links"


class BadLink(Exception):
    pass


def make(subscriber, action: str) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"s": subscriber.pk, "a": action, "e": subscriber.email}
    )


def read(token: str, action: str, max_age: int | None = None) -> tuple[int, str]:
    """The subscriber id and email the link was made for, or BadLink."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        raise BadLink("expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise BadLink("tampered") from None
    if not isinstance(data, dict) or data.get("a") != action:
        raise BadLink("tampered")
    return data["s"], data["e"]
