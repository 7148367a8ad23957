#!/usr/bin/env python3
"""Worst-case reading cost of saved HTML: pages made of nothing but one kind of small element.

    Benchmarks/dense-html.py [ELEMENTS] [--offprint PATH]

Writes one page per shape (paragraphs, spans in one paragraph, links, list items, table cells,
divs, images, line breaks, emphasis; one element with ELEMENTS attributes, elements of 256
attributes) with ELEMENTS elements (default: just under the reader's
bound of 300,000), converts each to all four formats with the release build, one at a time, and
prints wall time, CPU time (steadier on a busy machine) and peak memory (from /usr/bin/time). Issue 10's target: every input up to
--max-size converts or fails with one error line in under 10 s and under 1 GB.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shapes(n):
    return {
        "paragraphs": "".join(f"<p>word {i} here</p>" for i in range(n)),
        "spans in one paragraph": "<p>" + "".join(f"<span>w{i}</span> " for i in range(n)) + "</p>",
        "links": "<p>" + "".join(f"<a href='x{i}.html'>w{i}</a> " for i in range(n)) + "</p>",
        "list items": "<ul>" + "".join(f"<li>item {i}" for i in range(n)) + "</ul>",
        "table cells": "<table>" + "".join(("<tr>" if i % 10 == 0 else "") + f"<td>c{i}" for i in range(n - n // 10)) + "</table>",
        # One div of text runs between paragraphs: each run is wrapped in a paragraph of its own.
        "text between blocks in one div": "<div>" + "".join(f"text {i}<p>p{i}</p>" for i in range(n // 2)) + "</div>",
        "divs": "".join(f"<div>text {i} words here</div>" for i in range(n)),
        "images": "<p>x</p>" + "".join(f"<img src='i{i % 50}.png' alt='a{i}'>" for i in range(n)),
        "line breaks": "<p>" + "".join(f"line {i}<br>" for i in range(n)) + "</p>",
        "emphasis": "<p>" + "".join(f"<em>e{i}</em><b>b</b>" for i in range(n // 2)) + "</p>",
        # Attributes count here, not elements: every name is tested against those before it.
        "attributes on one element": "<p" + "".join(f" a{i}" for i in range(n)) + ">text</p>",
        "elements of 256 attributes": "<p>" + ("<b" + "".join(f" a{i}" for i in range(256)) + ">x</b>") * (n // 256) + "</p>",
    }


def main():
    args = sys.argv[1:]
    offprint = os.path.join(ROOT, ".build/release/offprint")
    if "--offprint" in args:
        index = args.index("--offprint")
        offprint = args[index + 1]
        del args[index:index + 2]
    else:
        subprocess.run(["swift", "build", "-c", "release", "--product", "offprint"], cwd=ROOT, check=True)
    count = int(args[0]) if args else 299_000
    print(f"| shape ({count:,} elements) | size | seconds | CPU seconds | peak memory | outcome |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for name, body in shapes(count).items():
            page = os.path.join(work, "page.html")
            with open(page, "w") as file:
                file.write("<!DOCTYPE html><html lang=en><head><title>T</title></head><body><article><h1>Head</h1>" + body + "</article></body></html>")
            size = os.path.getsize(page)
            run = subprocess.run(
                ["/usr/bin/time", "-f", "TIME %e %U %S %M", offprint, "convert", page, "--max-size", "100",
                 "--to", "txt,html,json,epub", "--output", os.path.join(work, "out")],
                capture_output=True, text=True)
            seconds, user, system, kilobytes = run.stderr.strip().splitlines()[-1].split()[1:]
            outcome = "converted" if run.returncode == 0 else run.stderr.strip().splitlines()[0].split(": ", 2)[-1][:60]
            print(f"| {name} | {size / 1e6:.1f} MB | {float(seconds):.2f} | {float(user) + float(system):.2f} | {int(kilobytes) // 1024} MB | {outcome} |")


if __name__ == "__main__":
    main()
