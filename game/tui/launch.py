"""The command line's door into the TUI: `launch(...)` runs the app and returns an exit code."""

from __future__ import annotations

import gc
from collections.abc import Sequence

from game.engine.story import Story
from game.saves.format import Save
from game.saves.store import Store
from game.tui.app import FrontdeskApp, make_app
from game.workshop import Workshop


def _pack() -> Sequence[Story]:
    from game.cli.catalog import load_pack  # read in the app's worker, after the first frame

    return load_pack()


def _run(app: FrontdeskApp) -> int:
    # Everything imported so far lives as long as the program; frozen, the garbage collector
    # stops walking it again and again while Textual builds the first screen (about 35 ms of a
    # 600 ms start here, bench/bench_tui.py).
    gc.freeze()
    app.run()
    return app.return_code or 0


def launch(
    story: Story | None = None,
    seed: int | None = None,
    lang: str | None = None,
    name: str | None = None,
    store: Store | None = None,
    workshop: Workshop | None = None,
    ask_name: bool = False,
) -> int:
    """Opens the title screen, or `story` directly; the pack loads in the background."""
    app = make_app(
        _pack,
        story=story,
        seed=seed,
        lang=lang,
        name=name,
        store=store,
        workshop=workshop,
        ask_name=ask_name,
    )
    return _run(app)


def launch_replay(save: Save, lang: str | None = None) -> int:
    """Opens a save in the replay screen; leaving it leaves the program."""
    return _run(make_app(_pack, lang=lang or save.lang, replay=save))
