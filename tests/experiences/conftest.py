"""Fixtures of the experience tests: pioneers, and experiences built in a few lines."""

import datetime

import pytest

from actors.models import Actor, ActorKind
from experiences.models import ExperienceActor, ExperiencePage, Method
from experiences.services import experience_index
from network.models import Theme
from territories.models import TerritoryRole
from tests.conftest import team


def pioneers(territory):
    return team(territory, TerritoryRole.Role.PIONEERS)


@pytest.fixture
def pioneer_a(make_user, territory_a):
    return make_user("pionnier-alpha", pioneers(territory_a))


@pytest.fixture
def pioneer_b(make_user, territory_b):
    return make_user("pionnier-beta", pioneers(territory_b))


def make_actor(territory, name, kind="association", live=True):
    actor = Actor(territory=territory, name=name, kind=ActorKind.objects.get(slug=kind), live=live)
    actor.save()
    if live:
        actor.save_revision().publish()
    return actor


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
    index = experience_index(territory)
    page = ExperiencePage(
        title=title,
        summary=summary,
        context=context,
        maturity=maturity,
        owner=owner,
        live=False,
        **fields,
    )
    page.themes = [Theme.objects.get(slug=slug) for slug in themes]
    page.methods = [Method.objects.get(slug=slug) for slug in methods]
    page.involved_actors = [ExperienceActor(actor=actor, role=role) for actor, role in actors]
    index.add_child(instance=page)
    revision = page.save_revision(user=owner)
    if publish:
        revision.publish()
        page.refresh_from_db()
        if published_at is not None:
            ExperiencePage.objects.filter(pk=page.pk).update(
                first_published_at=published_at,
                last_published_at=published_at,
                published_at=published_at,
            )
            page.refresh_from_db()
    return page


def day(n: int):
    return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=n)
