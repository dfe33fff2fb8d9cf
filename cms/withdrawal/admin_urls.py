from django.urls import path

from . import views

app_name = "cms_withdrawal"
urlpatterns = [
    path("<int:page_id>/", views.withdraw_view, name="withdraw"),
]
