"""The personal link of the need proposal (« Publier un besoin »), e-mailed to a card's
contact who asked for it from the card.

It is signed with a salt of its own: an actor's update link (``actors.signup``) does not open
the need proposal, nor this link the update form. It names the approved sign-up whose
contact asked, so the need is filed under that person without the form showing or asking
anything about them.
"""

from datetime import timedelta

from actors.models import ActorSignup
from network.public_forms import ExpiredLink, read_link, sign_link

NEED_TOKEN_SALT = "projects.need-proposal-link"
NEED_TOKEN_MAX_AGE = timedelta(days=30)


def make_need_token(origin: ActorSignup) -> str:
    return sign_link(NEED_TOKEN_SALT, {"a": origin.actor_id, "s": origin.pk})


def read_need_token(token: str) -> ActorSignup:
    """The approved sign-up the link was made for. Raises InvalidLink or ExpiredLink."""
    payload = read_link(token, salt=NEED_TOKEN_SALT, max_age=NEED_TOKEN_MAX_AGE, keys=("a", "s"))
    origin = (
        ActorSignup.objects.filter(
            pk=payload["s"], actor_id=payload["a"], status=ActorSignup.Status.APPROVED
        )
        .select_related("actor", "territory")
        .first()
    )
    if origin is None:
        raise ExpiredLink
    return origin
