"""Dialogs of the shell: welcome, login, passwords, settings, audit log, about."""
