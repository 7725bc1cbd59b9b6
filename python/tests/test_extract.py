"""The Python package: offsets, fields, batches, dates and errors."""

import datetime
import json
import threading

import pytest

import geopol

EX = geopol.Extractor()

ARTICLE = (
    "BEIJING, March 1, 2023 \u2014 The Chinese foreign minister met "
    "Vladimir Putin in Moscow. Le pr\u00e9sident Macron \u00e0 Paris \U0001f600 "
    "said NATO and the U.S. would talk. Putin agreed."
)


def test_offsets_are_str_indices_and_bytes_are_utf8_offsets():
    mentions = EX.extract(ARTICLE)
    assert len(mentions) >= 6
    data = ARTICLE.encode("utf-8")
    for m in mentions:
        assert ARTICLE[m.start : m.end] == m.text
        assert data[m.byte_start : m.byte_end].decode("utf-8") == m.text
    # After the emoji (one str index, four bytes) the two differ.
    nato = next(m for m in mentions if m.text == "NATO")
    assert nato.byte_start - nato.start == len(data[: nato.byte_start]) - len(
        data[: nato.byte_start].decode("utf-8")
    )
    assert nato.byte_start > nato.start


def test_fields_kinds_and_ids():
    by_text = {m.text: m for m in EX.extract(ARTICLE)}
    putin = by_text["Vladimir Putin"]
    assert putin.kind == "person"
    assert putin.id == "person:vladimir-putin"
    assert putin.name == "Vladimir Putin"
    assert putin.country == "RUS"
    assert by_text["Moscow"].kind == "location"
    assert by_text["U.S."].kind == "state"
    # The dateline's date names the holder of the office.
    role = by_text["Chinese foreign minister"]
    assert role.kind == "person" and role.id == "person:qin-gang"
    assert role.wikidata and role.wikidata.startswith("Q")
    # Without evidence asked for, no "how".
    assert all(m.how is None for m in by_text.values())


def test_to_dict_is_json_ready_and_complete():
    m = EX.extract("Talks in Moscow.")[0]
    d = m.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert set(d) == {
        "start",
        "end",
        "byte_start",
        "byte_end",
        "text",
        "kind",
        "id",
        "name",
        "country",
        "wikidata",
        "category",
        "candidates",
        "how",
    }
    assert d["text"] == "Moscow" and d["candidates"] == []


def test_repr_and_equality():
    a = EX.extract("Talks in Moscow.")[0]
    b = EX.extract("Talks in Moscow.")[0]
    assert a == b and a is not b
    assert a != EX.extract("In Moscow.")[0]
    assert repr(a).startswith("Mention(start=9, end=15, text='Moscow', kind='location'")


def test_options_kinds_guesses_evidence_and_builtin():
    text = "The candidate Sarkis Assadourian met Vladimir Putin in Moscow."
    people = geopol.Extractor(kinds=["person"]).extract(text)
    assert {m.kind for m in people} == {"person"}
    assert "Sarkis Assadourian" in {m.text for m in people}
    known = geopol.Extractor(guesses=False).extract(text)
    assert [m.text for m in known] == ["Vladimir Putin", "Moscow"]
    hows = {m.text: m.how for m in geopol.Extractor(evidence=True).extract(text)}
    assert hows["Vladimir Putin"] == "exact"
    assert hows["Sarkis Assadourian"] == "cue"
    with pytest.raises(ValueError, match="planet"):
        geopol.Extractor(kinds=["state", "planet"])


def test_user_gazetteers(tmp_path):
    path = tmp_path / "mine.jsonl"
    entry = {
        "id": "org:qarzan-front",
        "kind": "organization",
        "name": "Qarzan Liberation Front",
        "aliases": ["QLF"],
    }
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    for paths in ([path], [str(path)]):
        ex = geopol.Extractor(gazetteers=paths)
        ids = [m.id for m in ex.extract("The QLF met in Moscow.")]
        assert ids == ["org:qarzan-front", "loc:moscow"]
    only = geopol.Extractor(gazetteers=[path], builtin=False)
    assert [m.text for m in only.extract("The QLF met in Moscow.")] == ["QLF"]


def test_bad_gazetteers_raise_gazetteer_error_with_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"id": "x", "kind": "state", "name": "Xland"}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(geopol.GazetteerError) as e:
        geopol.Extractor(gazetteers=[path])
    assert isinstance(e.value, ValueError)
    assert e.value.file == str(path)
    assert e.value.line == 2
    assert str(e.value).startswith(f"{path}:2: ")
    assert e.value.reason
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(geopol.GazetteerError) as e:
        geopol.Extractor(gazetteers=[missing])
    assert e.value.file == str(missing) and e.value.line is None


def test_text_must_be_str():
    for bad in (None, 5, b"Moscow", ["Moscow"]):
        with pytest.raises(TypeError, match="text must be str"):
            EX.extract(bad)
    with pytest.raises(TypeError):
        EX.extract_batch("Moscow")
    with pytest.raises(TypeError, match="text must be str"):
        EX.extract_batch(["Moscow", 5])


def test_any_str_is_valid_input():
    for text in ("", " ", "\x00", "\ud800 lone surrogate", "\u0301" * 5, "A" * 100_000):
        try:
            mentions = EX.extract(text)
        except UnicodeEncodeError:
            # A lone surrogate has no UTF-8: Python says so, nothing breaks.
            assert "\ud800" in text
            continue
        for m in mentions:
            assert text[m.start : m.end] == m.text


def test_dates():
    text = "Trudeau met the premiers."
    then = EX.extract(text, date="1975-06-01")
    assert then[0].id == "person:pierre-trudeau"
    now = EX.extract(text, date=datetime.date(2018, 6, 1))
    assert now[0].id == "person:justin-trudeau"
    assert EX.extract(text, date=datetime.datetime(1975, 6, 1, 12, 0))[0] == then[0]
    for bad in ("2023-13-01", "yesterday", "2023-02-30"):
        with pytest.raises(ValueError, match="not a date"):
            EX.extract(text, date=bad)
    with pytest.raises(TypeError):
        EX.extract(text, date=20230301)


def test_batches_are_in_order_and_equal_to_one_by_one():
    texts = [ARTICLE, "", "Talks in Moscow.", "no entities here"] * 50
    alone = [EX.extract(t) for t in texts]
    for threads in (0, 1, 2, 3):
        assert EX.extract_batch(texts, threads=threads) == alone
    assert EX.extract_batch([]) == []
    assert EX.extract_batch(iter(texts[:3])) == alone[:3]
    dates = [None, "1975-06-01"] * 100
    dated = ["Trudeau met the premiers."] * 200
    want = [EX.extract(t, date=d) for t, d in zip(dated, dates)]
    assert EX.extract_batch(dated, threads=2, dates=dates) == want
    with pytest.raises(ValueError, match="1 dates for 200 texts"):
        EX.extract_batch(dated, dates=["2020-01-01"])


def test_batches_let_other_python_threads_run():
    # While a large batch runs in Rust, a Python thread counts; had the
    # batch held the GIL, it could not count in the meantime.
    texts = [ARTICLE * 20] * 400
    counts = []
    stop = threading.Event()

    def count():
        n = 0
        while not stop.is_set():
            n += 1
            counts.append(n)

    t = threading.Thread(target=count)
    t.start()
    try:
        before = len(counts)
        EX.extract_batch(texts, threads=1)
        during = len(counts) - before
    finally:
        stop.set()
        t.join()
    assert during > 1000
