"""Creating a territory gives it a site, a home, legal pages, a collection and two teams."""

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from network.models import SiteIdentity
from territories.models import Territory, TerritoryRole
from territories.services import territory_provision
from tests.territories.factories import TerritoryFactory


@pytest.mark.django_db
def test_create_territory_command_builds_everything(network_home, capsys):
    call_command("create_territory", "Vitawin", "vitawin", "vitawin.localhost", "--port", "8000")

    territory = Territory.objects.get(slug="vitawin")
    site = territory.site
    assert (site.hostname, site.port, site.site_name) == ("vitawin.localhost", 8000, "Vitawin")
    home = site.root_page.specific
    assert home.__class__.__name__ == "TerritoryHomePage" and home.live
    assert {"donnees-personnelles", "mentions-legales", "experiences"} <= set(
        home.get_children().values_list("slug", flat=True)
    )
    identity = SiteIdentity.for_site(site)
    assert identity.privacy_page.slug == "donnees-personnelles"
    assert identity.legal_notice_page.slug == "mentions-legales"
    assert territory.collection.name == "Vitawin"

    roles = {role.role: role.group for role in TerritoryRole.objects.filter(territory=territory)}
    assert set(roles) == {"editors", "moderators", "pioneers"}
    editors = roles["editors"]
    assert set(
        GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)
    ) == {home.pk}
    assert set(
        GroupCollectionPermission.objects.filter(group=editors).values_list(
            "collection_id", flat=True
        )
    ) == {territory.collection_id}
    assert GroupSitePermission.objects.filter(group=editors, site=site).exists()
    assert "vitawin.localhost:8000" in capsys.readouterr().out


@pytest.mark.django_db
def test_provisioning_twice_adds_nothing(territory_a):
    counts = lambda: (  # noqa: E731
        Page.objects.count(),
        Site.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        TerritoryRole.objects.count(),
    )
    before = counts()
    territory_provision(territory_a)
    territory_provision(territory_a)
    assert counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Alpha bis", "alpha", "autre.localhost"], "identifiant"),
        (["Autre", "autre", "alpha.localhost"], "nom de domaine"),
        (["Autre", "autre", "http://autre.localhost/"], "Nom de domaine invalide"),
        (["Autre", "autre", "localhost"], "déjà utilisé"),
        (["Autre", "pas un slug", "autre.localhost"], "identifiant"),
    ],
)
def test_create_territory_command_rejects_bad_input(territory_a, args, message):
    before = (Territory.objects.count(), Site.objects.count(), Page.objects.count())
    with pytest.raises(CommandError) as error:
        call_command("create_territory", *args)
    assert message.lower() in str(error.value).lower()
    assert (Territory.objects.count(), Site.objects.count(), Page.objects.count()) == before


@pytest.mark.django_db
def test_network_team_creates_a_territory_from_the_admin(client, network_editor):
    client.force_login(network_editor)
    data = nested_form_data(
        {
            "name": "Envies d’Alliances",
            "slug": "envies-d-alliances",
            "hostname": "envies.localhost",
            "carrying_structure": "Pays d’Aix Associations",
            "maturity": "emergence",
            "is_listed": "on",
            "location": "",
            "key_figures": inline_formset([]),
            "contacts": inline_formset([]),
        }
    )
    response = client.post("/admin/snippets/territories/territory/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    territory = Territory.objects.get(slug="envies-d-alliances")
    assert territory.site.hostname == "envies.localhost"
    assert TerritoryRole.objects.filter(territory=territory).count() == 3

    # Its communes are added from their own admin; the territory sits at their centre.
    response = client.post(
        "/admin/snippets/territories/commune/add/",
        {
            "territory": territory.pk,
            "insee_code": "13001",
            "name": "Aix-en-Provence",
            "postcodes": "13090, 13100",
            "latitude": "43.5297",
            "longitude": "5.4474",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    territory.refresh_from_db()
    assert territory.communes.get().name == "Aix-en-Provence"
    assert (round(territory.latitude, 4), round(territory.longitude, 4)) == (43.5297, 5.4474)


@pytest.mark.django_db
def test_admin_form_names_the_bad_commune_field(client, network_editor):
    territory = TerritoryFactory(slug="mauvais", name="Mauvais")
    client.force_login(network_editor)
    data = {
        "territory": territory.pk,
        "insee_code": "123",
        "name": "Nulle part",
        "postcodes": "1300",
        "latitude": "95",
    }
    response = client.post("/admin/snippets/territories/commune/add/", data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Le code INSEE compte 5 caractères" in content
    assert "Codes postaux invalides" in content
    assert "La latitude doit être comprise entre -90 et 90" in content
    assert not territory.communes.exists()
