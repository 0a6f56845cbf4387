"""`frontdesk serve`: the game in browsers through textual-serve, hardened for a classroom."""
