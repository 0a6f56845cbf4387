"""`python -m game.reader.train [en|zh ...]`: trains the reader from the stories and the corpus
and writes game/reader/data/LANG.json (development time; the file is committed)."""

from __future__ import annotations

import sys
import time

from game.reader.corpus import examples
from game.reader.learn import train
from game.reader.model import DATA, model_path, to_json


def main(argv: list[str]) -> int:
    langs = argv or ["en", "zh"]
    DATA.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        start = time.perf_counter()
        data = examples(lang)
        model = train(data, lang)
        path = model_path(lang)
        path.write_text(to_json(model), encoding="utf-8")
        seconds = time.perf_counter() - start
        size = path.stat().st_size // 1024
        print(
            f"{lang}: {len(data)} examples, {len(model.index)} features, {size} KB, {seconds:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
