from __future__ import annotations

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.db.models import Model
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.models import ClaimLink
from newsroom.models import Event, Source
from tests.factories import make_user

pytestmark = pytest.mark.django_db

MODELS = [m for m in admin.site._registry if m._meta.app_label in {"newsroom", "claims"}]


@pytest.fixture
def staff_client(client: Client) -> Client:
    call_command("load_demo")
    client.force_login(make_user("root", staff=True))
    return client


@pytest.mark.parametrize("model", MODELS, ids=[m.__name__ for m in MODELS])
def test_every_admin_page_opens(staff_client: Client, model: type[Model]) -> None:
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert staff_client.get(changelist).status_code == 200
    assert staff_client.get(changelist, {"q": "Moscow"}).status_code == 200
    assert (
        staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).status_code
        == 200
    )
    obj = model._default_manager.first()
    if obj is not None:
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert staff_client.get(change).status_code == 200


def test_the_source_list_shows_party_kind_and_claim_count(staff_client: Client) -> None:
    html = staff_client.get(reverse("admin:newsroom_source_changelist")).content.decode()
    assert "Russian government" in html and "Moscow" in html
    assert 'class="sortable column-claim_count"' in html
    assert "Ukrainian authorities" in html  # aliases listed


def test_an_admin_link_within_one_party_is_refused_with_a_message(staff_client: Client) -> None:
    moscow_claims = list(Source.objects.get(name="Russian government").claims.all()[:2])
    response = staff_client.post(
        reverse("admin:claims_claimlink_add"),
        {"a": moscow_claims[0].pk, "b": moscow_claims[1].pk, "kind": "contradicts", "note": ""},
    )
    assert response.status_code == 200
    assert "A contradiction is between two parties" in response.content.decode()
    assert not ClaimLink.objects.filter(a=moscow_claims[0], b=moscow_claims[1]).exists()


def test_an_admin_save_of_an_event_is_a_new_version_by_that_user(staff_client: Client) -> None:
    event = Event.objects.first()
    assert event is not None
    before = event.version
    request = RequestFactory().post("/")
    request.user = make_user("admin2", staff=True)
    event.title = "Renamed in the admin"
    admin.site._registry[Event].save_model(request, event, form=None, change=True)
    event.refresh_from_db()
    assert (event.title, event.version) == ("Renamed in the admin", before + 1)
    assert event.updated_by == request.user
