"""Extraction over a Spark DataFrame, for corpora that outgrow one machine.

::

    from geopol.spark import extract
    out = extract(df, "text", date_col="published")
    out.select("id", "mentions").show()

``extract`` returns the DataFrame with a ``mentions`` column: an array of
structs with the fields of :meth:`geopol.Mention.to_dict`. Rows are sent to
Python in Arrow batches (``mapInPandas``); each executor process builds one
extractor, the first time it needs it, and reuses it for every batch.

Imported before any Spark context is made, this module sets
``PYSPARK_PYTHON`` to the running Python when it is unset, so that local
workers run the Python where geopol is installed.

PySpark, pandas and PyArrow are optional dependencies:
``pip install "./python[spark]"``.
"""

import os
import sys
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from pyspark import SparkContext
from pyspark.sql import DataFrame
from pyspark.sql.types import (
    ArrayType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from geopol._geopol import Extractor

__all__ = ["MENTION_TYPE", "extract"]

# Spark's Python workers run `python3` from the PATH unless told otherwise,
# which in a virtual environment that is not activated is not the Python
# where geopol is installed. When nothing says which Python they run and
# no Spark context is running yet, they run this one. (A cluster whose
# nodes have geopol elsewhere sets PYSPARK_PYTHON, which is then kept.)
_CHOSE_PYTHON = (
    "PYSPARK_PYTHON" not in os.environ
    and SparkContext._active_spark_context is None
    and bool(sys.executable)
)
if _CHOSE_PYTHON:
    os.environ["PYSPARK_PYTHON"] = sys.executable

#: The Spark type of one mention: the fields of ``Mention.to_dict()``.
MENTION_TYPE = StructType(
    [
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("byte_start", LongType(), False),
        StructField("byte_end", LongType(), False),
        StructField("text", StringType(), False),
        StructField("kind", StringType(), False),
        StructField("id", StringType(), True),
        StructField("name", StringType(), False),
        StructField("country", StringType(), True),
        StructField("wikidata", StringType(), True),
        StructField("category", StringType(), True),
        StructField("candidates", ArrayType(StringType(), False), False),
        StructField("how", StringType(), True),
    ]
)

# The extractors of this process, by their options: one per executor
# process, built on first use.
_EXTRACTORS: Dict[Tuple[Any, ...], Extractor] = {}


def _extractor(options: Tuple[Any, ...]) -> Extractor:
    ex = _EXTRACTORS.get(options)
    if ex is None:
        gazetteers, builtin, kinds, guesses, evidence = options
        ex = Extractor(
            gazetteers=list(gazetteers),
            builtin=builtin,
            kinds=None if kinds is None else list(kinds),
            guesses=guesses,
            evidence=evidence,
        )
        _EXTRACTORS[options] = ex
    return ex


def extract(
    df: DataFrame,
    text_col: str,
    date_col: Optional[str] = None,
    *,
    output_col: str = "mentions",
    gazetteers: Sequence[str] = (),
    builtin: bool = True,
    kinds: Optional[Sequence[str]] = None,
    guesses: bool = True,
    evidence: bool = False,
    threads: int = 1,
) -> DataFrame:
    """``df`` with the mentions of ``text_col`` in a new column.

    ``date_col`` (optional) holds each text's date (a date, a timestamp or
    a string "YYYY-MM-DD"; null for none). A null text has no mentions.
    ``gazetteers`` are paths every executor can read. ``threads`` is the
    threads each Python worker uses on a batch (1: Spark already runs a
    worker per core). The other options are those of
    :class:`geopol.Extractor`.
    """
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in {df.columns}")
    if date_col is not None and date_col not in df.columns:
        raise ValueError(f"no column {date_col!r} in {df.columns}")
    if output_col in df.columns:
        raise ValueError(f"the DataFrame has a column {output_col!r} already")
    options = (
        tuple(str(g) for g in gazetteers),
        builtin,
        None if kinds is None else tuple(kinds),
        guesses,
        evidence,
    )
    # Fail here, on the driver, for a bad option or gazetteer.
    _extractor(options)
    schema = StructType(
        df.schema.fields + [StructField(output_col, ArrayType(MENTION_TYPE, False), False)]
    )

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        ex = _extractor(options)
        for pdf in batches:
            texts = pdf[text_col].tolist()
            present = [i for i, t in enumerate(texts) if isinstance(t, str)]
            dates: Optional[List[Any]] = None
            if date_col is not None:
                column = pdf[date_col].tolist()
                dates = [_date(column[i]) for i in present]
            found = ex.extract_batch([texts[i] for i in present], threads=threads, dates=dates)
            mentions: List[List[Dict[str, Any]]] = [[] for _ in texts]
            for i, ms in zip(present, found):
                mentions[i] = [m.to_dict() for m in ms]
            pdf = pdf.copy()
            pdf[output_col] = mentions
            yield pdf

    return df.mapInPandas(run, schema)


def _date(value: Any) -> Any:
    """A date of a row for ``extract_batch``: None for a null."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value
