"""Class reports over folders of saves (issue #6): per student, per episode, overall."""
