"""The web app, one module per concern.  Arrows point one way: these modules use the
data modules (corpus, filters, figures, chronology, export, urls), never the reverse.

    app.py        create_app(settings): the Dash app, its layout, routes and callbacks
    live.py       the corpus being served, read in the background, reloaded on change
    security.py   CSP and headers, request guards, the first-request fix
    views.py      one corpus's view-model: filtering, counts, the figures of a view
    widgets.py    the widget codec of Filters (the page's inputs <-> Filters)
    callbacks.py  server and browser callbacks
    components.py small pieces shared by pages (user text, highlights, not found)
    pages/        timeline, chronology, article reader, problems, embed
"""
