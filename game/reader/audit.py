"""`python -m game.reader.audit [en|zh] [--dups]`: a consistency audit of the reader's corpus.

Runs the same grouped cross-validation as bench/bench_reader.py (a group never split across
folds, 5 folds) and lists every corpus line whose gold labels disagree with the held-out
reading (file:line, gold, read, text), the most common confusions (an act missed while another
was read), and, with --dups, near-duplicate texts (stories included) labelled differently.
The list is for a person to judge by corpus/CONVENTIONS.md: relabel where the convention says
the old label was wrong, never to match the model. Development time only."""

from __future__ import annotations

import sys
from collections import Counter

from game.reader.corpus import CORPUS, Example, examples
from game.reader.learn import Settings, featurize, fold_of, train_featurized
from game.reader.normalize import normalize

K = 5


def _fold(
    lang: str, fold: int, data: list[Example], feats: list[list[str]]
) -> list[tuple[int, tuple[str, ...]]]:
    train_ix = [i for i, e in enumerate(data) if fold_of(e.group, K) != fold]
    test_ix = [i for i, e in enumerate(data) if fold_of(e.group, K) == fold]
    model = train_featurized(
        [feats[i] for i in train_ix], [data[i] for i in train_ix], lang, Settings()
    )
    return [(i, model.read(data[i].text)[0]) for i in test_ix]


def held_out(lang: str, data: list[Example], jobs: int = 2) -> dict[int, tuple[str, ...]]:
    """Per example index, the acts a model trained without its fold reads."""
    from concurrent.futures import ProcessPoolExecutor  # on use: it registers __mp_main__

    feats = featurize(data, lang)
    got: dict[int, tuple[str, ...]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = [pool.submit(_fold, lang, f, data, feats) for f in range(K)]
        for part in parts:
            got.update(part.result())
    return got


def _line_numbers(source: str) -> dict[str, int]:
    out: dict[str, int] = {}
    path = CORPUS / source
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if "\t" in line and not line.startswith("#"):
            out.setdefault(line.split("\t", 1)[1].strip(), number)
    return out


def _grams(text: str, n: int = 4) -> set[str]:
    t = "".join(ch for ch in text if ch.isalnum() or ch == " ")
    return {t[i : i + n] for i in range(max(1, len(t) - n + 1))}


def near_duplicates(data: list[Example], least: float = 0.75) -> list[tuple[float, int, int]]:
    """Pairs of texts (indices) whose character 4-grams overlap by `least` (Jaccard) or more
    and whose labels differ, most alike first."""
    grams = [_grams(normalize(e.text)) for e in data]
    df = Counter(g for gs in grams for g in gs)
    posting: dict[str, list[int]] = {}
    for i, gs in enumerate(grams):
        for g in sorted(gs):
            if df[g] <= 40:
                posting.setdefault(g, []).append(i)
    pairs: list[tuple[float, int, int]] = []
    for i, gs in enumerate(grams):
        shared: Counter[int] = Counter()
        for g in gs:
            for j in posting.get(g, ()):
                if j > i:
                    shared[j] += 1
        for j in sorted(shared):
            if set(data[i].acts) == set(data[j].acts):
                continue
            union = len(gs | grams[j])
            score = len(gs & grams[j]) / union if union else 0.0
            if score >= least:
                pairs.append((score, i, j))
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def _label(acts: tuple[str, ...]) -> str:
    return "+".join(acts) or "-"


def audit(lang: str, dups: bool, out: list[str]) -> None:
    data = examples(lang)
    got = held_out(lang, data)
    confusions: Counter[tuple[str, str]] = Counter()
    per_file: dict[str, list[str]] = {}
    numbers: dict[str, dict[str, int]] = {}
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for i, e in enumerate(data):
        gold, read = set(e.acts), set(got[i])
        total[e.source] += 1
        if gold == read:
            continue
        wrong[e.source] += 1
        for m in sorted(gold - read):
            for x in sorted(read - gold) or ["(nothing)"]:
                confusions[(m, x)] += 1
        if not (gold - read):
            for x in sorted(read - gold):
                confusions[("(nothing)", x)] += 1
        if e.source == "story":
            where = e.group
        else:
            lines = numbers.setdefault(e.source, _line_numbers(e.source))
            where = f"{e.source}:{lines.get(e.text, 0)}"
        per_file.setdefault(e.source, []).append(
            f"{where}\t{_label(e.acts)}\t{_label(tuple(sorted(read)))}\t{e.text}"
        )
    out.append(f"== {lang}: {len(data)} texts")
    for source in sorted(total):
        out.append(f"  {source:24} {wrong[source]:5} of {total[source]:5} read otherwise")
    out.append("-- confusions (gold act missed -> act read instead), most common first")
    for (m, x), n in sorted(confusions.items(), key=lambda kv: (-kv[1], kv[0]))[:60]:
        out.append(f"  {n:4}  {m} -> {x}")
    for source in sorted(per_file):
        out.append(f"-- {source}: where\tgold\tread\ttext")
        out.extend(per_file[source])
    if dups:
        out.append("-- near-duplicates with different labels: score\tA\tB")
        for score, i, j in near_duplicates(data):
            a, b = data[i], data[j]
            out.append(
                f"  {score:.2f}\t{a.source}\t{_label(a.acts)}\t{a.text}\n"
                f"      \t{b.source}\t{_label(b.acts)}\t{b.text}"
            )


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a not in ("en", "zh", "--dups")]
    if unknown:
        sys.stderr.write(f"audit: unknown argument {unknown[0]!r} (use: [en|zh] [--dups])\n")
        return 2
    dups = "--dups" in argv
    langs = [a for a in argv if a in ("en", "zh")] or ["en", "zh"]
    out: list[str] = []
    for lang in langs:
        audit(lang, dups, out)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
