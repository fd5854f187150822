"""The admin at scale, for `make bench`: the screens an editor opens every day, timed on the
benchmark's server while signed in as the data set's editor (bench_data makes the account).

Each screen is requested once to warm up, then `repeat` times one after another (an editor
waits for one screen at a time; nothing else is sent meanwhile). Reports the median and 90th
percentile in ms, the response size and the SQL queries the screen costs (counted in-process by
`manage.py bench_admin_screens`, exact where the times are noisy). Run alone against a data set
built by `make bench`: `python bench/admin_timings.py --data 10000-3000-50`.
"""

import argparse
import http.cookiejar
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, Request, build_opener

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
# The account bench_data creates (bench/management/commands/bench_data.py).
EDITOR = ("bench-editor", "bench-editor-password")  # nosec B105 - loopback benchmark only
HEADER = "  screen               median ms   p90 ms      KB  SQL"


def screens(env: dict) -> dict[str, dict]:
    out = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "bench_admin_screens"],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def signed_in(base_url: str):
    """An opener holding the editor's session, signed in through the admin's own form."""
    opener = build_opener(HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = opener.open(f"{base_url}/admin/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urlencode({"csrfmiddlewaretoken": token, "username": EDITOR[0], "password": EDITOR[1]})
    response = opener.open(Request(f"{base_url}/admin/login/", data=data.encode()), timeout=30)  # noqa: S310
    if response.geturl().rstrip("/").endswith("/admin/login"):
        raise SystemExit("The bench editor could not sign in: rebuild the data set (bench_data).")
    return opener


def time_screen(opener, url: str, repeat: int) -> dict:
    opener.open(url, timeout=60).read()
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = len(opener.open(url, timeout=60).read())
        times.append((time.perf_counter() - started) * 1000)
    deciles = statistics.quantiles(times, n=10) if len(times) > 1 else times * 9
    return {"median_ms": round(statistics.median(times), 1), "p90_ms": round(deciles[8], 1), "bytes": size}


def measure(base_url: str, env: dict, log, repeat: int = 20) -> dict:
    """Times each screen on the server at `base_url`; `env` points manage.py at its data set."""
    found = screens(env)
    opener = signed_in(base_url)
    log(f"Admin (signed in as an editor; {repeat} sequential requests each after one warm-up)")
    log(HEADER)
    for name, screen in found.items():
        screen.update(time_screen(opener, f"{base_url}{screen['path']}", repeat))
        log(
            f"  {name:<20} {screen['median_ms']:9.1f} {screen['p90_ms']:8.1f} "
            f"{screen['bytes'] / 1024:7.0f} {screen['queries']:4d}"
        )
    return found


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Server, built_data_set, environment

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="1000-300-50", help="data set under var/bench/ (or a path)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    data_dir = built_data_set(args.data)
    env = environment(data_dir, page_cache=False)
    with Server(env, args.workers) as server:
        result = measure(server.url, env, lambda line: print(line, flush=True), args.repeat)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
