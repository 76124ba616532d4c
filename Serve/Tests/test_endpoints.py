"""HTTP tests of every concordat-serve endpoint against the running binary, compared with the CLI."""
import concurrent.futures
import io
import json
import os
import re
import urllib.parse
import zipfile

import yaml

from docx_check import validate_docx

YAML = {"Content-Type": "application/yaml"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
ERRORS_KEYS = ["key", "line", "column", "message", "hint"]


def stem(example):
    name = yaml.safe_load(example)["partnership"]["name"]
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def assert_security_headers(headers, document=False):
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "default-src 'none'" in policy
    if document:
        assert "script-src" not in policy  # a composed document runs no script at all
    else:
        assert "script-src 'self'" in policy and "style-src 'self'" in policy
        assert "unsafe-inline" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "SAMEORIGIN"


def assert_errors_body(body):
    report = json.loads(body)
    assert report["schema"] == "concordat.errors/1"
    assert report["errors"], report
    for error in report["errors"]:
        assert list(error) == ERRORS_KEYS
        assert error["message"]
    return report["errors"]


def form_body(pairs):
    return urllib.parse.urlencode(pairs).encode()


TWO_PARTY_MOU = [
    ("document", "memorandum-of-understanding"), ("framework", "strategic-alliance"), ("jurisdiction", "england"),
    ("date", "2026-03-01"),
    ("partnership.name", "Harbour Reading Partnership"), ("partnership.purpose", "Run shared reading clubs in Harbour libraries."),
    ("partnership.start-date", "2026-04-01"),
    ("parties[0].name", "Harbour Borough Council"), ("parties[0].kind", "local-authority"), ("parties[0].role", "lead-partner"),
    ("parties[0].signatory.name", "Ana Silva"), ("parties[0].signatory.title", "Head of Libraries"),
    ("parties[1].name", "Harbour Reads"), ("parties[1].kind", "charity"), ("parties[1].role", "member"),
    ("parties[1].signatory.name", "Sam Okafor"), ("parties[1].signatory.title", "Chair"),
    ("risk-factors.total-funding", "8000"), ("risk-factors.personal-data", "contact-details"),
]


# GET /

def test_form_page_has_every_init_key_with_its_help(server, example):
    status, headers, body = server.request("GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert_security_headers(headers)
    page = body.decode()
    # Every key init writes (and those it shows commented out) has a control with init's comment as help.
    for line in example.splitlines():
        match = re.match(r"^(\s*)(?:#\s*)?(?:- )?([a-z][a-z-]*):\s*(\S.*?)?\s{2,}# (.*)$", line)
        if match and match.group(2) in ("review-months", "notice-days", "personal-data", "route"):
            assert match.group(4).split(";")[0][:20] in page, line
    assert 'name="parties[1].kind"' in page and 'type="date" id="f-partnership_start-date"' in page
    assert '<option value="statutory">statutory</option>' in page
    assert 'name="parties[0].role" value="accountable-body"' in page
    assert "<label for=\"f-partnership_name\">Name</label>" in page
    for fmt in ("markdown", "html", "odt", "docx"):
        assert f'value="compose:{fmt}"' in page


def test_assets_are_served_with_their_types(server):
    status, headers, body = server.request("GET", "/assets/form.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript") and b"fetch('/form'" in body
    status, headers, body = server.request("GET", "/assets/form.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b"@media print" in body


def test_unknown_path_is_404_with_the_headers(server):
    status, headers, _ = server.request("GET", "/nothing-here")
    assert status == 404
    assert_security_headers(headers)


# POST /compose

def test_compose_each_format_gives_the_cli_bytes(server, cli, example, workdir):
    path = write(workdir, "riverside.yaml", example)
    media_types = {"markdown": ("md", "text/markdown"), "html": ("html", "text/html"),
                   "odt": ("odt", "application/vnd.oasis.opendocument.text"),
                   "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}
    offered = re.findall(r'value="compose:([a-z]+)"', server.request("GET", "/")[2].decode())
    assert set(offered) == {"markdown", "html", "odt", "docx"}
    for fmt in offered:
        ext, media = media_types[fmt]
        status, headers, body = server.request("POST", f"/compose?format={fmt}", example.encode(), YAML)
        assert status == 200, body[:500]
        assert headers["Content-Type"].startswith(media)
        assert headers["Content-Disposition"] == \
            f'attachment; filename="{stem(example)}.memorandum-of-understanding.{ext}"'
        assert_security_headers(headers, document=(fmt == "html"))
        out = os.path.join(workdir, "out." + ext)
        result = cli("compose", path, "--format", fmt, "--output", out)
        assert result.returncode == 0, result.stderr
        with open(out, "rb") as handle:
            assert body == handle.read(), fmt
    _, _, body = server.request("POST", "/compose?format=odt", example.encode(), YAML)
    archive = zipfile.ZipFile(io.BytesIO(body))
    assert archive.namelist()[0] == "mimetype"
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"


def test_compose_docx_is_a_valid_word_document(server, example):
    status, headers, body = server.request("POST", "/compose?format=docx", example.encode(), YAML)
    assert status == 200, body[:500]
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert headers["Content-Disposition"] == \
        f'attachment; filename="{stem(example)}.memorandum-of-understanding.docx"'
    text = validate_docx(body)
    for party in yaml.safe_load(example)["parties"]:
        assert party["name"] in text


def test_compose_defaults_to_markdown_and_accepts_text_yaml_and_json(server, example):
    _, _, markdown = server.request("POST", "/compose", example.encode(), YAML)
    as_json = json.dumps(yaml.safe_load(example), default=str).encode()
    status, _, from_json = server.request("POST", "/compose?format=markdown", as_json, {"Content-Type": "application/json"})
    assert status == 200 and from_json == markdown
    status, _, from_text = server.request("POST", "/compose", example.encode(), {"Content-Type": "text/yaml; charset=utf-8"})
    assert status == 200 and from_text == markdown
    assert markdown.startswith(b"# Memorandum of Understanding") or b"Memorandum of Understanding" in markdown[:300]


def test_unknown_format_is_400_naming_the_format(server, example):
    status, _, body = server.request("POST", "/compose?format=pdf", example.encode(), YAML)
    assert status == 400
    assert assert_errors_body(body)[0]["key"] == "format"


def test_refused_request_is_422_with_the_clis_words_and_positions(server, cli, example, workdir):
    bad = example.replace("start-date: 2026-04-01", "start-date: 2026-02-30")
    assert bad != example
    path = write(workdir, "bad.yaml", bad)
    expected = cli("compose", path).stderr.decode()
    for endpoint in ("/compose?format=odt", "/assess", "/explain"):
        status, headers, body = server.request("POST", endpoint, bad.encode(), YAML)
        assert status == 422, endpoint
        assert headers["Content-Type"] == "application/json"
        errors = assert_errors_body(body)
        error = next(e for e in errors if e["key"] == "partnership.start-date")
        line = next(i for i, text in enumerate(bad.splitlines(), 1) if "2026-02-30" in text)
        assert error["line"] == line and error["column"] > 1
        assert f"bad.yaml:{line}:{error['column']}: error: partnership.start-date: {error['message']}" in expected


def test_unsupported_content_types_are_415(server, example):
    for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/x-www-form-urlencoded"}, {}):
        status, _, body = server.request("POST", "/compose", example.encode(), headers)
        assert status == 415, headers
        assert "application/yaml" in assert_errors_body(body)[0]["hint"]
    status, _, body = server.request("POST", "/form", b"document=x", YAML)
    assert status == 415


def test_the_1_mib_cap_is_checked_first(server, example):
    big = example.encode() + b"#" * (1 << 20)
    for path, headers in (("/compose", YAML), ("/assess", {"Content-Type": "text/plain"}), ("/form", FORM)):
        status, _, body = server.request("POST", path, big, headers)
        assert status == 413, path
        assert "1048576" in assert_errors_body(body)[0]["message"]
    # Exactly at the cap is read (and then refused for what it says, not its size).
    padded = example.encode() + b"\n#" + b"x" * ((1 << 20) - len(example.encode()) - 3) + b"\n"
    assert len(padded) == 1 << 20
    status, _, _ = server.request("POST", "/compose", padded, YAML)
    assert status == 200


def test_chunked_body_over_the_cap_is_413(server, example):
    def chunks():
        for _ in range(20):
            yield b"#" * 60000 + b"\n"
    import http.client
    parsed = urllib.parse.urlparse(server.address)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    connection.request("POST", "/compose", body=chunks(), headers=YAML, encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 413
    assert_errors_body(response.read())


# POST /assess and /explain

def test_assess_and_explain_match_the_cli_json(server, cli, example, workdir):
    path = write(workdir, "riverside.yaml", example)
    for verb in ("assess", "explain"):
        status, headers, body = server.request("POST", "/" + verb, example.encode(), YAML)
        assert status == 200 and headers["Content-Type"] == "application/json"
        served = json.loads(body)
        expected = json.loads(cli(verb, path, "--json").stdout)
        assert served["schema"] == f"concordat.{verb}/1"
        served.pop("request"), expected.pop("request")
        assert served == expected, verb


def test_assess_level_rises_with_a_pooled_budget(server, example):
    low = example.replace("pooled-budget: false", "pooled-budget: false").replace("\nrisk: ", "\n# risk: ")
    high = low.replace("pooled-budget: false", "pooled-budget: true")
    assert high != low
    before = json.loads(server.request("POST", "/assess", low.encode(), YAML)[2])
    after = json.loads(server.request("POST", "/assess", high.encode(), YAML)[2])
    assert after["level"] == "high" and before["level"] != "high"
    assert next(f for f in after["factors"] if f["name"] == "pooled-budget")["floor"] == "high"


# POST /form

def test_form_composes_a_two_party_mou_as_odt(server):
    status, headers, body = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "compose:odt")]), FORM)
    assert status == 200, body[:2000]
    assert headers["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert headers["Content-Disposition"] == \
        'attachment; filename="harbour-reading-partnership.memorandum-of-understanding.odt"'
    content = zipfile.ZipFile(io.BytesIO(body)).read("content.xml").decode()
    assert "Harbour Reads" in content and "Harbour Borough Council" in content


def test_form_composes_a_two_party_mou_as_docx(server):
    status, headers, body = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "compose:docx")]), FORM)
    assert status == 200, body[:2000]
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert headers["Content-Disposition"] == \
        'attachment; filename="harbour-reading-partnership.memorandum-of-understanding.docx"'
    text = validate_docx(body)
    assert "Harbour Reads" in text and "Harbour Borough Council" in text


def test_form_save_gives_a_request_the_cli_composes_the_same(server, cli, workdir):
    status, headers, saved = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "save:yaml")]), FORM)
    assert status == 200 and headers["Content-Disposition"] == 'attachment; filename="harbour-reading-partnership.yaml"'
    path = write(workdir, "saved.yaml", saved.decode())
    out = os.path.join(workdir, "saved.md")
    assert cli("compose", path, "--output", out).returncode == 0
    _, _, served = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "compose:markdown")]), FORM)
    with open(out, "rb") as handle:
        assert handle.read() == served
    status, _, as_json = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "save:json")]), FORM)
    assert json.loads(as_json)["parties"][1]["name"] == "Harbour Reads"


def test_form_bad_date_shows_the_clis_error_beside_the_field(server):
    pairs = [p if p[0] != "partnership.start-date" else (p[0], "2026-02-30") for p in TWO_PARTY_MOU]
    status, _, body = server.request("POST", "/form", form_body(pairs + [("action", "compose:odt")]), FORM)
    assert status == 422
    page = body.decode()
    match = re.search(r'<p class="error" id="e-f-partnership_start-date">(.*?)</p>', page)
    assert match, page[:3000]
    assert "2026-02-30" in match.group(1)
    assert 'aria-describedby="h-f-partnership_start-date e-f-partnership_start-date" aria-invalid="true"' in page
    assert 'class="error-summary"' in page and 'href="#f-partnership_start-date"' in page


def test_form_missing_party_name_is_placed_on_that_party(server):
    pairs = [p for p in TWO_PARTY_MOU if p[0] != "parties[1].name"] + [("parties[1].name", ""), ("action", "check")]
    status, _, body = server.request("POST", "/form", form_body(pairs), FORM)
    assert status == 422
    assert re.search(r'id="e-f-parties_1_(name)?"', body.decode())


def test_form_adds_and_removes_parties(server):
    _, _, added = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "add-party")]), FORM)
    assert 'name="parties[2].name"' in added.decode() and "Party 3" in added.decode()
    _, _, removed = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "remove-party:0")]), FORM)
    page = removed.decode()
    assert 'name="parties[0].name" value="Harbour Reads"' in page
    assert "Harbour Borough Council" not in page


def test_form_loads_a_request_file(server, example):
    status, _, body = server.request("POST", "/form", form_body([("request-text", example), ("action", "load")]), FORM)
    page = body.decode()
    assert status == 200
    assert f'value="{yaml.safe_load(example)["partnership"]["name"]}"' in page
    assert re.search(r'<option value="strategic-alliance" selected>', page)
    status, _, body = server.request("POST", "/form", form_body([("request-text", "document: [\n"), ("action", "load")]), FORM)
    assert status == 200 and "not readable as YAML" in body.decode()
    status, _, body = server.request("POST", "/form", form_body([("request-text", example + "mystery: 1\n"), ("action", "load")]), FORM)
    assert "mystery" in body.decode() and "no field for this value" in body.decode()


def test_form_preview_is_the_html_document_inline(server):
    status, headers, body = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "preview")]), FORM)
    assert status == 200 and headers["Content-Disposition"].startswith("inline;")
    assert_security_headers(headers, document=True)
    assert b"Harbour Reading Partnership" in body


def test_form_live_update_reports_level_and_errors(server):
    status, _, body = server.request("POST", "/form", form_body(TWO_PARTY_MOU + [("action", "live")]), FORM)
    live = json.loads(body)
    assert status == 200 and live["complete"] is True and live["level"] == "low"
    pooled = TWO_PARTY_MOU + [("risk-factors.pooled-budget", "true"), ("action", "live")]
    live = json.loads(server.request("POST", "/form", form_body(pooled), FORM)[2])
    assert live["level"] == "high" and "pooled-budget" in live["assessment"]
    broken = [p for p in TWO_PARTY_MOU if p[0] != "partnership.name"] + [("action", "live")]
    live = json.loads(server.request("POST", "/form", form_body(broken), FORM)[2])
    assert live["complete"] is False and any(e["id"] == "f-partnership_name" for e in live["errors"])
    assert live["level"] == "low"  # the assessment still shows while other fields are unfinished


# Bad input never gives a 500

def test_hostile_bodies_never_give_500(server):
    bodies = [b"\xff\xfe\x00garbage", b"[" * 5000, b"a: &x 1\nb: *x\n", b"document: \x00\n", b"",
              b"parties: " + b"[" * 100, "name: \u202e\u0000".encode(), b"document: 1e999999\n",
              b"{\"document\": " + b"9" * 5000 + b"}"]
    for body in bodies:
        for path, headers in (("/compose?format=odt", YAML), ("/assess", YAML), ("/explain", YAML),
                              ("/form", FORM)):
            status, _, reply = server.request("POST", path, body + (b"&action=compose:odt" if path == "/form" else b""), headers)
            assert status in (200, 400, 413, 415, 422), (path, body[:40], status)
            if path != "/form":
                assert_errors_body(reply)


def test_fifty_concurrent_composes_all_correct(server, example):
    expected = server.request("POST", "/compose?format=odt", example.encode(), YAML)[2]

    def one(_):
        return server.request("POST", "/compose?format=odt", example.encode(), YAML)

    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, range(50)))
    assert all(status == 200 and body == expected for status, _, body in results)


def test_typed_text_is_escaped_in_the_form_page(server):
    hostile = '"><script>alert(1)</script><b x=\''
    pairs = [(k, hostile if k == "partnership.name" else v) for k, v in TWO_PARTY_MOU]
    for action in ("check", "add-party"):
        status, _, body = server.request("POST", "/form", form_body(pairs + [("action", action)]), FORM)
        page = body.decode()
        assert status in (200, 422)
        assert "<script>alert(1)" not in page and "<b x=" not in page
        assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&#39;"' in page
