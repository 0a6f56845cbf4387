"""The baseline of bench/bench_tui.py and bench/bench_keys.py: a bare Textual app.

The least a screen like frontdesk's title needs (a Header, a Static, an OptionList and a
Footer), in a file of its own that imports nothing but Textual, so that it starts the way a
console script starts (`.venv/bin/frontdesk` is the venv's python running a three-line file).

    .venv/bin/python bench/bare_app.py
"""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, OptionList, Static


class Bare(App[None]):
    BINDINGS = [("ctrl+q", "quit", "Quit"), ("question_mark", "bell", "Help")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("A bare Textual app: the baseline for frontdesk's benchmark.")
        yield OptionList(*(f"Option {i}" for i in range(1, 6)))
        yield Footer()


if __name__ == "__main__":
    Bare().run()
