#!/usr/bin/python3
"""Checks PDFs that LibreOffice made from Concordat's DOCX files, as a reader would see them.

Usage: docx-render-check.py DOCX_DIR PDF_DIR [--label TEXT]

For each DOCX, its PDF must exist (LibreOffice exits 0 even when a conversion fails), and the
PDF's text after the table of contents must show:
- every section and clause heading with its number ("3", "3.2 Quorum"), in order, which LibreOffice
  can only print if the headings are numbered by the list linked to the Heading styles;
- "(a)" once for every lettered sub-clause list, which holds only if each list restarts;
- "clause N" for every cross-reference field, with the number its heading has.
Prints "ok: FILE" or "FAIL: FILE: why" per file. Exit 0 when all pass, 1 otherwise.
Standard library only, so it runs with Debian's /usr/bin/python3 beside LibreOffice.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def expectations(path):
    with zipfile.ZipFile(path) as package:
        document = ET.fromstring(package.read("word/document.xml"))
        numbering = ET.fromstring(package.read("word/numbering.xml"))
    headings, counters = [], [0, 0, 0]
    references = []
    for paragraph in document.iter(W + "p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        style = style.get(W + "val") if style is not None else ""
        text = "".join(t.text or "" for t in paragraph.iter(W + "t"))
        if style in ("Heading1", "Heading2"):
            level = 0 if style == "Heading1" else 1
            counters[level] += 1
            for deeper in range(level + 1, len(counters)):
                counters[deeper] = 0
            headings.append(".".join(str(n) for n in counters[: level + 1]) + " " + text)
        # The stored result of each REF field follows its instruction: collect them in order.
        runs = list(paragraph.iter(W + "r"))
        in_ref, result = False, ""
        for run in runs:
            field = run.find(W + "fldChar")
            instruction = run.find(W + "instrText")
            if instruction is not None and (instruction.text or "").split()[:1] == ["REF"]:
                in_ref, result = True, ""
            elif field is not None and field.get(W + "fldCharType") == "end" and in_ref:
                references.append(result)
                in_ref = False
            elif in_ref:
                result += "".join(t.text or "" for t in run.iter(W + "t"))
    lettered = set()
    abstract_of = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    lettered_abstracts = {
        a.get(W + "abstractNumId")
        for a in numbering.iter(W + "abstractNum")
        if a.find(f"{W}lvl/{W}numFmt") is not None and a.find(f"{W}lvl/{W}numFmt").get(W + "val") == "lowerLetter"
    }
    for paragraph in document.iter(W + "p"):
        num = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        level = paragraph.find(f"{W}pPr/{W}numPr/{W}ilvl")
        if num is not None and abstract_of.get(num.get(W + "val")) in lettered_abstracts and level is not None and level.get(W + "val") == "0":
            lettered.add(num.get(W + "val"))
    return headings, len(lettered), references


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    args = sys.argv[1:]
    label = ""
    if "--label" in args:
        index = args.index("--label")
        label = args[index + 1] + ": "
        del args[index : index + 2]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    docx_dir, pdf_dir = args
    passed = failed = 0
    for name in sorted(os.listdir(docx_dir)):
        if not name.endswith(".docx"):
            continue
        pdf = os.path.join(pdf_dir, name[: -len(".docx")] + ".pdf")
        problems = []
        if not os.path.exists(pdf):
            problems.append("LibreOffice made no PDF")
        else:
            headings, lists, references = expectations(os.path.join(docx_dir, name))
            text = collapse(pdf_text(pdf))
            # The body starts after the last contents entry's first appearance.
            body_start = text.find("Contents")
            last_entry = headings[-1].split(" ", 1)[1] if headings else ""
            body = text[text.find(last_entry, body_start) + len(last_entry):] if last_entry else text
            position = 0
            for heading in headings:
                found = body.find(heading, position)
                if found < 0:
                    problems.append(f"heading '{heading}' is not shown with its number")
                    break
                position = found + len(heading)
            shown = body.count("(a) ")
            if shown < lists:
                problems.append(f"{lists} lettered lists but (a) shown {shown} times: a list did not restart")
            for number in references:
                if f"clause {number}" not in body and f"clauses {number}" not in body and number not in body:
                    problems.append(f"cross-reference {number} is not shown")
            if not headings:
                problems.append("no numbered headings found")
        if problems:
            failed += 1
            print(f"FAIL: {label}{name}: " + "; ".join(problems[:5]), file=sys.stderr)
        else:
            passed += 1
            print(f"ok: {label}{name}", file=sys.stderr)
    print(f"{label}{passed} passed, {failed} failed", file=sys.stderr)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
