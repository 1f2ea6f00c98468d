"""News-event timeline: articles in a folder -> events, articles and seat tallies
(pandas), and the plotly figures and Dash app built on them.

    from dashboard import load_corpus, figures
    corpus = load_corpus("seeds")
    figures.timeline(corpus.events)
"""

from .corpus import LOADER_VERSION, Corpus, CorpusError, load_corpus
from .dates import find_dates

__all__ = ["LOADER_VERSION", "Corpus", "CorpusError", "load_corpus", "find_dates"]
