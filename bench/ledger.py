"""Time to build the commitments ledger from N and from 10·N generated claims: linear when it is.

    python bench/ledger.py [--claims 100000] [--seed 1]

The claims are generated (no parsing): news at a steady rate of claims per day, so ten times the claims cover ten
times the days, as a larger corpus does; verbs and theme words drawn from the shipped synonym groups plus
made-up words, theme words and two hundred parties drawn as in news (a few often, most rarely: weights
1/rank); a mix of promises, acts (asserted, negated, future, hypothetical), references ("kept its pledge",
"despite its pledge") and "neither of these". Both sizes are built in the same run, alternating, timed in CPU
seconds of this process (the machine may be shared), best of `--repeat`. The last line is
`RATIO ledger_10n_vs_n <seconds at 10·N / seconds at N>`; linear is about 10, the aim is 12 or less.

Read the ratio beside the line before it, `DENSITY ledger_items_per_claim_10n_vs_n`: how many more evidence
items (restatements left out) each claim gives at 10·N than at N; rejected candidates are not part of the build
(`not_taken` works them out for one promise when asked). Over a fixed set of parties and words, ten times the
claims give each party ten times the promises on the same things, so each act matches more of them; the ledger
itself grows faster than the claims, and so does the work of building it.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from datetime import date, timedelta

from accord.commitments import build_ledger, load_lexicon
from accord.records import Claim, Commitment

CLAIMS_PER_DAY = 150
SENTENCES_PER_DOC = 20


def vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    """Verbs and theme words: the shipped synonym words and as many made-up ones."""
    shipped = sorted(load_lexicon().groups)
    verbs = shipped[: len(shipped) // 2] + [f"verb{n}" for n in range(300)]
    theme = shipped[len(shipped) // 2:] + [f"thing{n}" for n in range(3000)] + [f"=place {n}" for n in range(300)]
    rng.shuffle(theme)
    return verbs, theme


def generate(n: int, seed: int) -> list[Claim]:
    """`n` claims in reading order, a fixed number a day from 2000-01-01 on."""
    rng = random.Random(seed)
    verbs, theme = vocabulary(rng)
    parties = [f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}X" + rng.choice(["", "GOV", "MIL", "REB"])
               for i in range(200)]
    party_weights = [1 / (rank + 1) for rank in range(len(parties))]  # a few parties make most of the news
    word_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(theme))]
    kinds = ["promise"] * 10 + ["act"] * 76 + ["fulfil", "breach", "contrast", "withdraw"] * 3 + ["anaphor"] * 2
    facts = ["asserted"] * 7 + ["negated"] * 2 + ["future", "hypothetical"]
    out = []
    for i in range(n):
        day = date(2000, 1, 1) + timedelta(days=i // CLAIMS_PER_DAY)
        kind = rng.choice(kinds)
        words = list(dict.fromkeys([rng.choice(verbs)] + rng.choices(theme, word_weights, k=rng.randint(1, 5))))
        if kind in ("fulfil", "breach", "withdraw", "anaphor"):
            words = []
        value = "asserted" if kind == "promise" else rng.choice(facts)
        out.append(Claim(kind=kind, actor=rng.choices(parties, party_weights)[0], actor_text="", action=" ".join(words),
                         lemmas=words, factuality=value, sentence_index=i % SENTENCES_PER_DOC, sentence="",
                         start=0, end=0, date=day, published=day, document_id=i // SENTENCES_PER_DOC,
                         negative=kind == "promise" and rng.random() < 0.1))
    return out


def timed(claims: list[Claim]) -> tuple[float, list[Commitment]]:
    """CPU seconds of this process to build the ledger (the machine may be shared), and the ledger."""
    start = time.process_time()
    ledger = build_ledger(claims)
    return time.process_time() - start, ledger


def per_claim(ledger: list[Commitment], claims: int) -> float:
    """Evidence items (restatements left out) per claim read."""
    return sum(e.kind != "restated" for c in ledger for e in c.evidence) / claims


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims at 10·N (default 100,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="timings per size, alternating; best kept")
    args = parser.parse_args(argv)
    big = generate(args.claims, args.seed)
    small = big[: args.claims // 10]
    gc.collect()
    gc.freeze()  # the generated claims are input, not work: the collector need not walk them in either run
    timed(small[:1000])  # warm the lexicon and caches
    t_small = t_big = float("inf")
    for _ in range(args.repeat):
        (t, c_small), (u, c_big) = timed(small), timed(big)
        t_small, t_big = min(t_small, t), min(t_big, u)
    density = []
    for name, claims, ledger, seconds in (("N   ", small, c_small, t_small), ("10·N", big, c_big, t_big)):
        evidence = per_claim(ledger, len(claims))
        density.append(evidence)
        print(f"{name} {len(claims):>8,} claims  {len(ledger):>7,} commitments  {seconds:8.2f} s  "
              f"a claim: {evidence:.4f} evidence")
    print(f"DENSITY ledger_items_per_claim_10n_vs_n {density[1] / density[0]:.2f}")
    print(f"RATIO ledger_10n_vs_n {t_big / t_small:.2f}")


if __name__ == "__main__":
    main()
