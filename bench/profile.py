"""`make profile PAGE=/kk/`: where one page's time goes, under gunicorn as `make bench` runs it.

Starts one gunicorn worker on the benchmark's data set (build it first with `make bench`), keeps
it busy with wrk on one connection, samples the worker with py-spy, and prints the share of the
samples that fall in each of the site's own functions and in the main costs underneath them (SQL,
query building, template rendering, the cache). A share is of the worker's time, so the shares
of nested functions overlap.
"""

import argparse
import collections
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, Server, built_data_set, environment  # noqa: E402

PY_SPY = str(ROOT / ".venv" / "bin" / "py-spy")
OWN_CODE = ("home/", "news/", "events/", "audio/", "site_core/", "newsletter/")
COSTS = {
    "SQL (database time)": "CursorWrapper._execute",
    "SQL (building queries)": "SQLCompiler.as_sql",
    "model instances": "Model.from_db",
    "template rendering": "SimpleTemplateResponse.render",
    "shared cache round trips": "redis/client.py",
}


def shares(samples_file: Path, top: int) -> list[str]:
    own, costs, total = collections.Counter(), collections.Counter(), 0
    for line in samples_file.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        count, frames = int(count), stack.split(";")
        total += count
        for name, marker in COSTS.items():
            if any(marker in frame for frame in frames):
                costs[name] += count
        for frame in set(frames):
            if any(f"({part}" in frame for part in OWN_CODE):
                own[frame.split(" (")[0] + " (" + frame.split(" (")[1].split(":")[0] + ")"] += count
    lines = [f"{total} samples"]
    lines += [f"  {count / total:6.1%}  {name}" for name, count in costs.most_common()]
    lines.append("the site's own code:")
    lines += [f"  {count / total:6.1%}  {name}" for name, count in own.most_common(top)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="a path, for example /kk/ or /en/events/2026/12/")
    parser.add_argument("--data", default="1000-300-50", help="data set under var/bench/")
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    data_dir = built_data_set(args.data)
    with Server(environment(data_dir, page_cache=False), workers=1) as server:
        worker = subprocess.run(
            ["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True, check=True
        ).stdout.split()[0]
        load = subprocess.Popen(
            ["wrk", "-t1", "-c1", f"-d{args.seconds + 2}s", f"{server.url}{args.page}"],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(1)
        with tempfile.TemporaryDirectory() as folder:
            samples = Path(folder) / "samples.txt"
            subprocess.run(
                [PY_SPY, "record", "-p", worker, "-d", str(int(args.seconds)), "-r", "200", "-f", "raw"]
                + ["-o", str(samples)],
                check=True,
                capture_output=True,
            )
            load.wait()
            print(f"{args.page} on {args.data}:")
            print("\n".join(shares(samples, args.top)))


if __name__ == "__main__":
    main()
