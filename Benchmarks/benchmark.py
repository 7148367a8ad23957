#!/usr/bin/env python3
"""Offprint's batch benchmark.

Generates N realistic articles (half Arabic, half English, 8-20 paragraphs each, with
navigation and furniture lines around them, as scraped pages have), converts them to all
four formats with the release build, and prints articles per second and peak memory, once
into a folder on disk and once into a RAM folder (/dev/shm). As a baseline it times copying
the files it wrote (same count, same sizes) to the same place, with one `sync` at the end,
as Offprint does. Each figure is the median of three runs: file creation on these machines is
erratic, so single runs vary by a third.

Then HTML reading: the 26 saved pages of ../shared/corpus/html, copied to 520 files, read and
written as JSON (reading dominates), in pages per second; and, when the Python package
trafilatura is installed, trafilatura's extraction of the same pages in the same run, both on
one core, so the ratio compares the code and not the parallelism.

Usage: Benchmarks/benchmark.py [N ...]        (default: 1000 10000)
       Benchmarks/benchmark.py --html         (only the HTML reading comparison)
"""
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARABIC = ("الولايات المتحدة الحكومة العاصمة البيان الوفد الدعم الشعب المحادثات الاتفاق الاقتصاد "
          "المدينة الوزير الرئيس المشروع الجامعة المكتبة الصحف النص الباحثون القرن الماضي").split()
ENGLISH = ("the government announced a new plan for the city council and residents said that the "
           "project would change how the river archive library volunteers records").split()


def paragraph(rng, words):
    sentences = []
    for _ in range(rng.randint(2, 5)):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 18)))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)


def article(rng, index):
    arabic = index % 2 == 0
    words = ARABIC if arabic else ENGLISH
    lines = ["الرئيسية", "أخبار", "اقتصاد"] if arabic else ["Home", "News", "Business"]
    lines += ["", paragraph(rng, words).split(".")[0], ""]
    lines += [p for _ in range(rng.randint(8, 20)) for p in (paragraph(rng, words), "")]
    lines += ["مقالات ذات صلة", "", "اترك تعليقاً"] if arabic else ["Related articles", "", "Leave a Reply"]
    return "\n".join(lines) + "\n"


def generate(folder, count):
    rng = random.Random(2024)
    for index in range(count):
        sub = os.path.join(folder, f"{index // 500:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{index:05d}.txt"), "w", encoding="utf-8") as file:
            file.write(article(rng, index))


def timed(command):
    """Runs a command under GNU time; returns (seconds, peak resident MB)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def html_reading(binary):
    corpus = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "html")
    if not os.path.isdir(corpus):
        print(f"(no {corpus}: HTML reading not measured)")
        return
    pages = sorted(os.path.join(corpus, name) for name in os.listdir(corpus) if name.endswith(".html"))
    copies = 20
    work = tempfile.mkdtemp(prefix="offprint-bench-html-", dir="/dev/shm")
    try:
        for copy in range(copies):
            folder = os.path.join(work, "in", f"{copy:02d}")
            os.makedirs(folder)
            for page in pages:
                shutil.copy(page, folder)
        count = len(pages) * copies
        print(f"\nHTML reading, {count} saved pages (the corpus, {copies} times), one core:")
        runs = []
        for _ in range(RUNS):
            shutil.rmtree(os.path.join(work, "out"), ignore_errors=True)
            seconds, _ = timed([binary, "convert", os.path.join(work, "in"), "--to", "json", "--jobs", "1",
                                "--output", os.path.join(work, "out")])
            runs.append(seconds)
        ours = count / statistics.median(runs)
        print(f"  offprint     {ours:8.0f} pages/s")
        try:
            import trafilatura
        except ImportError:
            print("  trafilatura  not installed (pip install trafilatura lxml_html_clean to compare)")
            return
        texts = [open(page, encoding="utf-8", errors="replace").read() for page in pages]
        runs = []
        for _ in range(RUNS):
            started = time.monotonic()
            for _ in range(copies):
                for text in texts:
                    trafilatura.bare_extraction(text, with_metadata=True)
            runs.append(time.monotonic() - started)
        theirs = count / statistics.median(runs)
        print(f"  trafilatura  {theirs:8.0f} pages/s   (offprint is {ours / theirs:.1f}x as fast, and writes JSON too)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    arguments = sys.argv[1:]
    subprocess.run(["swift", "build", "-c", "release", "--product", "offprint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "offprint")
    if arguments == ["--html"]:
        html_reading(binary)
        return
    counts = [int(arg) for arg in arguments] or [1000, 10000]
    places = [("disk", tempfile.gettempdir() if os.stat(tempfile.gettempdir()).st_dev != os.stat("/dev/shm").st_dev else ROOT + "/.build"),
              ("RAM (/dev/shm)", "/dev/shm")]
    print(f"{'N':>6}  {'target':<15} {'seconds':>8} {'(min)':>6} {'articles/s':>11} {'peak MB':>8} {'copy s':>7} {'vs copy':>8}")
    for count in counts:
        inputs = tempfile.mkdtemp(prefix="offprint-bench-in-")
        generate(inputs, count)
        for label, parent in places:
            runs, peaks, copies = [], [], []
            for _ in range(RUNS):
                work = tempfile.mkdtemp(prefix="offprint-bench-", dir=parent)
                try:
                    output = os.path.join(work, "out")
                    seconds, peak = timed([binary, "convert", inputs, "--to", "txt,html,json,epub", "--output", output])
                    started = time.monotonic()
                    subprocess.run(["cp", "-r", output, os.path.join(work, "copy")], check=True)
                    os.sync()
                    copies.append(time.monotonic() - started)
                    runs.append(seconds)
                    peaks.append(peak)
                finally:
                    shutil.rmtree(work, ignore_errors=True)
            seconds, copy = statistics.median(runs), statistics.median(copies)
            print(f"{count:>6}  {label:<15} {seconds:>8.2f} {min(runs):>6.2f} {count / seconds:>11.0f} {max(peaks):>8.1f} {copy:>7.2f} {seconds / copy:>7.2f}x",
                  flush=True)
        anthology(binary, inputs, count)
        shutil.rmtree(inputs, ignore_errors=True)
    html_reading(binary)


def anthology(binary, inputs, count):
    """All N articles into one EPUB (--bundle), in RAM: seconds, peak memory and book size."""
    runs, peaks = [], []
    for _ in range(RUNS):
        work = tempfile.mkdtemp(prefix="offprint-bench-book-", dir="/dev/shm")
        try:
            book = os.path.join(work, "book.epub")
            seconds, peak = timed([binary, "convert", inputs, "--bundle", book, "--title", "Benchmark"])
            runs.append(seconds)
            peaks.append(peak)
            size = os.path.getsize(book) / 1e6
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{count:>6}  {'anthology (RAM)':<15} {statistics.median(runs):>8.2f} {min(runs):>6.2f} {count / statistics.median(runs):>11.0f} "
          f"{max(peaks):>8.1f}  one {size:.1f} MB book", flush=True)


RUNS = 3


if __name__ == "__main__":
    main()
