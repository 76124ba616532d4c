"""Turns the measurements Scripts/bench collected into one table, prints it, and writes it with
the method and the targets' verdicts to BENCHMARKS.md, followed by Benchmarks/notes.md.

Usage: python3 Benchmarks/report.py WORK OUTPUT MACHINE VERSIONS COMMIT RUNS BATCH_RUNS SCALE_RUNS [BEFORE_COMMIT]

With BEFORE_COMMIT, the run also timed that commit's build (Scripts/bench --baseline), and each
target is shown before and after.
"""
import json
import os
import statistics
import sys

work, output, machine, versions, commit = sys.argv[1:6]
runs, batch_runs, scale_runs = sys.argv[6:9]
before_commit = sys.argv[9] if len(sys.argv) > 9 else ""


def medians(name):
    """Median wall time in seconds of each command in times/NAME.json, by command name."""
    with open(os.path.join(work, "times", name + ".json"), encoding="utf-8") as f:
        results = json.load(f)["results"]
    return {r["command"]: r["median"] for r in results}


def only(name):
    return next(iter(medians(name).values()))


def exists(kind, name):
    return os.path.exists(os.path.join(work, kind, name + (".json" if kind == "times" else "")))


def build(name):
    """(wall, cpu) seconds of a fresh build, or None when it was not timed."""
    path = os.path.join(work, "builds", name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        wall, user, system = (float(x) for x in f.read().split()[-3:])
    return wall, user + system


def peak(name):
    """Median peak resident memory in MiB."""
    with open(os.path.join(work, "rss", name), encoding="utf-8") as f:
        values = [int(line) for line in f if line.strip()]
    return statistics.median(values) / 1024


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mib(value):
    return f"{value:.1f} MiB"


single = medians("single")
floor = single["floor"]
rows = []  # (measurement, median, memory, ratio, target, met)
verdicts = []


def target(name, met):
    verdicts.append((name, met))
    return "yes" if met else "**no**"


rows.append(("Floor: Swift program that imports Foundation, prints a line", ms(floor), mib(peak("floor")), "", "", ""))
rows.append(("`concordat --version`: start-up alone, no catalogue", ms(single["version"]), "",
             f"{single['version'] / floor:.2f}× floor", "", ""))
formats = [("markdown", "Markdown"), ("html", "HTML"), ("odt", "ODT"), ("docx", "DOCX")]
for fmt, label in formats:
    wall = single[f"compose-{fmt}"]
    ratio = wall / floor
    if fmt == "odt":
        rows.append((f"Compose high-risk statutory MoU to {label}", ms(wall), mib(peak(f"compose-{fmt}")),
                     f"{ratio:.2f}× floor", "≤ 2× floor (stretch 1.5×)",
                     target("compose ODT within 2× of the floor", ratio <= 2)))
    else:
        rows.append((f"Compose high-risk statutory MoU to {label}", ms(wall), mib(peak(f"compose-{fmt}")),
                     f"{ratio:.2f}× floor", "", ""))
for fmt, label in [("html", "HTML"), ("odt", "ODT")]:
    wall = single[f"pandoc-{fmt}"]
    speed = wall / single[f"compose-{fmt}"]
    memory = peak(f"pandoc-{fmt}") / peak(f"compose-{fmt}")
    if fmt == "odt":
        rows.append((f"pandoc, same Markdown to {label}", ms(wall), mib(peak(f"pandoc-{fmt}")),
                     f"Concordat {speed:.1f}× faster", "≥ 15× faster",
                     target("ODT at least 15× faster than pandoc", speed >= 15)))
        rows.append(("… peak memory, pandoc ÷ Concordat (ODT)", "", "", f"{memory:.1f}× lower", "≥ 3× lower",
                     target("ODT peak memory at most a third of pandoc's", memory >= 3)))
    else:
        rows.append((f"pandoc, same Markdown to {label}", ms(wall), mib(peak(f"pandoc-{fmt}")),
                     f"Concordat {speed:.1f}× faster, {memory:.1f}× less memory", "", ""))
for fmt, label in formats:
    wall = only(f"batch-{fmt}")
    rate = 1000 / wall
    if fmt == "docx":
        ratio = wall / only("batch-odt")
        met = target("a DOCX costs no more than an ODT in a batch", ratio <= 1.0)
        rows.append((f"Batch: 1,000 requests to {label} (--output-dir)", ms(wall), "", f"{rate:,.0f} documents/s, {ratio:.2f}× ODT",
                     "≤ ODT", met))
    elif fmt == "odt":
        met = target("batch of ODT at least 500 documents per second", rate >= 500)
        rows.append((f"Batch: 1,000 requests to {label} (--output-dir)", ms(wall), "", f"{rate:,.0f} documents/s",
                     "≥ 500 documents/s", met))
    else:
        rows.append((f"Batch: 1,000 requests to {label} (--output-dir)", ms(wall), "", f"{rate:,.0f} documents/s", "", ""))
load = {size: only(f"catalogue-{size}") for size in (500, 5000, 50000)}
for size in (500, 5000, 50000):
    ratio = load[size] / load[500]
    if size == 50000:
        met = target("catalogue of 50,000 clauses loads within 100× of 500", ratio <= 100)
        rows.append((f"Load and validate {size:,} synthetic clauses", ms(load[size]), mib(peak(f"catalogue-{size}")),
                     f"{ratio:.1f}× the 500", "≤ 100× the 500", met))
    else:
        rows.append((f"Load and validate {size:,} synthetic clauses", ms(load[size]), mib(peak(f"catalogue-{size}")),
                     f"{ratio:.1f}× the 500" if size != 500 else "", "", ""))
per_clause = (load[50000] - load[5000]) / 45000
rows.append(("… each clause beyond 5,000 (slope)", f"{per_clause * 1e6:.1f} µs", "", "", "", ""))
rows.append(("`check` on the 500 synthetic clauses (108 combinations + 500 reachability)", ms(only("check-500")), "", "", "", ""))

diff_wall, diff_memory = only("diff-1mib"), peak("diff-1mib")
rows.append(("`diff` of two 1 MiB drafts (200 parties, 300 reserved matters)", ms(diff_wall), mib(diff_memory), "",
             "< 2 s and < 200 MiB", target("diff two 1 MiB drafts in under 2 s and 200 MiB", diff_wall < 2 and diff_memory < 200)))

fresh = build("after")
if fresh:
    rows.append(("Fresh `swift build -c release --product concordat` (wall; CPU user + system)",
                 f"{fresh[0]:.0f} s", "", f"CPU {fresh[1]:.0f} s", "≤ 3 min",
                 target("fresh release build within 3 minutes", fresh[0] <= 180)))

# One row per target, before (the baseline commit, timed in the same runs) and after.
target_rows = []
if before_commit:
    def pair(name, before, after, met):
        target_rows.append((name, before, after, "yes" if met else "**no**"))

    b_single = {k[len("before-"):]: v for k, v in single.items() if k.startswith("before-")}
    pair("Compose ODT ≤ 2× the floor (stretch 1.5×)", f"{b_single['compose-odt'] / floor:.2f}× ({ms(b_single['compose-odt'])})",
         f"{single['compose-odt'] / floor:.2f}× ({ms(single['compose-odt'])})", single["compose-odt"] / floor <= 2)
    pair("ODT ≥ 15× faster than pandoc", f"{single['pandoc-odt'] / b_single['compose-odt']:.1f}×",
         f"{single['pandoc-odt'] / single['compose-odt']:.1f}×", single["pandoc-odt"] / single["compose-odt"] >= 15)
    pair("ODT peak memory ≤ 1/3 of pandoc's", f"{peak('pandoc-odt') / peak('before-compose-odt'):.1f}× lower",
         f"{peak('pandoc-odt') / peak('compose-odt'):.1f}× lower", peak("pandoc-odt") / peak("compose-odt") >= 3)
    pair("Batch of 1,000 ODT ≥ 500 documents/s", f"{1000 / only('before-batch-odt'):,.0f}/s",
         f"{1000 / only('batch-odt'):,.0f}/s", 1000 / only("batch-odt") >= 500)
    b_ratio = only("before-catalogue-50000") / only("before-catalogue-500")
    pair("50,000 clauses ≤ 100× the 500", f"{b_ratio:.1f}×", f"{load[50000] / load[500]:.1f}×", load[50000] / load[500] <= 100)
    b_fresh = build("before")
    if fresh and b_fresh:
        pair("Fresh release build ≤ 3 min", f"{b_fresh[0]:.0f} s (CPU {b_fresh[1]:.0f} s)",
             f"{fresh[0]:.0f} s (CPU {fresh[1]:.0f} s)", fresh[0] <= 180)
    pair("Start-up: `concordat --version` (no target)", f"{b_single['version'] / floor:.2f}× floor",
         f"{single['version'] / floor:.2f}× floor", True)
    target_rows[-1] = target_rows[-1][:3] + ("",)

header = ("Measurement", "Median wall time", "Peak memory", "Ratio", "Target", "Met")
table = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
table += ["| " + " | ".join(row) + " |" for row in rows]
print("\n".join(table))

met_all = all(met for _, met in verdicts)
missed = [name for name, met in verdicts if not met]
lines = [
    "# Benchmarks",
    "",
    "Written by `Scripts/bench`; run it again to refresh this page.",
    "",
    f"Machine: {machine}. Tools: {versions}. Commit: {commit}.",
    "",
    "\n".join(table),
    "",
]
if target_rows:
    lines += [
        f"Each target before (commit {before_commit}) and after, timed side by side in the same runs:",
        "",
        "| Target | Before | After | Met after |",
        "|---|---|---|---|",
    ] + ["| " + " | ".join(row) + " |" for row in target_rows] + [""]
lines += [
    "All targets are met." if met_all else "Targets not met: " + "; ".join(missed) + ". See the notes below.",
    "",
    "## Method",
    "",
    f"- Wall times are hyperfine medians, without a shell, after 3 warm-up runs: {runs} runs for each single",
    f"  command, {batch_runs} for each batch, {scale_runs} for each catalogue load. The floor, the four",
    "  compositions, the baseline's and pandoc's two conversions are timed side by side in one hyperfine run.",
    "- Peak memory is the median over five runs of the maximum resident set size reported by",
    "  `/usr/bin/time -v`.",
    "- The document is `concordat init memorandum-of-understanding --framework statutory` (high risk), the",
    "  largest example. pandoc converts the Markdown Concordat composed from it.",
    "- The floor is `Benchmarks/Floor`, a Swift program that imports Foundation and prints one line,",
    "  built in release with the same toolchain: what any Swift command-line tool pays to start.",
    "- The batch is 1,000 requests, every document × framework × jurisdiction in turn, each with its own",
    "  partnership name, composed by one `concordat compose … --output-dir DIR` per format.",
    "- Catalogue scaling uses `Scripts/synthetic-catalogue N DIR` (valid clauses in groups that define and",
    "  use terms, require, refer to and exclude each other) and times",
    "  `concordat clauses --no-default-catalogue --catalogue DIR`, which reads every file, parses its",
    "  front matter and body, hashes it and validates the whole catalogue (slots, requires, excludes,",
    "  references, terms, cycles) before listing it. `concordat check` composes 108 combinations plus one",
    "  document per clause, each of which grows with the catalogue, so it is quadratic by design and is",
    "  shown once, on 500 clauses, for scale.",
    "- The diff compares two drafts written by `Scripts/large-request` (1 MiB each, the most a request",
    "  may be): the second changes the date, twenty contacts, one contribution and one reserved matter.",
    "",
]
notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.md")
if os.path.exists(notes):
    with open(notes, encoding="utf-8") as f:
        lines.append(f.read().rstrip("\n"))
        lines.append("")
with open(output, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print()
print("All targets met." if met_all else "Not met: " + "; ".join(missed))
print(f"Wrote {output}")
