"""The only module of tf_bridge that imports the rest of ``tools/``: when tools/ is reorganised into packages,
these lines are the whole change."""

from tools.audit import main as audit_main
from tools.cli import OneLineParser, UsageError, read_json
from tools.emulator import FAKE_CREDENTIALS, EmulatorError, Moto
from tools.engine import ProgramError, ProgramRun, RecordedResource, run_program
from tools.stack_files import StackFileError, read_project, read_stack_config

__all__ = [
    "FAKE_CREDENTIALS", "EmulatorError", "Moto", "OneLineParser", "ProgramError", "ProgramRun", "RecordedResource",
    "StackFileError", "UsageError", "audit_main", "read_json", "read_project", "read_stack_config", "run_program",
]
