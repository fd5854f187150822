from wagtail import hooks

from site_core import storage_errors


# Before Wagtail's own image and document URLs, so that these views answer the add addresses.
@hooks.register("register_admin_urls", order=-10)
def register_upload_views_that_survive_storage_errors():
    return storage_errors.admin_urls()
