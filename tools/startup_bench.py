#!/usr/bin/env python3
"""Start-up phases, median of several fresh runs (docs/BENCHMARKS.md, "First map").

Usage: tools/startup_bench.py RUNS COMMAND...   (COMMAND is run with --trace-startup added)
e.g.   tools/startup_bench.py 7 java -jar target/cronomapa.jar --snapshot /tmp/first.png
Prints, per phase the trace lists, the median ms since JVM start (and the range), the median CPU time
(user + system, which other processes on a busy machine disturb less than wall time) and the load
average before and after, since on a shared 2-core machine the figures mean little without it.
"""
import os
import re
import statistics
import subprocess
import sys
import time

LINE = re.compile(r"^startup\s+(-?\d+) ms  (.+)$")


def run(cmd):
    start = time.monotonic()
    p = subprocess.Popen(cmd + ["--trace-startup"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.monotonic() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("the run failed:\n" + err)
    phases = {m.group(2): int(m.group(1)) for m in map(LINE.match, err.splitlines()) if m}
    return phases, wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    runs, cmd = int(sys.argv[1]), sys.argv[2:]
    load_before = os.getloadavg()[0]
    results = [run(cmd) for _ in range(runs)]
    load_after = os.getloadavg()[0]
    order = list(results[0][0])
    print(f"{' '.join(cmd)}: median of {runs} runs, load average {load_before:.2f} before, {load_after:.2f} after")
    for phase in order:
        values = [r[0][phase] for r in results if phase in r[0]]
        print(f"  {phase:<28} {statistics.median(values):6.0f} ms   ({min(values)}–{max(values)})")
    walls = [r[1] for r in results]
    cpus = [r[2] for r in results]
    print(f"  {'process wall time':<28} {statistics.median(walls):6.0f} ms   ({min(walls):.0f}–{max(walls):.0f})")
    print(f"  {'CPU time (user+system)':<28} {statistics.median(cpus):6.0f} ms   ({min(cpus):.0f}–{max(cpus):.0f})")


if __name__ == "__main__":
    main()
