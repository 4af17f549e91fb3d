"""Classes of misses found on real newswire, each with sentences written for these tests and counter-examples:
actors named by a region's adjective or a creditor group, country adjectives written in lower case."""

from __future__ import annotations

import pytest


def _realised(events):
    return {(e.source, e.target, e.code) for e in events if e.realised}


def _has(triples, source, target, code):
    return any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # a region's adjective on a noun names the region's actors (the CAMEO/Phoenix region codes)
    ("Western diplomats condemned Syria's decision to close the border.", ("WSTGOV", "SYR", "111")),
    ("Arab states welcomed Egypt's proposal for a conference.", ("ARB", "EGY", "051")),
    ("Gulf officials criticised Iran's naval manoeuvres.", ("PGSGOV", "IRN", "111")),
    ("African leaders urged France to withdraw its troops.", ("AFRGOV", "FRA", "02")),
    ("European governments praised Chile's new constitution.", ("EURGOV", "CHL", "051")),
    ("Latin American presidents criticised the Cuban government.", ("LAMGOV", "CUB", "111")),
    ("Kenya expelled two Western journalists.", ("KEN", "WSTMED", "174")),
])
def test_coding_wire_region_adjective_names_an_actor(code, text, expected):
    triples = _realised(code(text, "1988-05-16"))
    assert _has(triples, *expected), triples


@pytest.mark.parametrize("text", [
    "Iraqi jets attacked two tankers in the Gulf.",        # the Gulf as a place: no actor
    "Mexico closed its oil rigs in the Gulf of Mexico.",
    "Brazil sold coffee to Western Europe and Asia.",
])
def test_coding_wire_region_alone_is_no_actor(code, text):
    events = code(text, "1988-05-16")
    assert not any(code_[:3] in ("PGS", "EUR", "ASA", "WST") for e in events for code_ in (e.source, e.target)), \
        [(e.source, e.target, e.code) for e in events]


def test_coding_wire_region_adjectives_coordinated(code):
    triples = _realised(code("Western and Arab diplomats criticised Libya's raid.", "1988-05-16"))
    assert _has(triples, "WST", "LBY", "111") and _has(triples, "ARB", "LBY", "111"), triples


def test_coding_wire_region_is_never_what_the_document_is_about(pipeline):
    from datetime import date

    events = pipeline.code_text("Western diplomats arrived in Nairobi on Monday. The ministry expelled two "
                                "Ugandan traders.", date(1988, 5, 16))
    assert any(e.source == "KENGOV" and e.code.startswith("16") for e in events), \
        [(e.source, e.target, e.code) for e in events]


def test_coding_wire_region_code_has_a_name(pipeline):
    assert "West" in pipeline.coder.name_of("WSTGOV")
    assert pipeline.coder.name_of("ARB") != "ARB"


@pytest.mark.parametrize(("text", "expected"), [
    # a creditor group named after a city is an organisation, not the city's state
    ("The Paris Club agreed to reschedule Gabon's debt.", ("IGOBUSPCL", "", "03")),
    ("Senegal's finance minister met the Paris Club in March.", ("SENGOV", "IGOBUSPCL", "04")),
])
def test_coding_wire_paris_club_is_a_creditor_group(code, text, expected):
    events = code(text, "1988-05-16")
    triples = _realised(events)
    assert _has(triples, *expected), triples
    assert not any(e.source.startswith("FRA") or e.target.startswith("FRA") for e in events), triples


@pytest.mark.parametrize(("text", "expected"), [
    # a country's adjective in lower case on a noun is still the country, not an ethnic group
    ("Poland signed a trade deal with russian banks.", ("POL", "RUSBUS", "057")),
    ("Angola expelled three portuguese diplomats.", ("AGO", "PRTGOV", "1")),
])
def test_coding_wire_lower_case_country_adjective_is_the_country(code, text, expected):
    triples = _realised(code(text, "1988-05-16"))
    assert _has(triples, *expected), triples
    assert not any(len(s) > 6 or len(t) > 6 for s, t, _ in triples), triples  # no ethnic suffix ("POLBUSrus")


def test_coding_wire_lower_case_word_that_only_looks_like_an_adjective(code):
    events = code("Ghana wants to polish its image with Togo.", "1988-05-16")
    assert not any(e.source.startswith("POL") or e.target.startswith("POL") for e in events)
