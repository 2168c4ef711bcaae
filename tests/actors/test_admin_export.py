"""The team's export of its actors: private fields included, own territory only."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from tests.actors.factories import ActorFactory


def _actor(territory, name, **fields):
    return ActorFactory(
        territory=territory,
        name=name,
        themes=["rse-et-partenariats"],
        offers=["benevolat", "visites"],
        no_revision=True,
        **fields,
    )


def _content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_csv_export_has_private_fields_and_only_the_team_territory(
    client, territory_a, territory_b, editor_a, django_assert_max_num_queries
):
    for n in range(5):
        _actor(
            territory_a,
            f"Alpha {n}",
            private_notes=f"note privée {n}",
            private_contact_email="ref@a.example",
        )
    _actor(territory_a, '=HYPERLINK("http://x")')
    _actor(territory_b, "Acteur beta", private_notes="secret beta")
    client.force_login(editor_a)
    url = reverse("wagtailsnippets_actors_actor:list") + "?export=csv"
    with django_assert_max_num_queries(20):
        response = client.get(url)
        body = _content(response).decode("utf-8")
    assert body.startswith("\ufeff")
    header, *rows = body.strip().splitlines()
    assert "Thèmes" in header and header.count(";") > 10
    assert "note privée 3" in body and "ref@a.example" in body
    assert "RSE et partenariats" in body and "Bénévolat | Visites" in body
    assert "secret beta" not in body and "Acteur beta" not in body
    assert "'=HYPERLINK" in body  # neutralised for spreadsheets
    assert len(rows) == 6
    assert ";None;" not in body and ";oui;" in body


@pytest.mark.django_db
def test_xlsx_export(client, territory_a, editor_a):
    _actor(territory_a, "Alpha", private_notes="note privée")
    client.force_login(editor_a)
    response = client.get(reverse("wagtailsnippets_actors_actor:list") + "?export=xlsx")
    sheet = load_workbook(BytesIO(_content(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Alpha" and "note privée" in rows[1]
