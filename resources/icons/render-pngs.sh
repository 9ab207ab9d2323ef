#!/bin/sh
# Renders the app icon from civitai-data-manager.svg: the hicolor PNGs (Linux theme, Qt resource,
# macOS .icns) and civitai-data-manager.ico (Windows .exe and installer). The results are
# committed, so building and CI need no renderer; run this after editing the SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and python3.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" civitai-data-manager.svg \
        --output "hicolor/${size}x${size}/apps/civitai-data-manager.png"
done

# An .ico may hold PNG images directly (Windows Vista and later): header, directory, then PNGs.
python3 - <<'PYTHON'
import struct
sizes = [16, 32, 48, 256]
images = [open(f"hicolor/{s}x{s}/apps/civitai-data-manager.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
out = struct.pack("<HHH", 0, 1, len(sizes))
for size, png in zip(sizes, images):
    edge = 0 if size == 256 else size  # 0 means 256
    out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open("civitai-data-manager.ico", "wb").write(out + b"".join(images))
PYTHON
