"""One-line messages for a program that raised: the user's ``file:line`` and source line, not the SDK's frames.

``python -m tools.offline_preview --traceback`` prints the whole traceback as well.

An error raised inside an ``apply`` callback would reach us with no frame of the program left: CPython 3.11's
asyncio futures drop the saved traceback after the first ``await`` re-raises it, and the SDK awaits outputs
more than once. ``keep_tracebacks`` has every task remember the traceback its exception first had.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

_FIRST_TRACEBACK = "_starter_first_traceback"


def _remember(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None and not hasattr(exc, _FIRST_TRACEBACK):
        with contextlib.suppress(AttributeError):  # an exception type without a __dict__ keeps no frames
            setattr(exc, _FIRST_TRACEBACK, exc.__traceback__)


def keep_tracebacks() -> None:
    """Make the running event loop's tasks remember their exception's first traceback (call inside the loop).

    The done callback is added when the task is created, so it runs before any awaiter re-raises the error."""
    loop = asyncio.get_event_loop()
    if getattr(loop.get_task_factory(), "__name__", "") == "_remembering_task":
        return

    def _remembering_task(loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Future[Any]:
        task = asyncio.Task(coro, loop=loop, **kwargs)
        task.add_done_callback(_remember)
        return task

    loop.set_task_factory(_remembering_task)


def _frames(exc: BaseException) -> list[traceback.FrameSummary]:
    """The current traceback, followed by the frames of the first one when asyncio has since dropped them."""
    frames = list(traceback.extract_tb(exc.__traceback__))
    first: TracebackType | None = getattr(exc, _FIRST_TRACEBACK, None)
    return frames + list(traceback.extract_tb(first)) if first is not None else frames


def user_frame(exc: BaseException, program_dir: Path) -> traceback.FrameSummary | None:
    """The innermost frame of ``exc``'s traceback in the program's own code (not a virtualenv inside it)."""
    root = program_dir.resolve()
    outside = (Path(sys.prefix).resolve(), root / "tools", root / "tests")
    found = None
    for frame in _frames(exc):
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
