"""How far can the reader go? A blind second labelling against the shipped labels (issue #13).

    python bench/reader_agreement.py sample            # writes bench/data/agreement/LANG-sample.txt
    python bench/reader_agreement.py                   # both languages, and the reader held out
    python bench/reader_agreement.py --lang zh --no-reader
    python bench/reader_agreement.py diff --lang en    # the lines where the two labellings differ
    python bench/reader_agreement.py rules             # corpus lines a sharpened rule flags

`sample` draws a fixed, seeded sample of 250 texts per language from what the reader trains on
(story replies and corpus, game/reader/corpus.py), stratified by the main act, and writes the
texts WITHOUT their labels, sorted, one a line (the strata come from the labels, so a sample
drawn after label fixes differs: the shipped one was drawn before them, and `sample` will not
overwrite it without --force). A second labeller labels them blind, by
game/reader/corpus/CONVENTIONS.md, into bench/data/agreement/LANG.tsv (`text<TAB>acts`, acts
joined by `+`, the main act first, `-` for none).

The default command prints, per language, the second labelling scored against the shipped labels
(the shipped labels as the reference): micro-F1, must-find agreement (the shipped main act and
every shipped mistake found by the second labeller), mistakes precision/recall, and F1 per act
for the 12 acts they agree on least; beside each, the reader's own figure on the same lines
held out (out-of-fold predictions of bench_reader.py's 5-fold cross-validation, never the
shipped model, which trained on them). Agreement between two careful labellers is the ceiling
a reader can be scored at against either.

`rules` lists the corpus lines that the rules CONVENTIONS.md sharpened after the adjudication
(issue #13) flag as not following them yet: for a person to review, never to relabel blindly.
Exit 0; bad arguments exit 2."""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reader import K, Tally, _fold, _ratio  # noqa: E402

from game.engine.acts import ACTS  # noqa: E402
from game.reader.corpus import CORPUS, STORIES, Example, corpus_files, examples, read_tsv  # noqa: E402
from game.reader.learn import Settings, featurize, fold_of  # noqa: E402

DATA = ROOT / "bench" / "data" / "agreement"
SIZE = 250
SEED = "reader-agreement-1"
MIN_PER_ACT = 2
WEAKEST = 12


def unique(data: list[Example]) -> dict[str, int]:
    """Each text's first example (story replies come first): the label a text is scored by."""
    first: dict[str, int] = {}
    for i, e in enumerate(data):
        first.setdefault(e.text, i)
    return first


def allocate(counts: dict[str, int], size: int, least: int = MIN_PER_ACT) -> dict[str, int]:
    """Lines per stratum: proportional, at least `least` (or all it has), summing to `size`."""
    total = sum(counts.values())
    if size >= total:
        return dict(counts)
    least = min(least, size // len(counts))  # more strata than the size allows: fewer each
    quota = {s: size * c / total for s, c in counts.items()}
    alloc = {s: min(c, max(least, int(quota[s]))) for s, c in counts.items()}
    names = sorted(counts)
    while sum(alloc.values()) < size:
        open_ = [s for s in names if alloc[s] < counts[s]]
        best = max(open_, key=lambda s: (quota[s] - alloc[s], counts[s]))
        alloc[best] += 1
    while sum(alloc.values()) > size:
        over = [s for s in names if alloc[s] > min(least, counts[s])]
        worst = min(over, key=lambda s: (quota[s] - alloc[s], -counts[s]))
        alloc[worst] -= 1
    return alloc


def draw(data: list[Example], lang: str, size: int = SIZE, seed: str = SEED) -> list[str]:
    """The sample's texts, sorted: seeded, stratified by each text's main act (`-` for none)."""
    strata: dict[str, list[str]] = {}
    for text, i in unique(data).items():
        main = data[i].acts[0] if data[i].acts else "-"
        strata.setdefault(main, []).append(text)
    alloc = allocate({s: len(t) for s, t in strata.items()}, size)
    out: list[str] = []
    for name in sorted(strata):
        rng = random.Random(f"{seed}:{lang}:{name}")  # str seeds go through sha512: stable
        out.extend(rng.sample(sorted(strata[name]), alloc[name]))
    return sorted(out)


def read_labels(path: Path) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    """(text, acts) per line of a second labelling, and a problem per line it cannot use."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, tab, label = line.rpartition("\t")
        acts = () if label.strip() == "-" else tuple(a.strip() for a in label.split("+"))
        unknown = [a for a in acts if a not in ACTS]
        if not tab or not text.strip() or unknown:
            what = f"unknown act {unknown[0]}" if unknown else "need text<TAB>acts"
            problems.append(f"{path.name}:{number}: {what}")
            continue
        rows.append((text.strip(), acts))
    return rows, problems


def f1_row(row: list[int]) -> float:
    tp, fp, fn = row
    return _ratio(2 * tp, 2 * tp + fp + fn)


def compare(pairs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> Tally:
    """(reference acts, other acts) per line, tallied as bench_reader scores the reader."""
    tally = Tally()
    for gold, got in pairs:
        tally.add(gold, got)
    return tally


def held_out(
    lang: str, data: list[Example], wanted: set[int], jobs: int
) -> dict[int, tuple[str, ...]]:
    """The reader's out-of-fold reading of the wanted examples (bench_reader's folds)."""
    feats = featurize(data, lang)
    folds = sorted({fold_of(data[i].group, K) for i in wanted})
    got: dict[int, tuple[str, ...]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = [pool.submit(_fold, lang, f, data, feats, Settings()) for f in folds]
        for part in parts:
            got.update((i, acts) for i, acts in part.result() if i in wanted)
    return got


def report(
    lang: str,
    data: list[Example],
    labels: list[tuple[str, tuple[str, ...]]],
    reader: dict[int, tuple[str, ...]] | None,
) -> dict[str, float]:
    """Prints the table; returns the agreement figures (and reader_* ones when read)."""
    first = unique(data)
    found = [(first[text], acts) for text, acts in labels if text in first]
    missing = len(labels) - len(found)
    agree = compare([(data[i].acts, acts) for i, acts in found])
    figures = agree.figures()
    print(f"\n== {lang}: {len(found)} lines labelled twice", end="")
    print(f" ({missing} no longer in the training data)" if missing else "")
    rfig: dict[str, float] = {}
    rtally = Tally()
    if reader is not None:
        rtally = compare([(data[i].acts, reader[i]) for i, _ in found if i in reader])
        rfig = rtally.figures()
        vs_mine = compare([(acts, reader[i]) for i, acts in found if i in reader]).figures()
    print(f"{'':22}{'labellers':>10}{'reader':>8}")
    for key, value in figures.items():
        other = f"{rfig[key]:8.3f}" if reader is not None else f"{'-':>8}"
        print(f"{key:22}{value:10.3f}{other}")
    if reader is not None:
        print(f"{'reader vs 2nd label':22}{'':10}{vs_mine['micro_f1']:8.3f}  (micro-F1)")
    rows = sorted(agree.per_act.items(), key=lambda kv: (f1_row(kv[1]), kv[0]))
    print(f"least agreed acts (F1; n = shipped, m = second labeller){'':4}reader F1")
    for act, row in rows[:WEAKEST]:
        tp, fp, fn = row
        rf = f"{f1_row(rtally.per_act.get(act, [0, 0, 0])):.2f}" if reader is not None else "-"
        print(f"  {act:22} {f1_row(row):.2f}  n={tp + fn:<3} m={tp + fp:<3}{rf:>10}")
    out = dict(figures)
    out.update({f"reader_{k}": v for k, v in rfig.items()})
    return out


def disagreements(
    lang: str, data: list[Example], labels: list[tuple[str, tuple[str, ...]]]
) -> None:
    first = unique(data)
    for text, acts in labels:
        if text not in first:
            continue
        e = data[first[text]]
        if set(e.acts) != set(acts):
            shipped = "+".join(e.acts) or "-"
            print(f"{e.source}\t{shipped}\t{'+'.join(acts) or '-'}\t{text}")


# (name, what the rule wants, text pattern, flags a line whose acts break it); CONVENTIONS.md
_CAUSE = r"because|\bso\b|\bit's the\b|tried|held|因为|所以|导致|被|是.{0,6}(问题|原因)"
_ELSEWHERE = (
    r"department|head office|website|\bapp\b|window \d|form is|box by|email the|an email|"
    r"ring the|call the|"
    r"去.{0,6}(问|找|办|看)|官网|热线|(?-i:APP)"
)
_NO_RUSH = r"\bno (rush|hurry)\b|\bnot in a hurry\b|(^|[ ，,。])不着?急"
_SHOULD = (
    r"\byou (really )?(should have|should've)\b|(您|你).{0,8}(应该.{0,12}的$|早该|一开始就应该)"
)
RULES: tuple[tuple[str, str, str, Callable[[tuple[str, ...]], bool]], ...] = (
    (
        "interpret-cause",
        "an interpret that tells why is also explain_reason",
        _CAUSE,
        lambda a: "interpret" in a and "explain_reason" not in a,
    ),
    (
        "jargon-cause",
        "a cause told in jargon is jargon alone",
        "",
        lambda a: "jargon" in a and "explain_reason" in a,
    ),
    (
        "send-elsewhere",
        "sending them elsewhere is divert, a transfer ignore",
        _ELSEWHERE,
        lambda a: "ignore" in a and "divert" not in a,
    ),
    (
        "anyone-would",
        "a hypothetical anyone is acknowledge_feeling",
        r"anyone|most people would|换.{0,2}谁|谁都会",
        lambda a: "share_similar" in a,
    ),
    (
        "no-rush",
        "no rush / 不着急 is be_calm",
        _NO_RUSH,
        lambda a: "be_calm" not in a and "imply_unimportant" not in a,
    ),
    (
        "should-have",
        "you should have ... is lecture+criticize",
        _SHOULD,
        lambda a: "sarcasm" not in a and not {"lecture", "criticize"} <= set(a),
    ),
)


def flagged(lang: str, corpus: Path = CORPUS) -> list[tuple[str, str, str]]:
    """(rule, file:group, label and text) for each corpus line a rule flags, in file order."""
    out: list[tuple[str, str, str]] = []
    for path in corpus_files(lang, corpus):
        for e in read_tsv(path)[0]:
            for name, _, pattern, breaks in RULES:
                if breaks(e.acts) and (not pattern or re.search(pattern, e.text, re.I)):
                    label = "+".join(e.acts) or "-"
                    out.append((name, e.group, f"{label}\t{e.text}"))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument(
        "command", nargs="?", default="agree", choices=["agree", "sample", "diff", "rules"]
    )
    p.add_argument("--lang", choices=["en", "zh"], action="append")
    p.add_argument("--labels", type=Path, default=DATA, help="folder of LANG.tsv labellings")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--stories", type=Path, default=STORIES)
    p.add_argument("--force", action="store_true", help="sample: overwrite an existing sample")
    p.add_argument("--no-reader", action="store_true", help="skip the held-out reader figures")
    p.add_argument("--jobs", type=int, default=2, help="folds trained at once (default 2)")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    need_labels = args.command in ("agree", "diff")
    folders = [args.corpus, args.stories] + ([args.labels] if need_labels else [])
    for folder in folders:
        if not folder.is_dir():
            print(f"reader_agreement: no folder {folder}", file=sys.stderr)
            return 2
    for lang in args.lang or ["en", "zh"]:
        if args.command == "rules":
            for name, group, line in flagged(lang, args.corpus):
                print(f"{lang}\t{name}\t{group}\t{line}")
            continue
        data = examples(lang, args.corpus, args.stories)
        if args.command == "sample":
            args.labels.mkdir(parents=True, exist_ok=True)
            path = args.labels / f"{lang}-sample.txt"
            if path.exists() and not args.force:
                print(f"reader_agreement: {path} exists (--force to draw again)", file=sys.stderr)
                return 2
            path.write_text("".join(t + "\n" for t in draw(data, lang)), encoding="utf-8")
            print(f"{lang}: {SIZE} texts -> {path}")
            continue
        path = args.labels / f"{lang}.tsv"
        if not path.is_file():
            print(f"reader_agreement: no labels {path}", file=sys.stderr)
            return 2
        labels, problems = read_labels(path)
        for problem in problems:
            print(f"reader_agreement: {problem}", file=sys.stderr)
        if args.command == "diff":
            disagreements(lang, data, labels)
            continue
        reader = None
        if not args.no_reader:
            first = unique(data)
            wanted = {first[t] for t, _ in labels if t in first}
            reader = held_out(lang, data, wanted, args.jobs)
        report(lang, data, labels, reader)
    return 0


if __name__ == "__main__":
    sys.exit(main())
