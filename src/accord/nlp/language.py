"""Language identification, so that documents the English pipeline cannot read are skipped."""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

import numpy as np

MIN_LETTERS = 40  # fewer letters than this: undetermined
SHORT_LETTERS = 300  # below this, only a near-certain answer counts ("Qtly div 45 cts vs 45 cts prior")
SHORT_CERTAINTY = 0.99


class Identifier:
    """py3langid's model (normalised probabilities), answering as its `classify` does, with the walk of its byte
    tokenizer done by numpy instead of a Python loop over the bytes.

    The tokenizer is an Aho-Corasick automaton over byte n-grams: the state it reaches after a byte is that of
    the longest n-gram prefix ending there, so it depends on the last `depth` bytes only (`depth`, the longest
    such prefix, is its states' greatest distance from the start). The state after every byte is therefore found
    by `depth` vectorised steps over all positions at once, each position starting from its own `depth`-th byte
    back. The features are scored in the order the walk first meets them, as py3langid sums them, so the
    probabilities are the same to the bit (`tests/test_nlp.py` compares both on Reuters stories)."""

    def __init__(self):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.model = model
        self.nextmove = np.asarray(model.tk_nextmove)  # the model's own array, not copied
        self.rowbase = np.asarray(model.tk_row, dtype=np.intp) << 8
        self.output = np.asarray(model.tk_output, dtype=np.intp)
        self.classes = list(model.nb_classes)
        first: dict[str, int] = {}
        self.aliases = [(first[c], i) for i, c in enumerate(self.classes) if first.setdefault(c, i) != i]
        self.depth = self._depth()

    def _depth(self) -> int:
        """The greatest number of bytes from the start state to any state of the tokenizer (breadth first; states
        that share a row of the transition table share their moves, so each row is expanded once)."""
        moves = self.nextmove.reshape(-1, 256)
        seen = np.zeros(len(self.rowbase), dtype=bool)
        expanded = np.zeros(len(moves), dtype=bool)
        seen[0] = True
        frontier, depth = np.array([0], dtype=np.intp), 0
        while True:
            rows = np.unique(self.rowbase[frontier] >> 8)
            rows = rows[~expanded[rows]]  # a row expanded before leads only to states already seen
            expanded[rows] = True
            reached = np.zeros(len(self.rowbase), dtype=bool)
            reached[moves[rows].ravel()] = True
            reached &= ~seen
            frontier = np.flatnonzero(reached)
            if not len(frontier):
                return depth
            seen |= reached
            depth += 1

    def _states(self, data: bytes) -> np.ndarray:
        """The tokenizer's state after each byte of `data`."""
        n, head = len(data), min(len(data), self.depth - 1)
        state, states = 0, []
        for byte in data[:head]:  # the first bytes have fewer than `depth` before them: walked one by one
            state = int(self.nextmove[self.rowbase[state] + byte])
            states.append(state)
        if n == head:
            return np.array(states, dtype=np.intp)
        codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        tail = np.zeros(n - head, dtype=np.intp)
        for j in range(self.depth):
            tail = self.nextmove[self.rowbase[tail] + codes[j:n - head + j]]
        return np.concatenate([np.array(states, dtype=np.intp), tail])

    def classify(self, text: str) -> tuple[str, float]:
        """The most probable language of `text` and its probability."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        features = self.output[self._states(data)]
        features = features[features >= 0]
        if len(features):
            found, first, counts = np.unique(features, return_index=True, return_counts=True)
            order = np.argsort(first)  # in the order the walk meets them
            rows = self.model.nb_ptc[found[order]].astype(np.float32)
            scores = np.log1p(counts[order].astype(np.float32)) @ rows + self.model.nb_pc
        else:  # no feature: every language alike
            scores = np.zeros(len(self.classes), dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for keep, alias in self.aliases:  # a language with two columns: one score
            scores[keep] += scores[alias]
            scores[alias] = 0.0
        best = int(scores.argmax())
        return self.classes[best], float(scores[best])


@lru_cache(maxsize=1)
def _identifier() -> Identifier:
    return Identifier()


def detect(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and its probability, from its first 3,000 characters; "und"
    when the text is too short to tell."""
    sample = text[:3000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < MIN_LETTERS:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    if letters < SHORT_LETTERS and prob < SHORT_CERTAINTY:
        return "und", float(prob)
    return lang, float(prob)
