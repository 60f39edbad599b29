"""One FrontDesk per desk and database file: a second start brings the first window forward.

A clerk who double-clicks the icon again while FrontDesk is hidden behind
other windows would otherwise get a twin on the same file (two logins, two
sets of unsaved forms). The first copy listens on a local socket named after
the desk's user and the resolved database path (QLocalServer); a second copy on the same user and file connects, sends ``show``
and exits, and the first raises its window — the dialog in front, if one is
open. Another user on the same machine (a terminal server) or another file
gets its own name, so it starts as usual.

After a crash the socket of the dead copy can be left behind (a file in /tmp
on Linux): nobody answers on it, so it is removed (QLocalServer.removeServer)
and this copy listens in its place.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

SHOW = b"show\n"
ANSWER = b"shown\n"
CONNECT_MS = 1_000  # a copy that is alive answers at once; a stale name refuses at once


def server_name(db_path: str | Path) -> str:
    """The socket name for this desk's user and database file (the same for both copies)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the user database
        user = str(os.getuid()) if hasattr(os, "getuid") else "desk"
    resolved = os.path.normcase(os.path.realpath(os.path.abspath(db_path)))
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:32]
    return f"frontdesk-{digest}"


def bring_forward() -> QWidget | None:
    """Raise the dialog in front (login, a form) or else the main window; the one raised."""
    app = QApplication.instance()
    if app is None:
        return None
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    target = (QApplication.activeModalWidget()
              or next((w for w in windows if isinstance(w, QMainWindow)), None)
              or (windows[0] if windows else None))
    if target is None:
        return None
    if target.windowState() & Qt.WindowState.WindowMinimized:
        target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)
    target.show()
    target.raise_()
    target.activateWindow()
    return target


def _allow_the_first_copy_to_come_forward() -> None:
    """Windows lets only the foreground process hand the foreground on (AllowSetForegroundWindow)."""
    if sys.platform == "win32":
        import ctypes

        ASFW_ANY = -1  # noqa: N806 - the Windows constant's name
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)  # type: ignore[attr-defined]


class SingleInstance(QObject):
    """The first copy's listening socket for one database file."""

    show_requested = Signal()

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server: QLocalServer | None = None
        self.show_requested.connect(lambda: bring_forward())  # looked up at call time

    def ask_first_to_show(self, timeout_ms: int = CONNECT_MS) -> bool:
        """Is a first copy running on this file? If so it was asked to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        _allow_the_first_copy_to_come_forward()
        socket.write(SHOW)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.waitForReadyRead(timeout_ms)  # its answer; the request went through either way
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the first copy: listen on the name, taking it over from a crashed copy."""
        self.close()
        server = QLocalServer(self)
        # No UserAccessOption: with it Qt silently renames its socket over any file of that
        # name on Unix, a live copy's included; the name holds the user's hash already.
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                return False
            if self.ask_first_to_show():  # a copy started in the meantime: it stays first
                return False
            QLocalServer.removeServer(self.name)  # left by a copy that died
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._answer)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def follow(self, db_path: str | Path) -> None:
        """The window now works on ``db_path`` (restore, another file): listen under its name."""
        name = server_name(db_path)
        if name != self.name or self.server is None:
            self.name = name
            self.listen()

    def _answer(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            socket.write(ANSWER)
            socket.flush()
            self.show_requested.emit()


def claim(db_path: str | Path) -> SingleInstance | None:
    """At start-up: None when a first copy on this file was brought forward (so exit);
    otherwise this copy's listener (keep a reference while the window lives)."""
    instance = SingleInstance(db_path)
    if instance.ask_first_to_show():
        return None
    instance.listen()  # if even that fails, run unguarded rather than not at all
    return instance
