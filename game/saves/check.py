"""Re-running a save: `replay --check` (is it identical?) and Continue (resume where it was).

The story, the seed and the replies chosen decide everything (the engine is deterministic),
so re-playing the saved replies must give back every saved turn field for field.
"""

from __future__ import annotations

import json
from typing import Any

from game.engine.session import Session
from game.engine.story import Story
from game.saves.format import Save, SaveError, customer_json, outcome_json, story_ref, turn_json


def story_changes(save: Save, story: Story) -> list[str]:
    """Beats and endings that differ between the story the save was played on and this one."""
    then, now = dict(save.story.beats), dict(story_ref(story).beats)
    changed = [b for b in then if b in now and then[b] != now[b]]
    gone = [b for b in then if b not in now]
    new = [b for b in now if b not in then]
    out = []
    if changed:
        out.append("changed: " + ", ".join(changed))
    if gone:
        out.append("removed: " + ", ".join(gone))
    if new:
        out.append("added: " + ", ".join(new))
    if not out and story_ref(story).hash != save.story.hash:
        out.append("changed: the episode's header or customer")
    return out


def _first_difference(saved: Any, replayed: Any, path: str = "") -> str | None:
    """`field (saved X, replayed Y)` for the first field that differs, or None."""
    if isinstance(saved, dict) and isinstance(replayed, dict):
        for key in list(saved) + [k for k in replayed if k not in saved]:
            if key not in saved or key not in replayed:
                where = "the save" if key not in saved else "the replay"
                return f"{path}{key} (only in {where})"
            found = _first_difference(saved[key], replayed[key], f"{path}{key}.")
            if found:
                return found
        return None
    if isinstance(saved, list) and isinstance(replayed, list) and len(saved) == len(replayed):
        for i, (a, b) in enumerate(zip(saved, replayed, strict=True)):
            found = _first_difference(a, b, f"{path.rstrip('.')}[{i}].")
            if found:
                return found
        return None
    if saved == replayed:
        return None
    return f"{path.rstrip('.')} (saved {_short(saved)}, replayed {_short(replayed)})"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _replay(save: Save, story: Story, upto: int) -> tuple[Session, str | None]:
    """The save's first `upto` turns played again, and where they first differ, if they do."""
    session = Session(story, save.seed, save.rules)
    field = _first_difference(customer_json(save.customer), customer_json(session.customer))
    if field:
        return session, f"the customer differs ({field})"
    for tn in save.turns[:upto]:
        where = f"turn {tn.index + 1}"
        view = session.current
        if view is None:
            return session, f"{where}: the episode had already ended"
        if view.beat_id != tn.beat_id:
            return (
                session,
                f"{where}: the story is at beat {view.beat_id!r}, the save at {tn.beat_id!r}",
            )
        try:
            got = session.say_again(tn.said)
        except ValueError:
            return session, f"{where}: beat {tn.beat_id!r} has no reply {tn.reply_id!r} now"
        field = _first_difference(turn_json(tn), turn_json(got))
        if field:
            return session, f"{where} differs in {field}"
    return session, None


def _verified(save: Save, story: Story) -> tuple[Session, str | None]:
    session, problem = _replay(save, story, len(save.turns))
    if problem:
        return session, problem
    if save.outcome is None:
        ended = "the episode ended in the replay but not in the save"
        return session, ended if session.finished else None
    if session.result is None:
        return session, "the save has an ending the replay does not reach"
    field = _first_difference(outcome_json(save.outcome), outcome_json(session.result))
    return session, f"the ending differs in {field}" if field else None


def check(save: Save, story: Story) -> str | None:
    """None if re-playing the save gives the same session; else where it first differs."""
    return _verified(save, story)[1]


def _refused(save: Save, story: Story, problem: str, doing: str) -> SaveError:
    changes = story_changes(save, story)
    why = f"the story changed since ({'; '.join(changes)})" if changes else problem
    return SaveError(f"cannot {doing} {save.name}: {why}; replay it instead")


def retry_at(save: Save, story: Story, turn: int) -> Session:
    """The save's session with its first `turn` replies said again, ready for a new reply at
    turn `turn + 1`; refused if the story changed so that they would not be the same."""
    session, problem = _replay(save, story, turn)
    if problem:
        raise _refused(save, story, problem, "retry")
    return session


def resume(save: Save, story: Story) -> Session:
    """The session where the save left it; refused if re-playing it would not be identical."""
    session, problem = _verified(save, story)
    if problem:
        raise _refused(save, story, problem, "continue")
    return session
