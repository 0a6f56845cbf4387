"""The pure engine: customers, meters, rules, scoring, stories and sessions (stdlib only)."""
