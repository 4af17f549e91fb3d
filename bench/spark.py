"""Local ingest against the Spark runner on local[2], on the same corpus, and where a cluster starts to pay off.

    python bench/spark.py [--docs 2000] [--workers 2]

The corpus is generated (bench/corpus.py, seed 2). Local: `accord.service.ingest` with `--workers` processes
into a fresh SQLite file. Spark: `accord.spark.spark_ingest` on local[N] (N = workers) into Parquet, timed
apart from the session start, at the full size and at a tenth of it, which splits its time into a fixed cost
per run (with the session start) and a cost per document. A cluster of m machines like this one is then
estimated to take fixed + per_document · n / m; it beats the local run from
n = fixed / (local_per_document − per_document / m).
The last line is `RATIO spark_vs_local <local seconds / Spark seconds>` at the full size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accord.config import Settings  # noqa: E402
from accord.pipeline import Pipeline  # noqa: E402
from accord.service import ingest  # noqa: E402
from accord.spark import session, spark_ingest  # noqa: E402
from accord.store import Store  # noqa: E402
from corpus import write_jsonl  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    settings = Settings(database_url="sqlite://", workers=args.workers)
    with tempfile.TemporaryDirectory(prefix="accord-spark-bench-") as tmp:
        tmpdir = Path(tmp)
        small, full = max(1, args.docs // 10), args.docs
        paths = {n: tmpdir / f"corpus-{n}.jsonl" for n in (small, full)}
        words = {n: write_jsonl(p, n, seed=2)[1] for n, p in paths.items()}

        pipeline = Pipeline(settings)
        pipeline.coder  # noqa: B018 - loaded before timing, as the executors' model load is timed below
        with Store(f"sqlite:///{tmpdir / 'local.db'}") as store:
            start = time.perf_counter()
            local = ingest([paths[full]], store, pipeline)
            local_s = time.perf_counter() - start

        start = time.perf_counter()
        spark = session(f"local[{args.workers}]")
        spark.sparkContext.setLogLevel("ERROR")
        startup_s = time.perf_counter() - start
        spark_s = {}
        try:
            for n in (small, full):
                start = time.perf_counter()
                result = spark_ingest(spark, str(paths[n]), str(tmpdir / f"out-{n}"), settings)
                spark_s[n] = time.perf_counter() - start
                print(f"spark local[{args.workers}] {n:6d} documents {words[n]:8d} words {spark_s[n]:8.1f} s  "
                      f"events {result.events}  model loads {result.model_loads}")
        finally:
            spark.stop()

    per_doc = (spark_s[full] - spark_s[small]) / (full - small)
    fixed = startup_s + max(0.0, spark_s[full] - per_doc * full)
    local_per_doc = local_s / full
    print(f"local  workers {args.workers}  {full:6d} documents {words[full]:8d} words {local_s:8.1f} s  "
          f"events {local.events}")
    print(f"spark session start {startup_s:.1f} s (not in the times above)")
    print(f"spark fixed cost per run (session start included) {fixed:.1f} s, {1000 * per_doc:.1f} ms per "
          f"document on local[{args.workers}]; local {1000 * local_per_doc:.1f} ms per document")
    for machines in (1, 2, 4, 8, 16):
        gain = local_per_doc - per_doc / machines
        when = f"from about {fixed / gain:,.0f} documents" if gain > 0 else "never"
        print(f"  a cluster of {machines:2d} machines like this one beats local ingest {when}")
    print(f"cores {os.cpu_count()}")
    print(f"RATIO spark_vs_local {local_s / spark_s[full]:.3f}")


if __name__ == "__main__":
    main()
