"""The plain data that flows from one stage of the archive to the next.

Every stage is a function from these dataclasses (or strings) to these dataclasses, so a
stage can be tested with a literal and the whole road can run without Pelican.
"""

from __future__ import annotations

import datetime as dt
import marshal
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import ClassVar, overload


class _Slotted:
    """Pickled as its class and field values: tens of thousands of reports, with their
    evidence and clues, come back from the cache on every build, and slotted dataclasses
    otherwise unpickle field by field in Python. The fields that hold a word of the
    archive's own (`_SHARED`: a kind, a source, a language) come back as one shared copy
    each rather than one per report."""

    __slots__ = ()
    _SHARED: ClassVar[tuple[str, ...]] = ()

    def __reduce__(self):
        return _restore, (type(self), values_of(type(self))(self))

    def __copy__(self):
        return type(self)(*values_of(type(self))(self))

    def as_tuple(self) -> tuple:
        """Its field values: tens of thousands pickle (or are digested) faster as tuples."""
        return values_of(type(self))(self)


@cache
def values_of(kind: type) -> Callable[[object], tuple]:
    """A function giving an object's field values as a tuple, in C (`attrgetter`): a
    build copies tens of thousands of reports."""
    names = kind.__slots__
    if len(names) == 1:
        return lambda value: (getattr(value, names[0]),)
    return attrgetter(*names)


@cache
def _shared_places(kind: type) -> tuple[int, ...]:
    return tuple(kind.__slots__.index(name) for name in kind._SHARED)


def _restore(kind: type, values: tuple) -> object:
    shared = _shared_places(kind)
    if shared:
        values = list(values)  # type: ignore[assignment]
        for i in shared:
            if type(values[i]) is str:
                values[i] = sys.intern(values[i])  # type: ignore[index]
    return kind(*values)


@dataclass(frozen=True, slots=True)
class Evidence(_Slotted):
    """Why a field has its value: shown by `event-archive extract --explain`."""

    field: str
    value: str
    source: str  # "header", "text", "sibling", "correction", "default", ...
    detail: str = ""  # the words it came from, or a reason
    _SHARED: ClassVar = ("field", "source")


@dataclass(frozen=True, slots=True)
class DateClue(_Slotted):
    """One piece of date evidence from a report; any part may be missing.

    A clue with day and month but no year is still useful: the year can come from the
    publication date or from another report of the same event.
    """

    year: int | None
    month: int | None
    day: int | None
    source: str  # "text", "relative", "header"
    snippet: str
    position: int = 0  # index of the paragraph it was found in (lead first)
    _SHARED: ClassVar = ("source",)

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def as_date(self) -> dt.date | None:
        if not self.complete:
            return None
        try:
            return dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Problem(_Slotted):
    """Something wrong with a seed: the build goes on and says it."""

    kind: str  # "empty", "encoding", "binary", "undated", "language", ...
    message: str
    _SHARED: ClassVar = ("kind",)


HEAD_CHARS = 600  # the opening, packed apart: what feeds, search and linking read of a report


class Paragraphs(Sequence[str]):
    """A report's clean body, compressed: its opening (HEAD_CHARS) and the rest apart.

    A build holds every report of the archive, yet reads a whole body only to write that
    report's page; feeds, search and linking read the opening. Compressed, a body takes a
    fifth of the memory, in two objects that forked workers touch rather than one per
    paragraph; iterating stops short of the rest when the reader does.
    """

    __slots__ = ("_head", "_rest", "_kept", "_count")

    def __init__(self, paragraphs: Iterable[str] = ()) -> None:
        texts = tuple(paragraphs)
        kept, size = 0, 0
        while kept < len(texts) and size < HEAD_CHARS:
            size += len(texts[kept]) + 2
            kept += 1
        self._head, self._rest = _pack(texts[:kept]), _pack(texts[kept:])
        self._kept, self._count = kept, len(texts)

    def unpacked(self) -> list[str]:
        return list(self)

    def __iter__(self) -> Iterator[str]:
        yield from _unpack(self._head)
        if self._rest:
            yield from _unpack(self._rest)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index):
        kept = self._kept
        if isinstance(index, slice):
            if index.step is None and index.stop is not None and 0 <= index.stop <= kept and (
                    index.start is None or index.start >= 0):
                return list(_unpack(self._head)[index])
        elif 0 <= index < kept:
            return _unpack(self._head)[index]
        return self.unpacked()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return (self._head, self._rest) == (other._head, other._rest)
        return isinstance(other, Sequence) and self.unpacked() == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which have none

    def __repr__(self) -> str:
        return repr(self.unpacked())

    def __reduce__(self):
        return _packed_paragraphs, (self._head, self._rest, self._kept, self._count)


def _pack(texts: tuple[str, ...]) -> bytes:
    return zlib.compress(marshal.dumps(texts)) if texts else b""


def _unpack(packed: bytes) -> tuple[str, ...]:
    return marshal.loads(zlib.decompress(packed)) if packed else ()


def _packed_paragraphs(head: bytes, rest: bytes, kept: int, count: int) -> Paragraphs:
    paragraphs = Paragraphs.__new__(Paragraphs)
    paragraphs._head, paragraphs._rest = head, rest
    paragraphs._kept, paragraphs._count = kept, count
    return paragraphs


@dataclass(slots=True)
class Report(_Slotted):
    """One seed, read and cleaned: what the archive knows about one news report."""

    source: str  # the seed's path as given
    name: str  # the seed's file name: the key of corrections and of the report's URL
    digest: str  # sha256 of the seed's bytes
    lang: str  # ISO 639-1, or "und"
    published: str | None  # the leading ` date ...` line, as written (YYYY-MM-DD or YYYY-MM)
    title: str
    paragraphs: Sequence[str]  # the clean body (`Paragraphs` once extracted)
    date: dt.date | None = None
    date_source: str = "none"  # "text", "relative", "header", "sibling", "correction", "none"
    date_clues: list[DateClue] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # sorted ISO 3166-1 alpha-2
    organisations: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # people and places, folded to ASCII
    credits: list[str] = field(default_factory=list)  # "VNA/CVN", "Photo: ..."
    evidence: list[Evidence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    event: str | None = None  # the id of the event it belongs to, set by linking
    duplicate_of: str | None = None  # name of an identical seed read earlier
    _SHARED: ClassVar = ("lang", "published", "date_source")

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def opening(self, chars: int) -> str:
        """`body[:chars]`, without joining the whole body."""
        shown, size = [], -2  # the length of `shown` joined
        for paragraph in self.paragraphs:
            if size >= chars:
                break
            shown.append(paragraph)
            size += 2 + len(paragraph)
        return "\n\n".join(shown)[:chars]

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name[1:] else self.name


@dataclass(slots=True)
class Event(_Slotted):
    """The reports of one real-world happening, in any language and from any outlet."""

    id: str  # stable: date, countries and a short disambiguator
    reports: list[Report]
    date: dt.date | None
    countries: list[str]
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return sorted({r.lang for r in self.reports})
