from .pages import TRANSLATED, BasePage, IntroPage, stands_in_for_translation
from .site_settings import SiteSettings

__all__ = ["TRANSLATED", "BasePage", "IntroPage", "SiteSettings", "stands_in_for_translation"]
