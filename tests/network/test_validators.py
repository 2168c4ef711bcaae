import pytest

from django.core.exceptions import ValidationError

from network.validators import contrast_ratio, validate_brand_colour, validate_insee_code
from tests.module_data import shared_territories

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colour", ["#1d4e89", "#00796B", "#000000"])
def test_dark_colours_are_accepted(colour):
    validate_brand_colour(colour)


@pytest.mark.parametrize(
    ("colour", "message"),
    [("#ffcc00", "trop claire"), ("#999999", "4,5:1"), ("rouge", "#RRGGBB"), ("#12345", "#RRGGBB")],
)
def test_bad_colours_are_refused_with_a_french_message(colour, message):
    with pytest.raises(ValidationError) as error:
        validate_brand_colour(colour)
    assert message in " ".join(error.value.messages)


@pytest.mark.parametrize("code", ["94018", "2A004", "2B033"])
def test_insee_codes(code):
    validate_insee_code(code)


@pytest.mark.parametrize("code", ["9401", "940180", "2C004", "ABCDE"])
def test_bad_insee_codes(code):
    with pytest.raises(ValidationError):
        validate_insee_code(code)


@pytest.mark.django_db
def test_site_identity_admin_refuses_an_unreadable_colour(client, territory_a, editor_a):
    from network.models import SiteIdentity

    client.force_login(editor_a)
    url = f"/admin/settings/network/siteidentity/{territory_a.site.pk}/"
    response = client.post(url, {"short_name": "Alpha", "main_colour": "#ffee88"})
    assert response.status_code == 200
    assert "trop claire" in response.content.decode()
    assert SiteIdentity.for_site(territory_a.site).main_colour != "#ffee88"

    response = client.post(url, {"short_name": "Alpha", "main_colour": "#5d4037"})
    assert response.status_code == 302
    assert SiteIdentity.for_site(territory_a.site).main_colour == "#5d4037"
