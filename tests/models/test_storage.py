"""A database on a network share is named as such (Windows UNC and mapped drives, Linux mounts)."""

from __future__ import annotations

import sys

import pytest

from models import storage

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw,nosuid 0 0
//nas/office /mnt/office cifs rw,vers=3.0 0 0
nas:/export/home /home/shared nfs4 rw,vers=4.2 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
user@host:/srv /mnt/ssh fuse.sshfs rw 0 0
/dev/sdc1 /media/U\\040盘 vfat rw 0 0
//nas/scan /media/U\\040盘/共享 smb3 rw 0 0
C:\\134 /mnt/c 9p rw,dirsync,aname=drvfs 0 0
/dev/sdd1 /mnt/over ext4 rw 0 0
server:/over /mnt/over nfs rw 0 0
"""


@pytest.mark.parametrize(("path", "share"), [
    ("/home/clerk/FrontDesk/office.sqlite", None),
    ("/tmp/office.sqlite", None),
    ("/mnt/office/前台/office.sqlite", "//nas/office (cifs) at /mnt/office"),
    ("/mnt/office", "//nas/office (cifs) at /mnt/office"),
    ("/mnt/officeX/office.sqlite", None),  # a longer name, not a folder inside the share
    ("/mnt/office/local/office.sqlite", None),  # a local disk mounted inside the share
    ("/home/shared/office.sqlite", "nas:/export/home (nfs4) at /home/shared"),
    ("/mnt/ssh/office.sqlite", "user@host:/srv (fuse.sshfs) at /mnt/ssh"),
    ("/media/U 盘/office.sqlite", None),
    ("/media/U 盘/共享/office.sqlite", "//nas/scan (smb3) at /media/U 盘/共享"),
    ("/mnt/c/Users/office.sqlite", "C:\\ (9p) at /mnt/c"),
    ("/mnt/over/office.sqlite", "server:/over (nfs) at /mnt/over"),  # the later mount hides
])
def test_linux_the_longest_mount_point_holding_the_file_decides(path, share):
    assert storage.network_share(path, platform="linux", mounts=MOUNTS) == share


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux path through a link")
def test_linux_a_link_into_a_share_is_followed(tmp_path):
    (tmp_path / "data").symlink_to("/mnt/office/前台")
    path = tmp_path / "data" / "office.sqlite"
    assert storage.network_share(path, mounts=MOUNTS) == "//nas/office (cifs) at /mnt/office"


def test_linux_no_mount_table_means_nothing_is_detected():
    assert storage.network_share("/mnt/office/a.sqlite", platform="linux", mounts="") is None


def drives(remote: str = "Z"):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return storage.DRIVE_REMOTE if root == f"{remote}:\\" else 3  # DRIVE_FIXED

    return drive_type, asked


@pytest.mark.parametrize(("path", "share"), [
    ("C:\\Users\\clerk\\AppData\\Local\\FrontDesk\\office.sqlite", None),
    ("c:/Users/clerk/office.sqlite", None),
    ("Z:\\前台\\office.sqlite", "Z:\\"),
    ("z:/前台/office.sqlite", "Z:\\"),
    ("\\\\server\\share\\前台\\office.sqlite", "\\\\server\\share"),
    ("//server/share/office.sqlite", "\\\\server\\share"),
    ("\\\\?\\UNC\\server\\share\\office.sqlite", "\\\\server\\share"),
    ("\\\\?\\C:\\office.sqlite", None),
    ("\\\\?\\Z:\\office.sqlite", "Z:\\"),
])
def test_windows_unc_paths_and_mapped_network_drives(path, share):
    drive_type, _asked = drives("Z")
    assert storage.network_share(path, platform="win32", drive_type=drive_type) == share


def test_windows_the_drive_is_asked_by_its_root_and_a_failing_call_means_local():
    drive_type, asked = drives("Z")
    storage.network_share("d:\\office.sqlite", platform="win32", drive_type=drive_type)
    assert asked == ["D:\\"]

    def broken(root):
        raise OSError("no such drive")

    assert storage.network_share("Q:\\a.sqlite", platform="win32", drive_type=broken) is None


def test_other_systems_are_not_guessed():
    assert storage.network_share("/Volumes/NAS/office.sqlite", platform="darwin") is None


def test_the_warning_says_why_and_what_to_do():
    warning = storage.network_share_warning("/mnt/office/office.sqlite", platform="linux",
                                            mounts=MOUNTS)
    text = str(warning)
    assert "/mnt/office/office.sqlite is on a network share (//nas/office (cifs) at /mnt/office)" in text
    assert "not safe there for several desks" in text
    assert "local disk of one desk" in text and "PostgreSQL" in text
    assert storage.network_share_warning("/tmp/a.sqlite", platform="linux", mounts=MOUNTS) is None
