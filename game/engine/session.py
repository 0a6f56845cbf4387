"""A pull-style session over one story (like the ink runtime): read the beat, choose, repeat.

s = Session(story, seed=7)
while not s.finished:
    beat = s.current          # line, cues, replies in shuffled order
    s.choose(beat.replies[0].id)
s.result.score
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.engine.acts import ACTS
from game.engine.conditions import holds
from game.engine.cues import Cue, read_cues
from game.engine.customer import Customer, generate
from game.engine.frozen import quick
from game.engine.heard import answered_mistake, heard
from game.engine.meters import Meters, State, initial_state
from game.engine.rng import Rng
from game.engine.rules import RULE_IDS
from game.engine.said import Said, Typed
from game.engine.scoring import peak_end, peak_index, plain_average
from game.engine.story import Beat, Ending, Reply, Story, Variant
from game.engine.text import Text, fixed, join
from game.engine.tuning import MAX_TURNS, MEMORY
from game.engine.turn import Firing, Outcome, evaluate

# the memory an ending's words must agree with: warm words need a score of WARM_FROM or more,
# cold ones a score under COLD_BELOW (tuning.MEMORY); at most MAX_TURNS turns (tuning.py)
WARM_FROM, COLD_BELOW = MEMORY.warm_from, MEMORY.cold_below


def remembered(score: float) -> str:
    """How an episode is remembered, for the `remembered` condition of an ending's variant."""
    return "badly" if score < WARM_FROM else "well" if score >= COLD_BELOW else "mixed"


# their last words when they leave early and the story has no ending for it: keys of the tables
_FALLBACK_END: dict[str, str] = {
    "walked_out": "speech.end.walked_out",
    "hung_up": "speech.end.hung_up",
    "escalated": "speech.end.escalated",
}


@quick
@dataclass(frozen=True, slots=True)
class ReplyView:
    id: str
    text: Text
    acts: tuple[str, ...]


@quick
@dataclass(frozen=True, slots=True)
class BeatView:
    beat_id: str
    turn: int
    line: Text
    cue: Text | None
    cues: tuple[Cue, ...]
    replies: tuple[ReplyView, ...]  # in the order shown, shuffled by the seed
    heard: Text | None = None  # how they took the last reply, said before the line
    typed: str | None = None  # the story's fallback for a typed reply (`Beat.typed`), if shown


@quick
@dataclass(frozen=True, slots=True)
class Turn:
    index: int
    beat_id: str
    line: Text  # what the customer said at this beat
    cues: tuple[Cue, ...]  # what the player could see when choosing
    reply_id: str
    reply_text: Text
    acts: tuple[str, ...]
    before: Meters
    after: Meters
    moment: float
    served: tuple[tuple[str, float], ...]
    fired: tuple[Firing, ...]
    next: str
    reader: str | None = None  # the reader's version when the reply was typed; None if chosen

    @property
    def said(self) -> Said:
        """What the player said here, to say it again in a replay or a retry."""
        if self.reader is None:
            return self.reply_id
        return Typed(self.reply_text.en, self.acts, self.reply_id, self.reader)


@quick
@dataclass(frozen=True, slots=True)
class Result:
    score: float
    average: float
    moments: tuple[float, ...]
    peak: int  # index into moments
    ending_id: str
    kind: str
    line: Text
    ended: str | None  # walked_out / hung_up / escalated when they left early
    heard: Text | None = None  # how they took the last reply, said before the last line


class _Shown:
    """What a story shows that never changes from one session to the next: each beat by its id,
    and each beat's replies as the player sees them (shuffled per session, made once)."""

    __slots__ = ("beats", "replies", "story")

    def __init__(self, story: Story) -> None:
        self.story = story
        self.beats: dict[str, Beat] = {}
        for b in story.beats:
            self.beats.setdefault(b.id, b)  # the first of an id, as Story.beat finds it
        self.replies = {
            b.id: tuple(ReplyView(r.id, r.text, r.acts) for r in b.replies)
            for b in self.beats.values()
        }


_SHOWN: dict[int, _Shown] = {}


def _shown(story: Story) -> _Shown:
    """The story's _Shown, kept per story object (which it holds, so its id stays its own)."""
    found = _SHOWN.get(id(story))
    if found is None or found.story is not story:
        if len(_SHOWN) >= 256:
            _SHOWN.clear()
        found = _SHOWN[id(story)] = _Shown(story)
    return found


class Session:
    def __init__(self, story: Story, seed: int, rules: tuple[str, ...] = RULE_IDS) -> None:
        self.story = story
        self.seed = seed
        self.rules = rules
        self._shown = _shown(story)
        self.customer: Customer = generate(
            story.customer, Rng(story.id, seed, "customer"), story.channel
        )
        self._state: State = initial_state(self.customer)
        self._last: Meters | None = None
        self._at = story.start
        self._turns: list[Turn] = []
        self._result: Result | None = None
        self._heard: Text | None = None  # how they took the last reply
        self._said: tuple[str, ...] = ()  # the acts of the last reply
        self._promised: frozenset[str] = frozenset()  # every act said so far
        self._views: list[BeatView] = []
        self._view: BeatView | None = self._make_view()

    @classmethod
    def replayed(
        cls, story: Story, seed: int, replies: Sequence[Said], rules: tuple[str, ...] = RULE_IDS
    ) -> Session:
        """The session after saying these replies, in order: where a retry resumes. The engine
        is deterministic, so every line, cue and turn is the same as the first time."""
        s = cls(story, seed, rules)
        for said in replies:
            s.say_again(said)
        return s

    # what the player may see
    @property
    def current(self) -> BeatView | None:
        return self._view

    @property
    def views(self) -> tuple[BeatView, ...]:
        """Every beat shown so far, the current one last."""
        return tuple(self._views)

    @property
    def finished(self) -> bool:
        return self._result is not None

    @property
    def result(self) -> Result | None:
        return self._result

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(self._turns)

    def say(self, text: Text, lang: str) -> str:
        """The text in a language, with `{name}` as the customer's name; nothing else is read."""
        return text.get(lang).replace("{name}", self.customer.name.get(lang))

    # hidden: for policies, the debrief and replays
    @property
    def meters(self) -> Meters:
        return self._state.meters

    @property
    def state(self) -> State:
        """The meters and how far along the complaint path: what the next reply meets."""
        return self._state

    def preview(self, reply_id: str) -> Outcome:
        """What a reply would do, without doing it (the `best` and `worst` policies look)."""
        return self.preview_acts(self._reply(reply_id).acts)

    def preview_acts(self, acts: tuple[str, ...]) -> Outcome:
        """What saying these acts would do now, without doing it."""
        return evaluate(self.customer, self._state, acts, self.story.channel, self.rules)

    def choose(self, reply_id: str) -> Turn:
        reply = self._reply(reply_id)
        return self._say(reply, reply.acts, reply.text, None)

    def type_reply(self, typed: Typed) -> Turn:
        """Say a typed reply: the customer reacts to the acts heard in it, and the story goes
        on along the offered reply `typed.along`."""
        reply = self._reply(typed.along)
        return self._say(reply, typed.acts, Text(typed.text, typed.text), typed.reader)

    def say_again(self, said: Said) -> Turn:
        return self.type_reply(said) if isinstance(said, Typed) else self.choose(said)

    def _say(self, reply: Reply, acts: tuple[str, ...], text: Text, reader: str | None) -> Turn:
        view = self._view
        if view is None:
            raise ValueError("the episode is over")
        out = self.preview_acts(acts)
        said_before = self._promised
        self._said, self._promised = acts, self._promised | frozenset(acts)
        self._heard = heard(self.customer, acts, out.before.meters, out.after.meters, said_before)
        nxt = self._next(reply, out)
        turn = Turn(
            index=len(self._turns),
            beat_id=view.beat_id,
            line=view.line,
            cues=view.cues,
            reply_id=reply.id,
            reply_text=text,
            acts=acts,
            before=out.before.meters,
            after=out.after.meters,
            moment=out.moment,
            served=out.served,
            fired=out.fired,
            next=nxt,
            reader=reader,
        )
        self._turns.append(turn)
        self._last = self._state.meters
        self._state = out.after
        self._at = nxt
        if nxt not in self._shown.beats:
            self._finish(nxt)
            self._view = None
        else:
            self._view = self._make_view()
        return turn

    def _reply(self, reply_id: str) -> Reply:
        beat = self._beat()
        for r in beat.replies:
            if r.id == reply_id:
                return r
        raise ValueError(f"beat {beat.id!r} has no reply {reply_id!r}")

    def _beat(self) -> Beat:
        beat = self._shown.beats.get(self._at)
        if beat is None:
            raise ValueError("the episode is over")
        return beat

    def _next(self, reply: Reply, out: Outcome) -> str:
        if out.ended:
            return self._exit_ending(out.ended)
        if len(self._turns) + 1 >= MAX_TURNS:
            return self._exit_ending("hung_up" if self.story.channel == "phone" else "walked_out")
        for branch in reply.branches:
            if holds(branch.when, self.customer, out.after.meters, self._said, self._promised):
                return branch.next
        return reply.next

    def _exit_ending(self, kind: str) -> str:
        ending = self.story.ending_of_kind(kind)
        return ending.id if ending else kind

    def _variant(self, variants: tuple[Variant, ...], memory: str | None = None) -> Variant | None:
        for v in variants:
            m = self._state.meters
            if holds(v.when, self.customer, m, self._said, self._promised, memory):
                return v
        return None

    def _answering(self, v: Variant | None, plain: Text) -> tuple[Text, Text | None]:
        """The line, led by how they took the last reply. A variant written for what was just
        `said` is the author's own answer, and takes the place of the generic one; but a named
        mistake is always answered (001): when the reply held one and the variant answers only
        its good acts ("Calm down, I'll do it now" meeting a variant for doing it now), the
        mistake's words come first."""
        if v is not None and v.when.said is not None:
            answers_wrong = any(a in self._said and not ACTS[a].good for a in v.when.said)
            if answers_wrong or answered_mistake(self._said) is None:
                return v.line, v.line
        return join(self._heard, v.line if v else plain), self._heard

    def _make_view(self) -> BeatView:
        beat = self._beat()
        v = self._variant(beat.variants)
        turn = len(self._turns)
        shown = self._shown.replies[beat.id]
        order = Rng(self.story.id, self.seed, "replies", beat.id, turn).shuffled(shown)
        line, answer = self._answering(v, beat.line)
        view = BeatView(
            beat_id=beat.id,
            turn=turn,
            line=line,
            cue=(v.cue if v and v.cue else beat.cue),
            cues=read_cues(self.customer, self._state.meters, self.story.channel, self._last, turn),
            replies=tuple(order),
            heard=answer,
            typed=beat.typed if any(r.id == beat.typed for r in order) else None,
        )
        self._views.append(view)
        return view

    def _remembered(self, ending: Ending | None, score: float) -> Ending | None:
        """The ending whose words agree with what they will remember (model.md §6): a path that
        ends in agreement but leaves a bad memory ends unconvinced, and the other way round,
        unless the story wrote the path's ending a variant for this memory."""
        if ending is None:
            return None
        band = remembered(score)
        if any(v.when.remembered and band in v.when.remembered for v in ending.variants):
            return ending
        if ending.kind == "resolved" and score < WARM_FROM:
            return self.story.ending_of_kind("unresolved") or ending
        if ending.kind == "unresolved" and score >= COLD_BELOW:
            return self.story.ending_of_kind("resolved") or ending
        return ending

    def _finish(self, ending_id: str) -> None:
        moments = tuple(tn.moment for tn in self._turns)
        score = round(peak_end(moments), 2)
        ending = self._remembered(self.story.ending(ending_id), score)
        if ending is not None:
            ending_id = ending.id
        kind = ending.kind if ending else ending_id
        answer = self._heard
        if ending is not None:
            v = self._variant(ending.variants, remembered(score))
            line, answer = self._answering(v, ending.line)
        else:
            last = _FALLBACK_END.get(ending_id, _FALLBACK_END["walked_out"])
            line = join(self._heard, fixed(last))
        left = kind if kind in ("walked_out", "hung_up", "escalated") else None
        self._result = Result(
            score=score,
            average=round(plain_average(moments), 2),
            moments=moments,
            peak=peak_index(moments) if moments else 0,
            ending_id=ending_id,
            kind=kind,
            line=line,
            ended=left,
            heard=answer,
        )
