"""A spaCy pipeline component: ``nlp.add_pipe("geopol")``.

The package registers the factory ``"geopol"`` through the entry point
``spacy_factories``, so it needs no import::

    nlp = spacy.blank("en")
    nlp.add_pipe("geopol")
    doc = nlp("Talks in Moscow with Vladimir Putin.")
    [(e.text, e.label_, e.kb_id_) for e in doc.ents]

Labels are the kinds in capitals (``PERSON``, ``STATE``, ``NATIONALITY``,
``ORGANIZATION``, ``TREATY``, ``LOCATION``) and ``kb_id_`` is the mention's
id ("" for a name no gazetteer knows). With ``spans_key`` set, the mentions
go to ``doc.spans[spans_key]`` instead and ``doc.ents`` is left as it was.
A document's date, for offices named without a name, is read from
``doc.user_data["date"]`` ("YYYY-MM-DD" or a ``datetime.date``) when set.

spaCy is an optional dependency: ``pip install "./python[spacy]"``.
"""

from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from geopol._geopol import Extractor, Mention

__all__ = ["GeopolComponent", "make_geopol"]


class GeopolComponent:
    """Marks geopol's mentions in spaCy documents."""

    def __init__(
        self,
        extractor: Extractor,
        spans_key: Optional[str] = None,
        batch_threads: int = 0,
    ) -> None:
        self.extractor = extractor
        self.spans_key = spans_key
        self.batch_threads = batch_threads

    def __call__(self, doc: Doc) -> Doc:
        found = self.extractor.extract(doc.text, date=doc.user_data.get("date"))
        return self._mark(doc, found)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Marks documents a batch at a time, the batch read on several
        threads without the GIL."""
        batch: List[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._mark_batch(batch)
                batch = []
        if batch:
            yield from self._mark_batch(batch)

    def _mark_batch(self, docs: List[Doc]) -> Iterator[Doc]:
        found = self.extractor.extract_batch(
            [d.text for d in docs],
            threads=self.batch_threads,
            dates=[d.user_data.get("date") for d in docs],
        )
        for doc, mentions in zip(docs, found):
            yield self._mark(doc, mentions)

    def _mark(self, doc: Doc, mentions: List[Mention]) -> Doc:
        spans = []
        for m in mentions:
            # A mention that ends inside a token ("U.S.-led") covers it.
            span = doc.char_span(
                m.start,
                m.end,
                label=m.kind.upper(),
                kb_id=m.id or "",
                alignment_mode="expand",
            )
            if span is not None:
                spans.append(span)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = spans
        else:
            doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "geopol",
    default_config={
        "gazetteers": [],
        "builtin": True,
        "kinds": None,
        "guesses": True,
        "spans_key": None,
        "batch_threads": 0,
    },
)
def make_geopol(
    nlp: Language,
    name: str,
    gazetteers: List[str],
    builtin: bool,
    kinds: Optional[List[str]],
    guesses: bool,
    spans_key: Optional[str],
    batch_threads: int,
) -> GeopolComponent:
    """The ``"geopol"`` factory: the options of :class:`geopol.Extractor`,
    ``spans_key`` to write ``doc.spans[spans_key]`` rather than
    ``doc.ents``, and the threads ``nlp.pipe`` batches use (0: one a core).
    """
    extractor = Extractor(
        gazetteers=gazetteers, builtin=builtin, kinds=kinds, guesses=guesses
    )
    return GeopolComponent(extractor, spans_key=spans_key, batch_threads=batch_threads)
