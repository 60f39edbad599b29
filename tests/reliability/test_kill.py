"""kill -9 in the middle of writing: the file stays sound and keeps every acknowledged commit.

A desk process (tests/reliability/desk.py) does mixed writes and notes each
operation on a side file after its commit returned; it is SIGKILLed at a
random moment, 30 times over on the same file. After every kill the file
passes PRAGMA integrity_check and ``check``, and holds every commit any of the
killed desks acknowledged (at most one more per desk: committed, not yet
noted). The 200-kill run is ``python -m bench.desks_bench --kills 200``.
"""

from __future__ import annotations

import os

import pytest

from tests.reliability import trials

TRIALS = 30


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_a_desk_killed_mid_write_leaves_a_sound_file_with_every_acknowledged_commit(tmp_path):
    path = tmp_path / "office.sqlite"
    trials.prepare(path, 1)
    result = trials.kill_trials(path, TRIALS, tmp_path, seed=8, longest=0.5)

    assert result.trials == TRIALS
    assert [(n, v.problems, v.lost, v.unacknowledged, v.negative, v.errors)
            for n, v in result.failed] == []
    # most kills came while the desk was writing, not before its first commit
    assert result.killed_while_writing >= TRIALS * 2 // 3
    assert result.verdicts[-1].done >= 3 * TRIALS
