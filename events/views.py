from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Site

from network.models import SiteIdentity
from network.public_forms import rate_limited, too_many
from network.restrictions import public

from .forms import RegistrationForm
from .models import EventPage
from .services import RegistrationRefused, calendar_for, feed_events, register

REFUSALS = {
    "closed": _("Les inscriptions sont closes."),
    "full": _("L’événement est complet."),
    "duplicate": _("Cette adresse est déjà inscrite."),
}


def event_detail(event, request):
    """An event page with its registration form; ``wagtail_hooks`` hands it the POSTs."""
    form = RegistrationForm()
    if request.method == "POST":
        if not event.registration_open:
            raise Http404
        if rate_limited(request):  # the shared counter of every public form, per address
            return too_many(request)
        form = RegistrationForm(request.POST)
        if form.is_bot:
            # Pretend it worked; record nothing.
            messages.success(request, _("Votre inscription est enregistrée."))
            return redirect(event.get_url(request))
        if form.is_valid():
            try:
                registration = register(
                    event,
                    form.cleaned_data["name"],
                    form.cleaned_data["email"],
                    site_url=event.get_full_url(request),
                )
            except RegistrationRefused as refusal:
                form.add_error(None, REFUSALS[str(refusal)])
            else:
                if registration.status == registration.Status.CONFIRMED:
                    messages.success(
                        request, _("Votre inscription est confirmée ; un courriel suit.")
                    )
                else:
                    messages.info(
                        request,
                        _(
                            "L’événement est complet : vous êtes sur la liste d’attente ; un courriel suit."
                        ),
                    )
                return redirect(event.get_url(request))
    context = event.get_context(request)
    context["form"] = form
    return TemplateResponse(
        request, event.get_template(request), context, status=400 if form.errors else 200
    )


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, pk: int):
    """One event as an .ics file, on the host of the site that holds it."""
    site = Site.find_for_request(request)
    event = public(EventPage.objects.live().filter(pk=pk)).first()
    if site is None or event is None or not event.path.startswith(site.root_page.path):
        raise Http404
    content = calendar_for([event], name=event.title, urls={event.pk: event.get_full_url(request)})
    return _ics_response(content, f"{event.slug}.ics")


def agenda_ics(request):
    """The iCalendar feed of the current site's events."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    events = list(feed_events(site.root_page))
    identity = SiteIdentity.for_site(site)
    urls = {event.pk: event.get_full_url(request) for event in events}
    content = calendar_for(events, name=identity.short_name or site.site_name, urls=urls)
    return _ics_response(content, "agenda.ics")
