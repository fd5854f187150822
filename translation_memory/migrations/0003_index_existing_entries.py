"""Indexes the words of the entries remembered before the index existed."""

import re

from django.db import migrations


def stems(text):
    """As translation_memory.models.stems was when this migration was written."""
    words = re.findall(r"\w+", re.sub(r"<[^>]*>", " ", text).lower())
    return {word[:4] for word in words}


def index_entries(apps, schema_editor):
    MemoryEntry = apps.get_model("translation_memory", "MemoryEntry")
    MemoryWord = apps.get_model("translation_memory", "MemoryWord")
    rows = MemoryEntry.objects.values_list("pk", "source_language", "target_language", "source_text")
    batch = []
    for pk, source_language, target_language, text in rows.iterator(chunk_size=2000):
        batch.extend(
            MemoryWord(
                entry_id=pk,
                source_language=source_language,
                target_language=target_language,
                stem=stem,
                length=len(text),
            )
            for stem in stems(text)
        )
        if len(batch) >= 10000:
            MemoryWord.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    MemoryWord.objects.bulk_create(batch, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("translation_memory", "0002_memoryword")]

    operations = [migrations.RunPython(index_entries, migrations.RunPython.noop)]
