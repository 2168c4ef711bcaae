"""The one parser of public parameters (``network.params``): strict readers, French messages
naming the parameter, the middleware's 400 answers and the form fields' control check."""

import pytest

from django import forms
from django.http import QueryDict

from network import params
from network.params import ParameterError
from tests.module_data import shared_territories

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def query(text: str) -> QueryDict:
    return QueryDict(text)


def refused(reader, text, *args, **kwargs) -> str:
    with pytest.raises(ParameterError) as caught:
        reader(query(text), *args, **kwargs)
    return caught.value


# --- integers: ASCII digits only, bounded -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"), [("zoom=0", 0), ("zoom=20", 20), ("zoom=%2B7", None), ("zoom=%207%20", 7)]
)
def test_integer_reads_ascii_digits_within_bounds(text, value):
    if value is None:
        refused(params.integer, text, "zoom", minimum=0, maximum=20)
    else:
        assert params.integer(query(text), "zoom", minimum=0, maximum=20) == value


@pytest.mark.parametrize(
    "raw",
    [
        "²",  # isdigit() says yes, int() says no
        "①",
        "٣",  # int() says 3
        "３",  # fullwidth
        "1²",
        "-1",
        "21",
        "1.5",
        "1e3",
        "0x10",
        "9" * 20,
        "9" * 5000,  # beyond int()'s 4300 digits
        "",
    ],
)
def test_integer_refuses_everything_else_naming_the_parameter(raw):
    data = QueryDict(mutable=True)
    data["zoom"] = raw
    if raw == "":
        assert params.integer(data, "zoom", minimum=0, maximum=20, default=5) == 5
        return
    with pytest.raises(ParameterError) as caught:
        params.integer(data, "zoom", minimum=0, maximum=20)
    error = caught.value
    assert error.parameter == "zoom"
    assert error.message == "Le paramètre « zoom » doit être un nombre entier entre 0 et 20."


def test_page_is_one_by_default_and_bounded():
    assert params.page(query("")) == 1
    assert params.page(query("page=3")) == 3
    assert "entre 1 et 100\u202f000" in refused(params.page, "page=0").message
    assert refused(params.page, "page=100001").parameter == "page"


# --- text: control characters, length, repeats --------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x01", "\t", "\n", "\x1b", "\x7f", "\x85", "\x9f"])
def test_text_refuses_control_characters(char):
    data = QueryDict(mutable=True)
    data["q"] = f"jar{char}din"
    with pytest.raises(ParameterError) as caught:
        params.text(data, "q", max_length=100)
    assert caught.value.parameter == "q"
    assert caught.value.message == (
        f"Le paramètre « q » contient un caractère de contrôle (U+{ord(char):04X}), "
        "qui n’est pas accepté : retirez-le."
    )


def test_text_collapses_spaces_then_caps_the_length():
    assert params.text(query("q=%20%20jardins%20%20partag%C3%A9s%20"), "q") == "jardins partagés"
    assert params.text(query("q=" + "x" * 100), "q", max_length=100) == "x" * 100
    error = refused(params.text, "q=" + "x" * 10_000, "q", max_length=100)
    assert error.message == "Le paramètre « q » compte 10\u202f000 caractères : 100 au plus."


def test_a_single_parameter_given_twice_is_refused():
    error = refused(params.single, "tri=recent&tri=ancien", "tri")
    assert error.message == (
        "Le paramètre « tri » est donné 2 fois : une seule valeur est attendue."
    )
    assert params.single(query(""), "tri") == ""


def test_choice():
    assert params.choice(query("tri=ancien"), "tri", ["recent", "ancien"]) == "ancien"
    assert params.choice(query(""), "tri", ["recent", "ancien"], default="recent") == "recent"
    error = refused(params.choice, "tri=n%27importe", "tri", ["recent", "ancien"])
    assert error.message == "Le paramètre « tri » doit valoir « recent » ou « ancien »."
    assert refused(params.choice, "format=xml", "format", ["fragment"]).message == (
        "Le paramètre « format » doit valoir « fragment »."
    )


# --- lists ---------------------------------------------------------------------------------


def test_slugs_are_split_deduplicated_and_capped():
    assert params.slugs(query("kind=a,b&kind=c,a&kind=,"), "kind") == ["a", "b", "c"]
    error = refused(params.slugs, "kind=" + ",".join(f"k{n}" for n in range(31)), "kind")
    assert error.message == "Le paramètre « kind » compte 31 valeurs : 30 au plus."
    error = refused(params.slugs, "kind=%C3%A9cole", "kind")
    assert error.parameter == "kind" and "« école » n’en est pas un" in error.message
    assert refused(params.slugs, "kind=" + "a" * 121, "kind").parameter == "kind"


def test_values_keep_any_text_but_check_each():
    assert params.values(query("theme=a&theme=%20b%20&theme=a&theme="), "theme") == ["a", "b"]
    assert refused(params.values, "theme=a&theme=b%00", "theme").parameter == "theme"
    assert refused(params.values, "theme=" + "x" * 201, "theme").parameter == "theme"


# --- bbox: ASCII decimals --------------------------------------------------------------------


def test_bbox():
    assert params.bbox(query("bbox=2.2,48.7,2.6,48.95")) == (2.2, 48.7, 2.6, 48.95)
    assert params.bbox(query("")) is None
    for bad in ("1,2,3", "nan,1,inf,2", "2.6,48.7,2.2,48.95", "1e1,2,3,4", "٣,1,4,2", "1,2,,4"):
        data = QueryDict(mutable=True)
        data["bbox"] = bad
        with pytest.raises(ParameterError) as caught:
            params.bbox(data)
        assert "« bbox » attend quatre nombres" in caught.value.message, bad


def test_names_and_values_are_quoted_without_their_control_characters():
    assert params.shown("a\x00b") == "aU+0000b"
    assert params.shown("x" * 100) == "x" * 39 + "…"
    data = QueryDict(mutable=True)
    data["\x00"] = "1"
    with pytest.raises(ParameterError) as caught:
        params.check_query(data)
    assert "« U+0000 »" in caught.value.message


# --- answers -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_middleware_answers_400_naming_the_parameter(client, territory_a):
    page = client.get("/carte/", {"format": "xml"}, HTTP_HOST="alpha.localhost")
    assert page.status_code == 400
    html = page.content.decode()
    assert "Le paramètre « format » doit valoir « fragment »." in html and 'role="alert"' in html

    # A control character in any parameter, read or not, stops the request before the view.
    page = client.get("/carte/?inconnu=a%01b", HTTP_HOST="alpha.localhost")
    assert page.status_code == 400
    assert "Le paramètre « inconnu » contient un caractère de contrôle (U+0001)" in (
        page.content.decode()
    )
    # ... and in the path.
    page = client.get("/bibliotheque/a%00b/", HTTP_HOST="alpha.localhost")
    assert page.status_code == 400
    assert "L’adresse demandée contient un caractère de contrôle (U+0000)" in (
        page.content.decode()
    )


@pytest.mark.django_db
def test_json_views_answer_400_in_json(client, territory_a):
    response = client.get("/api/actors.geojson?q=%00", HTTP_HOST="alpha.localhost")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json() == {
        "parameter": "q",
        "error": "Le paramètre « q » contient un caractère de contrôle (U+0000), "
        "qui n’est pas accepté : retirez-le.",
    }


# --- public forms --------------------------------------------------------------------------


class Example(params.StrictTextForm):
    name = forms.CharField(label="Votre nom")
    message = forms.CharField(label="Votre message", widget=forms.Textarea)
    kind = forms.ChoiceField(label="Type", choices=[("a", "A")])
    tags = forms.MultipleChoiceField(label="Étiquettes", choices=[("a", "A")], required=False)


def test_form_fields_refuse_control_characters_naming_the_field():
    form = Example({"name": "Ana\x00", "message": "ligne\r\n\tsuite\x0b", "kind": "a\x00"})
    assert not form.is_valid()
    assert form.errors["name"] == [
        "« Votre nom » contient un caractère de contrôle (U+0000), "
        "qui n’est pas accepté : retirez-le."
    ]
    assert "(U+000B)" in form.errors["message"][0]
    assert form.errors["kind"][0].startswith("« Type » contient")
    data = QueryDict("name=Ana&message=a&kind=a&tags=a&tags=b%00")
    assert Example(data).errors["tags"][0].startswith("« Étiquettes » contient")


def test_text_areas_keep_line_breaks_and_tabs():
    form = Example({"name": "Ana", "message": "ligne\r\n\tsuite", "kind": "a"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["message"] == "ligne\r\n\tsuite"
