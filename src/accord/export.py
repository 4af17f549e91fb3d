"""Write events as CSV, JSON lines, Parquet, or the GDELT 2.0 event table layout."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO

from .errors import AccordError

FORMATS = ("csv", "jsonl", "parquet", "gdelt")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "|".join(map(str, value))
    return value


def _actor_fields(code: str, name: str) -> list[str]:
    country = code[:3] if code and not code.startswith("---") else ""
    types = [code[i:i + 3] for i in range(3, len(code), 3)][:3] if code else []
    if code.startswith("IGO"):
        country, types = "", ["IGO"]
    types += [""] * (3 - len(types))
    return [code, name, country, "", "", "", "", *types]


def gdelt_row(e: dict) -> list:
    """One event in the GDELT 2.0 column order; blank where Accord has no value."""
    day = e.get("event_date") or e.get("published")
    sqldate = day.strftime("%Y%m%d") if day else ""
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    code = e["code"]
    base = code[:3] if len(code) > 3 else code
    row = [e["id"], sqldate, sqldate[:6], sqldate[:4], fraction,
           *_actor_fields(e["source"], e.get("source_text", "")),
           *_actor_fields(e["target"], e.get("target_text", "")),
           1 if e.get("sentence_index") == 0 else 0, code, base, code[:2], e.get("quad_class") or "",
           e.get("goldstein") if e.get("goldstein") is not None else "",
           1, 1, 1, ""]
    row += [""] * (len(GDELT_COLUMNS) - len(row) - 2)
    added = (e.get("published") or day)
    row += [added.strftime("%Y%m%d") + "000000" if added else "", e.get("url") or ""]
    return row


def write_rows(rows: Iterable[dict], fmt: str, out: Path | None, stream: IO[str] | None = None) -> int:
    """Write plain rows (commitments, quotes) as csv or jsonl."""
    return write_events(rows, fmt, out, stream) if fmt in ("csv", "jsonl") else 0


def write_events(events: Iterable[dict], fmt: str, out: Path | None, stream: IO[str] | None = None) -> int:
    """Write events to `out` (or `stream` for text formats); returns how many were written."""
    if fmt not in FORMATS:
        raise AccordError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = list(events)
    if fmt == "parquet":
        if out is None:
            raise AccordError("parquet needs --output FILE (it is a binary format)")
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([{k: _plain(v) if isinstance(v, list) else v for k, v in r.items()}
                                      for r in rows]) if rows else pa.table({})
        pq.write_table(table, out)
        return len(rows)
    fh = open(out, "w", encoding="utf-8", newline="") if out else stream
    try:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps({k: _plain(v) if not isinstance(v, list) else v for k, v in r.items()},
                                    ensure_ascii=False) + "\n")
        elif fmt == "csv":
            writer = csv.writer(fh)
            if rows:
                writer.writerow(list(rows[0]))
            for r in rows:
                writer.writerow([_plain(v) for v in r.values()])
        else:  # GDELT's layout: one event a line, tab-separated, unquoted; white space in a field becomes a space
            for r in rows:
                fh.write("\t".join(" ".join(str(v).split()) for v in gdelt_row(r)) + "\n")
    finally:
        if out:
            fh.close()
    return len(rows)
