"""Datelines: the place (and date, and outlet) a wire story opens with, before the first sentence.

"SEOUL, Nov. 22 (Accord Wire) — South Korea said ..." is not a sentence about Seoul: parsed with it, the city
becomes a subject ("SEOUL said", "VLADIVOSTOK met Putin"). The pipeline gives spaCy the text after the dateline;
offsets still count from the start of the document, so the dateline stays in the stored text.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"""\A\s*
    (?P<place>[A-Z][A-Z.'’\-]*(?:\ [A-Z][A-Z.'’\-]*)*[A-Z.])      # SEOUL, UNITED NATIONS, ST. PETERSBURG
    (?:,\ (?P<region>[A-Z][\w.'’\-]*(?:\ [A-Z][\w.'’\-]*){0,3}))?  # , South Korea / , Md.
    (?:,?\ """ + _MONTH + r"""\ \d{1,2}(?:,\ \d{4})?)?              # , Sept. 19 / , Jan. 1, 2019
    (?:\ ?\([^()\n]{1,60}\))?                                        # (Reuters) / (Accord Wire)
    \ ?(?:—|–|--|-|:)\ +                                             # the dash before the story
    """,
    re.VERBOSE,
)
MAX_CHARS = 120


def _dateline(text: str) -> re.Match | None:
    m = DATELINE.match(text[:MAX_CHARS + 20])
    if m is None or m.end() > MAX_CHARS or sum(c.isalpha() for c in m["place"]) < 3:
        return None
    return m


def dateline_end(text: str) -> int:
    """Where the story starts after a dateline at the start of `text`; 0 when there is none."""
    m = _dateline(text)
    return 0 if m is None else m.end()


def dateline_places(text: str) -> tuple[str, ...]:
    """The places a dateline at the start of `text` names, the most precise first ("MESETAS", "Colombia");
    none when there is no dateline."""
    m = _dateline(text)
    return () if m is None else tuple(p for p in (m["place"], m["region"]) if p)
