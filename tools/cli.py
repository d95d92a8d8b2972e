"""What every command-line entry point here shares: usage errors as one line, not argparse's usage block."""

from __future__ import annotations

import argparse
from typing import NoReturn


class UsageError(Exception):
    """Bad command-line input; the message is one line."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors raise ``UsageError`` so the caller prints one line and exits 2."""

    def __init__(self, prog: str, doc: str | None) -> None:
        super().__init__(prog=prog, description=(doc or "").split("\n\n")[0])

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
