#!/usr/bin/env python3
"""Start-up phases, median of several fresh runs (docs/BENCHMARKS.md, "First map").

Usage: tools/startup_bench.py [--no-trace] RUNS COMMAND...   (COMMAND is run with --trace-startup added)
e.g.   tools/startup_bench.py 7 bin/cronomapa --snapshot /tmp/first.png
       tools/startup_bench.py 7 xvfb-run -a java -Dcronomapa.startup.exit=true -jar target/cronomapa.jar --defaults
--no-trace runs COMMAND as it is (a build from before the trace): only the snapshot's own line
"first map written N ms after JVM start" and the process's times are reported.
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
OWN = re.compile(r"first map written (\d+) ms after JVM start")


def run(cmd, trace):
    start = time.monotonic()
    p = subprocess.Popen(cmd + (["--trace-startup"] if trace else []), stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    err = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.monotonic() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("the run failed:\n" + err)
    phases = {m.group(2): int(m.group(1)) for m in map(LINE.match, err.splitlines()) if m}
    own = OWN.search(err)
    if own:
        phases["first map written (own line)"] = int(own.group(1))
    return phases, wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    args = sys.argv[1:]
    trace = args[0] != "--no-trace"
    if not trace:
        args = args[1:]
    runs, cmd = int(args[0]), args[1:]
    load_before = os.getloadavg()[0]
    results = [run(cmd, trace) for _ in range(runs)]
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
