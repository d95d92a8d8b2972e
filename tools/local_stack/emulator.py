"""moto in server mode on 127.0.0.1: the local stand-in for AWS used by `make up-local` and by the tests."""

from __future__ import annotations

import logging
import os
import socket
import urllib.request
from pathlib import Path

# MOTO_IAM_LOAD_MANAGED_POLICIES lets roles attach AWS-managed policies (AmazonSSMManagedInstanceCore) as in a
# real account. MOTO_AMIS_PATH replaces moto's default image catalogue with the two Amazon Linux 2023 images
# the template looks up (arm64, x86_64), in every region; loading the full catalogue costs seconds per start.
# moto reads both when it first loads its IAM and EC2 models, so they are set before the server is imported.
MOTO_ENV = {
    "MOTO_IAM_LOAD_MANAGED_POLICIES": "true",
    "MOTO_AMIS_PATH": str(Path(__file__).with_name("emulator_amis.json")),
}
FAKE_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


class EmulatorError(Exception):
    """moto could not be started; the message is one line."""


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def reachable(endpoint: str, timeout: float = 2.0) -> bool:
    """Whether a moto server answers at ``endpoint``."""
    try:
        with urllib.request.urlopen(f"{endpoint}/moto-api/data.json", timeout=timeout) as response:
            status: int = response.status
            return status == 200
    except OSError:
        return False


class Moto:
    """A ThreadedMotoServer on 127.0.0.1 (``port=0`` picks a free port); use as a context manager."""

    def __init__(self, port: int = 0) -> None:
        if port and not port_is_free(port):
            raise EmulatorError(f"127.0.0.1:{port} is already in use; stop whatever listens there and retry")
        for key, value in MOTO_ENV.items():
            os.environ.setdefault(key, value)
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
        from moto.server import ThreadedMotoServer  # imported late: it is a test/tooling dependency

        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        self._server.start()
        host, bound = self._server.get_host_and_port()
        self.endpoint = f"http://{host}:{bound}"

    def reset(self) -> None:
        request = urllib.request.Request(f"{self.endpoint}/moto-api/reset", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> Moto:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
