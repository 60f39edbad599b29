"""Where the database file lives: on a network share SQLite is unsafe for several desks.

SQLite keeps desks apart with file locks, and in WAL mode with a shared-memory
index beside the file. Network file systems (SMB/CIFS shares, NFS, sshfs, 9p…)
implement the locks unreliably, and the shared memory cannot be shared between
machines at all: two desks opening the file over the network can damage it.
``network_share(path)`` names the share or mount a file is on, or None for a
local disk; ``network_share_warning(path)`` is the clerk's message about it.

Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose
``GetDriveTypeW`` is DRIVE_REMOTE (a mapped network drive). Linux: the file
system type of the longest mount point in /proc/mounts that holds the file.
Elsewhere (macOS) nothing is detected.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
# File system types (the third field of /proc/mounts) that reach the file over a network or
# through a host/guest channel whose locks SQLite cannot rely on.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p",
    "drvfs", "virtiofs", "vboxsf", "vmhgfs", "prl_fs", "ceph", "glusterfs", "lustre", "gpfs",
    "beegfs", "davfs", "sshfs", "ftpfs", "curlftpfs", "s3fs", "rclone", "gcsfuse",
})
FUSE_NETWORK = frozenset({"sshfs", "davfs2", "glusterfs", "s3fs", "rclone", "cephfs",
                          "gcsfuse", "vmhgfs-fuse", "curlftpfs", "smbnetfs"})


class NetworkShare(DomainError):
    """The database is on a network share: a warning for the clerk, not a refusal."""

    def __init__(self, path: str, share: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The database {path} is on a network share ({share}). SQLite is not safe there "
                "for several desks: its locks do not work reliably over a network, and two desks "
                "saving at once can damage the file. Keep the database on the local disk of one "
                "desk and work there; several desks sharing one database need the coming "
                "PostgreSQL version of FrontDesk.",
            ),
            path=path,
            share=share,
        )


def read_mounts() -> str:
    """The mount table of this Linux machine ('' where there is none)."""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _is_network_fs(fs_type: str) -> bool:
    if fs_type.startswith("fuse."):
        return fs_type[5:] in FUSE_NETWORK or fs_type[5:] in NETWORK_FS_TYPES
    return fs_type in NETWORK_FS_TYPES


def _under(path: str, mount_point: str) -> bool:
    return (mount_point == "/" or path == mount_point
            or path.startswith(mount_point.rstrip("/") + "/"))


def linux_share(path: str, mounts: str) -> str | None:
    """The network mount holding the absolute ``path``, by the longest mount point in ``mounts``."""
    best: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, mount_point, fs_type = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        # a later line over the same mount point hides the earlier one, hence >=
        if _under(path, mount_point) and (best is None or len(mount_point) >= len(best[1])):
            best = (device, mount_point, fs_type)
    if best is None or not _is_network_fs(best[2]):
        return None
    device, mount_point, fs_type = best
    return f"{device} ({fs_type}) at {mount_point}"


def windows_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    r"""``\\server\share`` for a UNC path, ``Z:\`` for a mapped network drive, else None."""
    p = path.replace("/", "\\")
    if p[:8].upper() == "\\\\?\\UNC\\":
        p = "\\\\" + p[8:]
    elif p.startswith(("\\\\?\\", "\\\\.\\")):
        p = p[4:]
    if p.startswith("\\\\"):
        parts = [part for part in p[2:].split("\\") if part]
        return "\\\\" + "\\".join(parts[:2]) if parts else None
    if len(p) >= 2 and p[1] == ":":
        root = p[0].upper() + ":\\"
        try:
            return root if drive_type(root) == DRIVE_REMOTE else None
        except (OSError, AttributeError, ValueError):
            return None
    return None


def network_share(path: str | Path, *, platform: str | None = None, mounts: str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """The network share or mount the file ``path`` is on; None on a local disk.

    ``platform``, ``mounts`` and ``drive_type`` default to this machine's (tests give their own).
    """
    here = platform is None or platform == sys.platform
    platform = platform or sys.platform
    # this machine's path through its links and mapped drives; another platform's as given
    text = os.path.realpath(os.path.abspath(path)) if here else str(path)
    if platform == "win32":
        return windows_share(text, drive_type or _windows_drive_type)
    if platform.startswith("linux"):
        return linux_share(text, read_mounts() if mounts is None else mounts)
    return None

def network_share_warning(path: str | Path, **machine) -> NetworkShare | None:
    """The clerk's warning when ``path`` is on a network share (see ``network_share``)."""
    share = network_share(path, **machine)
    return NetworkShare(str(path), share) if share else None
