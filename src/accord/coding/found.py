"""An event as the coder finds it, before it becomes a record."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.resolve import Actor
from ..factuality import Factuality


@dataclass
class Found:
    """An event before it becomes a record: the word it hangs on and its actors."""

    code: str
    anchor: Token
    source: Actor
    target: Actor | None
    pattern: str
    fact: Factuality | None = None
    plan: bool = False  # a stated plan: dated when it is said, not when the planned act is due
    reverse: bool = False  # what the target does back (PETRARCH [xxx:yyy]), not what the verb's subject does
