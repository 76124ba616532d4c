"""Validates a DOCX the form or /compose gave: a readable zip holding [Content_Types].xml,
_rels/.rels and word/document.xml declared as the main document, every XML part well-formed, and
no error from openxml-audit 0.8.0 with -f microsoft365 (the validator the library's own suite runs;
OPENXML_AUDIT names its command, which Scripts/ci-serve installs). Returns the document's text.
"""
import json
import os
import subprocess
import tempfile
import zipfile
from xml.dom import minidom

MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _audit_tool():
    tool = os.environ.get("OPENXML_AUDIT")
    if not tool or not os.access(tool, os.X_OK):
        raise RuntimeError("OPENXML_AUDIT must name the openxml-audit command (Scripts/ci-serve sets it)")
    return tool


def validate_docx(source):
    """source: a path or the file's bytes."""
    with tempfile.TemporaryDirectory() as folder:
        if isinstance(source, (bytes, bytearray)):
            path = os.path.join(folder, "document.docx")
            with open(path, "wb") as handle:
                handle.write(source)
        else:
            path = source
        archive = zipfile.ZipFile(path)
        assert archive.testzip() is None, "a zip entry is damaged"
        names = set(archive.namelist())
        for required in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            assert required in names, f"{required} is missing: {sorted(names)}"
        for part in sorted(n for n in names if n.endswith(".xml") or n.endswith(".rels")):
            minidom.parseString(archive.read(part))  # well-formed, or this raises
        types = minidom.parseString(archive.read("[Content_Types].xml"))
        overrides = {o.getAttribute("PartName"): o.getAttribute("ContentType")
                     for o in types.getElementsByTagName("Override")}
        assert overrides.get("/word/document.xml") == MAIN_TYPE, overrides

        result = subprocess.run([_audit_tool(), "-f", "microsoft365", "-o", "json", "-m", "0", path],
                                capture_output=True, text=True)
        report = json.loads(result.stdout)[0]
        assert report.get("error_count", 0) == 0 and not report.get("errors"), report.get("errors", [])[:5]
        assert result.returncode == 0, result.stderr[-2000:]

        document = minidom.parseString(archive.read("word/document.xml"))
        return " ".join(node.firstChild.data for node in document.getElementsByTagNameNS(W, "t") if node.firstChild)
