"""Qt widgets only: they call models' operations and show their results. No rules here."""
