"""Cutting details out of a text: plain Python, no database."""

from safety.redaction import REMOVED, redact_text

TEXT = "Call Dr Ann Blake on 555-0100 at Elm Clinic."


def span(text: str, kind: str = "person") -> dict:
    start = TEXT.index(text)
    return {"kind": kind, "start": start, "end": start + len(text), "text": text}


def test_each_span_becomes_removed_and_the_rest_is_untouched():
    result, taken = redact_text(TEXT, [span("Ann Blake"), span("555-0100", "phone")])
    assert result == f"Call Dr {REMOVED} on {REMOVED} at Elm Clinic."
    assert [s["kind"] for s in taken] == ["person", "phone"]


def test_a_span_whose_text_changed_is_left_alone():
    stale = {**span("Ann Blake"), "text": "Someone else"}
    result, taken = redact_text(TEXT, [stale])
    assert result == TEXT
    assert taken == []


def test_overlapping_and_out_of_range_spans_are_skipped():
    outer = span("Ann Blake")
    inner = {"kind": "person", "start": outer["start"] + 4, "end": outer["end"]}
    beyond = {"kind": "phone", "start": 5, "end": 500}
    result, taken = redact_text(TEXT, [inner, outer, beyond])
    assert result == f"Call Dr {REMOVED} on 555-0100 at Elm Clinic."
    assert taken == [outer]
