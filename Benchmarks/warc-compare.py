#!/usr/bin/env python3
"""Web archive to JSON Lines: Offprint against warcio + trafilatura and fastwarc + resiliparse,
on the same archive of real pages, one core each, in one run.

    python Benchmarks/warc-compare.py CORPUS [--pages N] [--tools offprint,resiliparse,trafilatura]
        [--repeat R] [--core C] [--offprint PATH] [--work DIR] [--keep]

CORPUS has the layout of ../shared/corpus-large (html/NAME.html, truth/NAME.json,
manifest.json). The script writes a crawl of N pages (default 5,000) as a .warc.gz with
warcio, one gzip member per record, as crawlers write them: per page a request record and a
`response` record holding the page's bytes exactly as stored, with its charset in the HTTP
header. The corpus pages are repeated under distinct URLs (`https://HOST/offprint-bench/NAME/COPY`,
HOST the page's own when the manifest has one) to reach N; their sizes are the corpus's own
(about 1 KB to 2 MB of HTML). The crawl and its map of URLs and record offsets (CRAWL.json)
stay in --work, and --keep reuses them.

Each tool then turns every captured page into one JSON Lines record, pinned to one core
(`taskset -c C`, default 0) and timed with `/usr/bin/time` (wall, user + system CPU, peak
resident memory), R times each (default 1), the tools interleaved:
  * offprint: `offprint convert CRAWL --stdout --jobs 1` (the release build, or --offprint);
  * trafilatura: warcio's ArchiveIterator, then `trafilatura.extract` (JSON with metadata);
  * resiliparse: fastwarc's ArchiveIterator and HTTP parser, resiliparse's encoding detection,
    HTML parser and `extract_plain_text(main_content=True)`.
The trafilatura and resiliparse runs are this script itself (`--extract TOOL CRAWL`), so it
must run under a Python that has warcio, trafilatura, fastwarc and resiliparse installed
(`python3 -m venv /tmp/venv && /tmp/venv/bin/pip install warcio trafilatura lxml_html_clean
fastwarc resiliparse`; trafilatura needs lxml_html_clean beside lxml 6).

Quality: each record's body text is scored against the corpus truth with fidelity.py's token
F1 (the same tokens as Benchmarks/fidelity.py and the Swift tests), on the first copy of every
real (not synthetic) page: records map back to their page by URL (Offprint's by the response
record's byte offset its `source.path` names). A page a tool gives no record for counts as F1
0. With fewer pages than the corpus holds, only speed and memory are reported.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import fidelity  # noqa: E402  (its tokens and F1, so the figures compare)

TOOLS = ("offprint", "resiliparse", "trafilatura")


def page_url(row, name, copy):
    host = urlsplit(row.get("url") or "").netloc or "pages.example"
    return f"https://{host}/offprint-bench/{name}/{copy}"


def corpus_pages(corpus):
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as file:
        manifest = json.load(file)
    rows = {row["name"]: row for row in (manifest if isinstance(manifest, list) else manifest["pages"])}
    pages, _ = fidelity.load_pages(corpus, "html")
    for page in pages:
        page["row"] = rows.get(page["name"], {})
    return pages


def write_crawl(path, pages, count):
    """`count` pages (the corpus repeated) as a .warc.gz, with beside it PATH.json mapping each
    page's URL and its response record's byte offset to its corpus page."""
    from io import BytesIO
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls, offsets = {}, {}
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for index in range(count):
            copy, page = index // len(pages), pages[index % len(pages)]
            with open(page["path"], "rb") as file:
                body = file.read()
            url = page_url(page["row"], page["name"], copy)
            urls[url] = page["name"]
            charset = page["row"].get("html_charset") or "utf-8"
            request = StatusAndHeaders(f"GET {urlsplit(url).path} HTTP/1.1",
                                       [("Host", urlsplit(url).netloc)], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b""),
                                                          http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            offsets[out.tell()] = url
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))
    with open(path + ".json", "w", encoding="utf-8") as file:
        json.dump({"urls": urls, "offsets": offsets}, file)


def extract_trafilatura(crawl):
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    with open(crawl, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers.get_statuscode() != "200":
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            result = trafilatura.extract(record.content_stream().read(), url=url, output_format="json",
                                         with_metadata=True)
            if result is None:
                continue
            data = json.loads(result)
            yield {"url": url, "title": data.get("title") or "", "text": data.get("text") or ""}


def extract_resiliparse(crawl):
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    with open(crawl, "rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            if record.http_headers.status_code != 200:
                continue
            if "html" not in (record.http_headers.get("Content-Type") or ""):
                continue
            body = record.reader.read()
            tree = HTMLTree.parse(bytes_to_str(body, detect_encoding(body)))
            text = extract_plain_text(tree, main_content=True)
            if text.strip():
                yield {"url": record.headers.get("WARC-Target-URI"), "title": tree.title or "", "text": text}


def run_extract(tool, crawl):
    extractor = {"trafilatura": extract_trafilatura, "resiliparse": extract_resiliparse}[tool]
    out = sys.stdout
    for record in extractor(crawl):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def timed(command, core, output):
    """(wall s, CPU s, peak MB) of command on one core, its standard output in output."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times, open(output, "wb") as out:
        done = subprocess.run(["taskset", "-c", str(core), "/usr/bin/time", "-o", times.name,
                               "-f", "%e %U %S %M"] + command, stdout=out, stderr=subprocess.PIPE)
        if done.returncode != 0:
            sys.exit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
        wall, user, system, peak = times.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak) / 1000


def body_texts(tool, output, offsets):
    """{url: body text} of a tool's JSON Lines (Offprint's records name their response
    record's byte offset, `crawl.warc.gz@OFFSET`)."""
    texts = {}
    with open(output, encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            if tool == "offprint":
                url = offsets.get(record["source"]["path"].rpartition("@")[2])
                texts[url] = "\n\n".join(fidelity.block_text(block) for block in record.get("body", []))
            else:
                texts[record["url"]] = record["text"]
    return texts


def mean_f1(pages, texts):
    real = [page for page in pages if not page["synthetic"]]
    scores = [fidelity.overlap(texts.get(page_url(page["row"], page["name"], 0), ""), page["truth"].get("body", ""))
              for page in real]
    return sum(f1 for _, _, f1 in scores) / len(scores), len(scores), sum(
        1 for page in real if page_url(page["row"], page["name"], 0) in texts)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--extract":
        return run_extract(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--core", type=int, default=0)
    parser.add_argument("--offprint", default=os.path.join(ROOT, ".build", "release", "offprint"))
    parser.add_argument("--work", help="folder for the crawl and outputs (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="reuse WORK/crawl.warc.gz if it is there")
    args = parser.parse_args()
    tools = [tool for tool in args.tools.split(",") if tool]
    for tool in tools:
        if tool not in TOOLS:
            sys.exit(f"unknown tool {tool}: one of {', '.join(TOOLS)}")
    if "offprint" in tools and not os.path.exists(args.offprint):
        sys.exit(f"{args.offprint}: no such binary (swift build -c release)")

    work = args.work or tempfile.mkdtemp(prefix="warc-compare-")
    os.makedirs(work, exist_ok=True)
    pages = corpus_pages(args.corpus)
    crawl = os.path.join(work, f"crawl-{args.pages}.warc.gz")
    if not (args.keep and os.path.exists(crawl) and os.path.exists(crawl + ".json")):
        write_crawl(crawl, pages, args.pages)
    with open(crawl + ".json", encoding="utf-8") as file:
        offsets = json.load(file)["offsets"]
    count = args.pages
    print(f"{count} pages ({len(pages)} corpus pages repeated), archive {os.path.getsize(crawl) / 1e6:.0f} MB, "
          f"core {args.core}", flush=True)

    runs = {tool: [] for tool in tools}
    for attempt in range(args.repeat):
        for tool in tools:
            output = os.path.join(work, f"{tool}.jsonl")
            if tool == "offprint":
                command = [args.offprint, "convert", crawl, "--stdout", "--jobs", "1"]
            else:
                command = [sys.executable, os.path.abspath(__file__), "--extract", tool, crawl]
            wall, cpu, peak = timed(command, args.core, output)
            runs[tool].append((wall, cpu, peak))
            print(f"  {tool:12} run {attempt + 1}: {wall:7.1f} s wall, {cpu:7.1f} s CPU, "
                  f"{count / cpu:6.1f} pages/CPU s, peak {peak:5.0f} MB", flush=True)

    print(f"\n| tool | pages/s (wall) | pages/s (CPU) | CPU s | peak memory | records | body F1 ({len([p for p in pages if not p['synthetic']])} pages) |")
    print("|---|---|---|---|---|---|---|")
    for tool in tools:
        output = os.path.join(work, f"{tool}.jsonl")
        texts = body_texts(tool, output, offsets)
        f1, scored, found = mean_f1(pages, texts) if count >= len(pages) else (float("nan"), 0, 0)
        walls = [run[0] for run in runs[tool]]
        cpus = [run[1] for run in runs[tool]]
        peaks = [run[2] for run in runs[tool]]
        print(f"| {tool} | {count / max(walls):.0f}–{count / min(walls):.0f} | {count / max(cpus):.0f}–{count / min(cpus):.0f} "
              f"| {statistics.median(cpus):.1f} | {max(peaks):.0f} MB | {len(texts)} | {f1:.3f} ({found} of {scored} found) |")


if __name__ == "__main__":
    main()
