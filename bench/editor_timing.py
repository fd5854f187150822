"""The translator's screens in process, for comparing commits: wagtail-localize's translation
editor of a page, the status board and the page explorer, each requested once to warm up and
then `--repeat` times, signed in as the demo editor. Prints the median and 90th percentile in ms
and the SQL queries. Run against a copy of a demo database (`make run` builds one under var/):

    VAR_DIR=/tmp/copy python bench/editor_timing.py --page 70 --explorer 34
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=int, required=True, help="a page translated with wagtail-localize")
    parser.add_argument("--explorer", type=int, required=True, help="a page whose children to list")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_core.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="localhost")
    client.force_login(get_user_model().objects.get(username="editor"))
    screens = {
        "translation editor": f"/admin/pages/{args.page}/edit/",
        "translation board": "/admin/translations/",
        "page explorer": f"/admin/pages/{args.explorer}/",
    }
    print("  screen               median ms   p90 ms  SQL")
    for name, url in screens.items():
        assert client.get(url).status_code == 200, url
        times = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        p90 = statistics.quantiles(times, n=10)[8]
        print(f"  {name:<20} {statistics.median(times):9.1f} {p90:8.1f} {len(queries):4d}")


if __name__ == "__main__":
    main()
