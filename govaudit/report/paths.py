"""File paths as CI systems want them: relative to the repository root, with forward slashes."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def find_srcroot(start: str | os.PathLike | None = None) -> Path:
    """GITHUB_WORKSPACE if set, else the nearest folder above `start` (default: cwd) holding .git, else cwd."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        return Path(workspace).resolve()
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def relative_path(path: str, root: str | os.PathLike | None) -> str | None:
    """`path` relative to `root` in POSIX form; None when the file lies outside root."""
    if root is None:
        given = Path(path)
        if given.is_absolute() or ".." in given.parts:
            return None
        return given.as_posix()
    try:
        return Path(os.path.abspath(path)).relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return None


def file_uri(path: str, root: str | os.PathLike | None) -> tuple[str, bool]:
    """(percent-encoded URI, relative?) — repo-relative when possible, else an absolute file:// URI."""
    rel = relative_path(path, root)
    if rel is not None:
        return quote(rel, safe="/"), True
    return Path(os.path.abspath(path)).as_uri(), False
