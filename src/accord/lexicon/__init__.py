"""Every word list the stages use, loaded once into typed, frozen models; one digest is the coder version.

Each file is read through `files.read_data` (shipped) or `files.read_path` (a user's), which record its name and
the digest of its bytes; the models keep those stamps in `sources`, and `coder_digest` combines them with the
spaCy model's name and version.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .files import Source, digest, read_data, read_path

__all__ = ["Source", "actor_sources", "coder_digest", "digest", "read_data", "read_path"]


def actor_sources(extra: Iterable[Path] = ()) -> tuple[tuple[str, str], ...]:
    """Stamps of the shipped actor dictionaries and of the user's `--actors` files."""
    shipped = sorted(p.name for p in resources.files("accord.data").joinpath("actors").iterdir()
                     if p.name.endswith((".tsv", ".yaml", ".txt")))
    from .files import mixed
    from .phoenix import BUNDLED_ACTORS, BUNDLED_AGENTS

    layered = tuple(read_data("petrarch2", name, decode=mixed).stamp for name in (*BUNDLED_ACTORS, BUNDLED_AGENTS))
    return (*(read_data("actors", name).stamp for name in shipped), *layered,
            *(read_path(p, "actor dictionary").stamp for p in extra))


def model_stamp(nlp) -> str:
    """The spaCy model's package name and version ("en_core_web_sm 3.8.0")."""
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def coder_digest(nlp, *models, actor_files: Iterable[Path] = (), layers: Iterable[str] = ()) -> str:
    """The digest over every file the coder's lexicon was built from (each model's `sources`), the actor
    dictionaries, the dictionary layers in use (`layers`) and the spaCy model."""
    from .commitments import load_lexicon
    from .dates import load_date_words
    from .quotes import load_cues

    stamps = [s for m in (*models, load_cues(), load_lexicon(), load_date_words()) for s in m.sources]
    stamps += actor_sources(actor_files)
    return digest(stamps, model_stamp(nlp), *layers)
