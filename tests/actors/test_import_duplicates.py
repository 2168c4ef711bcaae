"""Imports flag rows that likely duplicate an existing actor: reported, imported, not merged."""

import pytest

from django.urls import reverse

from actors.actor_import import actors_import
from actors.models import Actor, ActorImport
from tests.actors.factories import ActorFactory
from tests.module_data import shared_territories
from tests.territories.factories import CommuneFactory

from .test_actor_import import write
from .test_import_admin import upload

HEADER = "external_id;name;kind;insee;latitude;longitude\n"


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def territory(territory_a):
    CommuneFactory(
        territory=territory_a,
        insee_code="94018",
        name="Charenton",
        latitude=48.8219,
        longitude=2.4139,
    )
    return territory_a


def existing(territory, name, insee="94018", lat=48.8215, lng=2.4120, **fields):
    return ActorFactory(
        territory=territory,
        name=name,
        commune_insee=insee,
        lat=lat,
        lng=lng,
        no_revision=True,
        **fields,
    )


@pytest.mark.django_db
def test_rows_like_existing_actors_are_flagged_with_line_actor_and_reason(tmp_path, territory):
    same_name = existing(territory, "L’Atelier (SCOP)", lat=48.83, lng=2.43)
    nearby = existing(territory, "Jardins partagés de Bercy", insee="94080")
    existing(territory, "Autre chose", lat=48.8216, lng=2.4121)
    path = write(
        tmp_path,
        "acteurs.csv",
        HEADER
        + "n1;Atelier;association;94018;48.80;2.40\n"  # same name, same commune
        + "n2;Jardin partagé de Bercy;association;94018;48.82151;2.41201\n"  # 2 m away
        + "n3;Boulangerie Dupré;entreprise;94018;48.8216;2.4121\n",  # nearby, other name
    )
    report = actors_import(territory, path, source="tableur")

    assert report.written and report.created == 3  # flagged rows are imported, not merged
    flags = {flag.line: flag for flag in report.duplicates}
    assert set(flags) == {2, 3}
    assert flags[2].actor_id == same_name.pk
    assert flags[2].reasons == ["même nom dans la même commune"]
    assert flags[3].actor_id == nearby.pk
    assert flags[3].reasons == ["nom proche à moins de 30 m"]
    created = Actor.objects.get(external_id="n1")
    assert flags[2].new_actor_id == created.pk
    assert Actor.objects.filter(pk=same_name.pk).exists()  # nothing merged
    summary = report.summary()
    assert "2 ligne(s) ressemblent à des acteurs existants" in summary
    assert "Ligne 2, « Atelier » : doublon possible de « L’Atelier (SCOP) »" in summary
    row = f"2;nom;doublon possible de « L’Atelier (SCOP) » (fiche n° {same_name.pk})"
    assert row in report.as_csv()


@pytest.mark.django_db
def test_reimported_rows_and_dry_runs(tmp_path, territory):
    path = write(tmp_path, "a.csv", HEADER + "n1;Atelier;association;94018;48.80;2.40\n")
    actors_import(territory, path, source="tableur")
    # Re-importing the same row updates its own actor: not a duplicate of itself.
    assert actors_import(territory, path, source="tableur").duplicates == []
    # The same organisation from another source is flagged, in a dry run too.
    report = actors_import(territory, path, source="autre", dry_run=True)
    assert [flag.line for flag in report.duplicates] == [2]
    assert report.duplicates[0].new_actor_id is None
    assert Actor.objects.count() == 1


@pytest.mark.django_db
def test_another_territorys_actors_are_never_flagged(tmp_path, territory, territory_b):
    existing(territory_b, "Atelier")
    path = write(tmp_path, "a.csv", HEADER + "n1;Atelier;association;94018;48.80;2.40\n")
    assert actors_import(territory, path).duplicates == []


@pytest.mark.django_db
def test_the_admin_import_page_lists_the_flags_with_a_merge_link(
    client, territory, editor_a, django_capture_on_commit_callbacks, eager_tasks
):
    territory_a = territory
    old = existing(territory_a, "Lycée du Port", lat=48.8215, lng=2.4120)
    client.force_login(editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, territory_a, HEADER + "x1;Lycée du Port;lycee;94018;48.8215;2.4120\n")
    actor_import = ActorImport.objects.get()
    new = Actor.objects.get(external_id="x1")
    assert actor_import.duplicates == [
        {
            "line": 2,
            "name": "Lycée du Port",
            "actor_id": old.pk,
            "actor_name": "Lycée du Port",
            "reasons": ["même nom dans la même commune", "nom proche à moins de 30 m"],
            "new_actor_id": new.pk,
        }
    ]
    page = client.get(reverse("actors_admin:import_status", args=[actor_import.pk]))
    html = page.content.decode()
    merge = reverse("actors_admin:merge_actors") + f"?id={old.pk}&amp;id={new.pk}"
    assert "Doublons possibles" in html and merge in html
    assert client.get(merge.replace("&amp;", "&")).status_code == 200
