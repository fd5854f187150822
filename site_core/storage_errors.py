"""Uploads in the admin survive a storage that refuses to write.

When the media storage is read-only, full or unreachable (S3 refusing writes), adding an image,
a document or an audio file answered 500 and the editor lost the form. The add views here answer
instead with the form they filled in (the file input aside, which no browser lets a page refill)
and one message, "The file could not be stored; nothing was saved": the row is written in the
same transaction as the file, so no image, document or audio file exists without its file. Each
failure is logged once, with the storage's own traceback.

Wagtail's image and document add views are subclassed and answer the same addresses as Wagtail's
own (site_core.wagtail_hooks registers them first); the audio file viewset names its add view.
"""

import logging
import sys

from django.db import transaction
from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.documents.views import documents
from wagtail.documents.views import multiple as documents_multiple
from wagtail.images.views import images
from wagtail.images.views import multiple as images_multiple
from wagtail.snippets.views import snippets

logger = logging.getLogger(__name__)

NOT_STORED = _(
    "The file could not be stored; nothing was saved. Please try again later or tell the site's "
    "administrator."
)

# Errors the S3 backend raises, by module: botocore's for a refused request or an unreachable
# endpoint, boto3's when a multipart upload fails.
BOTO_ERRORS = {
    "botocore.exceptions": ("BotoCoreError", "ClientError"),
    "boto3.exceptions": ("Boto3Error",),
}


def storage_errors() -> tuple[type[Exception], ...]:
    """What a storage raises when it cannot write: OSError from the file system, and boto's
    errors once the S3 backend has loaded boto. Boto is never imported here: while it is not
    loaded, no storage can raise its errors."""
    errors: list[type[Exception]] = [OSError]
    for module_name, names in BOTO_ERRORS.items():
        module = sys.modules.get(module_name)
        if module is not None:
            errors.extend(getattr(module, name) for name in names)
    return tuple(errors)


class NotStored(Exception):
    """Carries a storage error out of the view's transaction, so that it is rolled back, to
    where the form is answered."""


class NotStoredIsAFormError:
    """For Wagtail's create views (generic and snippet): a storage error while saving becomes
    an error on the re-rendered form."""

    def save_instance(self):
        try:
            return super().save_instance()
        except storage_errors() as error:
            raise NotStored from error

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except NotStored as refused:
            logger.error("An upload could not be stored", exc_info=refused.__cause__)
            form.add_error(None, NOT_STORED)
            self.produced_error_code = "storage_error"
            self.produced_error_message = NOT_STORED
            return self.form_invalid(form)


class NotStoredIsAnUploadError:
    """For Wagtail's multiple upload views, which answer JSON: a storage error becomes the
    message the uploader shows beside the file."""

    def post(self, request):
        try:
            # Everything the upload writes goes with the file: an image saved before a later
            # write failed would be a row without its file, or one the editor is told is not there.
            with transaction.atomic():
                return super().post(request)
        except storage_errors():
            logger.exception("An upload could not be stored")
            return JsonResponse({"success": False, "error_message": str(NOT_STORED)})


class ImageCreateView(NotStoredIsAFormError, images.CreateView):
    pass


class DocumentCreateView(NotStoredIsAFormError, documents.CreateView):
    pass


class SnippetCreateView(NotStoredIsAFormError, snippets.CreateView):
    pass


class ImageMultipleAddView(NotStoredIsAnUploadError, images_multiple.AddView):
    pass


class DocumentMultipleAddView(NotStoredIsAnUploadError, documents_multiple.AddView):
    pass


def admin_urls():
    """The add views, at the addresses of Wagtail's own (its URL names still point there)."""
    return [
        path("images/add/", ImageCreateView.as_view()),
        path("images/multiple/add/", ImageMultipleAddView.as_view()),
        path("documents/add/", DocumentCreateView.as_view()),
        path("documents/multiple/add/", DocumentMultipleAddView.as_view()),
    ]
