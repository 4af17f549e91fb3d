"""A corpus of bad inputs beside a clean twin, written when a test (or bench/memory.py) runs; nothing big is
committed.

    python tests/bad_inputs.py BAD_DIR CLEAN_DIR [--copies N]

BAD_DIR holds good documents and every bad case; CLEAN_DIR holds the same good documents under the same names,
with each bad line blanked (line numbers stay), each refused file left out and each file that must be read in
spite of its form (Latin-1, UTF-16 without a byte-order mark, a broken but readable HTML page) in plain UTF-8.
Ingesting either folder must store the same tables. The limits are meant to be scaled down (`LIMITS`, or the
ACCORD_MAX_* variables of `ENV`) so that the "huge" cases stay a few megabytes. `--copies N` repeats each short
bad line of lines.jsonl N times (the memory benchmark's N); everything else is the same size whatever N.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
ENV = {"ACCORD_MAX_FILE_MB": "1", "ACCORD_MAX_DECOMPRESSED_MB": "4", "ACCORD_MAX_LINE_MB": "1",
       "ACCORD_MAX_DOCUMENT_CHARS": "20000", "ACCORD_MAX_JSON_DEPTH": "32"}
SETTINGS = {"max_file_mb": 1, "max_decompressed_mb": 4, "max_line_mb": 1, "max_document_chars": 20_000,
            "max_json_depth": 32}

# Good documents, written for these tests: every one is stored by both runs.
STORIES = [
    ("Border Crossing Reopens", "The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to "
     "reopen the border crossing at Tacna. Peru thanked Chile for its help after the floods."),
    ("Envoy Expelled", "Norway expelled a Russian diplomat on Friday after accusing him of spying on an oil "
     "platform. Russia said it would respond in kind."),
    ("Aid Pledged", "Japan pledged 40 million dollars in emergency aid to the Philippines on Monday after the "
     "typhoon destroyed thousands of homes on Samar."),
    ("Talks in Nairobi", "Kenya hosted talks between the government of Ethiopia and rebel commanders on "
     "Wednesday. The mediators said the two sides agreed to a ceasefire."),
    ("Protest Lodged", "China lodged a formal protest with Vietnam on Thursday over the arrest of Chinese "
     "fishermen near the Paracel Islands."),
    ("Sanctions Eased", "The European Union eased sanctions on Belarus on Saturday after the release of six "
     "political prisoners, officials in Brussels said."),
]
NO_DATE = ("Mexico criticised the United States on Sunday for closing two crossings on the Rio Grande without "
           "warning.")
GERMAN = ("Die Außenminister Deutschlands und Frankreichs haben sich am Dienstag in Berlin getroffen und über "
          "die Lage in der Ukraine gesprochen. Beide Regierungen wollen die Hilfe für das Land ausweiten.")
LATIN1 = "Portugal and Spain signed a water treaty in Évora on Tuesday; the ministers praised the café talks."
PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Case:
    """One bad input: the file (or line) it is in and a fragment of the one line it must give."""

    name: str  # file name in the corpus (with ":LINE" for a line of a file)
    expect: str  # a fragment of its failure line
    about: str  # what it is, for test ids


def _record(n: int, title: str, text: str, day: str = "2019-05-0{}") -> dict:
    return {"id": f"r{n}", "title": title, "text": text, "date": day.format(n % 9 + 1), "outlet": "Test Wire"}


def _html(title: str, text: str, broken: bool) -> str:
    page = (f"<!DOCTYPE html><html><head><title>{title}</title><meta name='date' content='2019-06-02'></head>"
            f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{text}</p>"
            f"<p>{text.replace('on ', 'again on ')}</p></article></body></html>")
    return page.replace("</p></article></body></html>", "<div><span></p></b") if broken else page


class Writer:
    """Writes each file twice: as it is (bad) and as the clean run sees it (None: left out)."""

    def __init__(self, bad: Path, clean: Path):
        self.bad, self.clean, self.cases = bad, clean, []

    def file(self, name: str, data: bytes, clean: bytes | None, expect: str | None = None, about: str = ""):
        (self.bad / name).parent.mkdir(parents=True, exist_ok=True)
        (self.bad / name).write_bytes(data)
        if clean is not None:
            (self.clean / name).parent.mkdir(parents=True, exist_ok=True)
            (self.clean / name).write_bytes(clean)
        if expect:
            self.cases.append(Case(name, expect, about or name))

    def refused(self, name: str, data: bytes, expect: str, about: str = "", line: int | None = None):
        self.file(name, data, None)
        self.cases.append(Case(f"{name}:{line}" if line else name, expect, about or name))

    def lines(self, name: str, rows: list[tuple[bytes, str | None, str]], gz: bool = False):
        """A line-based file: (line, expected fragment or None for a good line, about); the clean twin has
        blank lines for the bad ones."""
        bad, clean = [], []
        for n, (line, expect, about) in enumerate(rows, start=1):
            bad.append(line)
            clean.append(line if expect is None else b"")
            if expect:
                self.cases.append(Case(f"{name}:{n}", expect, about))
        pack = gzip.compress if gz else bytes
        self.file(name, pack(b"\n".join(bad) + b"\n"), pack(b"\n".join(clean) + b"\n"))


def write_corpus(bad: Path, clean: Path, copies: int = 1) -> list[Case]:
    """Write both folders; the cases expected to fail, each naming its file (and line)."""
    w = Writer(bad, clean)
    title, text = STORIES[0]
    w.file("good/border.txt", f"{title}\n\n{text}\n".encode(), f"{title}\n\n{text}\n".encode())
    title, text = STORIES[1]
    page = _html(title, text, broken=False).encode()
    w.file("good/envoy.html", page, page)
    w.file("good/truncated-page.html", _html(title, text.replace("Friday", "Monday"), broken=True).encode(),
           _html(title, text.replace("Friday", "Monday"), broken=False).encode())
    w.file("undated.txt", NO_DATE.encode(), NO_DATE.encode())
    w.file("encodings/latin1.txt", LATIN1.encode("latin-1"), LATIN1.encode())
    utf16 = STORIES[2][1].replace("Monday", "Friday")
    w.file("encodings/utf16-no-bom.txt", utf16.encode("utf-16-le"), utf16.encode())

    w.refused("empty.txt", b"", "the file is empty", "empty file")
    w.refused("blank.txt", b" \n\t\n", "the file is empty", "blank file")
    w.refused("empty.jsonl", b"", "the file is empty", "empty JSONL")
    w.refused("png8.txt", PNG, "a PNG image", "8-byte PNG")
    w.refused("image.png", PNG + b"\x00\x00\x00\rIHDR" + bytes(17), "a PNG image", "PNG")
    w.refused("report.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document", "PDF")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("story.txt", STORIES[3][1])
    w.refused("story.zip", archive.getvalue(), "a ZIP archive", "ZIP")
    w.refused("tool", b"\x7fELF\x02\x01\x01" + bytes(57), "an ELF executable", "ELF")
    w.refused("control.txt", bytes(range(1, 32)) * 40, "control characters", "control bytes")
    w.refused("twice.txt.gz", gzip.compress(gzip.compress(STORIES[3][1].encode())), "gzip data inside gzip",
              "gzip inside gzip")
    w.refused("truncated.txt.gz", gzip.compress(STORIES[4][1].encode() * 50)[:40], "cannot be read",
              "truncated gzip")
    w.refused("bomb.txt.gz", gzip.compress(b"Peace talks. " * (3 * MB), 9), "over the 1 MB limit of one document",
              "gzip bomb, one document")
    w.refused("bomb.jsonl.gz", gzip.compress((b" " * 1000 + b"\n") * (6 * 1024), 9),
              "expands to more than 4 MB", "gzip bomb, JSONL")
    w.refused("mojibake.txt", "The minister met the délégation in Genève and the café owners.".encode()
              .decode("latin-1").encode(), "mojibake", "mojibake")
    w.refused("replacement.txt", ("Talks \ufffd\ufffd\ufffd\ufffd in \ufffd\ufffd\ufffd." * 5).encode(),
              "does not decode to readable text", "replacement characters")
    w.refused("german.txt", GERMAN.encode(), "language detected as 'de'", "unknown language")
    w.refused("no-text.html", b"<html><body><script>var x = 1;</script></body></html>",
              "no article text", "HTML without text")
    w.refused("utf16.jsonl", json.dumps(_record(1, *STORIES[5])).encode("utf-16"), "JSONL must be UTF-8",
              "UTF-16 JSONL")

    deep = b'{"text": "Chile thanked Peru.", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    long_line = json.dumps({"text": "Peru thanked Chile. " * 60_000}).encode()  # about 1.2 MB
    over_chars = json.dumps({"text": "Peru praised Chile. " * 1_500}).encode()  # 30,000 characters
    small_bad = [
        (b'{"text": "Chile thanked Peru." ', "malformed JSON", "malformed JSON"),
        (b'["Chile", "thanked", "Peru"]', "expected a JSON object", "not an object"),
        (b'{"title": "No text here"}', "no 'text' field", "no text field"),
        (b'{"text": "Chile thanked Peru.", "date": "the day after tomorrow-ish?"}', "is not a date", "bad date"),
        (b'{"text": "Chile thanked Peru.", "score": NaN}', "NaN is not a JSON number", "NaN"),
        (b'{"text": "Chile thanked Peru.", "score": 1e999}', "too large a number", "infinite number"),
        (b'{"text": "Chile thanked Peru.", "n": ' + b"9" * 5000 + b"}", "malformed JSON", "huge integer"),
        (b'{"text": "Chile thanked\\u0000 Peru."}', "NUL character", "NUL in text"),
        (b'{"text": "Chile thanked Peru \\ud800."}', "lone surrogate", "lone surrogate"),
        (b'{"text": "Chile thanked \xff\xfe Peru."}', "not UTF-8", "invalid UTF-8 line"),
    ]
    rows = [(json.dumps(_record(n, *STORIES[n])).encode(), None, "") for n in (2, 3)]
    for _ in range(copies):
        rows += small_bad
    rows += [(deep, "nested deeper than 32 levels", "nested JSON"),
             (over_chars, "over the limit of 20,000", "too many characters"),
             (long_line, "line longer than 1 MB", "long line"),
             (json.dumps(_record(4, *STORIES[4])).encode(), None, "")]
    w.lines("lines.jsonl", rows)

    def csv_row(n: int, title: str, text: str) -> bytes:
        return f'r{n},"{title}","{text}",2019-0{n}-11'.encode()

    w.lines("table.csv", [
        (b"id,title,text,date", None, ""),
        (csv_row(3, *STORIES[3]).replace(b"Kenya", b"Uganda"), None, ""),
        (b'r8,"Bad","a "quoted" field" trailing,2019-01-01', "malformed CSV", "CSV bad quoting"),
        (b"r9,Short,too,many,fields,here", "more fields than the header", "CSV ragged row"),
        (b'r10,Huge,"' + b"Peace talks resumed. " * 60_000 + b'",2019-01-01', "line longer than 1 MB",
         "huge CSV field"),
        (csv_row(5, *STORIES[5]), None, ""),
    ])
    records = "id,title,text,date\n" + "\n".join(
        f'g{n},"{title}","{text} Officials confirmed it.",2019-0{n}-20' for n, (title, text) in
        enumerate(STORIES[:4], start=1)) + "\n"
    w.file("records.csv.gz", gzip.compress(records.encode()), gzip.compress(records.encode()))
    w.refused("unterminated.csv", b'id,text\nu1,"Chile thanked Peru.\nu2,Peru thanked Chile.\n',
              "malformed CSV (unexpected end of data)", "CSV unterminated quote", line=3)
    return w.cases


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bad", type=Path)
    parser.add_argument("clean", type=Path)
    parser.add_argument("--copies", type=int, default=1, help="times each bad line of lines.jsonl is repeated")
    args = parser.parse_args(argv)
    cases = write_corpus(args.bad, args.clean, args.copies)
    print(f"CORPUS {len(cases)} bad cases in {args.bad}, clean twin in {args.clean}")


if __name__ == "__main__":
    main()
