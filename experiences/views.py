"""Admin views: the territory team lists and invites its pioneers.

Editors of a territory invite into their territory only (the network team into any);
everyone else gets 403. A pioneer of another territory answers 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from territories.models import Territory, TerritoryRole

from .forms import PioneerInviteForm
from .services import invite_pioneer, inviting_territories, pioneers_of, queue_invitation


class InvitingMixin:
    def dispatch(self, request, *args, **kwargs):
        self.territories = list(inviting_territories(request.user).order_by("name"))
        if not self.territories:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PioneersView(InvitingMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "experiences/admin/pioneers.html"
    form_class = PioneerInviteForm
    page_title = _("Pionniers")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        ids = [territory.pk for territory in self.territories]
        territories = Territory.objects.filter(pk__in=ids).order_by("name")
        return {**super().get_form_kwargs(), "territories": territories}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roles = (
            TerritoryRole.objects.filter(
                role=TerritoryRole.Role.PIONEERS, territory__in=self.territories
            )
            .select_related("territory")
            .prefetch_related("group__user_set")
            .order_by("territory__name")
        )
        context["pioneers"] = [
            (role.territory, user)
            for role in roles
            for user in sorted(role.group.user_set.all(), key=lambda u: (u.last_name, u.email))
        ]
        return context

    def form_valid(self, form):
        user = invite_pioneer(
            territory=form.cleaned_data["territory"],
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
            email=form.cleaned_data["email"],
            by=self.request.user,
        )
        messages.success(
            self.request,
            _(
                "Invitation envoyée à %(email)s : le compte sera utilisable une fois le mot de passe choisi."
            )
            % {"email": user.email},
        )
        return redirect("experiences_pioneers:index")


class ResendInvitationView(InvitingMixin, View):
    http_method_names = ["post"]

    def post(self, request, user_id):
        user = pioneers_of(self.territories).filter(pk=user_id).first()
        if user is None:
            raise Http404
        territory = next(
            t
            for t in self.territories
            if TerritoryRole.objects.filter(
                territory=t, role=TerritoryRole.Role.PIONEERS, group__user=user
            ).exists()
        )
        if user.has_usable_password():
            messages.info(
                request, _("%(email)s a déjà choisi son mot de passe.") % {"email": user.email}
            )
        else:
            queue_invitation(user, territory, request.user)
            messages.success(request, _("Invitation renvoyée à %(email)s.") % {"email": user.email})
        return redirect(reverse("experiences_pioneers:index"))
