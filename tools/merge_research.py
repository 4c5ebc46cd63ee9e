#!/usr/bin/env python3
"""Merge the research slices in data/research/*.geojson into data/events.geojson.

Usage: python3 tools/merge_research.py [--without-fixes]
Then applies the fact-checkers' corrections (data/research/audit/*-fixes.json and
data/research/*-fixes.json: per event id, `set`, `unset`, `add_sources`, `remove_source_urls`,
`coordinates`, `delete`; the format is in data/research/audit/BRIEF.md) and names every source's
publisher canonically from data/publishers.csv (tools/publishers.py), moving what a raw name says
of the page's origin ("(EFE)", "(copia de La República)") into the source's `credit`.
Sorts by date then id, drops exact duplicate ids (keeps the first, reports the rest), writes
format_version 1. End dates found later for strikes are kept in data/research/strike-end-dates.csv
(id,end_date,publisher,title,source_date,url,note): each row sets the event's end_date and adds its
source, so the slice keeps what its researcher found and the CSV says who found the end. The research slices stay in the repo as the working record of who found what.
"""
import csv, glob, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import publishers  # noqa: E402

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


def apply_fixes(features, paths):
    by_id = {f["properties"]["id"]: f for f in features}
    deleted = set()
    for path in paths:
        fixes = json.load(open(path, encoding="utf-8"))
        for event_id, fix in fixes.items():
            f = by_id.get(event_id)
            if f is None:
                raise SystemExit(f"{path}: {event_id}: no such event")
            p = f["properties"]
            for k, v in fix.get("set", {}).items():
                p[k] = v
            for k in fix.get("unset", []):
                p.pop(k, None)
            drop = set(fix.get("remove_source_urls", []))
            p["sources"] = [s for s in p["sources"] if s["url"] not in drop]
            for s in fix.get("add_sources", []):
                if all(s["url"] != t["url"] for t in p["sources"]):
                    p["sources"].append(s)
            if "coordinates" in fix:
                f["geometry"]["coordinates"] = [round(c, 5) for c in fix["coordinates"][:2]]
            if fix.get("delete"):
                deleted.add(event_id)
    return [f for f in features if f["properties"]["id"] not in deleted]


def canonical_publishers(features):
    by_domain, _ = publishers.load()
    for f in features:
        p = f["properties"]
        try:
            p["sources"] = [publishers.canonical(s, by_domain) for s in p["sources"]]
        except KeyError as e:
            raise SystemExit(f"{p['id']}: source domain {e} is not in data/publishers.csv; add its publisher")


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
    if "--without-fixes" not in sys.argv:
        # Research additions first, then the audit, which read them: its corrections have the last word.
        features = apply_fixes(features, sorted(glob.glob(os.path.join(ROOT, "data", "research", "*-fixes.json")))
                               + sorted(glob.glob(os.path.join(ROOT, "data", "research", "audit", "*-fixes.json"))))
    canonical_publishers(features)
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
