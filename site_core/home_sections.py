"""Sections of the home page contributed by other apps.

The home page must not import the news, events or audio apps, so each of them registers a
Wagtail hook ``register_home_section`` returning a function ``(request, home_page)`` that gives
a ``HomeSection`` to show, or ``None`` when it has nothing to show.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "register_home_section"


@dataclass
class HomeSection:
    key: str
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


def home_sections(request, home_page) -> list[HomeSection]:
    sections = []
    for provider in hooks.get_hooks(HOOK_NAME):
        section = provider(request, home_page)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
