"""A contribution's admin page: what was proposed, the team's answer, and the history.

The territory team writes its answer in the contribution's own form (« Votre réponse »);
saving sends it by e-mail to the contributor and keeps it, with who wrote it and when
(``projects.contributions.contribution_follow_up``, called by the snippet's edit view in
``wagtail_hooks``). The history panel lists the contribution's arrival, every answer and
every change of state.

A module of its own, importing no models: ``projects.models`` builds its panels from it.
"""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel

from .choices import ContributionStatus

ANSWER_MAX_LENGTH = 5000


class ContributionAdminForm(WagtailAdminModelForm):
    """The state, and an answer to e-mail (a form field only: it is kept as an event)."""

    answer = forms.CharField(
        label=_("Votre réponse"),
        required=False,
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        email = getattr(self.instance, "email", "")
        if "answer" in self.fields and email:
            self.fields["answer"].help_text = _(
                "Envoyée par courriel à %(email)s quand vous enregistrez, et gardée dans "
                "l’historique ci-dessous. La proposition passe alors à « Répondue »."
            ) % {"email": email}

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        cleaned["answer"] = (cleaned.get("answer") or "").strip()
        if cleaned["answer"] and cleaned.get("status") == ContributionStatus.NEW:
            cleaned["status"] = ContributionStatus.ANSWERED
        return cleaned


class ContributionHistoryPanel(Panel):
    """The contribution's arrival, then its events (answers, changes of state), oldest first."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "projects/admin/contribution_history.html"

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context: dict[str, Any] = super().get_context_data(parent_context)
            contribution = self.instance
            context["contribution"] = contribution
            context["events"] = (
                contribution.events.select_related("author", "notification")
                if contribution.pk
                else []
            )
            return context
