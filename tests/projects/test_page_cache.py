"""A need saved or removed moves its territory's (and the network's) page-cache generation."""

import pytest

from django.core.cache import cache

from network.caching import generations
from tests.projects.conftest import ALPHA, NETWORK, add_need

pytestmark = pytest.mark.django_db


def test_need_changes_bump_the_territory_and_network_generations(settings, alpha):
    settings.PAGE_CACHE_SECONDS = 600
    keys = [generations.host_key(ALPHA), generations.host_key(NETWORK)]
    before = [cache.get(key) for key in keys]
    need = add_need(alpha, "Bénévoles")
    after_save = [cache.get(key) for key in keys]
    assert all(a is not None and a != b for a, b in zip(after_save, before, strict=True))
    need.delete()
    assert [cache.get(key) for key in keys] != after_save
