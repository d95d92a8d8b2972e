"""What every command-line entry point here shares: usage errors as one line, not argparse's usage block."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, NoReturn


class UsageError(Exception):
    """Bad command-line input; the message is one line."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors raise ``UsageError`` so the caller prints one line and exits 2."""

    def __init__(self, prog: str, doc: str | None) -> None:
        super().__init__(prog=prog, description=(doc or "").split("\n\n")[0])

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def read_json(path: Path, what: str, error: type[Exception], missing_hint: str = "") -> Any:
    """The JSON document at ``path``, or ``error`` with one line naming the file, ``what`` it should be and
    why it cannot be used (``missing_hint`` is added when the file does not exist)."""
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise error(f"{path}: {what} not found{missing_hint}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read {what}: {exc}") from None
    except ValueError as exc:
        raise error(f"{path}: {what} is not valid JSON ({exc})") from None
