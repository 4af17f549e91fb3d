"""Peak memory of `accord ingest` for N and 10·N documents: flat when ingest streams.

    python bench/memory.py [--docs 300] [--workers 2]

Each size is a generated corpus (bench/corpus.py, seed 1) ingested by `accord ingest` in a fresh process into a
fresh SQLite file; the resident set sizes of that process and all its children (the worker processes) are summed
every 50 ms and the peak kept. The last line is `RATIO peak_rss_10n_vs_n <peak at 10·N / peak at N>`; the aim
is 1.1 or less.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_jsonl  # noqa: E402

SAMPLE_SECONDS = 0.05


def peak_rss(command: list[str]) -> tuple[int, float, str]:
    """Run the command; the peak of the summed RSS of it and its descendants (bytes), seconds, its output."""
    start = time.perf_counter()
    proc = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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
    output = proc.stdout.read()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{output}")
    return peak, time.perf_counter() - start, output


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="N: the small corpus; the large one is 10·N")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    accord = shutil.which("accord") or sys.exit("the accord command is not installed (pip install -e .)")
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="accord-memory-") as tmp:
        for docs in (args.docs, 10 * args.docs):
            corpus = Path(tmp) / f"corpus-{docs}.jsonl"
            words = write_jsonl(corpus, docs, seed=1)[1]
            db = Path(tmp) / f"memory-{docs}.db"
            peak, seconds, output = peak_rss([accord, "ingest", str(corpus), "--db", f"sqlite:///{db}",
                                              "--workers", str(args.workers)])
            peaks[docs] = peak
            print(f"{docs:7d} documents {words:9d} words  peak RSS {peak / 2**20:8.1f} MiB  {seconds:7.1f} s  "
                  f"database {db.stat().st_size / 2**20:6.1f} MiB")
            print("   ", " ".join(output.split())[:200])
    print(f"workers {args.workers}  cores {os.cpu_count()}  RSS summed over the accord process and its children")
    print(f"RATIO peak_rss_10n_vs_n {peaks[10 * args.docs] / peaks[args.docs]:.3f}")


if __name__ == "__main__":
    main()
