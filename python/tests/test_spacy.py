"""The spaCy component, found through its entry point."""

import pytest

spacy = pytest.importorskip("spacy")

import geopol  # noqa: E402

TEXTS = [
    "Talks in Moscow with Vladimir Putin. NATO said the U.S. agreed.",
    "The Chinese foreign minister met Sergei Lavrov.",
    "",
]


def test_the_factory_fills_doc_ents_with_kinds_and_ids():
    nlp = spacy.blank("en")
    nlp.add_pipe("geopol")
    doc = nlp(TEXTS[0])
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ents == [
        ("Moscow", "LOCATION", "loc:moscow"),
        ("Vladimir Putin", "PERSON", "person:vladimir-putin"),
        ("NATO", "ORGANIZATION", "org:north-atlantic-treaty-organization"),
        ("U.S.", "STATE", "Q30"),
    ]
    want = [(m.start, m.end) for m in geopol.Extractor().extract(TEXTS[0])]
    assert [(e.start_char, e.end_char) for e in doc.ents] == want


def test_spans_key_keeps_existing_entities():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "TOPIC", "pattern": "Talks"}])
    nlp.add_pipe("geopol", config={"spans_key": "geopol"})
    doc = nlp(TEXTS[0])
    assert [(e.text, e.label_) for e in doc.ents] == [("Talks", "TOPIC")]
    assert [s.text for s in doc.spans["geopol"]] == ["Moscow", "Vladimir Putin", "NATO", "U.S."]


def test_options_pipe_and_dates():
    nlp = spacy.blank("en")
    nlp.add_pipe("geopol", config={"kinds": ["person"], "batch_threads": 2})
    docs = list(nlp.pipe(TEXTS * 20, batch_size=7))
    assert len(docs) == 60
    assert [e.text for e in docs[0].ents] == ["Vladimir Putin"]
    assert [d.text for d in docs] == TEXTS * 20
    one = nlp.make_doc(TEXTS[1])
    one.user_data["date"] = "2023-03-01"
    ents = nlp.get_pipe("geopol")(one).ents
    assert [(e.text, e.kb_id_) for e in ents][0] == ("Chinese foreign minister", "person:qin-gang")


def test_a_misaligned_mention_covers_its_tokens():
    nlp = spacy.blank("en")
    nlp.add_pipe("geopol")
    doc = nlp("The U.S.-led talks in Moscow.")
    assert "Moscow" in [e.text for e in doc.ents]
    for e in doc.ents:
        assert doc.text[e.start_char : e.end_char] == e.text
