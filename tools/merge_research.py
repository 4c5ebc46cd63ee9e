#!/usr/bin/env python3
"""Merge the research slices in data/research/*.geojson into data/events.geojson.

Usage: python3 tools/merge_research.py
Sorts by date then id, drops exact duplicate ids (keeps the first, reports the rest), writes
format_version 1. The research slices stay in the repo as the working record of who found what.
"""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
ORDER = ["id", "date", "end_date", "type", "region", "place", "road", "fatalities", "fatalities_max",
         "injured", "injured_max", "count", "death_kind", "figures", "geo_precision", "time_precision",
         "description_es", "description_en", "sources"]


def main():
    features, seen = [], set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "research", "*.geojson"))):
        for f in json.load(open(path, encoding="utf-8"))["features"]:
            p = f["properties"]
            if p["id"] in seen:
                print("duplicate id dropped:", p["id"], "from", os.path.basename(path))
                continue
            seen.add(p["id"])
            props = {k: p[k] for k in ORDER if k in p and p[k] not in (None, "")}
            props.update({k: v for k, v in p.items() if k not in props and v not in (None, "")})
            lon, lat = f["geometry"]["coordinates"][:2]
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                             "properties": props})
    features.sort(key=lambda f: (f["properties"]["date"], f["properties"]["id"]))
    out = {"type": "FeatureCollection", "format_version": 1,
           "name": "Peru protest wave, 7 Dec 2022 - 31 Mar 2023 (Cronomapa curated dataset)",
           "features": features}
    with open(os.path.join(ROOT, "data", "events.geojson"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(features), "events written to data/events.geojson")


if __name__ == "__main__":
    main()
