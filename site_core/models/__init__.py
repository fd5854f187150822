from .pages import BasePage, IntroPage
from .site_settings import SiteSettings

__all__ = ["BasePage", "IntroPage", "SiteSettings"]
