#!/usr/bin/python3
"""LibreOffice automation for the review checks, through the UNO bridge (Debian's python3-uno).

    uno-review.py edit IN OUT OLD NEW             replace the first OLD with NEW, tracking off, save in the
                                                  format OUT's extension names (.odt or .docx)
    uno-review.py text IN OUT.txt [accept|reject]
                                                  accept or reject every tracked change (or neither), then
                                                  write the document's text, one paragraph a line
    uno-review.py changes IN                      print how many tracked changes the document holds

IN is an ODT or a DOCX. LibreOffice (7.x, as Debian ships it) crashes when a document with comments
is loaded through this bridge, though it converts the same file from the command line; so `text`
and `changes` read a copy with the comments (office:annotation; in DOCX the comment ranges, references and
part) taken out. Comments are not part of the text compared.

Starts one headless soffice per call on a private profile and pipe, so calls never share state.
"""
import os
import subprocess
import sys
import tempfile
import time

import re
import zipfile

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start():
    profile = tempfile.mkdtemp(prefix="concordat-uno-")
    pipe = "concordat%d" % os.getpid()
    process = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
        "-env:UserInstallation=file://" + profile,
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            return process, context, desktop
        except Exception:
            time.sleep(0.25)
    process.kill()
    sys.exit("LibreOffice did not start")


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def dispatch(context, document, command):
    helper = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    helper.executeDispatch(document.getCurrentController().getFrame(), command, "", 0, ())


def paragraphs(document):
    lines = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            lines.append(element.getString())
            if element.getPropertyValue("ParaStyleName").startswith("Contents"):
                lines.pop()  # the table of contents is generated, and not tracked
        elif element.supportsService("com.sun.star.text.TextTable"):
            for name in element.getCellNames():
                lines.append(element.getCellByName(name).getString())
    return lines


def without_comments(path):
    """A copy of the document with every comment removed."""
    handle, copy = tempfile.mkstemp(suffix=os.path.splitext(path)[1])
    os.close(handle)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = re.sub(rb"<office:annotation>.*?</office:annotation>", b"", data, flags=re.S)
            elif item.filename == "word/document.xml":
                data = re.sub(rb"<w:commentRange(Start|End) [^>]*/>", b"", data)
                data = re.sub(rb"<w:r>(?:(?!</w:r>).)*<w:commentReference [^>]*/></w:r>", b"", data, flags=re.S)
            elif item.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb"<Relationship [^>]*Target=\"comments.xml\"/>", b"", data)
            elif item.filename == "[Content_Types].xml":
                data = re.sub(rb"<Override [^>]*PartName=\"/word/comments.xml\"[^>]*/>", b"", data)
            if item.filename == "word/comments.xml":
                continue
            target.writestr(item, data, zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return copy


def main():
    command = sys.argv[1]
    if command in ("text", "changes"):
        sys.argv[2] = without_comments(sys.argv[2])
    process, context, desktop = start()
    try:
        document = desktop.loadComponentFromURL(url(sys.argv[2]), "_blank", 0, (prop("Hidden", True),))
        if command == "edit":
            document.RecordChanges = False
            search = document.createSearchDescriptor()
            search.SearchString = sys.argv[4]
            found = document.findFirst(search)
            if found is None:
                sys.exit("text not found: " + sys.argv[4])
            found.setString(sys.argv[5])
            word = sys.argv[3].endswith(".docx")
            document.storeToURL(url(sys.argv[3]), (prop("FilterName", "MS Word 2007 XML" if word else "writer8"),))
        elif command == "text":
            mode = sys.argv[4] if len(sys.argv) > 4 else ""
            if mode == "accept":
                dispatch(context, document, ".uno:AcceptAllTrackedChanges")
            elif mode == "reject":
                dispatch(context, document, ".uno:RejectAllTrackedChanges")
            with open(sys.argv[3], "w", encoding="utf-8") as out:
                out.write("\n".join(paragraphs(document)) + "\n")
        elif command == "changes":
            print(document.getRedlines().getCount() if hasattr(document, "getRedlines") else 0)
        document.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
