"""HTTP byte ranges (RFC 9110 §14) for serving audio that browsers can seek in."""

import re

SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class Unsatisfiable(Exception):
    """The range lies wholly outside the file: answer 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) bytes to send, inclusive, or None to send the whole file.

    A header we cannot parse, or one asking for several ranges, is ignored as the RFC allows:
    the client gets the whole file with 200.
    """
    if not header:
        return None
    match = SINGLE_RANGE.match(header.strip().replace(" ", ""))
    if not match:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        suffix = int(last)
        if suffix == 0:
            raise Unsatisfiable
        return max(size - suffix, 0), size - 1
    start = int(first)
    if start >= size:
        raise Unsatisfiable
    end = int(last) if last else size - 1
    if end < start:
        return None
    return start, min(end, size - 1)
