"""Working wagtail-localize's translation editor as a translator does, in any admin language."""

from playwright.sync_api import expect


def translate_segments(page, translations: dict[str, str], translate: str = "Translate", save: str = "Save"):
    """Opens each source segment, types its translation and saves it; ``translate`` and ``save``
    are the two buttons' labels in the translator's admin language."""
    for source, target in translations.items():
        segment = page.locator("li").filter(has=page.locator("p", has_text=source)).last
        segment.get_by_role("button", name=translate).click()
        segment.locator("textarea").fill(target)
        segment.get_by_role("button", name=save).click()
        expect(segment.locator("textarea")).to_have_count(0)
        expect(segment).to_contain_text(target)
