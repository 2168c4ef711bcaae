"""The communes' admin: their own listing (scoped, searchable, paginated, constant queries)
and the bulk addition from pasted codes, a département or a CSV (all or nothing)."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from territories.commune_bulk import communes_add, parse_lines
from territories.models import Commune, TerritoryRole
from tests.module_data import shared_territories
from tests.territories.factories import CHARENTON, VINCENNES, CommuneFactory, UserFactory

REFUSED = {403, 404}
LIST = reverse("wagtailsnippets_territories_commune:list")

network_home, territory_a, territory_b = shared_territories()


def bulk_url(territory):
    return reverse("territories_communes:bulk_add", args=[territory.pk])


@pytest.fixture
def editor(territory_a):
    return UserFactory(username="editeur-communes", team=territory_a)


def _communes(territory, count, prefix="Ville"):
    Commune.objects.bulk_create(
        Commune(
            territory=territory,
            insee_code=f"{10000 + i:05d}",
            name=f"{prefix} {i:05d}",
            postcodes=f"{20000 + i:05d}",
        )
        for i in range(count)
    )


# --- The territory form ---------------------------------------------------------------


@pytest.mark.django_db
def test_the_territory_form_counts_its_communes_and_links_to_them(client, editor, territory_a):
    _communes(territory_a, 30)
    client.force_login(editor)
    response = client.get(
        reverse("wagtailsnippets_territories_territory:edit", args=[territory_a.pk])
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "30 communes couvertes" in content
    assert f"{LIST}?territory={territory_a.pk}" in content
    assert bulk_url(territory_a) in content
    assert "communes-TOTAL_FORMS" not in content  # no inline forms any more
    assert "Ville 00029" not in content


# --- Listing ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_listing_shows_ones_own_communes_only(client, editor, territory_a, territory_b):
    CommuneFactory(territory=territory_a, insee_code="94018", name="Charenton-le-Pont")
    foreign = CommuneFactory(territory=territory_b, insee_code="75056", name="Paris Beta")
    client.force_login(editor)
    content = client.get(LIST).content.decode()
    assert "Charenton-le-Pont" in content and "Paris Beta" not in content
    # The territory filter offers one's own territories; Beta's id is not a choice.
    content = client.get(f"{LIST}?territory={territory_b.pk}").content.decode()
    assert "Paris Beta" not in content
    for name in ("edit", "delete", "history", "usage"):
        url = reverse(f"wagtailsnippets_territories_commune:{name}", args=[foreign.pk])
        assert client.get(url).status_code in REFUSED, name
    assert (
        client.post(
            reverse("wagtailsnippets_territories_commune:delete", args=[foreign.pk])
        ).status_code
        in REFUSED
    )
    assert Commune.objects.filter(pk=foreign.pk).exists()


@pytest.mark.django_db
def test_an_editor_edits_and_deletes_own_communes(client, editor, territory_a, territory_b):
    commune = CommuneFactory(territory=territory_a, **CHARENTON)
    client.force_login(editor)
    edit = reverse("wagtailsnippets_territories_commune:edit", args=[commune.pk])
    data = {
        "territory": territory_a.pk,
        "insee_code": "94018",
        "name": "Charenton",
        "postcodes": "94220",
        "latitude": "48.82",
        "longitude": "2.41",
    }
    assert client.post(edit, data).status_code == 302
    commune.refresh_from_db()
    assert (commune.name, commune.search_name, commune.postcodes) == (
        "Charenton",
        "charenton",
        "94220",
    )
    # Moving it to another territory is a form error: Beta is not a choice.
    response = client.post(edit, {**data, "territory": territory_b.pk})
    assert response.status_code == 200
    commune.refresh_from_db()
    assert commune.territory_id == territory_a.pk
    delete = reverse("wagtailsnippets_territories_commune:delete", args=[commune.pk])
    assert client.post(delete).status_code == 302
    assert not Commune.objects.filter(pk=commune.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("charenton", "Charenton-le-Pont"),
        ("CHARENTON LE", "Charenton-le-Pont"),
        ("Créteil", "Créteil"),
        ("creteil", "Créteil"),
        ("94018", "Charenton-le-Pont"),
        ("9422", "Charenton-le-Pont"),  # a postcode's start
        ("94000", "Créteil"),
    ],
)
def test_listing_searches_name_insee_code_and_postcode(
    client, editor, territory_a, territory_b, query, found
):
    CommuneFactory(
        territory=territory_a, insee_code="94018", name="Charenton-le-Pont", postcodes="94220"
    )
    CommuneFactory(territory=territory_a, insee_code="94028", name="Créteil", postcodes="94000")
    CommuneFactory(territory=territory_b, insee_code="94017", name="Charenton Beta")
    client.force_login(editor)
    content = client.get(LIST, {"q": query}).content.decode()
    assert found in content
    others = {"Charenton-le-Pont", "Créteil"} - {found}
    assert not any(other in content for other in others)
    assert "Charenton Beta" not in content


@pytest.mark.django_db
def test_listing_is_paginated(client, editor, territory_a):
    _communes(territory_a, 120)
    client.force_login(editor)
    first = client.get(LIST).content.decode()
    assert "Ville 00000" in first and "Ville 00049" in first and "Ville 00050" not in first
    third = client.get(LIST, {"p": 3}).content.decode()
    assert "Ville 00100" in third and "Ville 00119" in third and "Ville 00099" not in third


def _listing_queries(client, url):
    client.get(url)  # warm the user's caches (permissions, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_communes(client, editor, territory_a):
    _communes(territory_a, 20)
    client.force_login(editor)
    few = _listing_queries(client, LIST)
    few_search = _listing_queries(client, f"{LIST}?q=ville")
    Commune.objects.bulk_create(
        Commune(territory=territory_a, insee_code=f"{30000 + i:05d}", name=f"Bourg {i:05d}")
        for i in range(2000 - 20)
    )
    assert Commune.objects.filter(territory=territory_a).count() == 2000
    assert _listing_queries(client, LIST) == few
    assert _listing_queries(client, f"{LIST}?q=ville") == few_search
    assert _listing_queries(client, f"{LIST}?p=20") == few


# --- Bulk addition ----------------------------------------------------------------------


@pytest.mark.django_db
def test_bulk_add_from_pasted_lines_and_codes_known_elsewhere(
    client, editor, territory_a, territory_b
):
    CommuneFactory(territory=territory_b, postcodes="94300", population=49000, **VINCENNES)
    client.force_login(editor)
    pasted = (
        "94018;Charenton-le-Pont;94220;48,8219;2,4139\n"
        "94080\n"  # known to Beta: copied from there
        "\n"
        "94028\tCréteil\t94000 94010\t48.7904\t2.4556\n"
    )
    response = client.post(bulk_url(territory_a), {"codes": pasted})
    assert response.status_code == 302
    communes = {c.insee_code: c for c in territory_a.communes.all()}
    assert set(communes) == {"94018", "94080", "94028"}
    assert communes["94080"].name == "Vincennes"
    assert communes["94080"].postcodes == "94300"
    assert communes["94080"].latitude == VINCENNES["latitude"]
    assert communes["94028"].postcodes == "94000, 94010"
    assert communes["94018"].latitude == 48.8219
    assert communes["94028"].search_name == "creteil"
    territory_a.refresh_from_db()
    assert territory_a.latitude is not None  # the centre of its new communes
    # Beta's copy is untouched.
    assert territory_b.communes.get().insee_code == "94080"


@pytest.mark.django_db
def test_bulk_add_skips_and_counts_duplicates(client, editor, territory_a):
    CommuneFactory(territory=territory_a, insee_code="94018", name="Charenton-le-Pont")
    client.force_login(editor)
    pasted = "94018;Charenton-le-Pont\n94080;Vincennes\n94080;Vincennes"
    response = client.post(bulk_url(territory_a), {"codes": pasted}, follow=True)
    content = response.content.decode()
    assert "1 communes ajoutées" in content
    assert "2 ignorées (1 déjà présentes, 1 données plusieurs fois)" in content
    assert sorted(territory_a.communes.values_list("insee_code", flat=True)) == ["94018", "94080"]


@pytest.mark.django_db
def test_bulk_add_from_a_departement(client, editor, territory_a, territory_b):
    for code, name in (("94018", "Charenton"), ("94080", "Vincennes"), ("93066", "Saint-Denis")):
        CommuneFactory(territory=territory_b, insee_code=code, name=name)
    CommuneFactory(territory=territory_a, insee_code="94018", name="Charenton")
    client.force_login(editor)
    response = client.post(bulk_url(territory_a), {"departements": "94"})
    assert response.status_code == 302
    assert sorted(territory_a.communes.values_list("insee_code", flat=True)) == ["94018", "94080"]


@pytest.mark.django_db
def test_bulk_add_from_an_unknown_or_bad_departement_writes_nothing(client, editor, territory_a):
    client.force_login(editor)
    content = client.post(bulk_url(territory_a), {"departements": "971 99"}).content.decode()
    assert "Département « 99 »" in content
    assert "Département 971 : la plateforme ne connaît encore aucune de ses communes" in content
    assert not territory_a.communes.exists()


@pytest.mark.django_db
def test_bulk_add_from_a_csv_file(client, editor, territory_a):
    csv = (
        "\ufeffinsee;nom;code postal;latitude;longitude\n"
        "94018;Charenton-le-Pont;94220;48.8219;2.4139\n"
        "2A004;Ajaccio;20000;41.9192;8.7386\n"
    ).encode()
    client.force_login(editor)
    upload = SimpleUploadedFile("communes.csv", csv, content_type="text/csv")
    response = client.post(bulk_url(territory_a), {"file": upload})
    assert response.status_code == 302
    assert sorted(territory_a.communes.values_list("insee_code", flat=True)) == ["2A004", "94018"]


@pytest.mark.django_db
def test_bulk_add_names_every_bad_line_and_writes_nothing(client, editor, territory_a):
    client.force_login(editor)
    pasted = (
        "94018;Charenton-le-Pont;94220;48.8219;2.4139\n"  # 1: good
        "9401;Nulle part\n"  # 2: bad code
        "94080;Vincennes;9430\n"  # 3: bad postcode
        "94028;Créteil;94000;95;2.4\n"  # 4: bad latitude
        "94033\n"  # 5: unknown code without a name
        "94041;Ivry;94200;48.8\n"  # 6: latitude without longitude
    )
    response = client.post(bulk_url(territory_a), {"codes": pasted})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Rien n’a été ajouté : 5 erreurs à corriger." in content
    assert "ligne 2 du texte collé : « 9401 » n’est pas un code INSEE" in content
    assert "ligne 3 du texte collé : le code postal compte 5 chiffres" in content
    assert "ligne 4 du texte collé : latitude entre -90 et 90" in content
    assert "ligne 5 du texte collé : le code 94033 n’est connu d’aucun territoire" in content
    assert "ligne 6 du texte collé : donnez la latitude et la longitude" in content
    assert "ligne 1 " not in content
    assert not territory_a.communes.exists()


@pytest.mark.django_db
def test_bulk_add_names_the_bad_lines_of_a_file(client, editor, territory_a):
    client.force_login(editor)
    upload = SimpleUploadedFile("communes.csv", b"94018;Charenton\nabc;Nom\n")
    content = client.post(bulk_url(territory_a), {"file": upload}).content.decode()
    assert "ligne 2 du fichier : « abc » n’est pas un code INSEE" in content
    assert not territory_a.communes.exists()
    upload = SimpleUploadedFile("communes.csv", "94018;Chârenton".encode("latin-1"))
    content = client.post(bulk_url(territory_a), {"file": upload}).content.decode()
    assert "encodé en UTF-8" in content
    assert not territory_a.communes.exists()


@pytest.mark.django_db
def test_bulk_add_needs_something(client, editor, territory_a):
    client.force_login(editor)
    content = client.post(bulk_url(territory_a), {}).content.decode()
    assert "Collez des codes INSEE, donnez un département ou choisissez un fichier." in content


@pytest.mark.django_db
def test_bulk_add_refuses_another_territory(client, editor, territory_a, territory_b):
    client.force_login(editor)
    for response in (
        client.get(bulk_url(territory_b)),
        client.post(bulk_url(territory_b), {"codes": "94018;Charenton"}),
    ):
        assert response.status_code in REFUSED
        assert "Beta" not in response.content.decode()
    assert not territory_b.communes.exists()


@pytest.mark.django_db
def test_bulk_add_is_refused_without_the_permission(client, territory_a):
    pioneer = UserFactory(team=territory_a, team__role=TerritoryRole.Role.PIONEERS)
    client.force_login(pioneer)
    assert client.get(bulk_url(territory_a)).status_code == 403


@pytest.mark.django_db
def test_the_listing_links_to_the_bulk_addition(client, editor, territory_a):
    client.force_login(editor)
    content = client.get(LIST, {"territory": territory_a.pk}).content.decode()
    assert bulk_url(territory_a) in content
    response = client.get(reverse("territories_communes:bulk_choose"))
    assert response.status_code == 302 and response["Location"] == bulk_url(territory_a)


def _bulk_queries(territory, count):
    lines = "\n".join(f"{40000 + i:05d};Commune {i}" for i in range(count))
    parsed = parse_lines(lines, "du texte collé")
    with CaptureQueriesContext(connection) as queries:
        result = communes_add(territory, parsed.rows, parsed.errors)
    assert result.created == count and not result.errors
    return len(queries)


@pytest.mark.django_db
def test_bulk_add_queries_do_not_grow_with_the_territory(territory_a, territory_b):
    """Existing codes are read in one query, copies from other territories by chunks of
    500 codes, the write is bulk_create: the queries depend on the rows given (a few per
    thousand), never on the communes the territory already has."""
    _communes(territory_a, 20)
    _communes(territory_b, 2000)
    small, large = _bulk_queries(territory_a, 3000), _bulk_queries(territory_b, 3000)
    assert small == large
    assert large < 25
