"""Run the current transforms API (``pulumi.runtime.register_resource_transform``, ``ResourceOptions(transforms=...)``)
as the Pulumi engine does.

The SDK does not run these itself: it registers each transform as a callback on its own gRPC callback server and
sends the callback (target, token) to the resource monitor, which calls it with a ``TransformRequest`` (type, name,
custom, parent, the properties and the options) and continues with the ``TransformResponse``. Pulumi's
``MockMonitor`` only records them, so under plain mocks a transform silently does nothing; the offline engine's
monitor calls them over the same gRPC protocol, in the engine's order (see ``RecordingMonitor._transforms_for``).
The old ``transformations`` run inside the SDK before the registration reaches the monitor, so they run first, as
in a real deployment.
"""

from __future__ import annotations

import functools
from typing import Any

import grpc
from pulumi.runtime.proto import callback_pb2, callback_pb2_grpc, resource_pb2


@functools.cache
def _stub(target: str) -> callback_pb2_grpc.CallbacksStub:
    return callback_pb2_grpc.CallbacksStub(grpc.insecure_channel(target))


def options_of(request: Any) -> resource_pb2.TransformResourceOptions:
    """The options a registration carries, as the engine hands them to a transform."""
    opts = resource_pb2.TransformResourceOptions(
        depends_on=list(request.dependencies),
        ignore_changes=list(request.ignoreChanges),
        replace_on_changes=list(request.replaceOnChanges),
        version=request.version,
        aliases=list(request.aliases),
        provider=request.provider,
        providers=dict(request.providers),
        plugin_download_url=request.pluginDownloadURL,
        deleted_with=request.deletedWith,
        additional_secret_outputs=list(request.additionalSecretOutputs),
        plugin_checksums=dict(request.pluginChecksums),
    )
    if request.HasField("protect"):
        opts.protect = request.protect
    if request.HasField("retainOnDelete"):
        opts.retain_on_delete = request.retainOnDelete
    if request.deleteBeforeReplaceDefined:
        opts.delete_before_replace = request.deleteBeforeReplace
    if request.HasField("customTimeouts"):
        opts.custom_timeouts.CopyFrom(request.customTimeouts)
    return opts


def _with_options(request: Any, opts: resource_pb2.TransformResourceOptions) -> None:
    """Write a transform's options back onto the registration (in place)."""
    del request.dependencies[:]
    request.dependencies.extend(opts.depends_on)
    for field, values in (
        (request.ignoreChanges, opts.ignore_changes),
        (request.replaceOnChanges, opts.replace_on_changes),
        (request.additionalSecretOutputs, opts.additional_secret_outputs),
    ):
        del field[:]
        field.extend(values)
    del request.aliases[:]
    request.aliases.extend(opts.aliases)
    request.version = opts.version
    request.provider = opts.provider
    request.providers.clear()
    request.providers.update(opts.providers)
    request.pluginDownloadURL = opts.plugin_download_url
    request.deletedWith = opts.deleted_with
    request.pluginChecksums.clear()
    request.pluginChecksums.update(opts.plugin_checksums)
    if opts.HasField("protect"):
        request.protect = opts.protect
    else:
        request.ClearField("protect")
    if opts.HasField("retain_on_delete"):
        request.retainOnDelete = opts.retain_on_delete
    else:
        request.ClearField("retainOnDelete")
    request.deleteBeforeReplaceDefined = opts.HasField("delete_before_replace")
    request.deleteBeforeReplace = opts.delete_before_replace
    if opts.HasField("custom_timeouts"):
        request.customTimeouts.CopyFrom(opts.custom_timeouts)
    else:
        request.ClearField("customTimeouts")


def apply(request: Any, callbacks: list[Any]) -> Any:
    """The registration after every callback in ``callbacks`` (in order) has transformed it; ``request`` itself
    when there is none. Properties a transform removes lose their property dependencies; dependencies follow the
    transformed ``depends_on`` plus those of the remaining properties."""
    if not callbacks:
        return request
    props = request.object
    opts = options_of(request)
    for callback in callbacks:
        transform_request = resource_pb2.TransformRequest(
            type=request.type,
            name=request.name,
            custom=request.custom,
            parent=request.parent,
            properties=props,
            options=opts,
        )
        reply = _stub(callback.target).Invoke(
            callback_pb2.CallbackInvokeRequest(token=callback.token, request=transform_request.SerializeToString())
        )
        response = resource_pb2.TransformResponse.FromString(reply.response)
        props = response.properties
        if response.HasField("options"):
            opts = response.options
    transformed = type(request)()
    transformed.CopyFrom(request)
    transformed.object.CopyFrom(props)
    _with_options(transformed, opts)
    kept = set(props.fields)
    for key in [k for k in transformed.propertyDependencies if k not in kept]:
        del transformed.propertyDependencies[key]
    deps = list(
        dict.fromkeys([*transformed.dependencies, *(u for v in transformed.propertyDependencies.values() for u in v.urns)])
    )
    del transformed.dependencies[:]
    transformed.dependencies.extend(deps)
    return transformed
