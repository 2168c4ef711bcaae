"""The admin import page: upload, background run (Celery), progress, report, isolation."""

import threading
import time

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actors import import_progress
from actors.models import Actor, ActorImport
from tests.actors.factories import ActorImportFactory
from tests.conftest import team
from tests.territories.factories import CommuneFactory

CSV = (
    "external_id;name;kind;latitude;longitude\n"
    "x1;Lycée du Port;lycee;48.8215;2.4120\n"
    "x2;Garage Martin;entreprise;48.8230;2.4150\n"
)
BAD_CSV = "external_id;name;kind\nx1;Lycée du Port;fusée\nx2;;entreprise\n"


@pytest.fixture
def located(territory_a, territory_b):
    for territory in (territory_a, territory_b):
        CommuneFactory(
            territory=territory,
            insee_code="94018",
            name="Charenton",
            latitude=48.8219,
            longitude=2.4139,
        )
    return territory_a, territory_b


def upload(client, territory, content, **extra):
    data = {
        "territory": territory.pk,
        "file": SimpleUploadedFile("acteurs.csv", content.encode(), content_type="text/csv"),
        "source": "tableur",
        **extra,
    }
    return client.post(reverse("actors_admin:import_form"), data)


@pytest.mark.django_db
def test_editor_imports_a_file_and_reads_the_report(
    client, located, editor_a, django_capture_on_commit_callbacks, eager_tasks
):
    territory_a, _b = located
    client.force_login(editor_a)
    assert client.get(reverse("actors_admin:import_form")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, territory_a, CSV)
    assert response.status_code == 302
    actor_import = ActorImport.objects.get()
    assert response["Location"] == reverse("actors_admin:import_status", args=[actor_import.pk])
    actor_import.refresh_from_db()
    assert actor_import.status == ActorImport.Status.DONE and actor_import.percent == 100
    assert "2 acteur(s) créé(s)" in actor_import.summary
    assert set(
        Actor.objects.filter(territory=territory_a).values_list("external_id", flat=True)
    ) == {"x1", "x2"}
    status = client.get(reverse("actors_admin:import_status", args=[actor_import.pk]))
    assert "Terminé" in status.content.decode()
    assert client.get(
        reverse("actors_admin:import_status", args=[actor_import.pk]) + "?format=json"
    ).json()["finished"]


@pytest.mark.django_db
def test_refused_file_writes_nothing_and_reports_each_line(
    client, located, editor_a, django_capture_on_commit_callbacks, eager_tasks
):
    territory_a, _b = located
    client.force_login(editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, territory_a, BAD_CSV)
    actor_import = ActorImport.objects.get()
    assert actor_import.status == ActorImport.Status.REFUSED
    assert Actor.objects.count() == 0
    report = client.get(reverse("actors_admin:import_report", args=[actor_import.pk]))
    text = report.content.decode("utf-8")
    assert text.startswith("\ufeff") and "2;type d’acteur;" in text and "3;nom;" in text


@pytest.mark.django_db
def test_a_refused_import_offers_to_import_its_valid_rows(
    client, located, editor_a, django_capture_on_commit_callbacks, eager_tasks
):
    territory_a, _b = located
    client.force_login(editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, territory_a, CSV + "x3;Fusée;fusée\n")
    refused = ActorImport.objects.get()
    assert refused.status == ActorImport.Status.REFUSED
    html = client.get(reverse("actors_admin:import_status", args=[refused.pk])).content.decode()
    assert "<h1" in html and "Import d’acteurs" in html
    assert "<pre" not in html and "<progress" not in html  # no full green bar when refused
    assert "help-critical" in html
    assert "skip-invalid" not in html
    assert "colonne « type d’acteur »" in html
    assert "Importer les lignes valides" in html

    valid_rows = reverse("actors_admin:import_valid_rows", args=[refused.pk])
    assert client.get(valid_rows).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(valid_rows)
    rerun = ActorImport.objects.exclude(pk=refused.pk).get()
    assert response["Location"] == reverse("actors_admin:import_status", args=[rerun.pk])
    rerun.refresh_from_db()
    assert rerun.status == ActorImport.Status.DONE and rerun.skip_invalid
    assert set(Actor.objects.values_list("external_id", flat=True)) == {"x1", "x2"}
    html = client.get(reverse("actors_admin:import_status", args=[rerun.pk])).content.decode()
    assert "Importer les lignes valides" not in html and "help-info" in html


@pytest.mark.django_db
def test_editor_cannot_import_into_or_read_another_territory(client, located, editor_a, make_user):
    territory_a, territory_b = located
    client.force_login(editor_a)
    response = upload(client, territory_b, CSV)
    assert (
        response.status_code == 200 and "Sélectionnez un choix valide" in response.content.decode()
    )
    assert not ActorImport.objects.exists()

    other = ActorImportFactory(
        territory=territory_b, file=SimpleUploadedFile("b.csv", b"x"), summary="secret de Beta"
    )
    for name in ("import_status", "import_report"):
        assert client.get(reverse(f"actors_admin:{name}", args=[other.pk])).status_code == 404
    assert "secret de Beta" not in client.get(reverse("actors_admin:import_form")).content.decode()


@pytest.mark.django_db
def test_moderators_and_strangers_cannot_import(client, located, make_user):
    territory_a, _b = located
    from territories.models import TerritoryRole

    moderator = make_user("mod", team(territory_a, TerritoryRole.Role.MODERATORS))
    client.force_login(moderator)
    assert client.get(reverse("actors_admin:import_form")).status_code == 403


@pytest.mark.django_db
def test_wrong_extension_is_refused_in_the_form(client, located, editor_a):
    territory_a, _b = located
    client.force_login(editor_a)
    response = client.post(
        reverse("actors_admin:import_form"),
        {"territory": territory_a.pk, "file": SimpleUploadedFile("a.exe", b"MZ"), "source": "x"},
    )
    assert response.status_code == 200 and "n’est pas autorisée" in response.content.decode()
    assert not ActorImport.objects.exists()


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_import_runs_on_a_real_celery_worker(celery_worker, client, located, editor_a):
    territory_a, _b = located
    client.force_login(editor_a)
    upload(client, territory_a, CSV)
    actor_import = ActorImport.objects.get()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        actor_import.refresh_from_db()
        if actor_import.finished:
            break
        time.sleep(0.2)
    assert actor_import.status == ActorImport.Status.DONE, actor_import.summary
    assert Actor.objects.filter(territory=territory_a).count() == 2


@pytest.mark.django_db
def test_status_shows_the_live_progress_of_a_running_import(client, located, editor_a):
    """Progress is read from the cache while the import runs: its rows are written in one
    transaction, so the import's own row only changes once everything is committed."""
    territory_a, _b = located
    client.force_login(editor_a)
    upload(client, territory_a, CSV)  # queued after commit: here it never starts
    actor_import = ActorImport.objects.get()
    url = reverse("actors_admin:import_status", args=[actor_import.pk])

    import_progress.save(actor_import.pk, 3000, 0)  # still checking the file
    page = client.get(url).content.decode()
    assert "Vérification du fichier : 3000 lignes lues." in page
    assert client.get(url, {"format": "json"}).json()["rows_done"] == 3000

    import_progress.save(actor_import.pk, 1000, 4000)  # writing
    body = client.get(url, {"format": "json"}).json()
    assert (body["rows_done"], body["rows_total"], body["percent"]) == (1000, 4000, 25)
    assert "1000 lignes écrites sur 4000." in client.get(url).content.decode()


@pytest.mark.django_db
def test_the_progress_json_says_the_rows_in_words_and_stays_in_the_territory(
    client, located, editor_a
):
    territory_a, territory_b = located
    client.force_login(editor_a)
    upload(client, territory_a, CSV)  # queued after commit: here it never starts
    actor_import = ActorImport.objects.get()
    url = reverse("actors_admin:import_status", args=[actor_import.pk])
    body = client.get(url, {"format": "json"}).json()
    assert (body["status"], body["finished"], body["rows_label"]) == (
        "pending",
        False,
        "En attente de démarrage…",
    )
    page = client.get(url).content.decode()
    assert "actors/js/import_status.js" in page and "data-import-progress" in page
    assert '<noscript><meta http-equiv="refresh"' in page

    import_progress.save(actor_import.pk, 1, 2)
    assert client.get(url, {"format": "json"}).json()["rows_label"] == "1 ligne écrite sur 2."

    theirs = ActorImportFactory(
        territory=territory_b, file=SimpleUploadedFile("b.csv", b"x"), summary="secret de Beta"
    )
    import_progress.save(theirs.pk, 5, 10)
    other = reverse("actors_admin:import_status", args=[theirs.pk])
    response = client.get(other, {"format": "json"})
    assert response.status_code == 404 and b"secret" not in response.content


def _rows(count):
    lines = ["external_id;name;kind;latitude;longitude"]
    lines += [f"r{n};Acteur {n};entreprise;48.82;2.41" for n in range(count)]
    return "\n".join(lines) + "\n"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_a_broker_the_upload_answers_at_once_and_the_page_follows_the_run(
    client, located, editor_a, eager_tasks, settings
):
    """No REDIS_URL (``make run``): the run goes to a thread of the web process, so the
    upload does not wait for it, and the polled JSON shows its rows as they go."""
    settings.ACTOR_IMPORT_IN_THREAD = True
    territory_a, _b = located
    client.force_login(editor_a)
    client.get(reverse("actors_admin:import_form"))
    response = upload(client, territory_a, _rows(4000))
    assert response.status_code == 302
    actor_import = ActorImport.objects.get()
    url = reverse("actors_admin:import_status", args=[actor_import.pk])
    seen = [client.get(url, {"format": "json"}).json()]
    assert not seen[0]["finished"]  # the upload did not run it
    deadline = time.monotonic() + 300  # a loaded machine is slow, never this slow
    while not seen[-1]["finished"] and time.monotonic() < deadline:
        time.sleep(0.02)
        seen.append(client.get(url, {"format": "json"}).json())
    for thread in threading.enumerate():
        if thread.name == f"import-{actor_import.pk}":
            thread.join(30)
    assert seen[-1]["status"] == "done", seen[-1]
    assert Actor.objects.filter(territory=territory_a).count() == 4000
    # Rows were seen going by, checked then written, before the end.
    under_way = [(s["rows_done"], s["rows_total"]) for s in seen if not s["finished"]]
    assert any(done > 0 for done, _total in under_way), (len(seen), seen[:3], seen[-2:])
    assert all(s["rows_label"] for s in seen)
    page = client.get(url).content.decode()
    assert "Terminé" in page and "import_status.js" not in page
