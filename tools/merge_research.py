#!/usr/bin/env python3
"""Merge the research slices in data/research/*.geojson into data/events.geojson.

Usage: python3 tools/merge_research.py
Sorts by date then id, drops exact duplicate ids (keeps the first, reports the rest), writes
format_version 1. End dates found later for strikes are kept in data/research/strike-end-dates.csv
(id,end_date,publisher,title,source_date,url,note): each row sets the event's end_date and adds its
source, so the slice keeps what its researcher found and the CSV says who found the end. The research slices stay in the repo as the working record of who found what.
"""
import csv, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
ORDER = ["id", "date", "end_date", "type", "region", "place", "road", "fatalities", "fatalities_max",
         "injured", "injured_max", "count", "death_kind", "figures", "geo_precision", "time_precision",
         "description_es", "description_en", "sources"]


def in_order(p):
    props = {k: p[k] for k in ORDER if k in p and p[k] not in (None, "")}
    props.update({k: v for k, v in p.items() if k not in props and v not in (None, "")})
    return props


def apply_end_dates(features, path):
    if not os.path.exists(path):
        return
    by_id = {f["properties"]["id"]: f["properties"] for f in features}
    with open(path, encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            props = by_id.get(row["id"])
            if props is None:
                raise SystemExit(f"{path}:{line}: id: no event {row['id']!r}")
            if row["end_date"] < props["date"]:
                raise SystemExit(f"{path}:{line}: end_date: {row['end_date']} is before the start {props['date']}")
            props["end_date"] = row["end_date"]
            source = {"publisher": row["publisher"], "title": row["title"], "date": row["source_date"], "url": row["url"]}
            if all(s["url"] != source["url"] for s in props["sources"]):
                props["sources"].append(source)


def main():
    features, seen = [], set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "research", "*.geojson"))):
        for f in json.load(open(path, encoding="utf-8"))["features"]:
            p = f["properties"]
            if p["id"] in seen:
                print("duplicate id dropped:", p["id"], "from", os.path.basename(path))
                continue
            seen.add(p["id"])
            lon, lat = f["geometry"]["coordinates"][:2]
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                             "properties": p})
    apply_end_dates(features, os.path.join(ROOT, "data", "research", "strike-end-dates.csv"))
    for f in features:
        f["properties"] = in_order(f["properties"])
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
