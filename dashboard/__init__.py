"""News-event timeline: articles in a folder -> articles, events, happenings and seat
tallies (pandas), and the plotly figures and Dash app built on them.

    from dashboard import load_corpus, figures
    corpus = load_corpus("seeds")                 # or load_corpus(folder, story="my-story")
    figures.happenings_timeline(corpus.happenings, story=corpus.story)
"""

from .corpus import LOADER_VERSION, Corpus, CorpusError, load_corpus
from .dates import find_dates
from .story import Story, StoryError, load_story

__all__ = ["LOADER_VERSION", "Corpus", "CorpusError", "load_corpus", "find_dates", "Story", "StoryError",
           "load_story"]
