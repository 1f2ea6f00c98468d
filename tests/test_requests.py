"""Crafted requests get a 4xx and one log line, never a 500 or a traceback."""

import copy
import json
import logging

import pytest

from dashboard.app import create_app


@pytest.fixture(scope="module")
def app(seeds_corpus):
    return create_app(corpus=seeds_corpus, reload_seconds=None)


@pytest.fixture
def client(app):
    return app.server.test_client()


def callback_body(client, output: str, values: dict) -> dict:
    """A request as the page makes it, for the callback with `output` among its outputs."""
    callback = next(cb for cb in client.get("/_dash-dependencies").get_json() if output in cb["output"])
    names = callback["output"][2:-2].split("...") if callback["output"].startswith("..") else [callback["output"]]
    outputs = [{"id": n.split(".")[0], "property": n.split(".", 1)[1]} for n in names]
    inputs = [{"id": i["id"], "property": i["property"], "value": values.get(f"{i['id']}.{i['property']}")}
              for i in callback["inputs"]]
    state = [{"id": i["id"], "property": i["property"], "value": values.get(f"{i['id']}.{i['property']}")}
             for i in callback["state"]]
    return {"output": callback["output"], "outputs": outputs if len(outputs) > 1 else outputs[0],
            "inputs": inputs, "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"], "state": state}


def with_value(body: dict, prop_id: str, value) -> dict:
    body = copy.deepcopy(body)
    for item in body["inputs"] + body["state"]:
        if f"{item['id']}.{item['property']}" == prop_id:
            item["value"] = value
    return body


def edited(body: dict, **changes) -> dict:
    body = copy.deepcopy(body)
    for key, value in changes.items():
        if value is KeyError:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def post(client, body, raw: bytes | None = None, content_type="application/json"):
    data = raw if raw is not None else json.dumps(body)
    return client.post("/_dash-update-component", data=data, content_type=content_type)


def test_real_callback_bodies_work(client):
    view = callback_body(client, "timeline.figure", {"f-lanes.value": "type", "f-types.value": ["protest"]})
    answer = post(client, view)
    assert answer.status_code == 200 and "timeline" in answer.get_json()["response"]
    route = callback_body(client, "page.children", {"url.pathname": "/problems"})
    assert post(client, route).status_code == 200


def crafted_bodies(client) -> list:
    view = callback_body(client, "timeline.figure", {"f-lanes.value": "type"})
    sync = callback_body(client, "main-url.search", {"main-url.pathname": "/"})
    click = callback_body(client, "detail.children", {})
    select = callback_body(client, "selected.data@", {})  # the click callback (its outputs are shared)
    download = callback_body(client, "download.data", {"download-csv.n_clicks": 1})
    route = callback_body(client, "page.children", {"url.pathname": "/"})
    zoom = callback_body(client, "zoom.data", {})  # the chart's zoom, kept in the URL
    deep = "[" * 100_000 + "]" * 100_000
    return [
        with_value(view, "f-q.value", 12),
        with_value(view, "f-from.value", 20240208),
        with_value(view, "f-to.value", ["2024-02-08"]),
        with_value(view, "f-actors.value", "PTI"),
        with_value(view, "f-actors.value", [1, 2]),
        with_value(view, "f-types.value", {"protest": True}),
        with_value(view, "f-outlets.value", [None]),
        with_value(view, "f-dated.value", True),
        with_value(view, "f-lanes.value", 3),
        with_value(view, "selected.data", 5),
        with_value(view, "selected.data", ["x"]),
        with_value(view, "table.page_current", "2"),
        with_value(view, "table.page_current", []),
        with_value(view, "table.page_current", True),
        with_value(view, "table.sort_by", "date"),
        with_value(view, "table.sort_by", ["date"]),
        with_value(zoom, "timeline.relayoutData", []),
        with_value(zoom, "timeline.relayoutData", "zoom"),
        with_value(view, "zoom.data", "2024-02-01..2024-02-09"),
        with_value(sync, "main-url.search", 7),
        with_value(sync, "main-url.pathname", {"p": "/"}),
        with_value(click, "selected.data", 1.5),
        with_value(select, "timeline.clickData", {"points": "x"}),
        with_value(select, "timeline.clickData", [1]),
        with_value(select, "table.active_cell", "A1"),
        with_value(download, "download-csv.n_clicks", "1"),
        with_value(route, "url.pathname", 7),
        with_value(route, "url.search", []),
        [], "text", 5, None, {},
        edited(view, output="nope.children"),
        edited(view, output=5),
        edited(view, output=[]),
        edited(view, inputs=KeyError),
        edited(view, inputs=[]),
        edited(view, inputs="x"),
        edited(view, inputs=[1] * len(view["inputs"])),
        edited(view, inputs=[{**view["inputs"][0], "id": "other"}, *view["inputs"][1:]]),
        edited(view, inputs=[{"id": view["inputs"][0]["id"]}, *view["inputs"][1:]]),
        edited(sync, state=KeyError),
        edited(sync, state=[{"id": "main-url", "property": "hash", "value": ""}]),
        edited(view, outputs=5),
        edited(view, outputs=[{"id": "timeline", "property": "figure"}]),
        edited(view, outputs=[{"id": "x", "property": "y"}] * 7),
        edited(view, changedPropIds="f-q.value"),
        edited(view, changedPropIds=["nope.value"]),
        edited(view, changedPropIds=[5]),
        ("raw", b"{"),
        ("raw", deep.encode()),
        ("raw", b"\xff\xfe not json"),
        ("text/plain", json.dumps(view).encode()),
    ]


def test_crafted_callback_bodies_get_a_4xx_and_one_log_line(client, caplog):
    bodies = crafted_bodies(client)
    assert len(bodies) >= 30
    failures = []
    for body in bodies:
        caplog.clear()
        with caplog.at_level(logging.INFO):
            if isinstance(body, tuple):
                kind, raw = body
                answer = post(client, None, raw=raw, content_type="text/plain" if kind == "text/plain"
                              else "application/json")
            else:
                answer = post(client, body)
        lines = [r for r in caplog.records if r.levelno >= logging.WARNING]
        if not 400 <= answer.status_code < 500:
            failures.append((answer.status_code, str(body)[:120]))
        elif len(lines) != 1 or lines[0].exc_info or "Traceback" in answer.get_data(as_text=True):
            failures.append(("log", [r.getMessage()[:100] for r in lines], str(body)[:120]))
    assert failures == []


def test_unknown_pages_and_path_tricks_are_404(client):
    for path in ("/article", "/article/", "/ARTICLE/x", "/Article/abc", "/articles", "/problems/", "/nope",
                 "/article/../problems", "/article/x/y", "/embed/x", "/%2e%2e/etc/passwd",
                 "/assets/../dashboard/app.py", "/assets/%2e%2e/dashboard/app.py", "/_dash-layout/x"):
        assert client.get(path).status_code == 404, path
    for path in ("/", "/problems", "/embed", "/?type=protest"):
        assert client.get(path).status_code == 200, path


def test_component_suite_path_tricks_are_404_and_read_nothing(client, caplog):
    tricks = ["/_dash-component-suites/os/path.py", "/_dash-component-suites/dash/dash.py",
              "/_dash-component-suites/dash/../../../../etc/passwd", "/_dash-component-suites/dash/%2e%2e/%2e%2e/x.js",
              "/_dash-component-suites/plotly/..%2f..%2f..%2fetc%2fpasswd", "/_dash-component-suites/__main__/x.js",
              "/_dash-component-suites/dashboard/app.py", "/_dash-component-suites/dash/deps/nothing.js",
              "/_dash-component-suites/dash/%00.js", "/_dash-component-suites/sys/modules.js"]
    for path in tricks:
        caplog.clear()
        answer = client.get(path)
        body = answer.get_data(as_text=True)
        assert 400 <= answer.status_code < 500, (path, answer.status_code)
        assert "root:" not in body and "import" not in body and "Traceback" not in body, path
        assert not any(r.exc_info for r in caplog.records), path


def test_an_oversized_body_is_413(client):
    assert post(client, None, raw=b"[" + b"0," * 600_000 + b"0]").status_code == 413


def test_odd_but_well_typed_values_never_fail(client, caplog):
    view = callback_body(client, "timeline.figure", {"f-lanes.value": "type"})
    select = callback_body(client, "selected.data@", {})
    odd = [with_value(view, "f-lanes.value", "sideways"), with_value(view, "f-types.value", ["nonsense"]),
           with_value(view, "f-from.value", "2024-99-99"), with_value(view, "f-actors.value", ["Nobody", ""]),
           with_value(view, "table.page_current", -5), with_value(view, "table.page_current", 10**30),
           with_value(view, "table.sort_by", [{"column_id": 5, "direction": []}]),
           with_value(view, "timeline.relayoutData", {"xaxis.range": 5}),
           with_value(view, "timeline.relayoutData", {"xaxis.range[0]": "x", "xaxis.range[1]": {"a": 1}}),
           with_value(view, "selected.data", "not-an-event"), with_value(view, "f-q.value", "\u202e" * 5000),
           with_value(select, "timeline.clickData", {"points": [{"customdata": {"a": 1}}]}),
           with_value(select, "timeline.clickData", {"points": [{"customdata": "range:2024-02-31:x"}]}),
           with_value(select, "table.active_cell", {"row_id": [1]})]
    for body in odd:
        answer = post(client, body)
        assert answer.status_code in (200, 204), (answer.status_code, str(body)[-200:])
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
