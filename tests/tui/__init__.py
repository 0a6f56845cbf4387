"""Tests of the Textual TUI."""
