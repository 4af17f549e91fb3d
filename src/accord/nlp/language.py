"""Language identification, so that documents the English pipeline cannot read are skipped."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and its probability, from its first 3,000 characters."""
    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 40:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)
