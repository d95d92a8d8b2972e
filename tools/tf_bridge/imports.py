"""The only module of tf_bridge that imports other tools products (the offline plan's engine and stack files,
the audit, the emulator): the edges tests/test_layout_tools.py allows."""

from tools.audit.cli import main as audit_main
from tools.cli import OneLineParser, UsageError, read_json
from tools.local_stack.emulator import FAKE_CREDENTIALS, EmulatorError, Moto
from tools.offline_preview.engine import ProgramError, ProgramRun, RecordedResource, run_program
from tools.offline_preview.stack_files import StackFileError, read_project, read_stack_config

__all__ = [
    "FAKE_CREDENTIALS",
    "EmulatorError",
    "Moto",
    "OneLineParser",
    "ProgramError",
    "ProgramRun",
    "RecordedResource",
    "StackFileError",
    "UsageError",
    "audit_main",
    "read_json",
    "read_project",
    "read_stack_config",
    "run_program",
]
