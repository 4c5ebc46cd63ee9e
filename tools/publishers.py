#!/usr/bin/env python3
"""Canonical publishers: one name per outlet, from data/publishers.csv (publisher,kind,domains).

A source's publisher is the outlet whose site holds the page (found by the URL's domain); what the
page says of its origin ("(EFE)", "(copia de La República)", "vía T13") goes to the source's
`credit`. Used by tools/merge_research.py; `python3 tools/publishers.py` lists sources whose
domain the table does not know.
"""
import csv, os, re
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "data", "publishers.csv")
# Parentheses that only say where or which programme: not a credit.
NOT_CREDIT = re.compile(r"^(Piura|Perú|México|Chile|Ica|Tacna|Panamá|Honduras|Cali|nmas\.com\.mx|Rotafono|"
                        r"Cuarto Poder|Canal N|TV Perú Noticias|Mediaset|columna de opinión|copia espejo|copy)$")


def domain(url):
    h = urlparse(url).hostname or ""
    return re.sub(r"^(www\d?|m|amp|mobile|beta|novel2|mail|arc-dev|lsw\d|pwa|archivo|en\.m|en)\.", "", h)


def load():
    by_domain, kinds = {}, {}
    with open(TABLE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kinds[row["publisher"]] = row["kind"]
            for d in row["domains"].split():
                by_domain[d] = row["publisher"]
    return by_domain, kinds


def credit(raw, publisher):
    """The origin a raw publisher string names, if any: '(EFE)' -> 'EFE', 'BBC Mundo (vía T13)' -> 'BBC Mundo'."""
    m = re.match(r"^(.*?)\s*\((?:vía|via)\s+[^)]*\)$", raw)
    if m:
        return m.group(1)
    m = re.search(r"\(([^()]*)\)\s*$", raw) or re.search(r"\),?\s*(con información de .*)$", raw)
    if m and not NOT_CREDIT.match(m.group(1).strip()):
        c = m.group(1).strip()
        return None if c == publisher else c
    m = re.search(r",\s*(con información de .*)$", raw)
    return m.group(1) if m else None


# One spelling per origin.
CREDIT_SPELLING = {"Associated Press": "AP", "JN/Agências": "agencias", "JN/agencias": "agencias", "copia de EFE": "EFE",
                   "con AFP": "AFP"}


def canonical(source, by_domain):
    d = domain(source["url"])
    publisher = by_domain.get(d)
    if publisher is None:
        raise KeyError(d)
    out = dict(source)
    out["publisher"] = publisher
    c = credit(source.get("publisher") or "", publisher)
    if c and "credit" not in source:
        out["credit"] = CREDIT_SPELLING.get(c, c)
    return out


if __name__ == "__main__":
    import json
    by_domain, _ = load()
    events = json.load(open(os.path.join(HERE, "..", "data", "events.geojson"), encoding="utf-8"))
    unknown = sorted({domain(s["url"]) for f in events["features"] for s in f["properties"]["sources"]
                      if domain(s["url"]) not in by_domain})
    print("\n".join(unknown) or "every source's domain is in the table")
