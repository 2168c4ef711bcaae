"""Needs and contributions in the admin: Alpha's editor reaches nothing of Beta's.

Every admin URL of these snippets that takes an id is requested with Beta's object
(refused, nothing changed) and with Alpha's own (allowed); a last test fails when Wagtail
registers an id URL in these namespaces that the table does not cover.
"""

import pytest

from django.urls import reverse

from actors.models import NeedKind
from projects.models import Contribution, Need
from tests.conftest import team
from tests.module_data import shared_territories
from tests.projects.conftest import add_need, add_project
from tests.projects.factories import ContributionFactory
from tests.territories.test_admin_isolation import REFUSED, WRONG_METHOD

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def _rows(model, attr):
    ns = f"wagtailsnippets_projects_{model}"
    obj = lambda w: {"pk": w[attr].pk}  # noqa: E731
    return [
        (f"{ns}:edit", obj, True),
        (f"{ns}:delete", obj, True),
        (f"{ns}:usage", obj, True),
        (f"{ns}:history", obj, True),
        (f"{ns}:history_results", obj, True),
        (f"{ns}:copy", obj, False),
        (f"wagtailsnippetchoosers_projects_{model}:chosen", obj, True),
    ]


URLS = _rows("need", "need") + _rows("contribution", "contribution")


def _world(territory):
    project = add_project(territory, f"Projet {territory.slug}", lead_email="p@exemple.fr")
    need = add_need(territory, f"Besoin {territory.slug}", project=project)
    contribution = ContributionFactory(
        territory=territory, need=need, name="Camille", email="c@exemple.fr", message="Bonjour"
    )
    return {"territory": territory, "project": project, "need": need, "contribution": contribution}


def _snapshot(world):
    return (
        Need.objects.filter(pk=world["need"].pk)
        .values_list("title", "status", "is_approved")
        .first(),
        Contribution.objects.filter(pk=world["contribution"].pk)
        .values_list("name", "status", "message")
        .first(),
    )


def _kind(slug):
    """The admin form's value of a need kind (its pk)."""
    return NeedKind.objects.get(slug=slug).pk


@pytest.fixture
def worlds(alpha, territory_b, editor_a):
    return _world(alpha), _world(territory_b)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs", "control"), URLS, ids=[u[0] for u in URLS])
def test_other_territory_object_is_refused(client, worlds, editor_a, name, kwargs, control):
    alpha, beta = worlds
    client.force_login(editor_a)
    before = _snapshot(beta)
    url = reverse(name, kwargs=kwargs(beta))
    get = client.get(url).status_code
    post = client.post(
        url,
        {
            "title": "Piraté",
            "status": "closed",
            "kind": _kind("autre"),
            "territory": beta["territory"].pk,
        },
    ).status_code
    assert {get, post} <= REFUSED | {WRONG_METHOD}, f"{url}: GET {get}, POST {post}"
    assert {get, post} & REFUSED
    assert _snapshot(beta) == before
    if control:
        own = client.get(reverse(name, kwargs=kwargs(alpha)))
        assert own.status_code not in REFUSED, f"Alpha's own object refused at {name}"


@pytest.mark.django_db
def test_listings_show_only_my_territory(client, worlds, editor_a):
    alpha, beta = worlds
    client.force_login(editor_a)
    for url in (
        reverse("wagtailsnippets_projects_need:list"),
        reverse("wagtailsnippets_projects_contribution:list"),
        reverse("wagtailsnippetchoosers_projects_need:choose"),
    ):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "Besoin beta" not in html and "Projet beta" not in html, url
    assert (
        "Besoin alpha" in client.get(reverse("wagtailsnippets_projects_need:list")).content.decode()
    )


@pytest.mark.django_db
def test_need_form_offers_my_territory_only_and_refuses_a_foreign_project(client, worlds, editor_a):
    alpha, beta = worlds
    client.force_login(editor_a)
    add = reverse("wagtailsnippets_projects_need:add")
    html = client.get(add).content.decode()
    assert "Beta" not in html and "Projet beta" not in html
    response = client.post(
        add,
        {
            "territory": beta["territory"].pk,
            "title": "Intrus",
            "kind": _kind("autre"),
            "status": "open",
            "is_approved": "on",
        },
    )
    assert response.status_code == 200  # the form again, with an error
    response = client.post(
        add,
        {
            "territory": alpha["territory"].pk,
            "project": beta["project"].pk,
            "title": "Intrus",
            "kind": _kind("autre"),
            "status": "open",
            "is_approved": "on",
        },
    )
    assert not Need.objects.filter(title="Intrus").exists()
    response = client.post(
        add,
        {
            "territory": alpha["territory"].pk,
            "project": alpha["project"].pk,
            "title": "Le mien",
            "kind": _kind("autre"),
            "status": "open",
            "is_approved": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Need.objects.get(title="Le mien").territory == alpha["territory"]


@pytest.mark.django_db
def test_team_marks_a_contribution_handled_and_a_need_filled(client, worlds, moderator_a):
    alpha, _beta = worlds
    client.force_login(moderator_a)
    contribution = alpha["contribution"]
    url = reverse("wagtailsnippets_projects_contribution:edit", args=[contribution.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Bonjour" in page.content.decode()
    response = client.post(url, {"status": "closed", "name": "changé", "message": "changé"})
    assert response.status_code == 302, response.content.decode()[:2000]
    contribution.refresh_from_db()
    assert (contribution.status, contribution.name, contribution.message) == (
        "closed",
        "Camille",
        "Bonjour",
    )
    need = alpha["need"]
    url = reverse("wagtailsnippets_projects_need:edit", args=[need.pk])
    data = {
        "territory": alpha["territory"].pk,
        "project": alpha["project"].pk,
        "title": need.title,
        "kind": need.kind_id,
        "status": "filled",
        "is_approved": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    need.refresh_from_db()
    assert need.status == "filled"
    assert team  # the conftest helper gives the teams these permissions on provisioning
