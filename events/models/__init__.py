from .pages import EventCalendarPage, EventPage
from .snippets import EventCategory

__all__ = ["EventCalendarPage", "EventCategory", "EventPage"]
