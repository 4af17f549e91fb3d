"""Accord's exceptions: each message names the input and what to do about it."""


class AccordError(Exception):
    """Base class of every error Accord raises on purpose."""


class InputError(AccordError):
    """An input file or record cannot be read."""


class LanguageError(InputError):
    """A document is not in a language the pipeline handles."""


class DictionaryError(AccordError):
    """A dictionary file is malformed; the message names file, row and field."""


class StoreError(AccordError):
    """The database cannot be opened or written."""


class ModelError(AccordError):
    """The spaCy model cannot be loaded."""
