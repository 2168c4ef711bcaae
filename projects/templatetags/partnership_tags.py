"""``{% actor_partnerships actor as p %}`` and ``{% project_partnerships page as p %}``: the
context of the partnership includes, so the pages embedding them need no view change."""

from django import template

from projects import partnerships

register = template.Library()


@register.simple_tag(takes_context=True)
def actor_partnerships(context, actor):
    return partnerships.actor_partnerships(actor, context.get("request"))


@register.simple_tag(takes_context=True)
def project_partnerships(context, project):
    return partnerships.project_partnerships(project, context.get("request"))
