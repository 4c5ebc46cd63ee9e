#!/usr/bin/env python3
"""The comparison for issue 11: Cronomapa's --export-frames job done with pandas, geopandas and matplotlib.

Reads an events CSV (such as `--synthetic /tmp/s1m.csv --events 1000000` writes), draws the 26 regions
from data/peru-regions.geojson and the points of a 7-day window at 1280x800, and saves N PNGs spread over
the data's days, as `--export-frames DIR --frames N --window 7` does. Prints its own phases; time the
whole process from outside (docs/BENCHMARKS.md):

    /usr/bin/time -f %e python3 tools/bench_geopandas.py /tmp/s1m.csv /tmp/gpd-frames 30

Debian: apt-get install python3-geopandas python3-matplotlib (run with /usr/bin/python3).
"""
import os
import sys
import time

START = time.time()

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

REGIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "peru-regions.geojson")
WIDTH, HEIGHT, DPI = 1280, 800, 100
WINDOW_DAYS = 7


def main(csv_path, out_dir, frames):
    t0 = time.time()
    regions = gpd.read_file(REGIONS)
    events = pd.read_csv(csv_path, usecols=["date", "type", "lat", "lon"], parse_dates=["date"])
    days = events["date"].values.astype("datetime64[D]").astype(np.int64)
    order = np.argsort(days, kind="stable")
    days = days[order]
    lon = events["lon"].values[order]
    lat = events["lat"].values[order]
    t1 = time.time()
    os.makedirs(out_dir, exist_ok=True)
    first, last = int(days[0]), int(days[-1])
    fig = plt.figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    ax = fig.add_axes([0, 0, 1, 1])
    for i in range(frames):
        day = first if frames == 1 else first + round(i * (last - first) / (frames - 1))
        lo = np.searchsorted(days, day - WINDOW_DAYS + 1, side="left")
        hi = np.searchsorted(days, day, side="right")
        ax.clear()
        ax.set_axis_off()
        regions.plot(ax=ax, color="#e8e4d8", edgecolor="#7a7a7a", linewidth=0.5)
        ax.scatter(lon[lo:hi], lat[lo:hi], s=2, c="#c0392b", linewidths=0)
        ax.text(0.02, 0.95, str(np.datetime64(day, "D")), transform=ax.transAxes, fontsize=16)
        fig.savefig(os.path.join(out_dir, "frame_%03d.png" % i), dpi=DPI)
    t2 = time.time()
    print("imports %.0f ms; read %.0f ms (%d events); %d frames %.0f ms (%.1f ms/frame); since start %.0f ms;"
          " processor %.0f ms"
          % ((t0 - START) * 1e3, (t1 - t0) * 1e3, len(days), frames, (t2 - t1) * 1e3, (t2 - t1) * 1e3 / frames,
             (t2 - START) * 1e3, time.process_time() * 1e3))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: bench_geopandas.py EVENTS.csv OUT_DIR FRAMES")
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
