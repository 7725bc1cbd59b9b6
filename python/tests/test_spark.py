"""The Spark helper in local mode, against Extractor.extract."""

import datetime
import os
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402

import geopol  # noqa: E402
import geopol.spark  # noqa: E402

TEXTS = [
    "Talks in Moscow with Vladimir Putin. NATO said the U.S. agreed.",
    "Le pr\u00e9sident Macron \u00e0 Paris \U0001f600 met the Chinese foreign minister.",
    "",
    None,
    "Trudeau met the premiers.",
]
DATES = [None, datetime.date(2023, 3, 1), None, None, datetime.date(1975, 6, 1)]


@pytest.fixture(scope="module")
def spark():
    session = (
        SparkSession.builder.master("local[2]")
        .appName("geopol-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_mentions_column_matches_extract(spark):
    rows = [(i, t, d) for i, (t, d) in enumerate(zip(TEXTS, DATES))]
    df = spark.createDataFrame(rows, "id long, text string, day date").repartition(2)
    out = geopol.spark.extract(df, "text", date_col="day").orderBy("id").collect()
    ex = geopol.Extractor()
    assert [r["id"] for r in out] == list(range(len(TEXTS)))
    for r, text, day in zip(out, TEXTS, DATES):
        want = [] if text is None else [m.to_dict() for m in ex.extract(text, date=day)]
        got = [m.asDict(recursive=True) for m in r["mentions"]]
        assert got == want
    assert out[4]["mentions"][0]["id"] == "person:pierre-trudeau"


def test_workers_run_this_python(spark):
    if not geopol.spark._CHOSE_PYTHON:
        pytest.skip("PYSPARK_PYTHON was set before geopol.spark was imported")
    # geopol.spark, imported before the session was made, chose them.
    assert spark.sparkContext.pythonExec == sys.executable


def test_options_and_errors(spark):
    df = spark.createDataFrame([(TEXTS[0],)], "text string")
    out = geopol.spark.extract(df, "text", kinds=["person"], evidence=True).collect()
    assert [(m["text"], m["how"]) for m in out[0]["mentions"]] == [("Vladimir Putin", "exact")]
    with pytest.raises(ValueError, match="no column"):
        geopol.spark.extract(df, "body")
    with pytest.raises(ValueError):
        geopol.spark.extract(df, "text", kinds=["planet"])
