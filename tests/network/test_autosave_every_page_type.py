"""Autosave on a new page, for every page type an editor can create in the admin.

Wagtail 8 autosaves a new page as soon as its title is typed: it posts the form as the
browser holds it (title typed, every other field at its initial value) and expects JSON.
A type whose draft cannot be saved with the title alone answers 400 again and again. The
walk starts from the bare tree and creates each type under pages it created itself, so a
page type added later is walked without anyone listing it here.
"""

import json

import pytest

from django import forms
from django.urls import reverse

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockWidget
from wagtail.models import Page, RevisionMixin, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from actors.models import Actor
from events.models import EventPage
from tests.actors.factories import ActorFactory
from tests.territories.factories import UserFactory

JSON = {"HTTP_ACCEPT": "application/json"}
TITLE = "Une première page"
AUTOSAVE = "data-w-autosave-interval-value"  # on the form of a page that autosaves


def creatable_types():
    """Page types an editor can create in the admin (some parent type lets them in)."""
    return [
        model
        for model in get_page_models()
        if model is not Page and model.is_creatable and model.allowed_parent_page_models()
    ]


def code_only_types():
    """Page types created by code only (a territory's projects index): the walk adds them
    under the pages it creates, as provisioning does, to reach their children."""
    return [
        model for model in get_page_models() if model is not Page and model not in creatable_types()
    ]


def add_code_only_children(page):
    added = []
    for model in code_only_types():
        if type(page.specific) in model.clean_parent_page_models():
            added.append(page.add_child(instance=model(title=model._meta.verbose_name)))
    return added


def browser_form(model, parent, user, form_class=None):
    """What the browser posts for a new page once its title is typed: every field at its
    initial value, the stream and rich-text fields and the inline panels empty."""
    form_class = form_class or model.get_edit_handler().get_form_class()
    kwargs = {"parent_page": parent} if parent is not None else {}
    form = form_class(instance=model(), for_user=user, **kwargs)
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, BlockWidget):
            data[name] = streamfield([])
        elif isinstance(field.widget, DraftailRichTextArea):
            data[name] = rich_text("")
        elif isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            data[name] = [str(v) for v in value or []]
        elif value is None:
            data[name] = ""
        else:
            data[name] = field.widget.format_value(value) or ""
    for name in form.formsets:
        data[name] = inline_formset([])
    if parent is not None:
        data.update(title=TITLE, slug="")
    return nested_form_data(data)


def form_errors(model, parent, user):
    """The errors behind a refused autosave (its JSON names none), as the view sees them."""
    form_class = model.get_edit_handler().get_form_class()
    form = form_class(
        browser_form(model, parent, user), instance=model(), parent_page=parent, for_user=user
    )
    form.defer_required_fields()  # as Wagtail does for a draft
    form.is_valid()
    return {
        "form": form.errors.get_json_data(),
        "formsets": {name: formset.errors for name, formset in form.formsets.items()},
    }


def autosave(client, model, parent, user):
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    return client.post(url, browser_form(model, parent, user), **JSON)


@pytest.mark.django_db
def test_autosave_of_a_new_page_answers_200_for_every_page_type(client):
    user = UserFactory(username="admin-autosave", superuser=True)
    client.force_login(user)
    root = Page.get_first_root_node()
    parents = [root]  # pages the walk may create under, itself included as it goes
    pending = creatable_types()
    walked, failures = [], []
    while pending:
        progressed = False
        for model in list(pending):
            parent = next(
                (
                    page
                    for page in parents
                    if type(page.specific) in model.clean_parent_page_models()
                    and model.can_create_at(page.specific)
                ),
                None,
            )
            if parent is None:
                continue
            pending.remove(model)
            progressed = True
            response = autosave(client, model, parent, user)
            body = response.content.decode()
            if response.status_code != 200 or not json.loads(body).get("success"):
                errors = form_errors(model, parent, user)
                failures.append(f"{model._meta.label}: {response.status_code} {errors}")
                continue
            page = Page.objects.get(pk=response.json()["pk"])
            assert page.title == TITLE and not page.live and page.slug
            walked.append(model._meta.label)
            parents += [page, *add_code_only_children(page)]
        if not progressed:
            break
    assert failures == []
    unreachable = [model._meta.label for model in pending]
    assert unreachable == [], "no parent could be created for these types"
    assert {"events.EventPage", "experiences.ExperiencePage", "projects.ProjectPage"} <= set(walked)


@pytest.mark.django_db
def test_an_event_draft_needs_no_dates_but_publishing_does(client, network_home):
    user = UserFactory(username="admin-evenement", superuser=True)
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", network_home.pk])
    data = browser_form(EventPage, network_home, user)

    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 200  # the form again, its errors named
    html = response.content.decode()
    assert html.count("Champ requis") >= 2  # start and end (the summary too)
    assert not EventPage.objects.exists()

    response = client.post(url, data)  # « Enregistrer le brouillon »
    assert response.status_code == 302
    draft = EventPage.objects.get()
    assert (draft.start, draft.end, draft.live, draft.is_past) == (None, None, False, False)
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk])
    assert client.post(preview, data).json()["is_valid"]
    assert client.get(preview).status_code == 200


@pytest.mark.django_db
def test_revisioned_snippets_autosave_a_new_object_or_say_they_do_not(client, territory_a):
    """Snippets with revisions get Wagtail's autosave too: on a new object it must either
    answer 200 or be off (the actor's create page: its kind and territory cannot wait)."""
    user = UserFactory(username="admin-snippets", superuser=True)
    client.force_login(user)
    revisioned = [model for model in get_snippet_models() if issubclass(model, RevisionMixin)]
    assert Actor in revisioned
    for model in revisioned:
        viewset = model.snippet_viewset
        add = reverse(viewset.get_url_name("add"))
        html = client.get(add).content.decode()
        if AUTOSAVE not in html:
            continue  # autosave off on this create page
        data = browser_form(model, None, user, form_class=viewset.get_form_class())
        response = client.post(add, data, **JSON)
        assert response.status_code == 200, (model, response.content.decode()[:300])

    # The actor's own pages: no autosave while it is new, autosave once it exists.
    add = client.get(reverse("wagtailsnippets_actors_actor:add")).content.decode()
    assert AUTOSAVE not in add
    actor = ActorFactory(territory=territory_a)
    edit = reverse("wagtailsnippets_actors_actor:edit", args=[actor.pk])
    assert AUTOSAVE in client.get(edit).content.decode()
