"""How well the reader hears typed replies, measured on words it was not trained on (issue #13).

    python bench/bench_reader.py                 # both languages, 5 folds
    python bench/bench_reader.py --lang zh --jobs 1
    python bench/bench_reader.py --corpus /tmp/frozen --set augment=1   # compare runs on a
                                                 # frozen copy of game/reader/corpus
    python bench/bench_reader.py --train-only en-r5 --train-only zh-r5  # a new round trained
                                                 # on in every fold, scored nowhere: the
                                                 # figures stay on the texts scored before

Per language, by 5-fold cross-validation over the story replies and the corpus (a corpus
`# group:` and a story reply are never split across folds; each fold's model is trained with
the same procedure as the shipped one, thresholds tuned inside the training part only):
micro-F1 over acts; recall of the must-find acts (a reply's main act, listed first, and every
mistake it makes); precision and recall on the named mistakes; the same for a baseline that
guesses the most common act; the median time to read one reply and the time to load the
shipped model. Each figure stands beside its goal; a missed goal prints MISSED. Exit 0."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.engine.acts import MISTAKES  # noqa: E402
from game.reader.corpus import Example, examples  # noqa: E402
from game.reader.learn import Settings, featurize, fold_of, train_featurized  # noqa: E402
from game.reader.model import from_json, model_path  # noqa: E402

K = 5
GOALS = {"micro_f1": 0.80, "must_find": 0.85, "mistake_p": 0.85, "mistake_r": 0.85}
READ_MS, LOAD_MS = 5.0, 100.0


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    must: int = 0
    must_found: int = 0
    m_tp: int = 0
    m_fp: int = 0
    m_fn: int = 0
    per_act: dict[str, list[int]] = field(default_factory=dict)  # act -> [tp, fp, fn]

    def add(self, gold: tuple[str, ...], got: tuple[str, ...]) -> None:
        g, r = set(gold), set(got)
        self.tp += len(g & r)
        self.fp += len(r - g)
        self.fn += len(g - r)
        must = ({gold[0]} if gold else set()) | (g & MISTAKES)
        self.must += len(must)
        self.must_found += len(must & r)
        self.m_tp += len(g & r & MISTAKES)
        self.m_fp += len((r - g) & MISTAKES)
        self.m_fn += len((g - r) & MISTAKES)
        for a in g | r:
            row = self.per_act.setdefault(a, [0, 0, 0])
            row[0] += a in g and a in r
            row[1] += a in r and a not in g
            row[2] += a in g and a not in r

    def figures(self) -> dict[str, float]:
        return {
            "micro_f1": _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn),
            "must_find": _ratio(self.must_found, self.must),
            "mistake_p": _ratio(self.m_tp, self.m_tp + self.m_fp),
            "mistake_r": _ratio(self.m_tp, self.m_tp + self.m_fn),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _fold(
    lang: str,
    fold: int,
    data: list[Example],
    feats: list[list[str]],
    s: Settings,
    train_only: tuple[str, ...] = (),
) -> list[tuple[int, tuple[str, ...]]]:
    """Train without the fold, read the fold: (example index, acts read) per held-out text.
    Texts from corpus files named with a `train_only` prefix are trained on in every fold and
    never read."""
    held = [e.source.startswith(train_only) if train_only else False for e in data]
    train_ix = [i for i, e in enumerate(data) if held[i] or fold_of(e.group, K) != fold]
    test_ix = [i for i, e in enumerate(data) if not held[i] and fold_of(e.group, K) == fold]
    model = train_featurized([feats[i] for i in train_ix], [data[i] for i in train_ix], lang, s)
    return [(i, model.read(data[i].text)[0]) for i in test_ix]


def _baseline(data: list[Example], fold: int) -> tuple[str, ...]:
    counts = Counter(a for e in data if fold_of(e.group, K) != fold for a in e.acts)
    return (counts.most_common(1)[0][0],)


def _mark(value: float, goal: float, above: bool = True) -> str:
    ok = value >= goal if above else value <= goal
    return "ok" if ok else "MISSED"


def bench(
    lang: str,
    jobs: int,
    s: Settings,
    corpus: Path | None = None,
    train_only: tuple[str, ...] = (),
) -> None:
    data = examples(lang, corpus) if corpus else examples(lang)
    feats = featurize(data, lang)
    start = time.perf_counter()
    got: dict[int, tuple[str, ...]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = [pool.submit(_fold, lang, f, data, feats, s, train_only) for f in range(K)]
        for part in parts:
            got.update(part.result())
    seconds = time.perf_counter() - start
    tally, base = Tally(), Tally()
    guesses = [_baseline(data, f) for f in range(K)]
    for i, e in enumerate(data):
        if i not in got:  # trained on only
            continue
        tally.add(e.acts, got[i])
        base.add(e.acts, guesses[fold_of(e.group, K)])
    stories = sum(e.source == "story" for e in data)
    extra = f", {len(data) - len(got)} trained on only" if len(got) < len(data) else ""
    print(
        f"\n== {lang}: {len(got)} texts scored ({stories} story replies{extra}), "
        f"{K} folds, {seconds:.0f} s"
    )
    mine, theirs = tally.figures(), base.figures()
    print(f"{'':22}{'reader':>8}{'baseline':>10}{'goal':>8}")
    for key, goal in GOALS.items():
        mark = _mark(mine[key], goal)
        print(f"{key:22}{mine[key]:8.3f}{theirs[key]:10.3f}{'>= ' + str(goal):>8}  {mark}")
    _timings(lang, data)
    rows = sorted(
        tally.per_act.items(),
        key=lambda kv: (2 * kv[1][0] / max(1, 2 * kv[1][0] + kv[1][1] + kv[1][2]), kv[0]),
    )
    print("weakest acts (F1, support):")
    for act, (tp, fp, fn) in rows[:12]:
        f1 = _ratio(2 * tp, 2 * tp + fp + fn)
        print(
            f"  {act:22} {f1:.2f}  n={tp + fn:<4} "
            f"p={_ratio(tp, tp + fp):.2f} r={_ratio(tp, tp + fn):.2f}"
        )


def _timings(lang: str, data: list[Example]) -> None:
    path = model_path(lang)
    if not path.is_file():
        print(f"read/load: no shipped model at {path}")
        return
    raw = path.read_text(encoding="utf-8")
    model = from_json(raw)
    # loading, as the game pays for it: a fresh interpreter's first read of the language
    # (the model file, the feature code, the cue patterns), less what importing costs
    code = (
        "import time; t = time.perf_counter(); import game.reader as r; u = time.perf_counter()\n"
        f"r.read('ok', {lang!r}); print((time.perf_counter() - u) * 1000)"
    )
    loads = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
        loads.append(float(out.stdout.strip() or "nan"))
    reads = []
    for e in data:
        t = time.perf_counter()
        model.read(e.text)
        reads.append((time.perf_counter() - t) * 1000)
    read_ms, load_ms = statistics.median(reads), statistics.median(loads)
    print(
        f"{'read ms (median)':22}{read_ms:8.2f}{'':10}{'<= 5':>8}  {_mark(read_ms, READ_MS, False)}"
    )
    print(f"{'read ms (slowest)':22}{max(reads):8.2f}")
    mark = _mark(load_ms, LOAD_MS, False)
    print(f"{'load ms (first read)':22}{load_ms:8.1f}{'':10}{'<= 100':>8}  {mark}")
    print(f"{'model file KB':22}{len(raw.encode()) / 1024:8.0f}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--lang", choices=["en", "zh"], action="append")
    p.add_argument("--jobs", type=int, default=2, help="folds trained at once (default 2)")
    p.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="try another Setting"
    )
    p.add_argument(
        "--corpus", type=Path, help="another corpus folder (a frozen copy, to compare runs)"
    )
    p.add_argument(
        "--train-only",
        action="append",
        default=[],
        metavar="PREFIX",
        help="corpus files named so are trained on in every fold and never scored",
    )
    args = p.parse_args()
    if args.corpus and not args.corpus.is_dir():
        print(f"bench_reader: no corpus folder {args.corpus}", file=sys.stderr)
        return 2
    settings = Settings()
    for item in args.set:
        name, _, value = item.partition("=")
        kind = type(getattr(settings, name))
        settings = replace(settings, **{name: kind(value)})
    for lang in args.lang or ["en", "zh"]:
        bench(lang, args.jobs, settings, args.corpus, tuple(args.train_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
