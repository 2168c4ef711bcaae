"""Importing actors: every format and encoding, idempotence, validation first, all or nothing."""

import json

import pytest
from openpyxl import Workbook

from django.core.management import CommandError, call_command

from wagtail.search.backends import get_search_backend

from actors.actor_import import ImportFileError, actors_import
from actors.actor_import_rows import COLUMN_LABELS
from actors.models import Actor
from tests.module_data import shared_territories

HEADER = "external_id;name;kind;description;address;postcode;city;insee;latitude;longitude;email;phone;website;themes;offers"
ROW_1 = "a1;Collège Émile Zola;Collège;Un collège engagé.;1 rue Haute;94220;Charenton-le-Pont;94018;48.8215;2.4120;contact@zola.example;01 99 00 00 01;https://zola.example;RSE et partenariats;interventions-en-classe|Visites"
ROW_2 = "a2;Boulangerie Dupré;entreprise;Accueille des stagiaires.;2 rue Basse;94220;Charenton-le-Pont;94018;48.8230;2.4150;;;;;accueil-stagiaires"


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def snapshot():
    return sorted(
        Actor.objects.values_list("external_id", "name", "email", "latitude", "live", "kind__slug")
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ","), ("utf-8", ";"), ("utf-8-sig", ";"), ("cp1252", ";")],
)
def test_csv_in_every_encoding_and_separator(tmp_path, territory, encoding, separator):
    text = "\r\n".join(
        line.replace(";", separator) if separator == "," else line
        for line in (HEADER, ROW_1, ROW_2)
    )
    if separator == ",":
        text = text.replace("Un collège engagé.", "Un collège engagé")
    report = actors_import(
        territory, write(tmp_path, "acteurs.csv", text, encoding), source="tableur"
    )
    assert report.errors == [] and report.created == 2
    zola = Actor.objects.get(external_id="a1")
    assert zola.name == "Collège Émile Zola"  # accents survive every encoding
    assert zola.kind.slug == "college" and zola.live
    assert sorted(zola.offers.values_list("slug", flat=True)) == [
        "interventions-en-classe",
        "visites",
    ]
    assert list(zola.themes.values_list("slug", flat=True)) == ["rse-et-partenariats"]
    assert (zola.latitude, zola.longitude) == (48.8215, 2.4120)
    assert zola.source == "tableur" and zola.territory == territory


@pytest.mark.django_db
def test_xlsx(tmp_path, territory):
    workbook = Workbook()
    sheet = workbook.active
    for line in (HEADER, ROW_1, ROW_2):
        sheet.append(line.split(";"))
    path = tmp_path / "acteurs.xlsx"
    workbook.save(path)
    report = actors_import(territory, path)
    assert report.errors == [] and report.created == 2
    assert Actor.objects.get(external_id="a2").offers.get().slug == "accueil-stagiaires"


@pytest.mark.django_db
def test_geojson(tmp_path, territory):
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [2.412, 48.8215]},
                "properties": {
                    "external_id": "g1",
                    "name": "Tiers-lieu du Port",
                    "kind": "incubateur-tiers-lieu",
                    "offers": ["pret-de-locaux"],
                },
            }
        ],
    }
    path = write(tmp_path, "acteurs.geojson", json.dumps(document))
    report = actors_import(territory, path)
    assert report.errors == [] and report.created == 1
    actor = Actor.objects.get(external_id="g1")
    assert (actor.longitude, actor.latitude) == (2.412, 48.8215)
    assert actor.offers.get().slug == "pret-de-locaux"


@pytest.mark.django_db
def test_reimport_updates_without_duplicates(tmp_path, territory):
    path = write(tmp_path, "acteurs.csv", "\n".join((HEADER, ROW_1, ROW_2)))
    actors_import(territory, path, source="tableur")
    again = actors_import(territory, path, source="tableur")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert Actor.objects.count() == 2

    changed = write(
        tmp_path,
        "acteurs2.csv",
        "\n".join((HEADER, ROW_1.replace("contact@zola", "accueil@zola"), ROW_2)),
    )
    report = actors_import(territory, changed, source="tableur")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert Actor.objects.get(external_id="a1").email == "accueil@zola.example"
    # Same ids under another source are other actors.
    other = actors_import(territory, path, source="autre")
    assert other.created == 2 and Actor.objects.count() == 4


COLUMNS = HEADER.split(";")


def row(**values):
    """A CSV line with the given columns filled, the others empty."""
    return ";".join(values.get(column, "") for column in COLUMNS)


BASE = {"external_id": "a9", "name": "Nom", "kind": "association"}
BAD_ROWS = [
    (row(**{**BASE, "name": ""}), "name", "le nom est obligatoire"),
    (row(**{**BASE, "kind": "fusée"}), "kind", "type « fusée » inconnu"),
    (row(**BASE, latitude="48.82", longitude="abc"), "longitude", "deux nombres décimaux"),
    (row(**BASE, latitude="95", longitude="2.41"), "latitude", "entre -90 et 90"),
    (row(**BASE, latitude="43.30", longitude="5.37"), "latitude", "hors du territoire"),
    (row(**BASE, latitude="2.41", longitude="48.82"), "latitude", "hors du territoire"),
    (row(**BASE, email="pas-un-courriel"), "email", "adresse e-mail invalide"),
    (row(**BASE, website="http://exa mple"), "website", "adresse web invalide"),
    (row(**BASE, postcode="9422"), "postcode", "5 chiffres"),
    (row(**BASE, insee="ABCDE"), "insee", "code INSEE"),
    (row(**BASE, themes="inconnu"), "themes", "« inconnu » est inconnu"),
    (row(**BASE, offers="vol-spatial"), "offers", "« vol-spatial » est inconnu"),
    (
        row(**{**BASE, "external_id": "a1", "name": "Doublon"}),
        "external_id",
        "déjà présent ligne 2",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "column", "message"), BAD_ROWS, ids=[b[1] + "-" + b[2][:15] for b in BAD_ROWS]
)
def test_each_bad_row_is_reported_and_nothing_is_written(tmp_path, territory, row, column, message):
    actors_import(territory, write(tmp_path, "base.csv", "\n".join((HEADER, ROW_2))))
    before = snapshot()
    path = write(tmp_path, "acteurs.csv", "\n".join((HEADER, ROW_1, row)))
    report = actors_import(territory, path)
    assert report.failed and not report.written
    errors = [e for e in report.errors if e.line == 3]
    assert errors and errors[0].column == column and message in errors[0].message, report.errors
    assert f"ligne 3, colonne « {COLUMN_LABELS[column]} »" in report.summary()
    assert snapshot() == before  # the good row 2 was not written either


@pytest.mark.django_db
def test_skip_invalid_imports_the_valid_rows(tmp_path, territory):
    path = write(
        tmp_path, "acteurs.csv", "\n".join((HEADER, ROW_1, row(**{**BASE, "name": ""}), ROW_2))
    )
    report = actors_import(territory, path, skip_invalid=True)
    assert (report.created, report.skipped) == (2, 1) and not report.failed
    assert Actor.objects.count() == 2


@pytest.mark.django_db
def test_dry_run_writes_nothing(tmp_path, territory):
    path = write(tmp_path, "acteurs.csv", "\n".join((HEADER, ROW_1, ROW_2)))
    report = actors_import(territory, path, dry_run=True)
    assert report.created == 2 and not report.written
    assert Actor.objects.count() == 0
    assert "Simulation" in report.summary()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("acteurs.pdf", "x", "Format non reconnu"),
        ("acteurs.csv", "nom_inconnu;autre\nx;y", "Colonnes obligatoires absentes"),
        ("acteurs.geojson", "{pas du json", "GeoJSON est illisible"),
        ("acteurs.geojson", '{"type": "Feature"}', "FeatureCollection"),
    ],
)
def test_unreadable_files_are_refused_as_a_whole(tmp_path, territory, name, content, message):
    with pytest.raises(ImportFileError, match=message):
        actors_import(territory, write(tmp_path, name, content))
    assert Actor.objects.count() == 0


@pytest.mark.django_db
def test_drafts_option_and_search_index(
    tmp_path, territory, django_capture_on_commit_callbacks, eager_tasks
):
    path = write(tmp_path, "acteurs.csv", "\n".join((HEADER, ROW_1)))
    with django_capture_on_commit_callbacks(execute=True):
        actors_import(territory, path, publish=False)
    actor = Actor.objects.get()
    assert not actor.live and actor.has_unpublished_changes
    results = get_search_backend().search("Zola", Actor.objects.all())
    assert [a.pk for a in results] == [actor.pk]


@pytest.mark.django_db
def test_french_headers_of_our_own_export_are_accepted(tmp_path, territory):
    text = "nom;type;thèmes;offres;adresse;code postal;commune;code INSEE;latitude;longitude;courriel;téléphone;site web\n"
    text += "Club RSE;club-entreprises;;parrainage-mentorat;;94220;Charenton-le-Pont;94018;48.82;2.41;club@rse.example;;\n"
    report = actors_import(territory, write(tmp_path, "export.csv", text))
    assert report.errors == [] and report.created == 1
    assert Actor.objects.get().external_id.startswith("auto:club rse")


@pytest.mark.django_db
def test_command_exit_status_and_messages(tmp_path, territory, capsys):
    good = write(tmp_path, "ok.csv", "\n".join((HEADER, ROW_1)))
    call_command("import_actors", territory.slug, str(good), "--dry-run")
    assert "Simulation" in capsys.readouterr().out and Actor.objects.count() == 0
    call_command("import_actors", territory.slug, str(good), "--source", "tableur")
    assert Actor.objects.get().source == "tableur"

    bad = write(tmp_path, "ko.csv", "\n".join((HEADER, row(**{**BASE, "kind": "fusée"}))))
    with pytest.raises(CommandError, match="ligne 2, colonne « type d’acteur »"):
        call_command("import_actors", territory.slug, str(bad))
    with pytest.raises(CommandError, match="Territoire « nulle-part » inconnu"):
        call_command("import_actors", "nulle-part", str(good))
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("import_actors", territory.slug, str(tmp_path / "absent.csv"))


@pytest.mark.django_db
def test_the_documented_example_file_imports(territory):
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "acteurs-exemple.csv"
    report = actors_import(territory, example)
    assert report.errors == [] and report.created == 2
