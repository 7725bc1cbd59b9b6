"""Geopolitical entities in English news text.

People, states, nationality adjectives, organizations, treaties and places,
each with offsets into the text, a kind, a stable id, a canonical name and,
where known, a Wikidata QID::

    >>> import geopol
    >>> ex = geopol.Extractor()
    >>> text = "Talks in Moscow with Vladimir Putin."
    >>> [(m.text, m.kind, m.id) for m in ex.extract(text)]
    [('Moscow', 'location', 'loc:moscow'), ('Vladimir Putin', 'person', 'person:vladimir-putin')]
    >>> m = ex.extract(text)[0]
    >>> text[m.start:m.end]
    'Moscow'
"""

from geopol._geopol import Extractor, GazetteerError, Mention, __version__

__all__ = ["Extractor", "GazetteerError", "Mention", "__version__"]
