#!/usr/bin/env python3
"""Marks every message of translations/remaster_en.ts as translated by its own source text.

The sources are written in English, so the English "translation" is the source itself; numerus
messages get the singular and plural forms Qt expects for English. Run after
`cmake --build BUILD --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "translations/remaster_en.ts")
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") in ("vanished", "obsolete"):
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        # "%n module(s)" → "%n module" / "%n modules"; "%n entries" → "%n entry" / "%n entries".
        singular = re.sub(r"%n entries", "%n entry", source).replace("(s)", "")
        plural = source.replace("(s)", "s")
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
# Qt's tools expect the DOCTYPE line.
text = path.read_text(encoding="utf-8")
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
path.write_text(text, encoding="utf-8")
