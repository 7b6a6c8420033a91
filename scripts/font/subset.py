#!/usr/bin/python3
"""Build the Briefing Sans SC subset shipped with the brand templates.

Source: the "Noto Sans CJK SC" Regular face inside Debian's fonts-noto-cjk
collection (NotoSansCJK-Regular.ttc). The face is picked by its name table,
not by its index in the collection.

Character set: every character of GB2312 (all 7445 valid double-byte codes,
decoded), printable ASCII, and the extra punctuation and symbols a Chinese
briefing uses that GB2312 lacks or maps to another code point.

The result is renamed "Briefing Sans SC" (a Modified Version under the SIL
Open Font License 1.1 should not keep the upstream name) and written as OpenType (CFF).
The output is deterministic: the same source font and fontTools/brotli
versions give a byte-identical file.

Usage (Debian: apt-get install -y fonts-noto-cjk python3-fonttools python3-brotli):

    /usr/bin/python3 scripts/font/subset.py                  # writes both templates' copies
    /usr/bin/python3 scripts/font/subset.py --out some/file.otf
"""

import argparse
import hashlib
import os
import shutil
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

DEFAULT_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SOURCE_FAMILY = "Noto Sans CJK SC"
SOURCE_STYLE = "Regular"

FAMILY = "Briefing Sans SC"
STYLE = "Regular"
POSTSCRIPT = "BriefingSansSC-Regular"

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUTPUTS = [
    os.path.join(REPO, "templates", "default", "fonts", POSTSCRIPT + ".otf"),
    os.path.join(REPO, "templates", "plain", "fonts", POSTSCRIPT + ".otf"),
]

# Characters outside GB2312 (or mapped elsewhere by Python's gb2312 codec,
# which decodes A1A4 to U+30FB and A1AA to U+2015) that decks need.
EXTRA = (
    "，。、；：？！“”‘’（）《》【】〔〕〈〉「」『』"
    "\u2014\u2015\u2013\u2012\u2212"  # em dash, horizontal bar, en dash, figure dash, minus
    "…‥·・•‧∙×÷±≈≠≤≥％‰‱℃°′″→←↑↓↗↘"
    "～〜￥¥€£$¢©®™§¶№²³¹½¼¾"
    "\u00a0\u3000"  # no-break space, ideographic space
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①②③④⑤⑥⑦⑧⑨⑩"
    "✓✔✗★☆●○■□▲△▼▽◆◇"
)


def gb2312_chars():
    """Every character GB2312 encodes: decode each valid double-byte code."""
    chars = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted_codepoints():
    gb = gb2312_chars()
    if len(gb) != 7445:
        sys.exit(f"expected 7445 GB2312 characters, decoded {len(gb)}")
    ascii_printable = [chr(c) for c in range(0x20, 0x7F)]
    return sorted({ord(c) for c in gb + ascii_printable + list(EXTRA)})


def open_sc_face(path):
    collection = TTCollection(path)
    for font in collection.fonts:
        name = font["name"]
        family = name.getDebugName(16) or name.getDebugName(1)
        style = name.getDebugName(17) or name.getDebugName(2)
        if family == SOURCE_FAMILY and style == SOURCE_STYLE:
            return font
    found = [f["name"].getDebugName(1) for f in collection.fonts]
    sys.exit(f"no '{SOURCE_FAMILY} {SOURCE_STYLE}' face in {path}; faces: {found}")


def rename(font, source_version):
    name = font["name"]
    # Drop every record that carries the upstream family name, then write ours.
    drop = {1, 2, 3, 4, 6, 16, 17, 18, 20, 21, 22, 25}
    name.names = [r for r in name.names if r.nameID not in drop]
    unique = f"{source_version};{POSTSCRIPT}"
    description = (
        f"{FAMILY} is a subset of Noto Sans CJK SC Regular {source_version} "
        "(GB2312, ASCII and common punctuation), renamed and saved as OpenType "
        "for drawing charts in the briefing tool."
    )
    for name_id, value in (
        (1, FAMILY),
        (2, STYLE),
        (3, unique),
        (4, f"{FAMILY} {STYLE}" if STYLE != "Regular" else FAMILY),
        (6, POSTSCRIPT),
        (10, description),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    # The CFF table carries its own copy of the names.
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FamilyName = FAMILY
    top.FullName = FAMILY
    if hasattr(top, "FontName"):
        top.FontName = POSTSCRIPT


def build(source, outputs):
    font = open_sc_face(source)
    source_version = "%.3f" % font["head"].fontRevision

    options = subset.Options()
    # Plain OpenType, not WOFF2: Skia registers it in well under a millisecond
    # where a WOFF2 costs about 40 ms to decompress on every run (issue 6).
    options.flavor = None
    options.hinting = False  # drop CFF hints; charts are drawn antialiased
    options.desubroutinize = True  # compresses better in a zip or WOFF2
    # Horizontal text only: no vertical metrics, no vertical alternates.
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    # Only pair kerning; no ligatures, localized forms or vertical features,
    # whose closure would pull in thousands of extra glyphs.
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False  # keep head.modified from the source: deterministic output
    options.canonical_order = True

    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=wanted_codepoints())
    subsetter.subset(font)
    rename(font, source_version)

    first = outputs[0]
    os.makedirs(os.path.dirname(os.path.abspath(first)), exist_ok=True)
    font.flavor = None
    font.recalcTimestamp = False
    font.save(first, reorderTables=True)
    for other in outputs[1:]:
        os.makedirs(os.path.dirname(os.path.abspath(other)), exist_ok=True)
        shutil.copyfile(first, other)

    with open(first, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    glyphs = font["maxp"].numGlyphs
    for out in outputs:
        print(f"{out}: {os.path.getsize(out)} bytes, {glyphs} glyphs, sha256 {digest}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="the Noto Sans CJK Regular collection (.ttc)")
    parser.add_argument(
        "--out",
        action="append",
        help="output file (repeatable); default: both templates' fonts/ folders",
    )
    args = parser.parse_args()
    build(args.source, args.out or DEFAULT_OUTPUTS)


if __name__ == "__main__":
    main()
