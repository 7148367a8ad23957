#!/usr/bin/env python3
"""Speed and peak memory of reading a large wallabag export (streamed entry by entry), and of
reading large pages saved as one file (MHTML, HTML with data: images).

    swift build -c release && python3 Benchmarks/exports.py [N...]

Generates a wallabag JSON export of N entries (about 12 KB of HTML each, every tenth with a
data: image), converts it to JSON and EPUB with the release build into /dev/shm (or the
temporary folder), and prints entries per second and the process's peak memory. Peak memory
should not grow with N: the export is never held whole. Then converts one MHTML file and one
HTML file with data: images, each about 10 MB (a long article and 40 distinct images).
"""
import base64
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build/release/offprint")
WORDS = ("rain gauge notebook volunteer library archive storm margin record morning weather "
         "decade researcher flood frozen pencil garden level scanned searchable").split()
PNG = open(os.path.join(ROOT, "Examples/articles/saved-page/مكتبة_files/chart.png"), "rb").read()


def entry(rng, index):
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 120))) + ".</p>" for _ in range(15))
    if index % 10 == 0:
        paragraphs += '<figure><img src="data:image/png;base64,%s" alt="chart"></figure>' % base64.b64encode(PNG).decode()
    return {
        "is_archived": index % 2, "is_starred": 0, "id": index, "title": "Entry %d: %s" % (index, rng.choice(WORDS)),
        "url": "https://example.org/%d" % index, "content": paragraphs, "created_at": "2024-07-03T10:00:00+0200",
        "updated_at": "2024-07-04T08:30:00+0200", "language": "en", "reading_time": 3, "domain_name": "example.org",
        "tags": ["weather"], "preview_picture": None, "published_by": ["Laila Haddad"],
    }


def run(count, scratch):
    rng = random.Random(count)
    export = os.path.join(scratch, "export-%d.json" % count)
    with open(export, "w") as output:
        output.write("[")
        for index in range(1, count + 1):
            if index > 1:
                output.write(",\n")
            json.dump(entry(rng, index), output)
        output.write("]")
    out = os.path.join(scratch, "out-%d" % count)
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    subprocess.run([BINARY, "convert", export, "--to", "json,epub", "--output", out], check=True, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    size = os.path.getsize(export)
    print("| %s | %.1f MB | %.2f | %d | %d MB |" % (f"{count:,}", size / 1e6, seconds, count / seconds, max(peak, before) // 1024))
    shutil.rmtree(out, ignore_errors=True)
    os.remove(export)


def page_body(rng):
    return "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(100)) + ".</p>\n" for _ in range(400))


def distinct_images(count):
    # The same PNG with a different trailing chunk each, so none is deduplicated; about 200 KB.
    return [PNG + bytes([index % 256]) * 200_000 for index in range(count)]


def single_file_pages(scratch):
    rng = random.Random(7)
    images = distinct_images(40)
    text = page_body(rng)
    figures = "".join('<figure><img src="IMG%d" alt="figure %d"></figure>' % (i, i) for i in range(len(images)))
    html = "<!DOCTYPE html><html lang=en><head><title>A long page</title></head><body><article>%s%s</article></body></html>" % (text, figures)
    single = html
    for index, image in enumerate(images):
        single = single.replace('"IMG%d"' % index, '"data:image/png;base64,%s"' % base64.b64encode(image).decode(), 1)
    pages = {"single-file.html": single.encode()}
    parts = [html.replace('src="IMG', 'src="https://example.org/img/').replace('" alt', '.png" alt')]
    boundary = "----benchmark-boundary"
    mime = ["From: <Saved by a benchmark>", "MIME-Version: 1.0",
            'Content-Type: multipart/related; type="text/html"; boundary="%s"' % boundary, ""]
    mime += ["--" + boundary, "Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable",
             "Content-Location: https://example.org/page.html", "", quopri_text(parts[0])]
    for index, image in enumerate(images):
        mime += ["--" + boundary, "Content-Type: image/png", "Content-Transfer-Encoding: base64",
                 "Content-Location: https://example.org/img/%d.png" % index, "", base64.encodebytes(image).decode()]
    mime += ["--" + boundary + "--", ""]
    pages["page.mhtml"] = "\r\n".join(mime).encode()
    print()
    print("| page | size | seconds | peak memory |")
    print("|---|---|---|---|")
    for name, data in pages.items():
        path = os.path.join(scratch, name)
        with open(path, "wb") as output:
            output.write(data)
        out = os.path.join(scratch, "out-" + name)
        start = time.monotonic()
        measured = subprocess.run(["/usr/bin/time", "-f", "%M", BINARY, "convert", path, "--to", "json,epub", "--output", out],
                                  check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.monotonic() - start
        print("| %s | %.1f MB | %.2f | %d MB |" % (name, len(data) / 1e6, seconds, int(measured.stderr.split()[-1]) // 1024))
        shutil.rmtree(out, ignore_errors=True)


def quopri_text(text):
    import quopri
    return quopri.encodestring(text.encode()).decode()


def main():
    counts = [int(arg) for arg in sys.argv[1:]] or [1000, 10000]
    scratch = tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    print("| entries | export | seconds | entries/s | peak memory |")
    print("|---|---|---|---|---|")
    try:
        for count in counts:
            run(count, scratch)
        single_file_pages(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
