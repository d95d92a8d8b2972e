"""moto in server mode on 127.0.0.1: the local stand-in for AWS used by `make up-local` and by the tests."""

from __future__ import annotations

import errno
import logging
import os
import socket
import threading
import urllib.request
from pathlib import Path
from typing import Any

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


def answer_replication_with_kms_selection() -> None:
    """moto 5.2's GetBucketReplication drops a rule's ``SourceSelectionCriteria`` (S3 answers with it, and the
    audit's s3-replication needs ``SseKmsEncryptedObjects``: S3 skips KMS-encrypted objects without it). Make
    moto answer it as put; its fixed ``Filter`` and ``DeleteMarkerReplication`` answers stay as they are."""
    from moto.core.responses import ActionResult
    from moto.s3.exceptions import ReplicationConfigurationNotFoundError
    from moto.s3.responses import S3Response

    def get_bucket_replication(self: S3Response) -> Any:
        self.data["Action"] = "GetBucketReplication"
        replication = self.backend.get_bucket_replication(self.bucket_name)
        if not replication:
            raise ReplicationConfigurationNotFoundError(bucket_name=self.bucket_name)
        rules = [
            {
                "ID": rule["ID"],
                "Priority": rule["Priority"],
                "Status": rule["Status"],
                "DeleteMarkerReplication": {"Status": "Disabled"},
                "Filter": {"Prefix": ""},
                **(
                    {"SourceSelectionCriteria": rule["SourceSelectionCriteria"]} if "SourceSelectionCriteria" in rule else {}
                ),
                "Destination": rule["Destination"],
            }
            for rule in replication["Rule"]
        ]
        return self.serialized(ActionResult({"ReplicationConfiguration": {"Role": replication["Role"], "Rules": rules}}))

    S3Response.get_bucket_replication = get_bucket_replication  # type: ignore[method-assign]


class Moto:
    """moto's server on 127.0.0.1 (``port=0`` picks a free port), served from a thread; a context manager.

    moto's own ``ThreadedMotoServer`` binds inside its thread and waits for it forever when the bind fails
    (another process took the port): this binds first, so that failure is one line."""

    def __init__(self, port: int = 0) -> None:
        for key, value in MOTO_ENV.items():
            os.environ.setdefault(key, value)
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
        # imported late: test/tooling dependencies; the same server ThreadedMotoServer builds
        from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
        from werkzeug.serving import make_server

        answer_replication_with_kms_selection()

        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", port))
            listener.listen(128)
        except OSError as exc:
            listener.close()
            if exc.errno == errno.EADDRINUSE:
                raise EmulatorError(f"127.0.0.1:{port} is already in use; stop whatever listens there and retry") from None
            raise EmulatorError(f"moto cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
        # werkzeug binds in make_server and exits the process (sys.exit) when that fails: give it this socket.
        app = DomainDispatcherApplication(create_backend_app)
        self._server = make_server(
            "127.0.0.1", port, app, threaded=True, request_handler=MotoRequestHandler, fd=listener.fileno()
        )
        listener.close()  # make_server serves a duplicate of it
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.endpoint = f"http://127.0.0.1:{self._server.port}"

    def reset(self) -> None:
        request = urllib.request.Request(f"{self.endpoint}/moto-api/reset", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Moto:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
