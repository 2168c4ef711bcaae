"""The admin dashboard's territory figures: scoped to the user's territory (editor A never sees
B's figures), every territory for the network team, links to the filtered listings."""

import datetime

import pytest

from django.utils import timezone

from actors.models import ActorSignup
from projects import dashboard
from projects.dashboard import territory_figures
from projects.impact import SERIES
from tests.actors.factories import ActorSignupFactory
from tests.conftest import PASSWORD
from tests.module_data import shared_territories
from tests.projects.factories import ContributionFactory, NeedFactory
from tests.projects.test_partnerships import make_actor

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def signup(actor, days_ago=0, status="pending"):
    item = ActorSignupFactory(
        territory=actor.territory,
        actor=actor,
        contact_name="Personne",
        contact_email="personne@exemple.fr",
        consent_at=timezone.now(),
        status=status,
    )
    when = timezone.now() - datetime.timedelta(days=days_ago)
    ActorSignup.objects.filter(pk=item.pk).update(created_at=when)
    return item


@pytest.fixture
def figures_world(territory_a, territory_b):
    # Alpha: 2 associations and 1 company published, 1 draft (signed up 3 days ago), an old
    # approved sign-up, 2 open needs (one to approve), 1 filled, 1 new answer, 1 handled.
    make_actor(territory_a, "Asso Un")
    make_actor(territory_a, "Asso Deux")
    company = make_actor(territory_a, "Entreprise Une", kind="entreprise")
    draft = make_actor(territory_a, "Brouillon Alpha", live=False)
    signup(draft, days_ago=3)
    signup(company, days_ago=90, status="approved")
    NeedFactory(territory=territory_a, title="Besoin A1", kind="locaux")
    NeedFactory(territory=territory_a, title="Besoin A2", kind="locaux", is_approved=False)
    NeedFactory(territory=territory_a, title="Besoin A3", kind="locaux", status="filled")
    ContributionFactory(territory=territory_a, name="N", email="n@exemple.fr", message="m")
    ContributionFactory(
        territory=territory_a, name="H", email="h@exemple.fr", message="m", status="closed"
    )
    # Beta: figures of its own, all different from Alpha's.
    for i in range(7):
        NeedFactory(territory=territory_b, title=f"Besoin B{i}", kind="materiel")
    for i in range(5):
        beta_draft = make_actor(territory_b, f"Brouillon Beta {i}", live=False, kind="fondation")
        signup(beta_draft, days_ago=1)
    for _i in range(4):
        ContributionFactory(territory=territory_b, name="B", email="b@exemple.fr", message="m")


def row_of(rows, territory):
    return next(row for row in rows if row["territory"].pk == territory.pk)


def test_editor_sees_only_its_territory(client, figures_world, editor_a, territory_a):
    rows, _hidden = territory_figures(editor_a)
    assert [row["territory"].pk for row in rows] == [territory_a.pk]
    row = rows[0]
    assert [(k["name"], k["count"]) for k in row["actors_by_kind"]] == [
        ("Association", 2),
        ("Entreprise", 1),
    ]
    assert row["actor_total"] == 3
    assert row["new_signups"] == 1  # the 90-day-old one is not new
    assert row["pending_signups"] == 1
    assert row["draft_actors"] == 1
    assert row["open_needs"] == 2 and row["needs_to_approve"] == 1
    assert row["new_contributions"] == 1

    client.login(username=editor_a.username, password=PASSWORD)
    content = client.get("/admin/").content.decode()
    assert "Chiffres du territoire" in content
    assert "2 besoins ouverts" in content and "1 proposition d’aide à traiter" in content
    assert "Beta" not in content
    for text in ["7 besoins ouverts", "5 fiches en brouillon", "4 propositions", "Fondation"]:
        assert text not in content, text


def test_network_team_sees_every_territory(figures_world, network_editor, territory_a, territory_b):
    rows, _hidden = territory_figures(network_editor)
    assert {row["territory"].pk for row in rows} >= {territory_a.pk, territory_b.pk}
    beta = row_of(rows, territory_b)
    assert beta["open_needs"] == 7
    assert beta["draft_actors"] == 5 and beta["new_signups"] == 5
    assert beta["new_contributions"] == 4
    assert row_of(rows, territory_a)["open_needs"] == 2


def test_links_open_the_filtered_listings(client, figures_world, editor_a):
    client.login(username=editor_a.username, password=PASSWORD)
    row = territory_figures(editor_a)[0][0]
    drafts = client.get(row["draft_actors_url"])
    assert drafts.status_code == 200
    assert "Brouillon Alpha" in drafts.content.decode()
    assert "Asso Un" not in drafts.content.decode()
    kind = client.get(row["actors_by_kind"][1]["url"])  # Entreprise
    assert kind.status_code == 200
    assert "Entreprise Une" in kind.content.decode()
    assert "Asso Un" not in kind.content.decode()
    for name in ("open_needs_url", "needs_to_approve_url", "contributions_url", "signups_url"):
        assert client.get(row[name]).status_code == 200, name


def test_no_panel_for_users_without_territory(client, figures_world, make_user):
    user = make_user("sans-territoire", is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.login(username=user.username, password=PASSWORD)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Chiffres du territoire" not in response.content.decode()


def test_figures_cost_the_same_queries_whatever_the_size(
    figures_world, network_editor, territory_b, django_assert_num_queries
):
    # Two, and one per series of the impact chart (projects.impact), for all territories.
    queries = 2 + len(SERIES)
    territory_figures(network_editor)  # warms the user's permission cache
    with django_assert_num_queries(queries):
        territory_figures(network_editor)
    for i in range(5):
        make_actor(territory_b, f"Encore {i}", kind="fondation")
    with django_assert_num_queries(queries):
        rows, _hidden = territory_figures(network_editor)
    assert row_of(rows, territory_b)["actor_total"] == 5


def _listing(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_network_team_links_open_each_territorys_own_listings(
    client, figures_world, network_editor, territory_a, territory_b
):
    """Each territory's row links to listings of that territory only (needs, answers,
    sign-ups, actors), not to the whole network's."""
    client.login(username=network_editor.username, password=PASSWORD)
    rows, _hidden = territory_figures(network_editor)
    beta, alpha = row_of(rows, territory_b), row_of(rows, territory_a)

    needs = _listing(client, beta["open_needs_url"])
    assert "Besoin B0" in needs and "Besoin B6" in needs
    assert "Besoin A1" not in needs
    needs = _listing(client, alpha["open_needs_url"])
    assert "Besoin A1" in needs and "Besoin B0" not in needs
    to_approve = _listing(client, alpha["needs_to_approve_url"])
    assert "Besoin A2" in to_approve and "Besoin A1" not in to_approve

    signups = _listing(client, beta["signups_url"])
    assert "Brouillon Beta 0" in signups and "Brouillon Alpha" not in signups
    assert "Demandes du territoire Beta seulement" in signups
    signups = _listing(client, alpha["signups_url"])
    assert "Brouillon Alpha" in signups and "Brouillon Beta" not in signups

    answers = client.get(alpha["contributions_url"])
    assert answers.status_code == 200
    assert [c.name for c in answers.context["object_list"]] == ["N"]
    answers = client.get(beta["contributions_url"])
    assert {c.territory_id for c in answers.context["object_list"]} == {territory_b.pk}
    assert len(answers.context["object_list"]) == 4

    drafts = _listing(client, beta["draft_actors_url"])
    assert "Brouillon Beta 0" in drafts and "Brouillon Alpha" not in drafts


def test_territory_editor_cannot_filter_on_another_territory(
    client, figures_world, editor_a, territory_a, territory_b
):
    """Another territory's id in the URL lists nothing of it, and the listings' territory
    filter offers the editor's own territory only."""
    from django.urls import reverse

    client.login(username=editor_a.username, password=PASSWORD)
    for name in (
        "wagtailsnippets_projects_need:list",
        "wagtailsnippets_projects_contribution:list",
        "wagtailsnippets_actors_actor:list",
    ):
        response = client.get(reverse(name) + f"?territory={territory_b.pk}")
        assert response.status_code == 200, name
        for item in response.context["object_list"]:
            assert item.territory_id == territory_a.pk, name
        field = response.context["filters"].form.fields["territory"]
        assert [t.pk for t in field.queryset] == [territory_a.pk], name
    needs = _listing(client, reverse("wagtailsnippets_projects_need:list"))
    assert "Besoin B0" not in needs
    signups = _listing(client, reverse("actors_signups:list") + f"?territory={territory_b.pk}")
    assert "Brouillon Beta" not in signups and "Aucune demande" in signups


def test_the_network_team_sees_the_territories_with_the_most_waiting(
    client, figures_world, network_editor, territory_b, make_territory
):
    """Hundreds of territories: a dozen rows, those with the most waiting, and a link to
    the others."""
    for n in range(dashboard.NETWORK_ROWS):
        make_territory(f"calme-{n}", name=f"Calme {n}")
    rows, hidden = territory_figures(network_editor)
    assert len(rows) == dashboard.NETWORK_ROWS and hidden >= 2
    assert territory_b.pk in {row["territory"].pk for row in rows}  # the busiest
    assert [row["territory"].name for row in rows] == sorted(row["territory"].name for row in rows)
    client.login(username=network_editor.username, password=PASSWORD)
    content = client.get("/admin/").content.decode()
    assert f"… et {hidden} autres territoires, avec moins de demandes en attente" in content
