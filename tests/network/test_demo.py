"""The demo loader builds the ten pioneer territories and can run again without changes."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

from territories.models import Commune, Territory


def _state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
        "groups": Group.objects.count(),
        "users": get_user_model().objects.count(),
        "communes": Commune.objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_builds_the_network_and_is_idempotent(capsys):
    call_command("load_demo", "--password", "demo-test")
    first = _state()
    output = capsys.readouterr().out
    call_command("load_demo", "--password", "demo-test")
    assert _state() == first

    pioneers = {
        "vitawin",
        "envies-d-alliances",
        "vivre-les-mureaux",
        "centsept",
        "villes-au-carre",
        "le-catalyseur",
        "face-paris",
        "labo-des-partenariats",
        "alliance-sens-economie",
        "caisse-epargne-midi-pyrenees",
    }
    # The ten pioneers, plus the territories the demo experiences come from.
    assert pioneers <= set(Territory.objects.values_list("slug", flat=True))
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    vitawin = Territory.objects.get(slug="vitawin")
    assert vitawin.site.hostname == "vitawin.localhost"
    assert vitawin.communes.count() == 13
    assert vitawin.communes.filter(insee_code="94018", name="Charenton-le-Pont").exists()
    assert "vitawin.localhost" in output and "demo-test" in output
    editor = get_user_model().objects.get(username="editeur-vitawin")
    assert editor.check_password("demo-test")
    assert not editor.is_superuser
    # Every territory has its editor, and the output is what a person reads: one line of
    # progress, the URLs, the accounts.
    for territory in Territory.objects.all():
        editor = get_user_model().objects.get(username=f"editeur-{territory.slug}")
        assert editor.groups.filter(territory_role__territory=territory).exists(), territory
        assert f"editeur-{territory.slug}" in output
    assert len(output.splitlines()) <= 50, output
    # Wagtail's welcome page is gone: every top-level page is a site's home.
    homes = set(Page.get_first_root_node().get_children().values_list("pk", flat=True))
    assert homes == set(Site.objects.values_list("root_page_id", flat=True))
