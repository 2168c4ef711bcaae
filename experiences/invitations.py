"""The e-mail inviting a new pioneer to set a first password (sent by ``tasks``)."""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def invitation_link(user: "User") -> str:
    """A link to set a first password (Wagtail's password reset confirmation)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation_email(user: "User", territory: Any, by: "User | None" = None) -> int:
    context = {
        "user": user,
        "territory": territory,
        "by": by,
        "link": invitation_link(user),
        "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
    }
    subject = render_to_string("experiences/emails/pioneer_invitation_subject.txt", context)
    body = render_to_string("experiences/emails/pioneer_invitation.txt", context)
    return send_mail(" ".join(subject.split()), body, None, [user.email])
