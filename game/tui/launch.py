"""The command line's door into the TUI: `launch(...)` runs the app and returns an exit code."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

# Importing the app imports Textual: some 100,000 objects made and almost none freed, so the
# collector's passes meanwhile find nothing to free (about 20 ms of a start here). It waits,
# and what the import made, which lives as long as the program, is frozen out of its sight.
_collecting = gc.isenabled()
gc.disable()
try:
    from game.tui.app import FrontdeskApp, make_app
finally:
    gc.freeze()
    if _collecting:
        gc.enable()

if TYPE_CHECKING:  # for the annotations: the title screen needs none of them to show
    from game.engine.story import Story
    from game.saves.format import Save
    from game.saves.launch import Launch
    from game.saves.store import Store
    from game.workshop import Workshop


def _pack() -> Sequence[Story]:
    from game.catalog import load_pack  # read in the app's worker, after the first frame

    return load_pack()


def _run(app: FrontdeskApp) -> int:
    # Everything imported so far lives as long as the program; frozen, the garbage collector
    # stops walking it again and again while Textual builds the first screen (about 35 ms of a
    # 600 ms start here, bench/bench_tui.py).
    gc.freeze()
    try:
        app.run()
    finally:
        app.finish_saves()  # the app waits for its saves as it stops; this for any other way out
    for line in app.late_save_errors:
        print(line, file=sys.stderr)  # failed while the game was quitting: said on the terminal
    return app.return_code or 0


def launch(
    story: Story | None = None,
    seed: int | None = None,
    lang: str | None = None,
    name: str | None = None,
    store: Store | None = None,
    workshop: Workshop | None = None,
    ask_name: bool = False,
    lms: Launch | None = None,
) -> int:
    """Opens the title screen, or `story` directly; the pack loads in the background. `lms`:
    the cmi5 launch the game was opened in, kept in every save it writes. A learner on their
    own machine has a profile (game/profile.py); a served game's students do not."""
    from game.profile import config_dir

    app = make_app(
        _pack,
        story=story,
        seed=seed,
        lang=lang,
        name=name,
        store=store,
        workshop=workshop,
        ask_name=ask_name,
        lms=lms,
        profile_dir=None if ask_name else config_dir(),
    )
    return _run(app)


def launch_replay(save: Save, lang: str | None = None) -> int:
    """Opens a save in the replay screen; leaving it leaves the program."""
    return _run(make_app(_pack, lang=lang or save.lang, replay=save))
