"""Month names in the form Kazakh dates need.

Django's Kazakh catalogue capitalises month names even inside a date ("30 Желтоқсан"), where
Kazakh writes them in lower case ("30 желтоқсан"). Marking Django's own "alt. month" strings here
keeps them in the project's catalogues, which take precedence over Django's.
"""

from django.utils.translation import gettext_lazy, pgettext_lazy

ALT_MONTHS = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]

# Django's Kazakh catalogue abbreviates Tuesday as "Сб", which reads as Saturday; the project's
# catalogues give every language its own weekday abbreviations for the calendar's columns.
WEEKDAY_ABBREVIATIONS = [
    gettext_lazy("Mon"),
    gettext_lazy("Tue"),
    gettext_lazy("Wed"),
    gettext_lazy("Thu"),
    gettext_lazy("Fri"),
    gettext_lazy("Sat"),
    gettext_lazy("Sun"),
]
