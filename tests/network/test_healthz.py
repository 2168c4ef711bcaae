import pytest

from django.test import override_settings


@pytest.mark.django_db
def test_healthz_reports_each_service(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert all(check["status"] in {"ok", "in-process"} for check in body["checks"].values())
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
@override_settings(REDIS_URL="redis://127.0.0.1:1/0", CELERY_BROKER_URL="redis://127.0.0.1:1/0")
def test_healthz_answers_503_when_the_broker_is_unreachable(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["broker"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
