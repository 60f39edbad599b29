"""Another desk holding the database's write lock, for the tests of what a waiting desk sees."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path


class OtherDesk:
    """Another program's connection to the same file, in the middle of a save (BEGIN IMMEDIATE).

    Its own row (office setting ``other.desk``) becomes visible only if it commits.
    """

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("INSERT INTO office_setting (key, value) VALUES ('other.desk', 'saved')")

    def commit_after(self, seconds: float) -> threading.Thread:
        """Commit ``seconds`` from now, in a thread (join it)."""

        def later() -> None:
            time.sleep(seconds)
            self.con.execute("COMMIT")
            self.con.close()

        thread = threading.Thread(target=later)
        thread.start()
        return thread

    def give_up(self) -> None:
        """Roll back and let go of the lock."""
        self.con.execute("ROLLBACK")
        self.con.close()
