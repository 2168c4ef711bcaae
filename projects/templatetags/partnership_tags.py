"""``{% actor_partnerships actor as p %}``, ``{% actor_actions actor as a %}`` and
``{% project_partnerships page as p %}``: the context of the includes of actor cards and
project pages, so the pages embedding them need no view change."""

from django import template

from projects import actor_actions as actions
from projects import partnerships

register = template.Library()


@register.simple_tag(takes_context=True)
def actor_partnerships(context, actor):
    return partnerships.actor_partnerships(actor, context.get("request"))


@register.simple_tag(takes_context=True)
def actor_actions(context, actor):
    return actions.actor_actions(actor, context.get("request"))


@register.simple_tag(takes_context=True)
def project_partnerships(context, project):
    return partnerships.project_partnerships(project, context.get("request"))
