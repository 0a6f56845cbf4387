"""The reader's labelled examples: every story reply plus the paraphrase corpus (corpus/*.tsv).

Corpus lines are `acts<TAB>text` under `# group: NAME` headers (corpus/README.md); `-` is a
text that performs no act. Each example keeps its group, so cross-validation can hold a group
(or a story reply) out whole and measure on words the model never saw. Development time only:
the game reads the trained model in data/, never these files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.engine.acts import ACTS
from game.engine.storyfile import load_stories

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
STORIES = ROOT / "stories"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    acts: tuple[str, ...]  # main act first, as labelled
    group: str
    source: str  # "story" or the corpus file's name


def story_examples(lang: str, folder: Path = STORIES) -> list[Example]:
    stories, _ = load_stories([folder])
    out: list[Example] = []
    for story in sorted(stories, key=lambda s: s.id):
        if lang not in story.languages:
            continue
        for beat in story.beats:
            for reply in beat.replies:
                text = reply.text.get(lang).strip()
                if text:
                    group = f"story:{story.id}:{beat.id}:{reply.id}"
                    out.append(Example(text, reply.acts, group, "story"))
    return out


def corpus_files(lang: str, folder: Path = CORPUS) -> list[Path]:
    return sorted(folder.glob(f"{lang}-*.tsv"))


def read_tsv(path: Path) -> tuple[list[Example], list[str]]:
    """The file's examples, and a problem per line it could not use (file:line: message)."""
    out: list[Example] = []
    problems: list[str] = []
    group = ""
    seen: set[str] = set()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith("# group:"):
                group = line[len("# group:") :].strip()
            continue
        where = f"{path.name}:{number}"
        if line.count("\t") != 1:
            problems.append(f"{where}: need acts<TAB>text")
            continue
        label, text = line.split("\t")
        text = text.strip()
        acts = () if label.strip() == "-" else tuple(label.strip().split("+"))
        unknown = [a for a in acts if a not in ACTS]
        if not text or unknown or text in seen:
            problems.append(f"{where}: " + ("unknown act " + unknown[0] if unknown else "skipped"))
            continue
        seen.add(text)
        out.append(Example(text, acts, f"{path.stem}:{group or number}", path.name))
    return out, problems


def examples(lang: str, corpus: Path = CORPUS, stories: Path = STORIES) -> list[Example]:
    """Story replies first, then the corpus files in name order: a fixed order, for training
    that reproduces the same model byte for byte."""
    out = story_examples(lang, stories)
    for path in corpus_files(lang, corpus):
        out.extend(read_tsv(path)[0])
    return out
