from .pages import NewsIndexPage, NewsPage, NewsPageTag
from .snippets import Author, NewsCategory

__all__ = ["Author", "NewsCategory", "NewsIndexPage", "NewsPage", "NewsPageTag"]
