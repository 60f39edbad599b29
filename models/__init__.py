"""The office's rules and records: pure Python and peewee, no Qt, no reportlab."""
