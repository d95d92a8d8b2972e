"""Pulumi assets and archives as the files Terraform reads.

A Pulumi program passes a Lambda function's ``code`` or an S3 object's ``source`` as an asset or archive
(``pulumi.AssetArchive``, ``FileArchive``, ``StringAsset``, ``FileAsset``); the provider takes a path
(``filename``, ``source``). Under the mock runtime the value arrives in the recorded properties with the
SDK's signature key (the engine's ``inputs`` drop it, so the raw properties are read); this module turns it
into bytes: an archive is zipped (deterministically: sorted names, fixed timestamps), an asset is its content.
``uri`` values and nested archives are not fetched or flattened: they are reported, never dropped.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SIG_KEY = "4dabf18193072939515e22adb298388d"
ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17"
ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date: the same content gives the same bytes


class AssetError(Exception):
    """An asset or archive that cannot become a file here; the message says why."""


@dataclass(frozen=True)
class AssetFile:
    """The bytes a provider argument points to, and their hash as ``filebase64sha256`` gives it."""

    content: bytes
    archive: bool

    @property
    def base64sha256(self) -> str:
        return base64.b64encode(hashlib.sha256(self.content).digest()).decode()


def kind(value: Any) -> str | None:
    """``asset``, ``archive`` or None for a raw (``MessageToDict``) property value."""
    if isinstance(value, dict):
        sig = value.get(SIG_KEY)
        if sig == ASSET_SIG:
            return "asset"
        if sig == ARCHIVE_SIG:
            return "archive"
    return None


def _resolve(path: str, base: Path) -> Path:
    resolved = (base / path).expanduser()
    if not resolved.exists():
        raise AssetError(f"{path}: no such file (relative paths are read from {base})")
    return resolved


def _asset_bytes(value: dict[str, Any], base: Path) -> bytes:
    if "text" in value:
        return str(value["text"]).encode()
    if "path" in value:
        path = _resolve(str(value["path"]), base)
        if path.is_dir():
            raise AssetError(f"{value['path']}: a FileAsset names a file, not a folder")
        return path.read_bytes()
    raise AssetError(f"a remote asset ({value.get('uri', '?')}) is not fetched offline")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name], zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _archive_members(value: dict[str, Any], base: Path) -> dict[str, bytes]:
    if "assets" in value:
        members: dict[str, bytes] = {}
        for name, item in (value["assets"] or {}).items():
            if kind(item) == "archive":
                raise AssetError(f"{name}: an archive inside an AssetArchive is not flattened here")
            members[name] = _asset_bytes(item, base)
        return members
    if "path" in value:
        path = _resolve(str(value["path"]), base)
        if path.is_dir():
            return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
        raise AssetError(f"{value['path']}: a FileArchive of a file is used as it is")  # handled by the caller
    raise AssetError(f"a remote archive ({value.get('uri', '?')}) is not fetched offline")


def to_file(value: dict[str, Any], base: Path) -> AssetFile:
    """The bytes of an asset (its content) or archive (a zip; a ``.zip`` FileArchive as it is)."""
    if kind(value) == "asset":
        return AssetFile(_asset_bytes(value, base), archive=False)
    path = value.get("path")
    if isinstance(path, str) and (base / path).is_file():
        return AssetFile(_resolve(path, base).read_bytes(), archive=True)
    return AssetFile(_zip(_archive_members(value, base)), archive=True)
