"""Type stubs of the compiled part of geopol."""

import datetime
from os import PathLike
from typing import Iterable, Optional, Sequence, Union

__version__: str

DateLike = Union[str, datetime.date]

class GazetteerError(ValueError):
    """A gazetteer that cannot be read; the message is ``file:line: reason``."""

    file: str
    line: Optional[int]
    reason: str

class Mention:
    """One entity mention; ``text[m.start:m.end] == m.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> Optional[str]: ...
    @property
    def name(self) -> str: ...
    @property
    def country(self) -> Optional[str]: ...
    @property
    def wikidata(self) -> Optional[str]: ...
    @property
    def category(self) -> Optional[str]: ...
    @property
    def candidates(self) -> list[str]: ...
    @property
    def how(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, object]: ...
    def __eq__(self, other: object) -> bool: ...

class Extractor:
    """Finds geopolitical entities in English text."""

    def __init__(
        self,
        gazetteers: Optional[Iterable[Union[str, PathLike[str]]]] = None,
        builtin: bool = True,
        kinds: Optional[Iterable[str]] = None,
        guesses: bool = True,
        evidence: bool = False,
    ) -> None: ...
    def extract(self, text: str, date: Optional[DateLike] = None) -> list[Mention]: ...
    def extract_batch(
        self,
        texts: Iterable[str],
        threads: int = 0,
        dates: Optional[Sequence[Optional[DateLike]]] = None,
    ) -> list[list[Mention]]: ...
