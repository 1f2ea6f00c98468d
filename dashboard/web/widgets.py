"""The widget codec of Filters: the page's inputs (dates, dropdowns, checklists, the
lane switch) to a Filters value and back.  Checked by `filters.checked` like the URL and
the CLI; what was wrong becomes the notices shown above the chart."""

from __future__ import annotations

from dataclasses import replace

from ..filters import Filters, checked

FILTER_IDS = ["f-from", "f-to", "f-actors", "f-types", "f-outlets", "f-q", "f-dated", "f-lanes"]


def filters_from_values(from_, to, actors, types, outlets, q, dated, lanes, selected=None, *, zoom=None,
                        known_actors=None, known_outlets=None, known_types=None) -> Filters:
    f, _ = checked(date_from=from_, date_to=to, actors=actors or (), types=types or (), outlets=outlets or (),
                   query=q or "", dated=bool(dated), lanes=lanes or "type", selected=selected, zoom=zoom,
                   known_actors=known_actors, known_outlets=known_outlets, known_types=known_types)
    return f


def values_from_filters(f: Filters) -> list:
    return [f.date_from.isoformat() if f.date_from else None, f.date_to.isoformat() if f.date_to else None,
            list(f.actors), list(f.types), list(f.outlets), f.query, ["text"] if f.text_dated_only else [],
            f.lanes]


def without_notices(f: Filters) -> Filters:
    return replace(f, notices=())
