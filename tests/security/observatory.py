"""The MDN HTTP Observatory's scoring rules (version 2), applied to one response.

Each test starts from 100 and adds the modifier of the result it finds; bonuses count only
when the score without them is at least 90, as in the Observatory. A+ is 100 or more. The
redirection test is left out: it needs a real http:// URL, which tests do not have.
"""

import re
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

PRIVATE_REFERRER = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRER = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
SESSION_NAMES = re.compile(r"sess|login|auth|token", re.I)
EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\bsrc=[\"'](?P<src>(https?:)?//[^\"']+)[\"'][^>]*>", re.I)


@dataclass
class Score:
    results: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, modifier: int) -> None:
        self.results[name] = modifier

    @property
    def total(self) -> int:
        penalties = sum(m for m in self.results.values() if m < 0)
        bonuses = sum(m for m in self.results.values() if m > 0)
        base = 100 + penalties
        return base + bonuses if base >= 90 else base


def parse_csp(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), [w.lower() for w in words[1:]])
    return directives


def _csp(score: Score, headers) -> dict[str, list[str]]:
    header = headers.get("Content-Security-Policy")
    if not header:
        score.add("csp-not-implemented", -25)
        return {}
    csp = parse_csp(header)
    default = csp.get("default-src")
    scripts = csp.get("script-src", default)
    styles = csp.get("style-src", default)
    objects = csp.get("object-src", default)
    if scripts is None:
        score.add("csp-implemented-with-unsafe-inline", -20)
        return csp
    nonce_or_hash = any(s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-")) for s in scripts)
    wide = {"*", "http:", "https:", "data:"}
    if ("'unsafe-inline'" in scripts and not nonce_or_hash) or wide & set(scripts):
        score.add("csp-implemented-with-unsafe-inline", -20)
    elif "'unsafe-eval'" in scripts:
        score.add("csp-implemented-with-unsafe-eval", -10)
    elif any(s.startswith("http:") for values in csp.values() for s in values):
        score.add("csp-implemented-with-insecure-scheme", -20)
    elif objects is None or wide & set(objects):
        score.add("csp-implemented-with-unsafe-inline", -20)
    elif styles and "'unsafe-inline'" in styles:
        score.add("csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    elif default == ["'none'"]:
        score.add("csp-implemented-with-no-unsafe-default-src-none", 10)
    else:
        score.add("csp-implemented-with-no-unsafe", 5)
    return csp


def _cookies(score: Score, response) -> None:
    cookies = SimpleCookie()
    for morsel in response.cookies.values():
        cookies[morsel.key] = morsel
    if not cookies:
        score.add("cookies-not-found", 0)
        return
    samesite_everywhere = True
    for name, morsel in cookies.items():
        session = bool(SESSION_NAMES.search(name))
        if not morsel["secure"]:
            score.add(
                "cookies-without-secure-flag" + ("-session" if session else ""), -40 if session else -20
            )
            return
        if session and not morsel["httponly"]:
            score.add("cookies-session-without-httponly-flag", -30)
            return
        samesite_everywhere &= bool(morsel["samesite"])
    if samesite_everywhere:
        score.add("cookies-secure-with-httponly-sessions-and-samesite", 5)
    else:
        score.add("cookies-secure-with-httponly-sessions", 0)


def _referrer(score: Score, headers) -> None:
    values = {v.strip().lower() for v in headers.get("Referrer-Policy", "").split(",") if v.strip()}
    if not values:
        score.add("referrer-policy-not-implemented", 0)
    elif values & UNSAFE_REFERRER and not values & PRIVATE_REFERRER:
        score.add("referrer-policy-unsafe", -5)
    else:
        score.add("referrer-policy-private", 5)


def _hsts(score: Score, headers) -> None:
    match = re.search(r"max-age=(\d+)", headers.get("Strict-Transport-Security", ""))
    if not match:
        score.add("hsts-not-implemented", -20)
    elif int(match.group(1)) < 15_768_000:
        score.add("hsts-implemented-max-age-less-than-six-months", -10)
    else:
        score.add("hsts-implemented-max-age-at-least-six-months", 0)


def _sri(score: Score, response) -> None:
    if "html" not in response.get("Content-Type", ""):
        score.add("sri-not-implemented-response-not-html", 0)
        return
    html = response.content.decode(errors="replace")
    external = [m for m in EXTERNAL_SCRIPT.finditer(html) if "integrity=" not in m.group(0)]
    if any(m.group("src").startswith("http:") for m in external):
        score.add("sri-not-implemented-and-external-scripts-not-loaded-securely", -50)
    elif external:
        score.add("sri-not-implemented-but-external-scripts-loaded-securely", -5)
    else:
        score.add("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)


def _frames(score: Score, headers, csp) -> None:
    ancestors = csp.get("frame-ancestors")
    if ancestors and "*" not in ancestors:
        score.add("x-frame-options-implemented-via-csp", 5)
    elif headers.get("X-Frame-Options", "").upper() in {"DENY", "SAMEORIGIN"}:
        score.add("x-frame-options-sameorigin-or-deny", 0)
    else:
        score.add("x-frame-options-not-implemented", -20)


def score(response) -> Score:
    headers = response.headers
    result = Score()
    csp = _csp(result, headers)
    _cookies(result, response)
    _referrer(result, headers)
    _hsts(result, headers)
    _sri(result, response)
    _frames(result, headers, csp)
    nosniff = headers.get("X-Content-Type-Options", "").lower() == "nosniff"
    result.add(
        "x-content-type-options-" + ("nosniff" if nosniff else "not-implemented"), 0 if nosniff else -5
    )
    corp = headers.get("Cross-Origin-Resource-Policy", "").lower()
    if corp and corp not in {"same-origin", "same-site", "cross-origin"}:
        result.add("corp-header-invalid", -5)
    else:
        result.add("corp-implemented-with-same-origin" if corp == "same-origin" else "corp-other", 0)
    return result
