"""English names of the public holidays the `holidays` package gives without a Kazakh or
Russian name (Kazakhstan's in Russian, the United Kingdom's in both), marked here so that
makemessages keeps them in the catalogues: ``closures.closed_days`` looks them up with gettext.
A name missing here and in the catalogues is shown in English, never dropped."""

from django.utils.translation import gettext_noop

# Suffixes the package appends to a name, translated as patterns around the translated name.
OBSERVED = gettext_noop("%(name)s (observed)")
ESTIMATED = gettext_noop("%(name)s (estimated)")
SUBSTITUTED_DAY_OFF = gettext_noop("Day off (substituted from %(date)s)")

KAZAKHSTAN = [
    gettext_noop("New Year's Day"),
    gettext_noop("Orthodox Christmas"),
    gettext_noop("International Women's Day"),
    gettext_noop("Nowruz Holiday"),
    gettext_noop("Kazakhstan's People Solidarity Holiday"),
    gettext_noop("Defender of the Fatherland Day"),
    gettext_noop("Victory Day"),
    gettext_noop("Capital Day"),
    gettext_noop("Constitution Day"),
    gettext_noop("Republic Day"),
    gettext_noop("First President Day"),
    gettext_noop("Independence Day"),
    gettext_noop("Eid al-Adha"),
]

UNITED_KINGDOM = [
    gettext_noop("Good Friday"),
    gettext_noop("Easter Monday"),
    gettext_noop("May Day"),
    gettext_noop("Early May Bank Holiday"),
    gettext_noop("Spring Bank Holiday"),
    gettext_noop("Late Summer Bank Holiday"),
    gettext_noop("Summer Bank Holiday"),
    gettext_noop("Christmas Day"),
    gettext_noop("Boxing Day"),
    gettext_noop("New Year Holiday"),
    gettext_noop("Saint Patrick's Day"),
    gettext_noop("Battle of the Boyne"),
    gettext_noop("Saint Andrew's Day"),
    gettext_noop("Coronation of Charles III"),
    gettext_noop("State Funeral of Queen Elizabeth II"),
    gettext_noop("Platinum Jubilee of Elizabeth II"),
]
