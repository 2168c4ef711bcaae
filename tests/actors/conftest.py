"""Fixtures shared by the territory tests."""

import pytest

from territories.models import Commune


@pytest.fixture
def territory(territory_a):
    Commune.objects.create(
        territory=territory_a,
        insee_code="94018",
        name="Charenton-le-Pont",
        latitude=48.8219,
        longitude=2.4139,
    )
    return territory_a
