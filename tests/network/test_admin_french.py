"""The admin reads as French: no « None », « True », English labels, nor Wagtail's hedged
agreements (« un(e) », « modifié(e) », « Modification de Accueil »), in the lists and forms
the territory teams and the network team use every day (locale/fr overrides Wagtail's)."""

import re

import pytest

from django.urls import reverse

from tests.actors.factories import ActorFactory
from tests.projects.factories import ContributionFactory, NeedFactory

ENGLISH = re.compile(
    r">\s*(None|True|False|Edit|Delete|Add|Download CSV|Download XLSX)\s*<"
    r"|\w\(e\)|un\(e\)|Modification de [AEIOUÉ]|guide\.wagtail\.org"
)
PAGES = [
    "wagtailsnippets_actors_actor:list",
    "wagtailsnippets_actors_actor:add",
    "wagtailsnippets_projects_need:list",
    "wagtailsnippets_projects_need:add",
    "wagtailsnippets_projects_contribution:list",
    "wagtailsnippets_territories_territory:list",
    "actors_signups:list",
    "wagtailadmin_home",
]


def english(html: str) -> list[str]:
    return [html[max(0, m.start() - 60) : m.end() + 10] for m in ENGLISH.finditer(html)]


@pytest.mark.django_db
def test_lists_and_forms_read_french(client, territory_a, editor_a, network_editor):
    ActorFactory(territory=territory_a, name="Acteur sans ville")
    NeedFactory(territory=territory_a)
    ContributionFactory(territory=territory_a)
    for user in (editor_a, network_editor):
        client.force_login(user)
        for name in PAGES:
            response = client.get(reverse(name))
            assert response.status_code == 200, name
            assert english(response.content.decode()) == [], (user.username, name)
    client.force_login(editor_a)
    edit = reverse("wagtailadmin_pages:edit", args=[territory_a.site.root_page_id])
    html = client.get(edit).content.decode()
    assert english(html) == []
    assert "Modification : " in html


@pytest.mark.django_db
def test_needs_say_whether_they_are_approved(client, territory_a, editor_a):
    NeedFactory(territory=territory_a, is_approved=False)
    client.force_login(editor_a)
    html = client.get(reverse("wagtailsnippets_projects_need:list")).content.decode()
    assert "non, à valider" in html


@pytest.mark.django_db
def test_the_actor_export_is_a_labelled_button(client, territory_a, editor_a):
    client.force_login(editor_a)
    html = client.get(reverse("wagtailsnippets_actors_actor:list")).content.decode()
    assert "Exporter les acteurs (CSV)" in html
    assert "Exporter les acteurs (Excel)" in html
    assert "Ajouter : acteur" in html
