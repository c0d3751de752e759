from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from newsroom.models import Aspect, Event, Party
from tests.factories import (
    make_article,
    make_aspect,
    make_claim,
    make_event,
    make_party,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client: Client) -> Client:
    client.force_login(make_user("edith", editor=True))
    return client


@pytest.fixture
def sides() -> tuple[Party, Party, Party]:
    return make_party("Moscow"), make_party("Kyiv"), make_party("International")


def event_data(*parties: Party | None, aspects: list[dict[str, Any]] | None = None,
               initial_aspects: int = 0, **fields: Any) -> dict[str, Any]:  # fmt: skip
    """What the event form posts: the event's fields, its party columns, its aspect rows."""
    data: dict[str, Any] = {
        "title": "Strike on Makiivka",
        "slug": "",
        "date": "2023-01-01",
        "place": "Makiivka",
        "summary": "A strike on a building.",
        "status": "draft",
        "version": 1,  # what the form of a newly made event carries
        **fields,
    }
    for n, party in enumerate(parties, start=1):
        data[f"parties-column_{n}"] = party.pk if party else ""
    rows = aspects or []
    data |= {
        "aspects-TOTAL_FORMS": len(rows),
        "aspects-INITIAL_FORMS": initial_aspects,
        "aspects-MIN_NUM_FORMS": 0,
        "aspects-MAX_NUM_FORMS": 1000,
    }
    for i, row in enumerate(rows):
        data |= {f"aspects-{i}-{key}": value for key, value in row.items()}
    return data


def test_it_creates_an_event_with_its_parties_in_order_and_its_points(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    moscow, kyiv, international = sides
    data = event_data(
        kyiv, moscow, None, international,
        aspects=[{"title": "What was hit?", "category": "target", "order": 1},
                 {"title": "Who was killed?", "category": "casualties", "order": 0}],
    )  # fmt: skip
    response = editor_client.post("/edit/events/new/", data)
    assert response.status_code == 302
    event = Event.objects.get()
    assert response["Location"] == f"/edit/events/{event.slug}/"
    assert event.slug == "strike-on-makiivka"
    assert event.ordered_parties() == [kyiv, moscow, international]
    assert [a.title for a in event.aspects.all()] == ["Who was killed?", "What was hit?"]
    assert event.status == Event.Status.DRAFT


def test_a_title_already_used_gets_a_numbered_slug(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    make_event(title="Strike on Makiivka", slug="strike-on-makiivka")
    editor_client.post("/edit/events/new/", event_data(*sides[:2]))
    assert Event.objects.filter(slug="strike-on-makiivka-2").exists()


def test_it_explains_a_slug_clash_and_keeps_what_was_typed(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    make_event(title="Another strike", slug="taken")
    data = event_data(
        *sides[:2], slug="taken", summary="Typed with care.",
        aspects=[{"title": "Who fired?", "category": "responsibility", "order": 0}],
    )  # fmt: skip
    response = editor_client.post("/edit/events/new/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "/events/taken/ is already taken by “Another strike”" in html
    assert 'aria-describedby="id_slug_helptext id_slug_error"' in html
    assert "Typed with care." in html
    assert 'value="Who fired?"' in html
    assert f'<option value="{sides[0].pk}" selected>' in html
    assert Event.objects.count() == 1


def test_it_refuses_fewer_than_two_different_parties(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    moscow = sides[0]
    response = editor_client.post("/edit/events/new/", event_data(moscow, moscow))
    html = response.content.decode()
    assert "Moscow is already in column 1." in html
    assert "Choose at least two different parties" in html
    assert not Event.objects.exists()


def test_it_refuses_two_points_with_the_same_title(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    data = event_data(
        *sides[:2],
        aspects=[{"title": "Who fired?", "category": "other", "order": 0},
                 {"title": "who fired?", "category": "other", "order": 1}],
    )  # fmt: skip
    html = editor_client.post("/edit/events/new/", data).content.decode()
    assert "Another point in dispute already has this title." in html
    assert not Event.objects.exists()


def test_editing_reorders_parties_and_adds_and_removes_points(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    moscow, kyiv, international = sides
    event = make_event([moscow, kyiv], title="Strike", slug="strike")
    old = make_aspect(event, "Old point")
    form = editor_client.get("/edit/events/strike/").content.decode()
    assert 'value="Old point"' in form
    data = event_data(
        international, kyiv, moscow, title="Strike renamed", slug="strike", initial_aspects=1,
        aspects=[{"id": old.pk, "event": event.pk, "title": "Old point", "category": "other",
                  "order": 0, "DELETE": "on"},
                 {"title": "New point", "category": "weapon", "order": 2}],
    )  # fmt: skip
    response = editor_client.post("/edit/events/strike/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Strike renamed"
    assert event.ordered_parties() == [international, kyiv, moscow]
    assert list(Aspect.objects.filter(event=event).values_list("title", flat=True)) == ["New point"]


def test_it_will_not_drop_a_party_that_has_claims(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    moscow, kyiv, international = sides
    event = make_event([moscow, kyiv], slug="strike")
    make_claim(make_article(event), "civilians were killed", source=make_source(moscow))
    response = editor_client.post("/edit/events/strike/", event_data(kyiv, international))
    assert "Moscow has 1 claim in this event" in response.content.decode()
    assert event.ordered_parties() == [moscow, kyiv]


def test_the_event_form_can_publish(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    event = make_event(list(sides[:2]), slug="strike", published=False)
    editor_client.post("/edit/events/strike/", event_data(*sides[:2], slug="strike",
                                                          status="published"))  # fmt: skip
    event.refresh_from_db()
    assert event.status == Event.Status.PUBLISHED


def test_it_reserves_the_slug_new(editor_client: Client, sides: tuple[Party, Party, Party]) -> None:
    html = editor_client.post("/edit/events/new/", event_data(*sides[:2], slug="new")).content
    assert "is reserved for the editor pages" in html.decode()


def test_anonymous_posts_change_nothing(client: Client, sides: tuple[Party, Party, Party]) -> None:
    assert client.post("/edit/events/new/", event_data(*sides[:2])).status_code == 403
    assert client.get("/edit/events/new/").status_code == 302
    assert not Event.objects.exists()


def test_a_reader_may_not_open_the_event_form(client: Client) -> None:
    client.force_login(make_user("reader"))
    assert client.get("/edit/events/new/").status_code == 403


def test_blank_new_point_rows_are_ignored(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    event = make_event(list(sides[:2]), slug="strike")
    point = make_aspect(event, "Who fired?", order=4)
    form = editor_client.get("/edit/events/strike/").content.decode()
    # New rows are offered after the last point.
    assert 'name="aspects-1-order" value="5"' in form
    assert 'name="aspects-2-order" value="6"' in form
    data = event_data(
        *sides[:2], slug="strike", initial_aspects=1,
        aspects=[{"id": point.pk, "event": event.pk, "title": "Who fired?", "category": "other",
                  "order": 4},
                 {"title": "", "category": "other", "order": 5},
                 {"title": "", "category": "other", "order": 6}],
    )  # fmt: skip
    assert editor_client.post("/edit/events/strike/", data).status_code == 302
    assert list(event.aspects.values_list("title", flat=True)) == ["Who fired?"]


def test_an_invalid_edit_keeps_the_stored_title_in_the_heading(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    make_event(list(sides[:2]), title="Strike", slug="strike")
    response = editor_client.post("/edit/events/strike/", {"title": "", "slug": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Edit “Strike”</h1>" in html
    assert 'href="/events/strike/"' in html


def test_a_stale_event_form_is_refused_and_keeps_what_the_editor_typed(
    client: Client, sides: tuple[Party, Party, Party]
) -> None:
    moscow, kyiv, international = sides
    event = make_event([moscow, kyiv], title="Strike", slug="strike")
    point = make_aspect(event, "Who fired?")
    client.force_login(make_user("alice", editor=True))
    form = client.get("/edit/events/strike/").content.decode()
    assert 'name="version" value="1"' in form
    saved = client.post("/edit/events/strike/", event_data(moscow, kyiv, title="Alice's title",
                                                           slug="strike"))  # fmt: skip
    assert saved.status_code == 302
    client.force_login(make_user("bob", editor=True))
    data = event_data(
        kyiv, international, title="Bob's title", slug="strike", summary="Bob typed this.",
        version=1, initial_aspects=1,
        aspects=[{"id": point.pk, "event": event.pk, "title": "Who fired?", "category": "other",
                  "order": 0, "DELETE": "on"},
                 {"title": "Bob's point", "category": "weapon", "order": 1}],
    )  # fmt: skip
    response = client.post("/edit/events/strike/", data)
    html = response.content.decode()
    event.refresh_from_db()
    assert response.status_code == 409
    assert f"Changed by alice at {event.updated_at:%H:%M} — reload to see their version" in html
    assert 'value="Bob&#x27;s title"' in html
    assert "Bob typed this.</textarea>" in html
    assert 'value="Bob&#x27;s point"' in html
    assert f'<option value="{international.pk}" selected>' in html
    assert (event.title, event.summary, event.version) == (
        "Alice's title",
        "A strike on a building.",
        2,
    )
    assert event.ordered_parties() == [moscow, kyiv]
    assert list(event.aspects.values_list("title", flat=True)) == ["Who fired?"]


def test_each_save_moves_the_event_to_its_next_version(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    event = make_event(list(sides[:2]), title="Strike", slug="strike")
    for version in (1, 2):
        data = event_data(*sides[:2], title=f"Strike, take {version}", slug="strike",
                          version=version)  # fmt: skip
        assert editor_client.post("/edit/events/strike/", data).status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("Strike, take 2", 3)
    assert 'name="version" value="3"' in editor_client.get("/edit/events/strike/").content.decode()


def test_a_form_opened_before_a_publish_toggle_cannot_undo_it(
    editor_client: Client, sides: tuple[Party, Party, Party]
) -> None:
    event = make_event(list(sides[:2]), title="Strike", slug="strike", published=False)
    editor_client.post("/edit/events/strike/publish/", {"status": "published"})
    data = event_data(*sides[:2], title="Strike", slug="strike", status="draft", version=1)
    response = editor_client.post("/edit/events/strike/", data)
    assert response.status_code == 409
    event.refresh_from_db()
    assert (event.status, event.version) == (Event.Status.PUBLISHED, 2)
    # The publisher is named, like any other editor who saved the event.
    assert event.updated_by is not None
    assert f"Changed by {event.updated_by.get_username()} at" in response.content.decode()


def test_creating_and_saving_an_event_records_who_did_it(
    client: Client, sides: tuple[Party, Party, Party]
) -> None:
    client.force_login(make_user("alice", editor=True))
    created = client.post(
        "/edit/events/new/", event_data(*sides[:2], title="Strike", slug="strike")
    )
    assert created.status_code == 302
    event = Event.objects.get(slug="strike")
    assert event.updated_by is not None and event.updated_by.get_username() == "alice"
    client.force_login(make_user("bob", editor=True))
    data = event_data(*sides[:2], title="Strike, by Bob", slug="strike", version=event.version)
    assert client.post("/edit/events/strike/", data).status_code == 302
    event.refresh_from_db()
    assert event.updated_by is not None and event.updated_by.get_username() == "bob"
