"""Stage 2 of config validation: facts about the target account and region, looked up once (provider invokes).

Stage 1 (``components.config.parse_config``) is pure; the checks here need lookups: the AZ count against the
region's standard zones, and the certificate's account against the deploying account. Both raise the same
``ConfigError`` before any resource is declared.
"""

from __future__ import annotations

from dataclasses import dataclass

import pulumi_aws as aws

from components.config import ConfigError, StackConfig


@dataclass(frozen=True)
class Platform:
    """Account, partition and the availability zones the network spreads over."""

    account_id: str
    partition: str
    availability_zones: tuple[str, ...]


def lookup_platform(cfg: StackConfig) -> Platform:
    """Resolve account and AZs. An AZ count the region cannot satisfy, or a certificate from another account
    (such as the example ARN in Pulumi.prod.yaml), is a config error raised before any resource is declared."""
    identity = aws.get_caller_identity()
    partition = aws.get_partition()
    zones = aws.get_availability_zones(
        state="available",
        # Only the region's standard zones: Local Zones and Wavelength Zones need an opt-in.
        filters=[{"name": "opt-in-status", "values": ["opt-in-not-required"]}],
    )
    names = tuple(sorted(zones.names))
    if len(names) < cfg.az_count:
        raise ConfigError(
            cfg.stack,
            [
                f"{cfg.project}:azCount: got {cfg.az_count}, expected at most {len(names)} "
                f"(available zones in {cfg.primary_region}: {', '.join(names)})"
            ],
        )
    cert_account = cfg.certificate_arn.split(":")[4] if cfg.certificate_arn else identity.account_id
    if cert_account != identity.account_id:
        raise ConfigError(
            cfg.stack,
            [
                f"{cfg.project}:certificateArn: got {cfg.certificate_arn}, expected a certificate in the deploying account "
                f"{identity.account_id} (replace the template's example ARN with your own certificate)"
            ],
        )
    return Platform(identity.account_id, partition.partition, names[: cfg.az_count])
