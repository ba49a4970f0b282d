"""The situation folder's files that are not tables: the logo and the area boundaries.

Both end up inside the PDF, so both are checked here, before anything is drawn: a
logo is a PNG or an SVG by its first bytes (not its name), small, and an SVG draws
only itself (no script, no event handler, no link to another file or the web); a
boundaries file is GeoJSON polygons with a P-code each. A bad file is a `DataError`
naming it; a missing one is no logo, no map.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from sitrep.errors import DataError
from sitrep.models import Problem
from sitrep.models.report import AreaShape, Logo

LOGO_NAMES = ("logo.svg", "logo.png")
MAX_LOGO_BYTES = 256 * 1024
"""A logo is a small mark in the title band; a bigger file is a photo or a mistake."""

BOUNDARY_NAMES = ("boundaries.geojson", "boundaries.json")
MAX_BOUNDARY_BYTES = 5 * 1024 * 1024
"""Enough for a country's admin-2 areas simplified for a page; not a full-resolution COD."""

PCODE_PROPERTIES = ("pcode", "ADM2_PCODE", "ADM1_PCODE", "admin2Pcode", "admin1Pcode")
NAME_PROPERTIES = ("name", "ADM2_EN", "ADM1_EN", "admin2Name_en", "admin1Name_en")

_PNG = b"\x89PNG\r\n\x1a\n"
_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_UNSAFE_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "object", "embed", "use"})
_URL_IN_STYLE = re.compile(r"url\s*\(\s*['\"]?\s*(?!#)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)


def _error(path: Path, message: str) -> DataError:
    problem = Problem(file=str(path), code="bad-asset", message=message)
    return DataError(f"{path}: {message}", [problem])


def read_logo(folder: Path) -> Logo | None:
    """The situation's `logo.svg` or `logo.png`, checked; None when there is none."""
    path = next((folder / n for n in LOGO_NAMES if (folder / n).is_file()), None)
    if path is None:
        return None
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise _error(
            path, f"the logo is {size:,} bytes; at most {MAX_LOGO_BYTES:,} are read (resize it)"
        )
    data = path.read_bytes()
    if data.startswith(_PNG):
        if path.suffix.lower() != ".png":
            raise _error(path, "the file is a PNG image; name it logo.png")
        return Logo(media_type="image/png", data=data)
    if path.suffix.lower() == ".png":
        raise _error(path, "not a PNG image (its first bytes are not a PNG signature)")
    _check_svg(path, data)
    return Logo(media_type="image/svg+xml", data=data)


def _check_svg(path: Path, data: bytes) -> None:
    """An SVG that draws only itself: parsed, no DTD, no script, no handler, no outside link."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf").lstrip()
    if not head.startswith((b"<?xml", b"<svg", b"<!--")):
        raise _error(path, "neither a PNG nor an SVG image (the file does not start like either)")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _error(path, "the SVG declares a DOCTYPE or entities; save it as plain SVG")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise _error(path, f"not a well-formed SVG: {exc}") from None
    if root.tag not in {f"{_SVG_NS}svg", "svg"}:
        raise _error(path, f"not an SVG image: its root element is <{root.tag}>")
    for element in root.iter():
        tag = element.tag.rpartition("}")[2]
        if tag in _UNSAFE_ELEMENTS:
            raise _error(path, f"the SVG holds a <{tag}> element; a logo may only draw shapes")
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2]
            if local.lower().startswith("on"):
                raise _error(path, f"the SVG has an event handler ({local}); remove it")
            if (name == _XLINK_HREF or local == "href") and not value.startswith("#"):
                raise _error(path, f"the SVG links to {value[:80]!r}; embed the image instead")
            if _URL_IN_STYLE.search(value) or _IMPORT.search(value):
                raise _error(path, f"the SVG loads an outside resource in {local}; remove it")
        if (
            tag == "style"
            and element.text
            and (_URL_IN_STYLE.search(element.text) or _IMPORT.search(element.text))
        ):
            raise _error(path, "the SVG's style sheet loads an outside resource; remove it")


def read_boundaries(folder: Path) -> tuple[list[AreaShape], str | None]:
    """Areas from the situation's `boundaries.geojson`, and the file's own note on where
    its shapes come from (`"source"` beside the features); ([], None) when there is none."""
    path = next((folder / n for n in BOUNDARY_NAMES if (folder / n).is_file()), None)
    if path is None:
        return [], None
    if path.stat().st_size > MAX_BOUNDARY_BYTES:
        raise _error(
            path,
            f"boundaries larger than {MAX_BOUNDARY_BYTES:,} bytes; simplify them "
            "(for example mapshaper -simplify 5%) before adding them",
        )
    try:
        document = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _error(path, f"not GeoJSON: {exc}") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise _error(path, 'not a GeoJSON FeatureCollection (no "type": "FeatureCollection")')
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise _error(path, "the FeatureCollection has no features")
    shapes = [_shape(path, index, feature) for index, feature in enumerate(features, start=1)]
    source = document.get("source")
    return shapes, source if isinstance(source, str) else None


def _shape(path: Path, index: int, feature: Any) -> AreaShape:
    where = f"feature {index}"
    if not isinstance(feature, dict):
        raise _error(path, f"{where} is not a GeoJSON Feature")
    properties = feature.get("properties") or {}
    pcode = next((properties[k] for k in PCODE_PROPERTIES if properties.get(k)), None)
    if not isinstance(pcode, str):
        raise _error(path, f"{where} has no P-code (a property named {PCODE_PROPERTIES[0]!r})")
    name = next((properties[k] for k in NAME_PROPERTIES if properties.get(k)), None)
    geometry = feature.get("geometry") or {}
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    polygons: list[Any]
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon" and isinstance(coordinates, list):
        polygons = coordinates
    else:
        raise _error(path, f"{where} ({pcode}) is a {kind or 'missing'} geometry, not a polygon")
    try:
        rings = [
            [(float(lon), float(lat)) for lon, lat, *_ in ring]
            for polygon in polygons
            for ring in polygon
        ]
    except (TypeError, ValueError):
        raise _error(path, f"{where} ({pcode}) has coordinates that are not [lon, lat]") from None
    for ring in rings:
        if len(ring) < 4 or not all(
            math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90
            for lon, lat in ring
        ):
            raise _error(
                path,
                f"{where} ({pcode}) has a ring of fewer than 4 points or outside "
                "longitude −180…180 / latitude −90…90",
            )
    return AreaShape(
        pcode=pcode.strip().upper(), name=name if isinstance(name, str) else None, rings=rings
    )
