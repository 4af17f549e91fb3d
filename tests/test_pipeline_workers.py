"""Worker processes of `accord ingest --workers N` end with their parent, even when it is killed outright."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import accord_exe

psutil = pytest.importorskip("psutil")

pytestmark = pytest.mark.slow  # real processes

PARAGRAPH = ("Finland and Sweden signed a border treaty in Helsinki on {day} March. The two governments agreed to "
             "share patrol data, and Norway welcomed the accord. Estonia criticised the timing of the talks.")


def gone(proc: psutil.Process) -> bool:
    try:
        return proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.parametrize("parent_signal", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_the_ingest_is_killed(tmp_path, parent_signal):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(4000):
            out.write(json.dumps({"id": f"d{i}", "text": PARAGRAPH.format(day=i % 28 + 1) + f" Item {i}.",
                                  "date": "2021-03-01"}) + "\n")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("ACCORD_DATABASE_URL", None)
    parent = subprocess.Popen([accord_exe(), "ingest", str(corpus), "--workers", "2", "--db",
                               f"sqlite:///{tmp_path / 'w.db'}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2:
            assert parent.poll() is None and time.monotonic() < deadline, "the ingest did not start two workers"
            time.sleep(0.2)
            workers = [c for c in psutil.Process(parent.pid).children(recursive=True)
                       if "resource_tracker" not in " ".join(c.cmdline())]
        time.sleep(2)  # the workers are coding
        assert not any(gone(w) for w in workers)
        parent.send_signal(parent_signal)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 15
        while not all(gone(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert all(gone(w) for w in workers), [w.pid for w in workers if not gone(w)]
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for w in workers:  # what a failing run leaves behind
            if not gone(w):
                w.kill()


DEATH_WITH_A_BIG_TASK_QUEUED = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from accord.pipeline import shut_down_broken

def die(_):
    time.sleep(0.5)
    os._exit(1)

if __name__ == "__main__":
    pool = ProcessPoolExecutor(1)
    dying = pool.submit(die, None)
    pool.submit(len, "x" * 20_000_000)  # far larger than a pipe's buffer: the feeder thread blocks writing it
    try:
        dying.result()
    except BrokenProcessPool:
        shut_down_broken(pool)
        print("shut down")
"""


def test_a_pool_whose_worker_died_shuts_down_with_a_big_task_still_queued(tmp_path):
    # Debian's Python 3.11.2 hung here for ever in pool.shutdown (CPython gh-94777), and with it a whole
    # `accord ingest --workers 2` whose worker died while a long article waited to be sent
    script = tmp_path / "death.py"
    script.write_text(DEATH_WITH_A_BIG_TASK_QUEUED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shut down"
