"""Where the time of an end-to-end ingest goes: a cProfile of `accord.service.ingest` on Reuters stories, by stage.

    python bench/profile_ingest.py [--words 50000] [--workers 1] [--top 25]

One worker by default, so that spaCy runs in this process and is seen by the profiler. Times are cumulative
per stage (the profiler's overhead inflates them a little, evenly). The last line is
`RATIO spacy_share <seconds in spaCy / seconds end to end>`.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accord.config import Settings  # noqa: E402
from accord.pipeline import Pipeline  # noqa: E402
from accord.service import ingest  # noqa: E402
from accord.store import Store  # noqa: E402
from corpus import REUTERS, read_reuters  # noqa: E402
from throughput import WARMUP_STORIES, write_jsonl  # noqa: E402

# stage: (file part, function name) whose cumulative time it is; spaCy's pipe also pulls the texts from
# Pipeline._process_here.pieces (reading, duplicate check, language check), which is taken off it.
STAGES = {
    "end to end": ("accord/service.py", "ingest"),
    "read inputs and skip stored": ("accord/service.py", "_skip_stored"),
    "language check": ("accord/pipeline.py", "check_language"),
    "feed spaCy (all of the above)": ("accord/pipeline.py", "pieces"),
    "spaCy nlp.pipe": ("spacy/language.py", "pipe"),
    "coding (Pipeline._code)": ("accord/pipeline.py", "_code"),
    "  events (coder.code_doc)": ("accord/coding/coder.py", "code_doc"),
    "  claims (ClaimFinder.claims)": ("accord/commitments/__init__.py", "claims"),
    "  quotes": ("accord/quotes/__init__.py", "find_quotes"),
    "store (Store.add_many)": ("accord/store/__init__.py", "add_many"),
    "ledger (update_ledger)": ("accord/service.py", "update_ledger"),
}


def cumulative(stats: pstats.Stats, where: str, name: str) -> float:
    return sum(v[3] for (file, _line, func), v in stats.stats.items() if func == name and where in file)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--top", type=int, default=25, help="also print the functions with most own time")
    args = parser.parse_args(argv)
    stories = read_reuters(REUTERS, args.words)
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=args.workers))
    with tempfile.TemporaryDirectory(prefix="accord-profile-") as tmp:
        tmpdir = Path(tmp)
        jsonl = write_jsonl(stories, tmpdir / "stories.jsonl")
        with Store(f"sqlite:///{tmpdir / 'warm.db'}") as store:
            ingest([write_jsonl(stories[:WARMUP_STORIES], tmpdir / "warm.jsonl")], store, pipeline)
        profiler = cProfile.Profile()
        with Store(f"sqlite:///{tmpdir / 'profile.db'}") as store:
            summary = profiler.runcall(ingest, [jsonl], store, pipeline)
    stats = pstats.Stats(profiler)
    times = {stage: cumulative(stats, *key) for stage, key in STAGES.items()}
    times["spaCy nlp.pipe"] -= times["feed spaCy (all of the above)"]
    total = times["end to end"]
    print(f"{summary.stored} stories, {summary.words} words, workers {args.workers}, profiled")
    for stage, seconds in times.items():
        print(f"{stage:32s} {seconds:8.2f} s {100 * seconds / total:6.1f} %")
    if args.top:
        print()
        stats.sort_stats("tottime").print_stats(args.top)
    print(f"RATIO spacy_share {times['spaCy nlp.pipe'] / total:.3f}")


if __name__ == "__main__":
    main()
