"""Data shared by a whole test module: built once, inside a transaction rolled back at the end.

Loading the demo network takes tens of seconds; a module whose tests only read it (or whose
tests each run in their own savepoint, as ``django_db`` tests do) loads it once.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from pytest_django import DjangoDbBlocker

from django.db import transaction

from wagtail.models import Site


@contextmanager
def rolled_back(django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """Database access for a module-scoped fixture, all of it undone when the block ends."""
    Site.clear_site_root_paths_cache()
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
