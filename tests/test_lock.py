"""The lock files that `make demo` and `make test` install from cover every dependency of pyproject.toml, at
versions its bounds allow, each with the hashes of its files (pip --require-hashes refuses anything else)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def pins(name: str) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) of a lock file, for this interpreter (the lock is one resolution for
    every Python from 3.10, with markers where the pins differ)."""
    out: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines():
        if m := PIN.match(line):
            current = canonicalize_name(m.group(1))
            if m.group(3) and not Marker(m.group(3)).evaluate():
                current = None
                continue
            assert current not in out, f"{current} pinned twice for this Python in requirements/{name}"
            out[current] = (m.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, n = out[current]
            out[current] = (version, n + 1)
        elif not line.startswith((" ", "\t")):
            current = None
    return out


def needed(extra: str | None) -> list[Requirement]:
    reqs = [Requirement(r) for r in PROJECT["dependencies"]]
    if extra:
        reqs += [Requirement(r) for r in PROJECT["optional-dependencies"][extra]]
    return [r for r in reqs if r.marker is None or r.marker.evaluate({"extra": extra or ""})]


@pytest.mark.parametrize(("lock", "extra"), [("main.txt", None), ("dev.txt", "dev")])
def test_lock_pins_every_dependency_within_its_bounds_with_hashes(lock, extra):
    pinned = pins(lock)
    assert len(pinned) > 50
    for req in needed(extra):
        name = canonicalize_name(req.name)
        assert name in pinned, f"{name} is not in requirements/{lock}: run make lock"
        version, hashes = pinned[name]
        assert req.specifier.contains(version, prereleases=True), \
            f"requirements/{lock} pins {name}=={version}, outside {req.specifier}: run make lock"
    assert all(n > 0 for _, n in pinned.values()), [k for k, (_, n) in pinned.items() if not n]


def test_lock_model_pin_matches_the_lock():
    line = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8").split("\n")
    [spec] = [ln for ln in line if ln and not ln.startswith("#")]
    name, version = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", spec).groups()
    digest = spec.split("--hash=sha256:")[1].strip()
    for lock in ("main.txt", "dev.txt"):
        assert pins(lock)[canonicalize_name(name)][0] == version
        assert f"--hash=sha256:{digest}" in (ROOT / "requirements" / lock).read_text(encoding="utf-8")
