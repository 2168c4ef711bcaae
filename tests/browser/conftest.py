"""Headless Chromium (Debian's package) driven by Playwright, against pytest-django's live server.

Playwright's sync API keeps an asyncio event loop in the thread that starts it. In the test
thread that would make Django refuse ORM calls (SynchronousOnlyOperation) and hand out a
different database connection than the one pytest-django prepared. So the browser lives in a
thread of its own: tests prepare data in the test thread, then ``browse(check, ...)`` runs
``check(page, ...)`` in the browser thread and returns its result (or raises its failure).

One browser per test process, launched at its first browser test; each ``browse`` call gets a
fresh browser context (no cookie, storage or cache shared between calls) whose requests and
script errors are recorded. ``*.localhost`` resolves to the live server, whose port Wagtail
ignores when a host name belongs to a single site.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import pytest_django.fixtures as pytest_django_fixtures

from django.core.management import call_command
from django.db import connection

from wagtail.models import Site

from demo.loader import load_demo

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
CALL_TIMEOUT = 120  # seconds; a hung browser fails the test instead of blocking the run


def pytest_collection_modifyitems(config, items):
    """Browser tests need Debian's chromium; without it they are skipped, saying why."""
    if CHROMIUM.exists():
        return
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


class BrowserThread:
    """Chromium, driven through Playwright's sync API from one dedicated thread."""

    def __init__(self):
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="playwright")
        self._playwright = None
        self.browser = None
        self.call(self._start)

    def call(self, function, *args, **kwargs):
        return self._executor.submit(function, *args, **kwargs).result(timeout=CALL_TIMEOUT)

    def _start(self):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )

    def _stop(self):
        if self.browser is not None:
            self.browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def close(self):
        try:
            self.call(self._stop)
        finally:
            self._executor.shutdown(wait=True)


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
        return f"http://{host}:{urlsplit(self.base_url).port}{path}"

    def open(self, host: str, path: str = "/", status: int = 200):
        response = self.page.goto(self.url(host, path), wait_until="load")
        got = response.status if response else None
        assert got == status, f"{host}{path} answered {got}, expected {status}"
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
            local = host in ("localhost", "127.0.0.1") or host.endswith(".localhost")
            if not (parts.scheme == "http" and local and parts.port == port):
                foreign.append(url)
        return foreign


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    thread = BrowserThread()
    yield thread
    thread.close()


@pytest.fixture
def browse(browser, live_server):
    """``browse(check, *args)``: run ``check(RecordedPage, *args)`` in the browser thread."""

    def in_fresh_context(check, *args):
        context = browser.browser.new_context(
            locale="fr-FR", viewport={"width": 1280, "height": 900}
        )
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            return check(RecordedPage(page, live_server.url), *args)
        finally:
            context.close()

    def browse(check, *args):
        return browser.call(in_fresh_context, check, *args)

    return browse


@pytest.fixture
def fresh_site_root_paths():
    """Wagtail caches site root paths: the live server must not see a flushed database's.

    Only that key is dropped: the cache may be a Redis shared with other test workers.
    """
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()
    yield
    Site.clear_site_root_paths_cache()


# --- The demo network, once per module ---------------------------------------------------------

DEMO_PASSWORD = "mot-de-passe-navigateur"


@pytest.fixture(scope="module")
def demo_network(django_db_setup, django_db_blocker):
    """The demo network (what ``load_demo`` builds), committed for the live server once for
    the module's tests, which only read it; afterwards the tables are emptied and the
    migrated state (Wagtail's root page, the seeded taxonomies) put back for the next module.

    Loading the demo takes tens of seconds: once per module instead of once per test."""
    with django_db_blocker.unblock():
        migrated = connection.creation.serialize_db_to_string()
        Site.clear_site_root_paths_cache()
        result = load_demo(DEMO_PASSWORD)
    yield result
    with django_db_blocker.unblock():
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            reset_sequences=False,  # ids are never reused: caches keyed by id stay true
            inhibit_post_migrate=True,
        )
        connection.creation.deserialize_db_from_string(migrated)
        Site.clear_site_root_paths_cache()


@pytest.fixture
def _django_db_helper(request, django_db_setup, django_db_blocker):
    """pytest-django's own helper, except for the tests on the module's demo network: the
    live server makes every test transactional, and the flush after each would throw away
    the demo the next test needs. Those tests get database access and nothing else."""
    if "demo_network" in request.fixturenames:
        with django_db_blocker.unblock():
            yield
        return
    yield from pytest_django_fixtures._django_db_helper.__wrapped__(
        request, django_db_setup, django_db_blocker
    )
