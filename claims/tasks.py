"""Background tasks: spaCy runs here, in a worker (`manage.py db_worker`), never in a request."""

from __future__ import annotations

import logging

from django.conf import settings
from django.tasks import task

from claims.models import SuggestionRun
from claims.suggest import (
    finish_run,
    lexicon_from_database,
    link_suggestions_refresh,
    suggestions_store,
)
from newsroom.models import Event

logger = logging.getLogger(__name__)


@task()
def suggest_claims(run_id: int) -> dict[str, int]:
    """Find attributed claims in one article and store them as suggestions."""
    from claims.nlp import ExtractionError, extract

    run = SuggestionRun.objects.select_related("article").get(pk=run_id)
    run.state = SuggestionRun.State.RUNNING
    run.save(update_fields=["state"])
    try:
        extraction = extract(
            run.article.body, lexicon_from_database(), model=settings.PARALLAX_NLP_MODEL
        )
    except ExtractionError as error:
        finish_run(run, state=SuggestionRun.State.FAILED, error=str(error))
        return {"found": 0, "new": 0}
    except Exception:
        logger.exception("Suggestion run %s failed", run_id)
        finish_run(
            run,
            state=SuggestionRun.State.FAILED,
            error="Something went wrong while reading this article; the error is in the "
            "worker's log. Try again, and tell an admin if it happens again.",
        )
        raise
    stored = suggestions_store(run=run, extraction=extraction)
    finish_run(run, state=SuggestionRun.State.DONE, stored=stored)
    for event in run.article.events.all():
        link_suggestions_refresh(event=event)
    return {"found": stored.found, "new": stored.new}


@task()
def suggest_links(event_id: int) -> int:
    """Propose contradictions between an event's saved claims."""
    return link_suggestions_refresh(event=Event.objects.get(pk=event_id))
