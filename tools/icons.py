#!/usr/bin/env python3
"""Renders icons/cronomapa.svg into the files the window, the launchers and the installers use.

  icons/cronomapa-16.png ... cronomapa-256.png  (window icon sizes; 256 is the Linux launcher's)
  icons/cronomapa.ico                           (Windows .exe/.msi: PNG entries 16-256)
  icons/cronomapa.icns                          (macOS .app/.dmg: PNG entries 16-512)

Needs rsvg-convert (Debian: librsvg2-bin); the .ico and .icns containers are written here in
plain Python (both formats allow PNG-compressed entries). Run from the repository root:
  python3 tools/icons.py
"""
import os
import struct
import subprocess
import tempfile

SVG = "icons/cronomapa.svg"
PNG_SIZES = [16, 32, 48, 64, 128, 256]
# ICNS entry types holding PNG data, by pixel size (ic11/ic12 are the @2x of 16 and 32).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
              (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512)]


def render(size, out):
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), SVG, "-o", out], check=True)
    with open(out, "rb") as f:
        return f.read()


def ico(pngs):
    """ICONDIR, one ICONDIRENTRY per size, then the PNG bytes (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in pngs:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(pngs_by_size):
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs_by_size[size])) + pngs_by_size[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    pngs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(set(PNG_SIZES + [s for _, s in ICNS_TYPES])):
            target = f"icons/cronomapa-{size}.png" if size in PNG_SIZES else os.path.join(tmp, f"{size}.png")
            pngs[size] = render(size, target)
    with open("icons/cronomapa.ico", "wb") as f:
        f.write(ico([(s, pngs[s]) for s in PNG_SIZES]))
    with open("icons/cronomapa.icns", "wb") as f:
        f.write(icns(pngs))
    print("wrote", ", ".join(f"cronomapa-{s}.png" for s in PNG_SIZES), "cronomapa.ico, cronomapa.icns")


if __name__ == "__main__":
    main()
