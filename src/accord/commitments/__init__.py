"""The commitments ledger: promises found in sentences, and later sentences as evidence of their fate.

Two steps. `ClaimFinder.claims` (frame.py) reads one parsed sentence and returns Claims: a promise made, as a
frame around the promised act (promisor, act, promisee, date, condition, deadline), an act done or not done by
an actor, a promise said to be kept, broken or withdrawn, an act set "despite" a promise, or "neither of these"
pointing back at promises. `build_ledger` (ledger.py) then walks all claims of a store in reading order:
promises become Commitments (a restated promise joins the existing one), later claims about the same act are
evidence, and the status follows from the dated evidence by named rules; `not_taken` says, for one promise, which
sentences about the same things were not taken as its evidence and why.
"""

from __future__ import annotations

from ..lexicon.commitments import Lexicon, load_lexicon
from .frame import ClaimFinder, act_lemmas, act_span, negated
from .ledger import STATUSES, build_ledger, decide, ledger_row, match, not_taken, similarity

__all__ = ["STATUSES", "ClaimFinder", "Lexicon", "act_lemmas", "act_span", "build_ledger", "decide", "ledger_row",
           "load_lexicon", "match", "negated", "not_taken", "similarity"]
