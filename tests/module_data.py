"""Data shared by a whole test module: built once, inside a transaction rolled back at the end.

Loading the demo network takes tens of seconds, provisioning a territory about half a
second; a module whose tests each run in a savepoint of their own (as ``django_db`` tests
do) builds its data once.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from pytest_django import DjangoDbBlocker

from django.db import transaction

from wagtail.models import Page, Site

from territories.models import Territory


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


@dataclass(frozen=True)
class Territories:
    """Primary keys of what ``module_territories`` built."""

    network_home: int
    alpha: int
    beta: int


def shared_territories() -> tuple[Any, Any, Any]:
    """``network_home, territory_a, territory_b = shared_territories()`` in a test module:
    those fixtures then give the network and the territories Alpha and Beta built once for
    the module (``module_territories`` in tests/conftest.py), fetched afresh for each test
    (whose changes its own savepoint undoes), instead of provisioning them for every test."""

    @pytest.fixture(name="network_home")
    def network_home(module_territories: Territories, db: None) -> Page:
        return Page.objects.get(pk=module_territories.network_home).specific

    @pytest.fixture(name="territory_a")
    def territory_a(module_territories: Territories, db: None) -> Territory:
        return Territory.objects.get(pk=module_territories.alpha)

    @pytest.fixture(name="territory_b")
    def territory_b(module_territories: Territories, db: None) -> Territory:
        return Territory.objects.get(pk=module_territories.beta)

    return network_home, territory_a, territory_b
