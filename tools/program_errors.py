"""One-line messages for a program that raised: the user's ``file:line`` and source line, not the SDK's frames.

``python -m tools.offline_preview --traceback`` prints the whole traceback as well.

An error raised inside an ``apply`` callback often has no frame of the program left: CPython 3.11's asyncio
futures drop the saved traceback after the first ``await`` re-raises it, and the SDK awaits outputs more than
once. Such errors keep the plain ``program failed: <Type>: <message>``.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path


def user_frame(exc: BaseException, program_dir: Path) -> traceback.FrameSummary | None:
    """The innermost frame of ``exc``'s traceback in the program's own code (not a virtualenv inside it)."""
    root = program_dir.resolve()
    outside = (Path(sys.prefix).resolve(), root / "tools", root / "tests")
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename)
        if not path.is_absolute() or "site-packages" in path.parts:
            continue
        path = path.resolve()
        if path.is_relative_to(root) and not any(path.is_relative_to(o) for o in outside):
            found = frame
    return found


def describe(exc: BaseException, program_dir: Path) -> str:
    """``program failed at <file>:<line>: <Type>: <first line of the message> -- <source line>``."""
    text = str(exc).strip()
    message = f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__
    frame = user_frame(exc, program_dir)
    if frame is None:
        return f"program failed: {message}"
    where = Path(frame.filename).resolve().relative_to(program_dir.resolve())
    source = (frame.line or "").strip()
    return f"program failed at {where}:{frame.lineno}: {message}" + (f" -- {source}" if source else "")
