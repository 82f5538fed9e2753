"""Run a command and report its wall time, CPU time and peak RSS as JSON.

    python -m tests.benchmarks.measure STDOUT_FILE COMMAND...

Why a launcher: on Linux a child's ``ru_maxrss`` starts at its parent's resident size at fork
time, so a benchmark that has already generated a corpus would report its own footprint as the
child's. This process imports nothing but the standard library, so what it forks is ~10 MiB and
``getrusage(RUSAGE_CHILDREN)`` here is the command's own peak.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    stdout_path, command = argv[0], argv[1:]
    started = time.perf_counter()
    with open(stdout_path, "wb") as stdout:
        done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    print(
        json.dumps(
            {
                "returncode": done.returncode,
                "seconds": wall,
                "cpu_seconds": usage.ru_utime + usage.ru_stime,
                "max_rss": rss,
                "stderr": done.stderr.decode("utf-8", "replace")[-4000:],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
