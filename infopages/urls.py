from django.urls import path

from infopages import views

urlpatterns = [path("sitemap/", views.sitemap, name="people_sitemap")]
