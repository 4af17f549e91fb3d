"""Language identification, so that documents the English pipeline cannot read are skipped."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


MIN_LETTERS = 40  # fewer letters than this: undetermined
SHORT_LETTERS = 300  # below this, only a near-certain answer counts ("Qtly div 45 cts vs 45 cts prior")
SHORT_CERTAINTY = 0.99


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
