#!/usr/bin/env python3
"""Saves a page as MHTML with headless Chromium, the way "Save page as... single file" does.

Drives the DevTools protocol over a pipe (`--remote-debugging-pipe`: NUL-separated JSON on file
descriptors 3 and 4), so it needs nothing but Python and Chromium:

    Scripts/mhtml/capture-snapshot.py PAGE.html OUT.mhtml

`Page.captureSnapshot` writes the page and every resource it loaded (images, style sheets) as
one `multipart/related` document (RFC 2557): the HTML quoted-printable, images base64, each part
named by its `Content-Location`. The test fixture `Tests/OffprintTests/Fixtures/mhtml/` was made
from `Examples/articles/saved-page/` with this script.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: capture-snapshot.py PAGE.html OUT.mhtml")
    source = pathlib.Path(sys.argv[1]).resolve()
    output = pathlib.Path(sys.argv[2]).resolve()
    # The page's folder is copied to a fixed place, so that the snapshot's `Content-Location`s
    # (file: URLs) name no path of the machine that made it.
    stage = pathlib.Path("/tmp/offprint-mhtml-capture")
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(source.parent, stage / source.parent.name)
    page = stage / source.parent.name / source.name
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        sys.exit("capture-snapshot.py: no chromium on PATH")
    to_browser_read, to_browser_write = os.pipe()
    from_browser_read, from_browser_write = os.pipe()
    profile = tempfile.mkdtemp(prefix="offprint-mhtml-")
    # The child reads commands on fd 3 and writes replies on fd 4.
    # (dup first: a pipe may already sit on fd 3 or 4, and dup2 onto itself keeps close-on-exec.)
    def wire():
        commands, replies = os.dup(to_browser_read), os.dup(from_browser_write)
        os.dup2(commands, 3)
        os.dup2(replies, 4)
    browser = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
        # close_fds=False: the child's fds 3 and 4 are set up in `wire`, after which
        # subprocess would otherwise close them.
        preexec_fn=wire, close_fds=False,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_browser_read)
    os.close(from_browser_write)
    pending = b""
    counter = 0

    def call(method, params=None, session=None):
        nonlocal pending, counter
        counter += 1
        message = {"id": counter, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(to_browser_write, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in pending:
                chunk = os.read(from_browser_read, 1 << 16)
                if not chunk:
                    sys.exit("capture-snapshot.py: chromium closed the pipe")
                pending += chunk
            raw, pending = pending.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == counter:
                if "error" in reply:
                    sys.exit(f"capture-snapshot.py: {method}: {reply['error']}")
                return reply.get("result", {})
            if reply.get("method") == "Page.loadEventFired":
                loaded.add(reply.get("sessionId"))

    loaded = set()
    try:
        target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        call("Page.enable", session=session)
        call("Page.navigate", {"url": page.as_uri()}, session=session)
        # Wait for the load event (images loaded) before taking the snapshot.
        while session not in loaded:
            state = call("Runtime.evaluate", {"expression": "document.readyState"}, session=session)
            if state.get("result", {}).get("value") == "complete":
                break
        snapshot = call("Page.captureSnapshot", {"format": "mhtml"}, session=session)["data"]
        call("Browser.close")
    finally:
        browser.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(stage, ignore_errors=True)
    # The snapshot's header carries the capture date; a fixed one keeps the fixture reproducible.
    lines = snapshot.split("\r\n")
    lines = ["Date: Tue, 02 Jul 2024 09:15:00 +0000" if line.startswith("Date: ") else line for line in lines]
    output.write_bytes("\r\n".join(lines).encode("utf-8"))


if __name__ == "__main__":
    main()
