from django.db import migrations


def record(apps, schema_editor):
    # Real models, not historical ones: segments are extracted with wagtail-localize, which needs
    # the page classes. Only content that exists now is read; a new database has none.
    from wagtail.models import Page

    if not Page.objects.filter(depth__gt=1).exists():
        return
    from translation_state.backfill import record_existing

    record_existing()


class Migration(migrations.Migration):
    dependencies = [
        ("translation_state", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("news", "0003_carries_legal_information"),
        ("events", "0003_carries_legal_information"),
        ("home", "0002_carries_legal_information"),
        ("infopages", "0002_carries_legal_information"),
        ("audio", "0002_carries_legal_information"),
        ("closures", "0001_initial"),
        ("notices", "0001_initial"),
    ]

    operations = [migrations.RunPython(record, migrations.RunPython.noop)]
