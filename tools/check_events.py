#!/usr/bin/env python3
"""Quick research-time checker for event GeoJSON files (the Java validator is the authority).

Usage: python3 tools/check_events.py data/research/*.geojson
Checks schema fields, dates, types, ISO region codes, point-in-region, https sources,
both descriptions. Prints one line per problem; exit 1 if any.
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = json.load(open(os.path.join(HERE, "..", "data", "peru-regions.geojson"), encoding="utf-8"))["features"]
POLYS = {}
for f in REGIONS:
    g = f["geometry"]
    POLYS[f["properties"]["code"]] = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
TYPES = {"roadblock", "strike", "march", "clash", "killing", "attack_on_property", "state_measure", "political"}
DEATH_KINDS = {"civilian_security_forces", "security_forces_member", "blockade_related", "accident", "other"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def ring_has(ring, x, y):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]; xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_region(code, lon, lat):
    for poly in POLYS.get(code, []):
        if ring_has(poly[0], lon, lat) and not any(ring_has(h, lon, lat) for h in poly[1:]):
            return True
    return False


def which_region(lon, lat):
    return [c for c in POLYS if in_region(c, lon, lat)]


def check(path):
    bad = []
    data = json.load(open(path, encoding="utf-8"))
    ids = set()
    for i, f in enumerate(data["features"]):
        p = f.get("properties", {})
        where = f"{path}#{i} ({p.get('id')})"
        def err(field, msg): bad.append(f"{where} {field}: {msg}")
        if p.get("id") in ids: err("id", "duplicate")
        ids.add(p.get("id"))
        for k in ("id", "date", "type", "region", "place", "description_es", "description_en", "sources",
                  "geo_precision", "time_precision"):
            if p.get(k) in (None, "", []): err(k, "missing")
        if not DATE.match(str(p.get("date"))) or not ("2022-12-07" <= str(p.get("date")) <= "2023-03-31"):
            err("date", f"bad or outside 2022-12-07..2023-03-31: {p.get('date')}")
        if p.get("end_date") and (not DATE.match(p["end_date"]) or p["end_date"] < p.get("date", "")):
            err("end_date", f"bad: {p['end_date']}")
        if p.get("type") not in TYPES: err("type", f"unknown {p.get('type')}")
        if p.get("type") == "killing":
            if not p.get("fatalities"): err("fatalities", "killing without fatalities")
            if p.get("death_kind") not in DEATH_KINDS: err("death_kind", f"must be one of {sorted(DEATH_KINDS)}")
        if p.get("geo_precision") not in (1, 2, 3): err("geo_precision", "must be 1, 2 or 3")
        if p.get("time_precision") not in (1, 2, 3): err("time_precision", "must be 1, 2 or 3")
        code = p.get("region")
        try:
            lon, lat = f["geometry"]["coordinates"]
        except Exception:
            err("geometry", "not a Point [lon, lat]"); continue
        if code != "PE" and code not in POLYS: err("region", f"unknown code {code}")
        elif code != "PE" and not in_region(code, lon, lat):
            err("geometry", f"point {lon},{lat} not inside {code}; it falls in {which_region(lon, lat)}")
        for s in p.get("sources") or []:
            for k in ("publisher", "title", "date", "url"):
                if not s.get(k): err("sources", f"source without {k}")
            if not str(s.get("url", "")).startswith("https://"): err("sources", f"url not https: {s.get('url')}")
    return bad


if __name__ == "__main__":
    problems = [b for path in sys.argv[1:] for b in check(path)]
    print("\n".join(problems) if problems else "ok")
    sys.exit(1 if problems else 0)
