"""Validates a downloaded ODT: the packaging rules (mimetype first and stored, a manifest listing
every part), every XML part well-formed, and content, styles, meta and manifest against the OASIS
ODF 1.3 RelaxNG schemas with libxml2's xmllint. Returns the document's text.

The schemas are those Scripts/test's Swift suite fetched into .cache/odf-schema/ (the published
OASIS files as redistributed in the PyPI package openxml-audit 0.8.0); if absent they are fetched
the same way.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.dom import minidom

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CACHE = os.path.join(ROOT, ".cache", "odf-schema")
MAIN = "OpenDocument-v1.3-schema.rng"
MANIFEST = "OpenDocument-v1.3-manifest-schema.rng"


def schemas():
    if not all(os.path.exists(os.path.join(CACHE, name)) for name in (MAIN, MANIFEST)):
        os.makedirs(CACHE, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", folder,
                            "openxml-audit==0.8.0"], check=True)
            wheel = zipfile.ZipFile(glob.glob(os.path.join(folder, "*.whl"))[0])
            for name in (MAIN, MANIFEST):
                with open(os.path.join(CACHE, name), "wb") as handle:
                    handle.write(wheel.read("openxml_audit/odf/schemas/odf-1.3/" + name))
    return os.path.join(CACHE, MAIN), os.path.join(CACHE, MANIFEST)


def validate_odt(path):
    archive = zipfile.ZipFile(path)
    first = archive.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, "mimetype must come first, stored"
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    names = set(archive.namelist())
    manifest = archive.read("META-INF/manifest.xml").decode()
    listed = set(re.findall(r'manifest:full-path="([^"]+)"', manifest))
    assert names - {"mimetype", "META-INF/manifest.xml"} <= listed, names - listed
    main_schema, manifest_schema = schemas()
    with tempfile.TemporaryDirectory() as folder:
        for part in sorted(n for n in names if n.endswith(".xml")):
            data = archive.read(part)
            minidom.parseString(data)  # well-formed, or this raises
            if part in ("content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"):
                file = os.path.join(folder, part.replace("/", "_"))
                with open(file, "wb") as handle:
                    handle.write(data)
                schema = manifest_schema if part == "META-INF/manifest.xml" else main_schema
                result = subprocess.run(["xmllint", "--noout", "--relaxng", schema, file], capture_output=True, text=True)
                assert result.returncode == 0, f"{part} does not validate:\n{result.stderr[-2000:]}"
    content = minidom.parseString(archive.read("content.xml"))
    return " ".join(node.data for node in _text_nodes(content))


def _text_nodes(node):
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child
        else:
            yield from _text_nodes(child)
