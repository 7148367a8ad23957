#!/usr/bin/env python3
"""Reading fidelity of Offprint's readers against a corpus with ground truth.

Usage:
    python3 Benchmarks/fidelity.py CORPUS_DIR html|text|text-blocks
        [--offprint PATH] [--half tune|check|all] [--jobs N] [--rows] [--kickers] [--json FILE]

CORPUS_DIR has the layout of ../shared/corpus-large (and of ../shared/corpus, which lacks
text-blocks/ and manifest.json):
    html/NAME.html, text/NAME.txt, text-blocks/NAME.txt   the inputs, one folder per kind
    truth/NAME.json     title (optional), body, language, direction
    manifest.json       optional: one row per page with `name` and `synthetic`

Every input of the chosen kind is read by `offprint inspect FILE --json` (the release build,
default .build/release/offprint at the repository root; build it with
`swift build -c release`), --jobs processes at a time (default: the number of cores).

Scores, matching Tests/OffprintTests/CorpusEvaluationTests.swift and
Tests/OffprintTests/Infrastructure/TokenOverlap.swift so the figures compare:
  * title exact: the record's title equals the truth title after trimming, collapsing
    whitespace runs (NO-BREAK SPACE included) to one space and Unicode NFC; case-sensitive.
    Counted over the pages whose truth has a title.
  * title in input (text kinds only): the share of those pages whose text prints the truth
    title, compared the same way, as a line or inside a longer one. No reader of the text can
    get another page's title right, so it is the ceiling of `title exact` for that input.
  * body precision/recall/F1: token overlap (multiset) of the body's visible text (blocks
    joined by a blank line, as Block.plainText makes it: captions, list items and table cells
    included, except that a figure counts only its caption, never its image's `alt` text)
    against the truth body. Every source of the truth took the text a reader sees (text nodes
    of Readability's output, annotators' article text, the publishers' parsers' paragraphs),
    never an image's `alt` attribute, so counting `alt` as body scored the image's
    description as extracted furniture (session 13; about .004 of tune F1). Tokens as TokenOverlap.tokens: the text lower-cased,
    then each character (grapheme; here a code point plus its combining marks) holding a
    scalar in U+3040-U+9FFF or U+AC00-U+D7AF is its own token, runs of letters and numbers
    are words, everything else separates. So Thai, like every script without spaces outside
    those ranges, counts whole runs as one token, exactly as the Swift helper does.
  * language right: the primary subtags agree (`en-US` for `en`), case-insensitive.
  * direction right: `ltr`/`rtl` equal.
A page without output (the tool exits non-zero or prints no record) counts in the means as
title wrong, P = R = F1 = 0, language and direction wrong; it is listed with its error.
Synthetic pages (manifest `synthetic`, truth `synthetic`, or a name starting with
`synthetic`) are kept out of every quality figure and reported as a count (with their
direction, the only thing they test).

The split: a page is in the TUNE half when the first byte of SHA-1(NAME as UTF-8) is even,
else in the CHECK half (NAME is the file name without extension). It depends only on the
name, so it is the same on every machine and for every kind, and a page never changes half.
Look at and tune on the tune half only; the check half is for reporting.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"html": ("html", ".html"), "text": ("text", ".txt"), "text-blocks": ("text-blocks", ".txt")}


def half_of(name):
    """'tune' when the first byte of sha1(name) is even, else 'check'."""
    return "tune" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def normalise_title(text):
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _graphemes(text):
    """Code points grouped with the combining marks and joiners that follow them: close
    enough to Swift's Characters for tokenising."""
    group = ""
    for char in text:
        if group and (unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d"):
            group += char
        else:
            if group:
                yield group
            group = char
    if group:
        yield group


def _is_cjk(cluster):
    return any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in cluster)


def tokens(text):
    """TokenOverlap.tokens: lower-cased words; each CJK, kana or Hangul character a token."""
    result, word = [], ""
    for cluster in _graphemes(text.lower()):
        first = cluster[0]
        if _is_cjk(cluster):
            if word:
                result.append(word)
                word = ""
            result.append(cluster)
        elif first.isalpha() or first.isnumeric():
            word += cluster
        elif word:
            result.append(word)
            word = ""
    if word:
        result.append(word)
    return result


def overlap(extracted, truth):
    """(precision, recall, f1) of the token multisets."""
    found, expected = Counter(tokens(extracted)), Counter(tokens(truth))
    common = sum(min(count, expected[token]) for token, count in found.items())
    found_total, expected_total = sum(found.values()), sum(expected.values())
    precision = common / found_total if found_total else 0.0
    recall = common / expected_total if expected_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def inline_text(inlines):
    out = []
    for inline in inlines:
        if isinstance(inline, str):
            out.append(inline)
        elif inline.get("type") == "lineBreak":
            out.append("\n")
        elif inline.get("type") == "code":
            out.append(inline.get("text", ""))
        else:
            out.append(inline_text(inline.get("content", [])))
    return "".join(out)


def block_text(block):
    """Block.plainText, but a figure without a caption has no text (see the docstring)."""
    kind = block.get("type")
    if kind in ("paragraph", "heading"):
        return inline_text(block.get("content", []))
    if kind == "quote":
        return "\n".join(block_text(b) for b in block.get("blocks", []))
    if kind == "list":
        return "\n".join("\n".join(block_text(b) for b in item) for item in block.get("items", []))
    if kind == "code":
        return block.get("text", "")
    if kind == "figure":
        # The caption is text on the page; `alt` is the image's description, an attribute no
        # truth was taken from.
        return inline_text(block.get("caption", []))
    if kind == "table":
        table = block.get("table", {})
        rows = [table.get("header", [])] + table.get("rows", [])
        return "\n".join("\t".join(inline_text(cell) for cell in row) for row in rows if row)
    return ""


def primary(tag):
    return (tag or "").split("-")[0].split("_")[0].lower()


def load_pages(corpus, kind):
    folder, extension = KINDS[kind]
    directory = os.path.join(corpus, folder)
    if not os.path.isdir(directory):
        sys.exit(f"{directory}: no such folder (this corpus has no '{kind}' inputs)")
    synthetic = {}
    manifest_path = os.path.join(corpus, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as file:
            manifest = json.load(file)
        rows = manifest if isinstance(manifest, list) else manifest.get("pages", [])
        synthetic = {row["name"]: bool(row.get("synthetic")) for row in rows if "name" in row}
    pages, missing_truth = [], []
    for file_name in sorted(os.listdir(directory)):
        if not file_name.endswith(extension):
            continue
        name = file_name[: -len(extension)]
        truth_path = os.path.join(corpus, "truth", name + ".json")
        if not os.path.exists(truth_path):
            missing_truth.append(name)
            continue
        with open(truth_path, encoding="utf-8") as file:
            truth = json.load(file)
        is_synthetic = synthetic.get(name, False) or bool(truth.get("synthetic")) or name.startswith("synthetic")
        pages.append({"name": name, "path": os.path.join(directory, file_name), "truth": truth,
                      "synthetic": is_synthetic, "half": half_of(name)})
    return pages, missing_truth


def run_page(binary, page, timeout):
    try:
        result = subprocess.run([binary, "inspect", page["path"], "--json"], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, message[0] if message else f"exit status {result.returncode}"
    try:
        return json.loads(result.stdout.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"output is not a JSON record: {error}"


def title_printed(page):
    """Whether a text input prints its truth title, as a line or inside a longer one (compared
    as `title exact` compares). A reader of that input can get no other title right, so the
    share of such pages is the ceiling of `title exact` for the input kind."""
    with open(page["path"], encoding="utf-8", errors="replace") as file:
        text = file.read()
    return normalise_title(page["truth"]["title"]) in normalise_title(text)


def score(page, record, error):
    truth = page["truth"]
    row = {"name": page["name"], "half": page["half"], "synthetic": page["synthetic"], "error": error,
           "has_title": isinstance(truth.get("title"), str) and truth["title"].strip() != "",
           "truth_title": truth.get("title"), "truth_language": truth.get("language", ""),
           "truth_direction": truth.get("direction", "")}
    row["title_printed"] = title_printed(page) if row["has_title"] and page["path"].endswith(".txt") else None
    if record is None:
        row.update(title=None, title_exact=False, kicker=None, language=None, direction=None,
                   language_right=False, direction_right=False, precision=0.0, recall=0.0, f1=0.0, blocks=0)
        return row
    body = "\n\n".join(block_text(block) for block in record.get("body", []))
    precision, recall, f1 = overlap(body, truth.get("body", ""))
    title = record.get("title", "")
    row.update(
        title=title,
        title_exact=row["has_title"] and normalise_title(title) == normalise_title(truth["title"]),
        kicker=record.get("kicker"),
        language=record.get("language", ""), direction=record.get("direction", ""),
        language_right=primary(record.get("language")) == primary(truth.get("language")),
        direction_right=record.get("direction", "") == truth.get("direction", ""),
        precision=precision, recall=recall, f1=f1, blocks=len(record.get("body", [])))
    return row


def summarise(rows):
    real = [r for r in rows if not r["synthetic"]]
    synthetic = [r for r in rows if r["synthetic"]]
    titled = [r for r in real if r["has_title"]]
    count = len(real)

    def mean(key):
        return sum(r[key] for r in real) / count if count else 0.0

    kickers = [r["kicker"] for r in real if r.get("kicker")]
    return {
        "pages": len(rows), "real": count, "synthetic": len(synthetic),
        "synthetic_direction_right": sum(r["direction_right"] for r in synthetic),
        "errors": [{"name": r["name"], "error": r["error"]} for r in rows if r["error"]],
        "titled": len(titled),
        "title_exact": sum(r["title_exact"] for r in titled) / len(titled) if titled else None,
        "title_printed": (sum(bool(r["title_printed"]) for r in titled) / len(titled)
                          if titled and all(r["title_printed"] is not None for r in titled) else None),
        "precision": mean("precision"), "recall": mean("recall"), "f1": mean("f1"),
        "language": sum(r["language_right"] for r in real) / count if count else None,
        "direction": sum(r["direction_right"] for r in real) / count if count else None,
        "kickers": len(kickers), "kicker_texts": Counter(kickers).most_common(),
    }


def percent(value):
    return "  n/a" if value is None else f"{value * 100:5.1f}"


def print_rows(rows):
    print(f"{'page':44} {'half':5} {'title':5} {'P':>5} {'R':>5} {'F1':>5} {'lang':9} {'dir':4} kicker")
    for r in rows:
        if r["error"]:
            print(f"{r['name'][:44]:44} {r['half']:5} ERROR {r['error']}")
            continue
        title = "-" if not r["has_title"] else ("yes" if r["title_exact"] else "no")
        language = (r["language"] or "") + ("" if r["language_right"] else "*")
        direction = (r["direction"] or "") + ("" if r["direction_right"] else "*")
        mark = " (synthetic)" if r["synthetic"] else ""
        print(f"{r['name'][:44]:44} {r['half']:5} {title:5} {percent(r['precision'])} {percent(r['recall'])} "
              f"{percent(r['f1'])} {language:9} {direction:4} {r['kicker'] or ''}{mark}")
    print("(title '-': no title truth; '*' after language or direction: wrong)")


def print_summary(corpus, kind, half, summary, show_kickers):
    s = summary
    print(f"{os.path.basename(os.path.normpath(corpus))} {kind} half={half}: {s['pages']} pages "
          f"({s['real']} real, {s['synthetic']} synthetic, kept out of the figures)")
    print(f"  without output:   {len(s['errors'])}")
    for error in s["errors"]:
        print(f"    {error['name']}: {error['error']}")
    print(f"  title exact:      {percent(s['title_exact'])} %  (of {s['titled']} pages with title truth)")
    if s["title_printed"] is not None:
        print(f"  title in input:   {percent(s['title_printed'])} %  (the truth title printed in the text: no reader of it does better)")
    print(f"  body P / R / F1:  {s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}")
    print(f"  language right:   {percent(s['language'])} %")
    print(f"  direction right:  {percent(s['direction'])} %")
    if s["synthetic"]:
        print(f"  synthetic pages:  {s['synthetic']} (direction right on {s['synthetic_direction_right']})")
    print(f"  non-empty kickers: {s['kickers']} ({len(s['kicker_texts'])} distinct)")
    shown = s["kicker_texts"] if show_kickers else s["kicker_texts"][:10]
    for text, n in shown:
        print(f"    {n:3} × {text[:80]!r}")
    if len(shown) < len(s["kicker_texts"]):
        print(f"    ... {len(s['kicker_texts']) - len(shown)} more (--kickers lists them all)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a corpus folder (html/, text/, text-blocks/, truth/)")
    parser.add_argument("kind", choices=sorted(KINDS), help="which inputs to read")
    parser.add_argument("--offprint", default=os.path.join(ROOT, ".build", "release", "offprint"),
                        help="the offprint binary (default: .build/release/offprint of this repository)")
    parser.add_argument("--half", choices=("tune", "check", "all"), default="all",
                        help="tune: sha1(name)[0] even; check: odd; all (default)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="pages read at once")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per page before it counts as failed")
    parser.add_argument("--rows", action="store_true", help="print one row per page")
    parser.add_argument("--kickers", action="store_true", help="list every distinct non-empty kicker")
    parser.add_argument("--json", metavar="FILE", help="also write the rows and the summary as JSON")
    args = parser.parse_args()

    if not os.access(args.offprint, os.X_OK):
        sys.exit(f"{args.offprint}: not an executable; build it with `swift build -c release` or pass --offprint")
    pages, missing_truth = load_pages(args.corpus, args.kind)
    if args.half != "all":
        pages = [page for page in pages if page["half"] == args.half]
    if not pages:
        sys.exit("no pages to read")
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda page: run_page(args.offprint, page, args.timeout), pages))
    rows = [score(page, record, error) for page, (record, error) in zip(pages, outcomes)]
    summary = summarise(rows)
    if args.rows:
        print_rows(rows)
        print()
    if missing_truth:
        print(f"({len(missing_truth)} inputs without truth/NAME.json skipped)")
    print_summary(args.corpus, args.kind, args.half, summary, args.kickers)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump({"corpus": os.path.abspath(args.corpus), "kind": args.kind, "half": args.half,
                       "offprint": os.path.abspath(args.offprint), "summary": summary, "rows": rows},
                      file, ensure_ascii=False, indent=1)
            file.write("\n")


if __name__ == "__main__":
    main()
