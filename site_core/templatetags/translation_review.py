from django import template

register = template.Library()


@register.simple_tag
def review_workflow(instance, page_perms):
    """The review workflow a translator may submit this page to, if any: none for snippets,
    for pages already in review, or for users who may publish themselves."""
    if page_perms is None or not page_perms.can_edit() or page_perms.can_publish():
        return None
    if instance.workflow_in_progress:
        return None
    return instance.get_workflow()
