"""Fixtures of the experience tests: pioneers, and experiences built in a few lines."""

import datetime

import pytest

from territories.models import TerritoryRole
from tests.actors.factories import ActorFactory
from tests.experiences.factories import ExperiencePageFactory
from tests.territories.factories import team


def pioneers(territory):
    return team(territory, TerritoryRole.Role.PIONEERS)


@pytest.fixture
def pioneer_a(make_user, territory_a):
    return make_user("pionnier-alpha", pioneers(territory_a))


@pytest.fixture
def pioneer_b(make_user, territory_b):
    return make_user("pionnier-beta", pioneers(territory_b))


def make_actor(territory, name, kind="association", live=True):
    """A published actor; ``live=False``: an unpublished row without revision."""
    state = {} if live else {"no_revision": True, "live": False}
    return ActorFactory(territory=territory, name=name, kind=kind, **state)


def make_experience(
    territory,
    title,
    *,
    publish=True,
    owner=None,
    themes=(),
    methods=(),
    maturity="",
    actors=(),
    summary="",
    context="",
    published_at=None,
    **fields,
):
    """An experience under the territory's index; ``actors``: (actor, role) pairs."""
    return ExperiencePageFactory(
        territory=territory,
        title=title,
        summary=summary,
        context=context,
        maturity=maturity,
        owner=owner,
        themes=themes,
        methods=methods,
        actors=actors,
        published_at=published_at,
        draft=not publish,
        **fields,
    )


def day(n: int):
    return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=n)
