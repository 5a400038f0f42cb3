#!/usr/bin/env python3
"""Fills unfinished French translations in translations/remaster_fr.ts from a JSON file of
{"source": "traduction"} pairs (tools/i18n/french/*.json), so a batch of new strings can be
translated in one reviewed file. Only messages marked unfinished are touched. A plural message
(source with %n) takes a list: ["singulier", "pluriel"]."""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
ts = os.path.join(here, "..", "..", "translations", "remaster_fr.ts")
pairs = {}
for path in sorted(glob.glob(os.path.join(here, "french", "*.json"))):
    with open(path, encoding="utf-8") as f:
        pairs.update(json.load(f))
text = open(ts, encoding="utf-8").read()
tree = ET.ElementTree(ET.fromstring(text))
filled = missing = 0
for m in tree.getroot().iter("message"):
    tr = m.find("translation")
    if tr is None or tr.get("type") != "unfinished":
        continue
    src = m.find("source").text
    if src in pairs:
        value = pairs[src]
        if m.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        del tr.attrib["type"]
        filled += 1
    else:
        missing += 1
        print("no French for:", repr(src), file=sys.stderr)
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(ts, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"{filled} filled, {missing} still unfinished")
