"""Data and HTTP steps shared by the scale-out tests."""

import re

import requests

from django.contrib.auth.hashers import PBKDF2PasswordHasher

from actors.models import ActorImport
from network.models import Theme
from tests.actors.factories import ActorImportFactory
from tests.network.factories import ContentPageFactory, ThemeFactory
from tests.territories.factories import CommuneFactory, UserFactory

from .conftest import PASSWORD

CSV_HEADER = "external_id;name;kind;postcode;city;latitude;longitude;themes"


def server_password(user, password: str = PASSWORD):
    """The tests hash with MD5 (fast); the servers run production hashers: store a PBKDF2
    hash they can check (few iterations: this is a test)."""
    user.password = PBKDF2PasswordHasher().encode(password, "scaleoutsalt", iterations=1000)
    user.save(update_fields=["password"])
    return user


def superuser():
    user = UserFactory(
        username="admin-scaleout", email="a@test.example", password=PASSWORD, superuser=True
    )
    return server_password(user)


def content_page(territory, title="La démarche", slug="la-demarche"):
    return ContentPageFactory(parent=territory.site.root_page, title=title, slug=slug)


def with_commune(territory):
    ThemeFactory(slug="emploi", name="Emploi")
    CommuneFactory(
        territory=territory,
        insee_code="94018",
        name="Charenton-le-Pont",
        postcodes="94220",
        latitude=48.8219,
        longitude=2.4139,
    )
    territory.refresh_position()
    return territory


def actor_import(territory, rows: int, source: str = "scaleout") -> ActorImport:
    lines = [CSV_HEADER] + [
        f"sc-{n:05d};Structure {n:05d};association;94220;Charenton-le-Pont;"
        f"{48.80 + (n % 100) / 5000:.5f};{2.40 + (n // 100 % 100) / 5000:.5f};emploi"
        for n in range(rows)
    ]
    return ActorImportFactory(
        territory=territory,
        source=source,
        file__filename=f"{source}.csv",
        file__data="\n".join(lines).encode(),
    )


def login(cluster, server: str, username: str, password: str = PASSWORD) -> requests.Session:
    """An admin session on one server (users need ``server_password``)."""
    session = requests.Session()
    cluster.get(server, "/admin/login/", "localhost", session=session)
    response = session.post(
        cluster.url(server, "/admin/login/"),
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        headers={"Host": "localhost"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:2000]
    return session


def post(cluster, server: str, session, path: str, host: str = "localhost", data=None):
    return session.post(
        cluster.url(server, path),
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"], **(data or {})},
        headers={"Host": host},
        allow_redirects=False,
        timeout=30,
    )


def signup_form_data(session) -> dict:
    from actors.models import ActorKind, Offer

    return {
        "csrfmiddlewaretoken": session.cookies["csrftoken"],
        "name": "Les Jardins du Plateau",
        "kind": ActorKind.objects.get(slug="association").pk,
        "description": "Jardins partagés ouverts aux habitants et aux écoles.",
        "website": "https://jardins.example/",
        "themes": [Theme.objects.get(slug="emploi").pk],
        "offers": [Offer.objects.order_by("pk").first().pk],
        "address": "12 rue de Paris",
        "postcode": "94220",
        "commune": "94018",
        "email": "bonjour@jardins.example",
        "phone": "01 23 45 67 89",
        "contact_name": "Camille Martin",
        "contact_email": "camille@jardins.example",
        "contact_phone": "06 12 34 56 78",
        "consent": "on",
        "homepage": "",
    }


def sign_up(cluster, server: str, host: str) -> requests.Response:
    session = requests.Session()
    form = cluster.get(server, "/rejoindre/", host, session=session)
    assert form.status_code == 200, form.status_code
    return session.post(
        cluster.url(server, "/rejoindre/"),
        data=signup_form_data(session),
        headers={"Host": host},
        allow_redirects=False,
        timeout=30,
    )


def enqueue_import(cluster, import_id: int) -> str:
    """Queue the import task the way the admin does (a Celery message), in another process."""
    out = cluster.manage(
        "shell",
        "-c",
        "from actors.tasks import run_actor_import; "
        f"print('TASK', run_actor_import.delay({import_id}).id)",
    )
    return re.search(r"TASK (\S+)", out).group(1)
