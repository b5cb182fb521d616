"""Render csod-desktop.svg to the PNG sizes, a multi-size .ico (Windows) and an .icns (macOS).

Run from the repository root after editing the SVG: ``python resources/icons/make_icons.py``.
ICO and ICNS both accept embedded PNG images, so no imaging library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    out = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data.data())
    return out


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    chunks = b"".join(kind + struct.pack(">I", len(pngs[s]) + 8) + pngs[s] for s, kind in kinds.items())
    path.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def main() -> None:
    pngs = render(HERE / "csod-desktop.svg")
    for size, blob in pngs.items():
        (HERE / f"csod-desktop-{size}.png").write_bytes(blob)
    (HERE / "csod-desktop.png").write_bytes(pngs[256])
    write_ico(pngs, HERE / "csod-desktop.ico")
    write_icns(pngs, HERE / "csod-desktop.icns")


if __name__ == "__main__":
    main()
