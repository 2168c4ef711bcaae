"""The factories build what their docstrings promise: the states pages and actors are in,
provisioned territories, users who can log in, links placed where the apps read them."""

import datetime

import pytest

from actors.models import Actor
from experiences.services import experience_index
from network.models import Theme
from projects.services import project_index
from territories.models import TerritoryRole
from tests.actors.factories import ActorFactory
from tests.experiences.factories import ExperiencePageFactory
from tests.network.factories import ContentPageFactory
from tests.projects.factories import NeedFactory, ProjectPageFactory
from tests.territories.factories import (
    PASSWORD,
    CommuneFactory,
    TerritoryFactory,
    UserFactory,
    team,
)

pytestmark = pytest.mark.django_db


def revision_state(obj):
    obj.refresh_from_db()
    return (
        obj.live,
        obj.live_revision_id is not None,
        obj.latest_revision_id is not None,
        obj.first_published_at is not None,
        obj.has_unpublished_changes,
    )


def test_a_territory_comes_provisioned_with_its_site_and_teams(network_home):
    territory = TerritoryFactory(slug="val-de-bievre", name="Val de Bièvre")
    assert territory.site.hostname == "val-de-bievre.localhost"
    assert territory.site.root_page.specific.title == "Val de Bièvre"
    assert territory.collection.name == "Val de Bièvre"
    assert set(territory.roles.values_list("role", flat=True)) == set(TerritoryRole.Role.values)
    assert experience_index(territory) is not None and project_index(territory) is not None
    # Sequences give unique names, slugs and host names.
    first, second = TerritoryFactory(), TerritoryFactory()
    assert len({first.slug, second.slug, territory.slug}) == 3
    assert first.hostname == f"{first.slug}.localhost"


def test_a_user_logs_in_with_the_known_password_and_joins_a_team(client, network_home):
    territory = TerritoryFactory()
    editor = UserFactory(team=territory)
    moderator = UserFactory(team=territory, team__role=TerritoryRole.Role.MODERATORS)
    group = team(TerritoryFactory(), TerritoryRole.Role.PIONEERS)
    other = UserFactory(groups=[group], password="autre-mot-de-passe")
    assert client.login(username=editor.username, password=PASSWORD)
    assert client.login(username=other.username, password="autre-mot-de-passe")
    assert list(editor.groups.all()) == [team(territory)]
    assert list(moderator.groups.all()) == [team(territory, TerritoryRole.Role.MODERATORS)]
    assert list(other.groups.all()) == [group]
    assert UserFactory(superuser=True).is_superuser


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # live, live revision, latest revision, first published, unpublished changes
        ({}, (True, True, True, True, False)),
        ({"draft": True}, (False, False, True, False, True)),
        ({"no_revision": True}, (True, False, False, False, False)),
        ({"no_revision": True, "live": False}, (False, False, False, False, False)),
    ],
)
def test_page_and_actor_states(network_home, state, expected):
    territory = TerritoryFactory()
    page = ContentPageFactory(parent=territory.site.root_page, **state)
    actor = ActorFactory(territory=territory, **state)
    assert revision_state(page) == expected
    assert revision_state(actor) == expected


def test_an_actor_takes_its_kind_themes_and_offers_by_slug_even_as_a_draft(network_home):
    actor = ActorFactory(
        kind="college",
        themes=["rse-et-partenariats"],
        offers=["visites", "benevolat"],
        lat=48.8219,
        lng=2.4139,
        draft=True,
    )
    actor = Actor.objects.get(pk=actor.pk)
    assert actor.kind.slug == "college"
    assert list(actor.themes.values_list("slug", flat=True)) == ["rse-et-partenariats"]
    assert set(actor.offers.values_list("slug", flat=True)) == {"visites", "benevolat"}
    assert (actor.latitude, actor.longitude) == (48.8219, 2.4139)
    with pytest.raises(Theme.DoesNotExist, match="inconnu"):
        ActorFactory(themes=["inconnu"])


def test_an_experience_sits_under_its_territorys_index_with_its_actors(network_home):
    territory = TerritoryFactory()
    actor = ActorFactory(territory=territory)
    when = datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC)
    page = ExperiencePageFactory(
        territory=territory, actors=[actor, (actor, "mécène")], published_at=when
    )
    assert page.get_parent().pk == experience_index(territory).pk
    assert page.territory == territory and page.live and page.published_at == when
    assert [(link.actor, link.role) for link in page.involved_actors.all()] == [
        (actor, "acteur"),
        (actor, "mécène"),
    ]


def test_a_project_has_its_partners_and_a_need_its_communes(network_home):
    territory = TerritoryFactory()
    commune = CommuneFactory(territory=territory)
    actor = ActorFactory(territory=territory)
    project = ProjectPageFactory(
        territory=territory,
        partners=[(actor, "porteur")],
        communes=[commune],
        themes=["rse-et-partenariats"],
    )
    assert project.get_parent().pk == project_index(territory).pk
    assert [(p.actor, p.role) for p in project.partners.all()] == [(actor, "porteur")]
    assert list(project.communes.all()) == [commune]
    need = NeedFactory(territory=territory, project=project, communes=[commune])
    assert list(need.communes.all()) == [commune] and need.is_approved
