"""What a browser may send, checked before Dash sees it.

Bad requests get a 4xx and one log line, never a 500 with a traceback: a callback
request must name a callback of the app, with its inputs and states in their declared
order and values of the types the page's components produce; a page path must be a
page; a body over the limit gets 413 even when it comes in chunks.
"""

from __future__ import annotations

import io
import logging
import re

from dash.exceptions import DependencyException, PreventUpdate
from flask import Response, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("dashboard.requests")
MAX_REQUEST_BYTES = 1024 * 1024  # a callback request is a few kilobytes


# --- value checks: what each kind of component property holds -------------------------

def is_text(value) -> bool:
    return value is None or isinstance(value, str)


def is_count(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def is_mapping(value) -> bool:
    return value is None or isinstance(value, dict)


def is_text_list(value) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def is_mapping_list(value) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(v, dict) for v in value))


def is_plot_event(value) -> bool:
    """plotly's clickData: {"points": [{...}, ...]}."""
    return value is None or (isinstance(value, dict) and is_mapping_list(value.get("points")))


# Properties that hold the same kind of value on any Dash component.
PROPERTY_CHECKS = {"pathname": is_text, "search": is_text, "n_clicks": is_count, "n_intervals": is_count,
                   "page_current": is_count, "sort_by": is_mapping_list, "relayoutData": is_mapping,
                   "clickData": is_plot_event, "active_cell": is_mapping}


def output_parts(output: str) -> list[tuple[str, str]]:
    """(id, property) of each output named by a callback key such as "..a.b...c.d@x.."."""
    names = output[2:-2].split("...") if output.startswith("..") else [output]
    return [tuple(re.sub(r"@[0-9a-f]+$", "", name).split(".", 1)) for name in names if "." in name]


def callback_problem(callbacks: dict, body, value_checks: dict) -> str | None:
    """Why `body` is not a request the page could have made for one of `callbacks`, or None.
    `value_checks` maps (component id, property) to a check of its value."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in callbacks:
        return "it names no callback of this app"
    declared = callbacks[output]
    for part in ("inputs", "state"):
        expected = declared.get(part) or []
        given = body.get(part, [])
        if not isinstance(given, list) or len(given) != len(expected):
            return f"its {part} do not match the callback's"
        for item, want in zip(given, expected):
            if not isinstance(item, dict) or item.get("id") != want["id"] or item.get("property") != want["property"]:
                return f"its {part} do not match the callback's"
            key = (want["id"], want["property"])
            check = value_checks.get(key) or PROPERTY_CHECKS.get(want["property"])
            if check is not None and not check(item.get("value")):
                return f"{key[0]}.{key[1]} holds a {type(item.get('value')).__name__}, not what that component sends"
    outputs = body.get("outputs")
    outputs = outputs if isinstance(outputs, list) else [outputs]
    if not all(isinstance(o, dict) for o in outputs) or \
            [(o.get("id"), re.sub(r"@[0-9a-f]+$", "", str(o.get("property")))) for o in outputs] != output_parts(output):
        return "its outputs do not match the callback's"
    changed = body.get("changedPropIds", [])
    inputs = {f"{i['id']}.{i['property']}" for i in declared.get("inputs") or []}
    if not isinstance(changed, list) or not all(isinstance(c, str) and c in inputs for c in changed):
        return "its changed inputs are not inputs of the callback"
    return None


# --- responses -------------------------------------------------------------------------

def rejected(status: int, problem: str) -> Response:
    """A 4xx with a plain message, logged as one line."""
    log.warning("%d %s %s: %s", status, request.method, request.path[:200], problem)
    return Response(f"{problem}\n", status=status, mimetype="text/plain")


def not_found_response() -> Response:
    return Response("<!doctype html><title>Not found</title><h1>Not found</h1>"
                    "<p>There is no such page here. <a href='/'>Go to the timeline</a>.</p>",
                    status=404, mimetype="text/html")


def read_up_to(stream, limit: int) -> bytes:
    """At most `limit` bytes of `stream` (a read may return less than asked before the end)."""
    parts, size = [], 0
    while size < limit:
        part = stream.read(limit - size)
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


class ChunkedBodyLimit:
    """WSGI middleware: a chunked body has no length to check up front, so it is read
    here, up to the limit; over it, 413.  Under it, the app sees an ordinary body."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    def __call__(self, environ, start_response):
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not environ.get("CONTENT_LENGTH"):
            body = read_up_to(environ["wsgi.input"], self.limit + 1)
            if len(body) > self.limit:
                log.warning("413 %s %s: chunked request body over %d bytes", environ.get("REQUEST_METHOD"),
                            environ.get("PATH_INFO", "")[:200], self.limit)
                start_response("413 Request Entity Too Large", [("Content-Type", "text/plain"), ("Connection", "close")])
                return [b"the request body is larger than 1 MB\n"]
            environ["wsgi.input"], environ["CONTENT_LENGTH"] = io.BytesIO(body), str(len(body))
            environ.pop("HTTP_TRANSFER_ENCODING", None)
        return self.app(environ, start_response)


def install(app, page_paths, article_path: re.Pattern, value_checks: dict | None = None) -> None:
    """Put the checks in front of a Dash app's Flask server."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES  # larger bodies get 413
    server.wsgi_app = ChunkedBodyLimit(server.wsgi_app, MAX_REQUEST_BYTES)
    prefix = app.config.routes_pathname_prefix
    update_path = prefix + "_dash-update-component"
    catch_all = prefix + "<path:path>"
    value_checks = value_checks or {}

    @server.before_request
    def check_request():
        if request.path == update_path and request.method == "POST":
            try:
                body = request.get_json(silent=True)
            except RecursionError:
                body = None
            problem = callback_problem(app.callback_map, body, value_checks)
            if problem:
                return rejected(400, f"bad callback request: {problem}")
        elif request.endpoint == catch_all and request.path not in page_paths and not article_path.match(request.path):
            log.info("404 %s %s", request.method, request.path[:200])
            return not_found_response()
        return None

    @server.errorhandler(DependencyException)
    def unknown_script(_):
        return rejected(404, "no such script")

    dispatch = server.view_functions[update_path]

    def guarded_dispatch(*args, **kwargs):
        """The net under the checks: a callback that fails on a request that passed them
        answers 400 with one log line naming the error, not a 500 with a traceback."""
        try:
            return dispatch(*args, **kwargs)
        except (HTTPException, PreventUpdate):
            raise
        except Exception as exc:  # noqa: BLE001 - see the docstring
            output = str((request.get_json(silent=True) or {}).get("output", "?"))[:120]
            return rejected(400, f"callback {output} failed on this request ({type(exc).__name__}: {str(exc)[:200]})")

    server.view_functions[update_path] = guarded_dispatch
