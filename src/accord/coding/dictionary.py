"""The coder's dictionaries, loaded by the lexicon layer (accord.lexicon.cameo); names kept for importers."""

from ..lexicon.cameo import (
    TARGET,
    CameoCode,
    Codebook,
    Pattern,
    PatternIndex,
    build_codebook,
    compile_pattern,
    load_codebook,
    load_factuality_cues,
    load_table,
)

__all__ = ["TARGET", "CameoCode", "Codebook", "Pattern", "PatternIndex", "build_codebook", "compile_pattern",
           "load_codebook", "load_factuality_cues", "load_table"]
