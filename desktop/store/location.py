"""Places where a database must not live: network shares and synchronised folders.

SQLite's locking relies on the local file system. On a network share (NFS, SMB/CIFS, SSHFS...) the
locks may not work, and a sync client (Dropbox, OneDrive...) copies the file while it is being
written and can bring back an old copy over a new one. Either can damage the file, so Palier
refuses to open a database there and offers to copy it to the computer's own disk.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.i18n import tr

NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "ncpfs", "9p", "ceph",
    "glusterfs", "fuse.glusterfs", "lustre", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "webdav", "afpfs", "macfuse", "osxfuse",
    "fuse.gvfsd-fuse", "fuse.smbnetfs", "fuse.curlftpfs", "coda", "gfs2", "ocfs2",
}
# Folder names used by the common sync clients; compared case-insensitively with each part of the
# path ("OneDrive - Mairie de Lyon" counts as OneDrive).
SYNC_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "mon drive",
                "icloud drive", "iclouddrive", "mobile documents", "nextcloud", "owncloud",
                "pcloud drive", "pclouddrive", "pcloud", "box sync", "seafile", "synologydrive",
                "tresorit", "megasync", "mega")
DRIVE_REMOTE = 4


def _t(text: str) -> str:
    return tr("Safety", text)


def parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from the output of macOS's ``mount``:
    "//marie@nas/partage on /Volumes/partage (smbfs, nodev, nosuid, mounted by marie)"."""
    mounts = []
    for line in text.splitlines():
        head, separator, options = line.rpartition(" (")
        if not separator or " on " not in head:
            continue
        mount_point = head.split(" on ", 1)[1]
        mounts.append((mount_point, options.split(",")[0].strip(" )")))
    return mounts


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mounted file system (Linux, macOS)."""
    if sys.platform == "darwin":
        import subprocess

        try:
            listed = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False)
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount(listed.stdout)
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # Spaces in mount points are written \040 in /proc/mounts.
            mounts.append((fields[1].replace("\\040", " "), fields[2]))
    return mounts


def network_file_system(path: Path) -> str | None:
    """The type of the network file system holding ``path`` (e.g. "nfs", "cifs"), or None."""
    if sys.platform.startswith("win"):
        return _windows_network(path)
    best, kind = "", None
    text = str(path)
    for mount, fs_type in _mounts():
        inside = text == mount or text.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fs_type
    if kind and (kind in NETWORK_FILE_SYSTEMS or kind.split(".")[-1] in NETWORK_FILE_SYSTEMS):
        return kind
    return None


def _windows_network(path: Path) -> str | None:
    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return "UNC"
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    try:
        import ctypes

        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:
            return "network drive"
    except (AttributeError, OSError):
        return None
    return None


def sync_folder(path: Path) -> str | None:
    """The name of the synchronised folder holding ``path`` (e.g. "OneDrive"), or None."""
    for part in Path(path).parts[:-1]:
        folded = part.casefold().strip()
        for name in SYNC_FOLDERS:
            if folded == name or folded.startswith(name + " ") or folded.startswith(name + "-"):
                return part
    return None


def unsafe_reason(path: Path) -> str | None:
    """A sentence saying why ``path`` is no safe home for a database, or None when it is."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        resolved = Path(path).absolute()
    folder = sync_folder(resolved)
    if folder:
        return _t("{path} is in the synchronised folder “{folder}”, whose copying can damage a "
                  "database that is open.").format(path=path, folder=folder)
    kind = network_file_system(resolved)
    if kind:
        return _t("{path} is on a network share ({kind}), where SQLite cannot lock the file safely "
                  "and two computers could damage it.").format(path=path, kind=kind)
    return None
