"""Peak memory of `accord ingest` for N and 10·N inputs, good and bad: flat when ingest streams.

    python bench/memory.py [--docs 300] [--bad 5000] [--workers 2] [--only good|bad]

Good: a generated corpus (bench/corpus.py, seed 1) of N and 10·N documents. Bad: the bad-input corpus of the
tests (tests/bad_inputs.py: binary files, gzip bombs, a long line, a huge CSV field, nested JSON ...) with each of
its short bad JSONL lines repeated N and 10·N times, ingested with its scaled-down limits (its ACCORD_MAX_*
variables) and `--failures FILE`, so every failure goes through the console and the file. Each run is
`accord ingest` in a fresh process into a fresh SQLite file; the resident set sizes of that process and all its
children (the worker processes) are summed every 50 ms and the peak kept. The last lines are
`RATIO peak_rss_10n_vs_n <peak at 10·N / peak at N>` and `RATIO peak_rss_bad_10n_vs_n ...`; the aim is 1.1 or
less for each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from bad_inputs import ENV, write_corpus  # noqa: E402
from corpus import write_jsonl  # noqa: E402

SAMPLE_SECONDS = 0.05


def peak_rss(command: list[str], env: dict | None = None, ok: tuple[int, ...] = (0,)) -> tuple[int, float, str]:
    """Run the command; the peak of the summed RSS of it and its descendants (bytes), seconds, its output."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:  # a file, not a pipe: no limit to the output
        proc = psutil.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
        peak = 0
        while proc.poll() is None:
            total = 0
            for p in [proc, *proc.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:  # ended between listing and reading
                    pass
            peak = max(peak, total)
            time.sleep(SAMPLE_SECONDS)
        log.seek(0)
        output = log.read()
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed:\n{output[-3000:]}")
    return peak, time.perf_counter() - start, output


def good_runs(accord: str, tmp: Path, n: int, workers: int) -> dict[int, int]:
    peaks = {}
    for docs in (n, 10 * n):
        corpus = tmp / f"corpus-{docs}.jsonl"
        words = write_jsonl(corpus, docs, seed=1)[1]
        db = tmp / f"memory-{docs}.db"
        peak, seconds, output = peak_rss([accord, "ingest", str(corpus), "--db", f"sqlite:///{db}",
                                          "--workers", str(workers)])
        peaks[docs] = peak
        print(f"{docs:7d} documents {words:9d} words  peak RSS {peak / 2**20:8.1f} MiB  {seconds:7.1f} s  "
              f"database {db.stat().st_size / 2**20:6.1f} MiB")
        print("   ", " ".join(output.split())[:200])
    return peaks


def bad_runs(accord: str, tmp: Path, n: int, workers: int) -> dict[int, int]:
    peaks = {}
    for copies in (n, 10 * n):
        folder = tmp / f"bad-{copies}"
        cases = write_corpus(folder, tmp / f"clean-{copies}", copies)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        db, failures = tmp / f"bad-{copies}.db", tmp / f"failures-{copies}.jsonl"
        peak, seconds, output = peak_rss([accord, "ingest", str(folder), "--db", f"sqlite:///{db}",
                                          "--workers", str(workers), "--failures", str(failures)],
                                         env={**os.environ, **ENV}, ok=(1,))
        with open(failures, encoding="utf-8") as fh:
            failed = sum(1 for _ in fh)
        peaks[copies] = peak
        print(f"{copies:7d} copies {len(cases):9d} bad inputs {failed:9d} failure lines  {size / 2**20:7.1f} MiB "
              f"on disk  peak RSS {peak / 2**20:8.1f} MiB  {seconds:7.1f} s")
        print("   ", output.strip().splitlines()[-2][:200])
    return peaks


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="N of the good corpus; the large one is 10·N")
    parser.add_argument("--bad", type=int, default=5000, help="N: times each short bad line is repeated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=("good", "bad"), help="run one of the two corpora only")
    args = parser.parse_args(argv)
    accord = shutil.which("accord") or sys.exit("the accord command is not installed (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="accord-memory-") as tmp:
        good = good_runs(accord, Path(tmp), args.docs, args.workers) if args.only != "bad" else {}
        bad = bad_runs(accord, Path(tmp), args.bad, args.workers) if args.only != "good" else {}
    print(f"workers {args.workers}  cores {os.cpu_count()}  RSS summed over the accord process and its children")
    if good:
        print(f"RATIO peak_rss_10n_vs_n {good[10 * args.docs] / good[args.docs]:.3f}")
    if bad:
        print(f"RATIO peak_rss_bad_10n_vs_n {bad[10 * args.bad] / bad[args.bad]:.3f}")


if __name__ == "__main__":
    main()
