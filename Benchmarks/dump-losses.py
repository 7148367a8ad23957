#!/usr/bin/env python3
"""Where a reader loses body F1 on the TUNE half, page by page and in sum.

Usage:
    python3 Benchmarks/dump-losses.py CORPUS_DIR text|text-blocks|html
        [--offprint PATH] [--part fit|held-out|all] [--pages N] [--jobs N] [--json FILE]

Only tune-half pages are read (fidelity.py's split); the check half is never looked at. The
tune half is split again by the first byte of MD5(page name): even is the *fit* part (design
on it), odd the *held-out* part (means only), as Benchmarks/README.md's passes do.

Each body block the reader keeps is matched to the truth by word trigrams (half or more of
its trigrams in the truth: the article's; a block under three words: all its words in the
truth). A block that is not the article's is lost precision, sorted by its place: before the
first block of the article, between two, or after the last. Each truth paragraph (a line of
the truth body) is matched the same way against the whole extracted body; one that is not
found is lost recall, sorted by its place in the truth (first, last, or in the middle).

Prints the sums by place and size (short: under 8 tokens, middle: under 25, long), then the
pages ranked by lost precision tokens and by lost recall tokens with their blocks, so the
commonest causes across many pages can be read off rather than the worst pages alone.
Tokens as fidelity.py counts them.
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fidelity  # noqa: E402


def part_of(name):
    return "fit" if hashlib.md5(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def trigrams(tokens):
    return set(zip(tokens, tokens[1:], tokens[2:]))


def found_in(tokens, grams, words):
    """Whether a passage of `tokens` is in a text of these trigrams and words."""
    if not tokens:
        return True
    if len(tokens) < 3:
        return all(token in words for token in tokens)
    own = trigrams(tokens)
    return len(own & grams) * 2 >= len(own)


def size_of(count):
    return "short" if count < 8 else ("middle" if count < 25 else "long")


def losses(page, record):
    truth = page["truth"].get("body", "")
    truth_tokens = fidelity.tokens(truth)
    truth_grams, truth_words = trigrams(truth_tokens), set(truth_tokens)
    blocks = [fidelity.block_text(block) for block in (record or {}).get("body", [])]
    body = "\n\n".join(blocks)
    precision, recall, f1 = fidelity.overlap(body, truth)
    body_tokens = fidelity.tokens(body)
    body_grams, body_words = trigrams(body_tokens), set(body_tokens)
    marks = [found_in(fidelity.tokens(text), truth_grams, truth_words) for text in blocks]
    good = [index for index, mark in enumerate(marks) if mark]
    first, last = (good[0], good[-1]) if good else (len(marks), -1)
    extra = []
    for index, (text, mark) in enumerate(zip(blocks, marks)):
        if not mark:
            place = "before" if index < first else ("after" if index > last else "between")
            extra.append({"place": place, "tokens": len(fidelity.tokens(text)), "text": text})
    paragraphs = [line for line in truth.split("\n") if line.strip()]
    missed = []
    for index, paragraph in enumerate(paragraphs):
        tokens = fidelity.tokens(paragraph)
        if tokens and not found_in(tokens, body_grams, body_words):
            place = "first" if index == 0 else ("last" if index == len(paragraphs) - 1 else "middle")
            missed.append({"place": place, "tokens": len(tokens), "text": paragraph})
    return {"name": page["name"], "part": part_of(page["name"]), "precision": precision, "recall": recall,
            "f1": f1, "extra": extra, "missed": missed}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("kind", choices=sorted(fidelity.KINDS))
    parser.add_argument("--offprint", default=os.path.join(fidelity.ROOT, ".build", "release", "offprint"))
    parser.add_argument("--part", choices=["fit", "held-out", "all"], default="fit")
    parser.add_argument("--pages", type=int, default=20, help="pages listed in each ranking")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--json", metavar="FILE", help="also write every page's losses as JSON")
    args = parser.parse_args()

    pages, _ = fidelity.load_pages(args.corpus, args.kind)
    pages = [page for page in pages if page["half"] == "tune" and not page["synthetic"]
             and args.part in ("all", part_of(page["name"]))]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        records = list(pool.map(lambda page: fidelity.run_page(args.offprint, page, 60)[0], pages))
    rows = [losses(page, record) for page, record in zip(pages, records)]

    count = len(rows) or 1
    print(f"{len(rows)} tune pages ({args.part}), body F1 {sum(r['f1'] for r in rows) / count:.4f}")
    extra, missed = collections.Counter(), collections.Counter()
    for row in rows:
        for block in row["extra"]:
            extra[(block["place"], size_of(block["tokens"]))] += block["tokens"]
        for paragraph in row["missed"]:
            missed[(paragraph["place"], size_of(paragraph["tokens"]))] += paragraph["tokens"]
    print("\nkept tokens outside the truth, by place and block size:")
    for (place, size), tokens in sorted(extra.items()):
        print(f"  {place:8} {size:7} {tokens:6}")
    print("\ntruth tokens lost, by the paragraph's place and size:")
    for (place, size), tokens in sorted(missed.items()):
        print(f"  {place:8} {size:7} {tokens:6}")

    for title, key in (("lost precision", "extra"), ("lost recall", "missed")):
        print(f"\npages by {title} (tokens):")
        ranked = sorted(rows, key=lambda r: -sum(item["tokens"] for item in r[key]))[: args.pages]
        for row in ranked:
            total = sum(item["tokens"] for item in row[key])
            if not total:
                break
            print(f"== {row['name']} ({row['part']}) F1 {row['f1']:.3f} P {row['precision']:.3f} "
                  f"R {row['recall']:.3f}: {total} tokens")
            for item in row[key]:
                text = " / ".join(item["text"].split("\n"))[:120]
                print(f"   {item['place']:8} {item['tokens']:4} | {text}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump(rows, file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
