"""The local emulator stack: moto on 127.0.0.1 (emulator) and the up-local/down-local orchestration
(orchestrate; ``python -m tools.local_stack``), which deploys the `local` stack and runs the audit against it."""
