"""Headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
JSON messages separated by NUL bytes on file descriptors 3 and 4), so the tests can lay a
page out at a given width and colour scheme, read the DOM and computed styles back, list
every request the page made, and keep a screenshot. Network access is cut off inside the
browser (every host name resolves to nothing); ``serve`` answers http(s) requests for given
URLs from memory (the pages' images), inside the browser."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find() -> str:
    """The browser's path, or ''."""
    return next((found for name in CANDIDATES if (found := shutil.which(name))), "")


class Browser:
    """One browser process with one page (tab) attached."""

    def __init__(self, executable: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="syndicate-chromium-")
        to_child, self._to_browser = os.pipe()
        self._from_browser, from_child = os.pipe()
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child)]

        def plumb() -> None:  # in the child: the pipe ends become fds 3 and 4
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [
                executable,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--force-color-profile=srgb",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                f"--user-data-dir={self.profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=plumb,
        )
        for fd in (to_child, from_child, *high):
            os.close(fd)
        self._buffer = b""
        self._next_id = 0
        self._answer_id = 1 << 30  # commands sent without waiting: ids apart from call()'s
        self.events: list[dict[str, Any]] = []
        self.served: dict[str, bytes] = {}
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session=True)

    # --- the protocol ------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("the browser did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise ConnectionError("the browser closed its pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        """Send a command (to the page with ``session``) and return its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._event(reply)

    def _event(self, event: dict[str, Any]) -> None:
        """Keep an event; answer a paused request from ``served`` (else fail it)."""
        if event["method"] != "Fetch.requestPaused":
            self.events.append(event)
            return
        params = event["params"]
        body = self.served.get(params["request"]["url"])
        self._answer_id += 1
        message: dict[str, Any] = {
            "id": self._answer_id,
            "sessionId": self.session,
            "method": "Fetch.failRequest",
            "params": {"requestId": params["requestId"], "errorReason": "NameNotResolved"},
        }
        if body is not None:
            message["method"] = "Fetch.fulfillRequest"
            message["params"] = {
                "requestId": params["requestId"],
                "responseCode": 200,
                "responseHeaders": [{"name": "Content-Type", "value": "image/png"}],
                "body": base64.b64encode(body).decode("ascii"),
            }
        self._send(message)  # its reply is ignored: its id is no call()'s

    def wait_for(self, event: str) -> dict[str, Any]:
        """The next ``event`` from the page (those already received count)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for index, seen in enumerate(self.events):
                if seen.get("method") == event:
                    return self.events.pop(index)
            reply = self._receive(deadline)
            if "method" in reply:
                self._event(reply)

    # --- what the tests do --------------------------------------------------------------

    def serve(self, files: dict[str, bytes]) -> None:
        """Answer http(s) requests for the URLs in ``files`` (PNG images) with their bytes;
        every other http(s) request fails. ``files`` may grow afterwards."""
        self.served = files
        patterns = [{"urlPattern": "http://*"}, {"urlPattern": "https://*"}]
        self.call("Fetch.enable", session=True, patterns=patterns)

    def open(self, url: str, *, width: int, scheme: str, height: int = 800) -> list[str]:
        """Load ``url`` at ``width`` CSS pixels in the ``scheme`` colour scheme; returns the
        URL of every request the page made."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self.call(
            "Emulation.setEmulatedMedia",
            session=True,
            media="screen",
            features=[{"name": "prefers-color-scheme", "value": scheme}],
        )
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression evaluated in the page."""
        result = self.call(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(str(result["exceptionDetails"]))
        return result["result"].get("value")

    def fonts(self, selector: str) -> list[list[str]]:
        """For each element ``selector`` matches, the PostScript names of the fonts the
        browser drew its text with."""
        self.call("DOM.enable", session=True)
        self.call("CSS.enable", session=True)
        root = self.call("DOM.getDocument", session=True)["root"]["nodeId"]
        nodes = self.call("DOM.querySelectorAll", session=True, nodeId=root, selector=selector)
        found = []
        for node in nodes["nodeIds"]:
            used = self.call("CSS.getPlatformFontsForNode", session=True, nodeId=node)
            found.append([f["postScriptName"] or f["familyName"] for f in used["fonts"]])
        return found

    def screenshot(self) -> bytes:
        """A PNG of the whole page."""
        size = self.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        clip = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 12000), "scale": 1}
        shot = self.call(
            "Page.captureScreenshot",
            session=True,
            format="png",
            clip=clip,
            captureBeyondViewport=True,
        )
        return base64.b64decode(shot["data"])

    def close(self) -> None:
        """End the browser and remove its profile."""
        with suppress(OSError, TimeoutError, ConnectionError, RuntimeError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


@contextmanager
def launched(executable: str) -> Iterator[Browser]:
    """A browser for the duration of a block."""
    browser = Browser(executable)
    try:
        yield browser
    finally:
        browser.close()
