"""Demo content: each app may provide a ``demo`` module with ``load_demo(log)``; the
``load_demo_content`` command calls them in INSTALLED_APPS order. Every loader is idempotent:
it creates what is missing and leaves what exists alone."""
