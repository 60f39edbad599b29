"""A database on a network share: the clerk is told plainly, once, when the file is opened."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtWidgets import QDialog

from gui import app as app_module
from gui import network_share
from gui.dialogs.login import LoginDialog
from models import db as dbmod
from models import settings, storage

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the share is faked in the Linux mount table")


def test_opening_a_file_on_a_share_warns_once_then_goes_on_to_the_login(
        app, tmp_path, monkeypatch, messages):
    share = os.path.realpath(tmp_path)
    monkeypatch.setattr(storage, "read_mounts",
                        lambda: f"/dev/sda1 / ext4 rw 0 0\n//nas/office {share} cifs rw 0 0\n")
    monkeypatch.setattr(network_share, "_warned", set())
    db_path = tmp_path / "office.sqlite"
    dbmod.open_database(db_path)
    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin-123")
    dbmod.close_database()
    logins = []
    monkeypatch.setattr(LoginDialog, "exec",
                        lambda self: logins.append(1) or QDialog.DialogCode.Rejected)

    assert app_module.open_office(db_path) is None
    assert logins == [1]  # the warning did not stop the clerk
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning"
    assert text.startswith(f"The database {db_path} is on a network share "
                           f"(//nas/office (cifs) at {share}).")
    assert "not safe there for several desks" in text and "local disk of one desk" in text

    assert app_module.open_office(db_path) is None  # logged out and back: not again
    assert len(messages) == 1 and logins == [1, 1]


def test_a_file_on_a_local_disk_is_opened_without_a_word(app, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(storage, "read_mounts", lambda: "/dev/sda1 / ext4 rw 0 0\n")
    monkeypatch.setattr(network_share, "_warned", set())
    assert not network_share.warn_if_on_a_network_share(tmp_path / "office.sqlite")
    assert messages == []
