"""One naming service for actor codes: the CLI (stored names), the API and the dashboard agree."""

from __future__ import annotations

import pytest

from accord.actors.dictionary import extend, load_builtin
from accord.actors.names import ActorNames, actor_name
from accord.api.labels import actor_label


@pytest.mark.parametrize(("code", "name"), [
    ("USAGOV", "United States government"),
    ("RUSBUS", "Russia business"),
    ("SYRREB", "Syria rebels"),
    ("PRKMIL", "North Korea military"),
    ("GBR", "United Kingdom"),
    ("IGOUNO", "United Nations"),
    ("IGOWSTNAT", "North Atlantic Treaty Organization"),
    ("IRQCVLkur", "Iraq civilians (Kurd)"),
    ("---GOV", "unknown country government"),
])
def test_names_country_agent_and_organisations(code, name):
    assert actor_name(code) == name


def test_names_an_institution_sharing_a_code_does_not_name_it():
    book = load_builtin()
    bodies = [t for t, e in book.phrases.items() if e.kind == "institution" and e.code == "USAGOV"]
    assert len(bodies) >= 2  # several US bodies carry USAGOV; none of them names the code
    assert actor_name("USAGOV") == "United States government"


def test_names_unknown_parts_keep_the_code():
    assert actor_name("ZZZGOV") == "ZZZGOV"
    assert actor_name("USAQQQ") == "United States (QQQ)"
    assert actor_name("IGOUNOQQQ") == "United Nations (QQQ)"
    assert actor_name("") == ""


def test_names_api_label_and_coder_use_the_same_service(pipeline):
    for code in ("USAGOV", "IGOUNO", "IRNMIL", "CHNBUS"):
        assert actor_label(code) == pipeline.coder.name_of(code) == actor_name(code)


def test_names_pipeline_stores_the_service_names(pipeline):
    from accord.records import Article

    [coded] = pipeline.process([Article(text="The Russian government criticised the United Nations.")])
    assert coded.names.get("RUSGOV") == "Russia government"
    assert coded.names.get("IGOUNO") == "United Nations"


def test_names_user_organisation_is_named_by_its_own_text(tmp_path):
    book = load_builtin()
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - code: NGOXYZ\n    names: [XYZ, Friends of the Valley]\n", encoding="utf-8")
    extend(book, path)
    assert ActorNames.from_book(book).name("NGOXYZ") == "Friends of the Valley"


def test_names_layered_phoenix_entries_name_no_code():
    from accord.actors.dictionary import load_actors

    names = ActorNames.from_book(load_actors((), True))
    assert names.name("IGOUNO") == "United Nations"
    assert all(not n.isupper() or len(n) <= 6 for n in names.orgs.values())  # no "GRAEME WHEELER"
