"""Headless Chromium (Debian's package) driven by Playwright, against pytest-django's live server.

One browser per test module; each test gets a fresh page whose requests and script errors
are recorded. ``*.localhost`` resolves to the live server, whose port Wagtail ignores when
a host name belongs to a single site.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP *.localhost 127.0.0.1",
]
SKIP_REASON = f"{CHROMIUM} is missing: install Debian's chromium (`make browsers`)."


def pytest_collection_modifyitems(config, items):
    """Browser tests need Debian's chromium; without it they are skipped, saying why."""
    if CHROMIUM.exists():
        return
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


class RecordedPage:
    """A Playwright page with the URLs it requested and the script errors it raised."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def url(self, host: str, path: str = "/") -> str:
        """The live server's URL for a site's host name (``localhost``, ``alpha.localhost``)."""
        port = urlsplit(self.base_url).port
        return f"http://{host}:{port}{path}"

    def open(self, host: str, path: str = "/", status: int = 200):
        response = self.page.goto(self.url(host, path), wait_until="load")
        assert response is not None and response.status == status, (
            f"{host}{path}: {response.status if response else None}"
        )
        return self.page

    def foreign_requests(self) -> list[str]:
        """Requests to anything but the live server (CDN, fonts, trackers, tiles...)."""
        port = urlsplit(self.base_url).port
        foreign = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            host = parts.hostname or ""
            local = host == "localhost" or host.endswith(".localhost") or host == "127.0.0.1"
            if not (parts.scheme == "http" and local and parts.port == port):
                foreign.append(url)
        return foreign


@pytest.fixture
def recorded_page(browser, live_server):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield RecordedPage(page, live_server.url)
    context.close()


@pytest.fixture
def fresh_caches():
    """Wagtail caches site root paths: the live server must not see a flushed database's."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()

