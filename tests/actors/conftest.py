"""Fixtures shared by the actor tests."""

import pytest

from tests.territories.factories import CHARENTON, CommuneFactory


@pytest.fixture
def territory(territory_a):
    """Alpha, with Charenton-le-Pont and its position."""
    CommuneFactory(territory=territory_a, **CHARENTON)
    return territory_a
