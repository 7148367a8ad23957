#!/usr/bin/env python3
"""Web archive speed and memory: writes a crawl as a .warc.gz (gzip per record, as crawlers
write them) and converts it with the release build, printing pages per second and peak memory.

    Benchmarks/warc.py [PAGES] [--large MB] [--compare]

Each page is an article (8-20 paragraphs, English or Arabic) with an image captured after it,
a request record, and one 404, one redirect and one stylesheet per ten pages. `--large MB`
adds one image record of that many megabytes, which the pages do not use: memory should not
grow with it, since records are streamed. `--compare` also converts the same pages saved as
HTML files (with their images beside them), one job, to show what reading them out of an
archive costs. Standard library only.
"""
import gzip
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "offprint")
WORDS = "river quay flood volunteers sandbags morning council harbour archive letters newspaper century".split()
ARABIC = "النهر الرصيف الفيضان المتطوعون أكياس الرمل الصباح المجلس الميناء الأرشيف الرسائل الصحيفة".split()
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082")


def record(kind, url, block, fields=()):
    head = f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in fields)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6)


def response(url, status, content_type, body):
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n\r\n".encode()
    return record("response", url, head + body, [("Content-Type", "application/http; msgtype=response")])


def page(rng, index):
    arabic = index % 3 == 0
    words = ARABIC if arabic else WORDS
    paragraphs = "".join("<p>" + " ".join(rng.choice(words) for _ in range(rng.randint(25, 60))) + ".</p>"
                         for _ in range(rng.randint(8, 20)))
    lang = "ar" if arabic else "en"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Page {index}</title></head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>Page {index}</h1>'
            f'<figure><img src="img/{index}.png" alt="Figure {index}"></figure>{paragraphs}</article></body></html>').encode()


def write_pages(folder, pages):
    """The crawl's pages as saved HTML files, each with its image beside it."""
    rng = random.Random(7)
    for index in range(pages):
        page_folder = os.path.join(folder, str(index))
        os.makedirs(os.path.join(page_folder, "img"))
        with open(os.path.join(page_folder, "story.html"), "wb") as out:
            out.write(page(rng, index))
        with open(os.path.join(page_folder, "img", f"{index}.png"), "wb") as out:
            out.write(PNG)


def run(command):
    started = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    return time.monotonic() - started, int(done.stderr.strip().splitlines()[-1]), done.stdout.strip()


def write_crawl(path, pages, large_mb):
    rng = random.Random(7)
    with open(path, "wb") as out:
        for index in range(pages):
            url = f"https://example.org/news/{index}/story"
            out.write(record("request", url, b"GET / HTTP/1.1\r\n\r\n", [("Content-Type", "application/http; msgtype=request")]))
            out.write(response(url, 200, "text/html; charset=utf-8", page(rng, index)))
            out.write(response(f"https://example.org/news/{index}/img/{index}.png", 200, "image/png", PNG))
            if index % 10 == 0:
                out.write(response(f"https://example.org/missing/{index}", 404, "text/html", b"<html>gone</html>"))
                out.write(response(f"https://example.org/old/{index}", 301, "text/html", b""))
                out.write(response(f"https://example.org/style-{index}.css", 200, "text/css", b"p{margin:0}" * 200))
        if large_mb:
            out.write(response("https://example.org/video.png", 200, "image/png", os.urandom(large_mb * 1_000_000)))


def main():
    args = sys.argv[1:]
    compare = "--compare" in args
    if compare:
        args.remove("--compare")
    large = 0
    if "--large" in args:
        at = args.index("--large")
        large = int(args[at + 1])
        del args[at:at + 2]
    pages = int(args[0]) if args else 2000
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release")
    with tempfile.TemporaryDirectory(dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as folder:
        crawl = os.path.join(folder, "crawl.warc.gz")
        write_crawl(crawl, pages, large)
        size = os.path.getsize(crawl)
        seconds, peak_kb, summary = run([BINARY, "convert", crawl, "--to", "json,epub", "--output", os.path.join(folder, "out")])
        print(f"{pages} pages, {size / 1e6:.1f} MB archive{f' (+ a {large} MB record)' if large else ''}: "
              f"{seconds:.2f} s, {pages / seconds:.0f} pages/s, peak {peak_kb / 1000:.0f} MB")
        print("  " + summary)
        if compare:
            saved = os.path.join(folder, "saved")
            write_pages(saved, pages)
            seconds, peak_kb, summary = run([BINARY, "convert", saved, "--to", "json,epub", "--jobs", "1", "--output", os.path.join(folder, "saved-out")])
            print(f"the same pages saved as HTML files, one job: {seconds:.2f} s, {pages / seconds:.0f} pages/s, peak {peak_kb / 1000:.0f} MB")
            print("  " + summary)


if __name__ == "__main__":
    main()
