"""Reliability: the program under faults, several desks and bad input (issue 8)."""
