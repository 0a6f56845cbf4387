"""What the debrief, the replay and the class report teach, derived from the engine's record.

Pure (the standard library and game.engine only, enforced by tests/test_purity.py): it reads
finished turns, sessions and saves, and returns Text in both languages; no screen lives here.
- changes: how each meter and need moved, in words and coarse steps
- better: what each offered reply would have done, and which turn holds the lesson
- why: that in plain sentences, naming the customer's state
- tips: the two or three lessons at the top of the debrief
- glossary: the terms a learner meets, each glossed once
"""
