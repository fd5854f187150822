from zoneinfo import ZoneInfo

from django.db import migrations, models

from events.occurrences import last_end


def fill_last_ends(apps, schema_editor):
    """Existing events get the bound that saving them now works out."""
    EventPage = apps.get_model("events", "EventPage")
    SiteSettings = apps.get_model("site_core", "SiteSettings")
    names = SiteSettings.objects.values_list("time_zone", flat=True)
    zones = {ZoneInfo("UTC"), *(ZoneInfo(name) for name in names if name)}
    events = list(EventPage.objects.all())
    for event in events:
        event.last_ends_at = last_end(event, zones)
    EventPage.objects.bulk_update(events, ["last_ends_at"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("site_core", "0002_sitesettings_time_zone"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="last_ends_at",
            field=models.DateTimeField(
                editable=False,
                help_text="Worked out on save; empty for an event that repeats without end.",
                null=True,
                verbose_name="last occurrence ends at",
            ),
        ),
        migrations.RunPython(fill_last_ends, migrations.RunPython.noop, elidable=True),
    ]
