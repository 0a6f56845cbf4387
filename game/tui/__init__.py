"""The Textual TUI: screens and widgets that drive an engine Session and show what it returns."""
