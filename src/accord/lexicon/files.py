"""Every data file any stage uses is read here: one function records its name and bytes, one error format."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import DictionaryError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Source:
    """One file as read: the name errors give, its text, and the digest of its bytes."""

    name: str
    text: str
    digest: str

    @property
    def stamp(self) -> tuple[str, str]:
        return self.name, self.digest


def utf8(name: str, data: bytes) -> str:
    """The text of a file that must be UTF-8, or a DictionaryError naming it."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


def mixed(name: str, data: bytes) -> str:
    """The text of a file whose lines mix encodings (the PETRARCH/Phoenix dictionaries): each line as UTF-8,
    else Latin-1."""
    lines = []
    for line in data.splitlines():
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("latin-1"))
    return "\n".join(lines)


Decoder = Callable[[str, bytes], str]


def _source(name: str, data: bytes, decode: Decoder) -> Source:
    return Source(name, decode(name, data), hashlib.sha256(data).hexdigest())


def read_data(*parts: str, decode: Decoder = utf8) -> Source:
    """A file shipped in accord/data ("cameo", "verbs.yaml"), named by its path there; `decode=mixed` for the
    PETRARCH/Phoenix files."""
    return _source("/".join(parts), resources.files("accord.data").joinpath(*parts).read_bytes(), decode)


def read_path(path: str | Path, what: str = "dictionary", decode: Decoder = utf8) -> Source:
    """A user's file, named by the path given; `decode=mixed` for a PETRARCH/Phoenix file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the {what} ({exc.strerror})") from exc
    return _source(str(path), data, decode)


def digest(stamps: Iterable[tuple[str, str]], *extra: str) -> str:
    """One short digest over the files read (name and bytes) and `extra` strings (a model's name and
    version): the coder version that `accord recode` compares."""
    h = hashlib.sha256()
    for name, file_digest in sorted(set(stamps)):
        h.update(f"{name}\0{file_digest}\n".encode())
    for item in extra:
        h.update(f"{item}\n".encode())
    return h.hexdigest()[:10]


def one_words(v: list[str], forbidden: str = "") -> list[str]:
    """A field validator's check of a word list: each entry one lower-case word (without `forbidden`
    characters); the first that is not is named by its place."""
    for n, word in enumerate(v):
        if not isinstance(word, str) or not word or word != word.strip().lower() or " " in word \
                or any(c in word for c in forbidden):
            raise ValueError(f"entry {n} ({word!r}) must be one lower-case word")
    return v


def where(name: str, line: int | None = None, field: str | None = None) -> str:
    """The place an error names: "file: line N: field"."""
    out = name
    if line is not None:
        out += f": line {line}"
    if field:
        out += f": {field}"
    return out


def load_yaml(source: Source):
    """The parsed YAML of `source`, or a DictionaryError naming the file and line."""
    try:
        return yaml.load(source.text, Loader=_LOADER)  # noqa: S506 (a safe loader, in C where built)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(err, "problem", None) or str(err)
        raise DictionaryError(f"{where(source.name, line)}: not valid YAML ({problem})") from err


def _line_of(source: Source, loc: tuple) -> int | None:
    """The line of the YAML node at `loc` (keys and indexes), or of its nearest parent found."""
    try:
        node = yaml.compose(source.text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def located(source: Source, loc: tuple) -> str:
    """The place of the YAML node at `loc` (keys and indexes) in an error: "file: line N: a.b.c"."""
    return where(source.name, _line_of(source, loc), ".".join(map(str, loc)))


def validate(source: Source, model: type[BaseModel], data=None) -> BaseModel:
    """`source`'s YAML (or `data` parsed from it) checked against `model`; the first problem is raised as
    "file: line N: field: message"."""
    if data is None:
        data = load_yaml(source) or {}
    if not isinstance(data, dict):
        raise DictionaryError(f"{where(source.name, 1)}: expected a mapping of fields, got {type(data).__name__}")
    try:
        return model(**data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = tuple(first["loc"])
        raise DictionaryError(f"{located(source, loc)}: {first['msg']}") from err
