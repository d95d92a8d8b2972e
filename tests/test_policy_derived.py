"""The derived rules: the generated table of every type's security inputs matches the installed pulumi-aws, every
row is classified, the doc's coverage section matches, and each rule family fails and passes the forms a fork
writes (types, deprecated types, string spellings, inherited defaults, preview unknowns) with one mandatory
violation on the right resource and none on a correct one."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO
from pulumi.runtime import rpc

from tests.support.resources import custom_resource
from tools.offline_preview import gen_security_inputs
from tools.offline_preview.analyzer import default_provider

sys.path.insert(0, str(REPO / "policies"))
from starter_policies import common, derived
from starter_shared import security_classification as classification
from starter_shared.security_inputs import SECURITY_INPUTS

TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
PROVIDER = default_provider({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}, "test", "starter")
UNKNOWN = rpc.UNKNOWN
KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e"

REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup"
STREAM = "aws:kinesis/stream:Stream"
DOCDB = "aws:docdb/cluster:Cluster"
REDSHIFT = "aws:redshift/cluster:Cluster"
OPENSEARCH = "aws:opensearch/domain:Domain"
ELASTICSEARCH = "aws:elasticsearch/domain:Domain"
MSK = "aws:msk/cluster:Cluster"
MEMORYDB = "aws:memorydb/cluster:Cluster"
EKS = "aws:eks/cluster:Cluster"
DMS = "aws:dms/replicationInstance:ReplicationInstance"
ECS_SERVICE = "aws:ecs/service:Service"
TASK = "aws:ecs/taskDefinition:TaskDefinition"
BATCH = "aws:batch/jobDefinition:JobDefinition"
FUNCTION = "aws:lambda/function:Function"
PARAMETER = "aws:ssm/parameter:Parameter"
VAULT_POLICY = "aws:backup/vaultPolicy:VaultPolicy"
VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint"
CODEBUILD = "aws:codebuild/project:Project"
RDS = "aws:rds/instance:Instance"
NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance"
LAYER_PERMISSION = "aws:lambda/layerVersionPermission:LayerVersionPermission"
DMS_ENDPOINT = "aws:dms/endpoint:Endpoint"
RDS_PROXY = "aws:rds/proxy:Proxy"
RDS_PARAMS = "aws:rds/parameterGroup:ParameterGroup"
DOCDB_PARAMS = "aws:docdb/clusterParameterGroup:ClusterParameterGroup"
REDSHIFT_PARAMS = "aws:redshift/parameterGroup:ParameterGroup"
METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings"
EMR_SECURITY = "aws:emr/securityConfiguration:SecurityConfiguration"
EMR_BPA = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration"
AOSS_POLICY = "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy"
DAX = "aws:dax/cluster:Cluster"
GLUE_CONNECTION = "aws:glue/connection:Connection"
NODE_GROUP = "aws:eks/nodeGroup:NodeGroup"
NFS_SHARE = "aws:storagegateway/nfsFileShare:NfsFileShare"
CACHE_USER = "aws:elasticache/user:User"
APPRUNNER = "aws:apprunner/service:Service"
DB_GOOD = {"engine": "postgres", "storageEncrypted": True, "backupRetentionPeriod": 7}


def resource(type_: str, props: dict, name: str = "subject"):
    return custom_resource(type_, name, props, stack="test", project="starter")


def policy(*statements: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def containers(*defs: dict) -> str:
    return json.dumps([{"name": "app", "image": "nginx", **d} for d in defs])


ANYONE = {"Effect": "Allow", "Principal": "*", "Action": "backup:CopyIntoBackupVault", "Resource": "*"}
ANY_AWS = {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "*"}
ORG_ONLY = {**ANYONE, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}
ACCOUNT = {**ANYONE, "Principal": {"AWS": "arn:aws:iam::123456789012:root"}}
OS_GOOD = {
    "encryptAtRest": {"enabled": True},
    "nodeToNodeEncryption": {"enabled": True},
    "domainEndpointOptions": {"enforceHttps": True, "tlsSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"},
}

CASES = [
    # (id, policy, type, props, fires, message fragment)
    # encryption-at-rest: absent where AWS's default is plaintext, explicit off, string spellings, inherited
    (
        "cache-plain-by-default",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"engine": "redis"},
        True,
        "atRestEncryptionEnabled is not set",
    ),
    ("cache-off", "encryption-at-rest", REPLICATION_GROUP, {"atRestEncryptionEnabled": False}, True, "is False"),
    ("cache-off-string", "encryption-at-rest", REPLICATION_GROUP, {"atRestEncryptionEnabled": "false"}, True, "'false'"),
    (
        "cache-on",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"atRestEncryptionEnabled": True, "transitEncryptionEnabled": True},
        False,
        "",
    ),
    (
        "cache-on-string",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"atRestEncryptionEnabled": "true", "transitEncryptionEnabled": "true"},
        False,
        "",
    ),
    (
        "cache-valkey-default-on",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"engine": "valkey", "transitEncryptionEnabled": True},
        False,
        "",
    ),
    (
        "cache-valkey-off",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"engine": "valkey", "atRestEncryptionEnabled": False},
        True,
        "is False",
    ),
    ("stream-default-none", "encryption-at-rest", STREAM, {"shardCount": 1}, True, "encryptionType is not set"),
    ("stream-none", "encryption-at-rest", STREAM, {"encryptionType": "NONE"}, True, "'NONE'"),
    ("stream-none-lower", "encryption-at-rest", STREAM, {"encryptionType": "none"}, True, "'none'"),
    (
        "stream-kms-managed-key",
        "encryption-at-rest",
        STREAM,
        {"encryptionType": "KMS", "kmsKeyId": "alias/aws/kinesis"},
        False,
        "",
    ),
    ("docdb-default", "encryption-at-rest", DOCDB, {"masterUsername": "a"}, True, "storageEncrypted is not set"),
    ("docdb-snapshot-restore-inherits", "encryption-at-rest", DOCDB, {"snapshotIdentifier": "snap-1"}, False, ""),
    (
        "cache-global-member-inherits",
        "encryption-at-rest",
        REPLICATION_GROUP,
        {"globalReplicationGroupId": "ldgnf-global"},
        False,
        "",
    ),
    ("docdb-on", "encryption-at-rest", DOCDB, {"storageEncrypted": True, "kmsKeyId": KEY_ARN}, False, ""),
    ("redshift-string-false", "encryption-at-rest", REDSHIFT, {"encrypted": "false"}, True, "encrypted is 'false'"),
    ("redshift-default-encrypted", "encryption-at-rest", REDSHIFT, {"nodeType": "ra3.large"}, False, ""),
    (
        "opensearch-no-at-rest-block",
        "encryption-at-rest",
        OPENSEARCH,
        {k: v for k, v in OS_GOOD.items() if k != "encryptAtRest"},
        True,
        "encryptAtRest.enabled is not set",
    ),
    (
        "elasticsearch-deprecated-off",
        "encryption-at-rest",
        ELASTICSEARCH,
        {**OS_GOOD, "encryptAtRest": {"enabled": False}},
        True,
        "encryptAtRest.enabled is False",
    ),
    ("opensearch-good", "encryption-at-rest", OPENSEARCH, OS_GOOD, False, ""),
    (
        "codebuild-artifacts-unencrypted",
        "encryption-at-rest",
        CODEBUILD,
        {"artifacts": {"type": "S3", "encryptionDisabled": True}},
        True,
        "turns protection off",
    ),
    (
        "codebuild-artifacts-encrypted",
        "encryption-at-rest",
        CODEBUILD,
        {"artifacts": {"type": "S3", "encryptionDisabled": False}},
        False,
        "",
    ),
    (
        "firehose-direct-put-plain",
        "encryption-at-rest",
        "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
        {"destination": "extended_s3"},
        True,
        "serverSideEncryption.enabled is not set",
    ),
    (
        "firehose-from-stream",
        "encryption-at-rest",
        "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
        {"destination": "extended_s3", "kinesisSourceConfiguration": {"kinesisStreamArn": "arn:s", "roleArn": "arn:r"}},
        False,
        "",
    ),
    # encryption-in-transit
    (
        "cache-transit-default-off",
        "encryption-in-transit",
        REPLICATION_GROUP,
        {"atRestEncryptionEnabled": True},
        True,
        "transitEncryptionEnabled is not set",
    ),
    (
        "cache-transit-on",
        "encryption-in-transit",
        REPLICATION_GROUP,
        {"atRestEncryptionEnabled": True, "transitEncryptionEnabled": True},
        False,
        "",
    ),
    (
        "opensearch-no-node-to-node",
        "encryption-in-transit",
        OPENSEARCH,
        {"encryptAtRest": {"enabled": True}},
        True,
        "nodeToNodeEncryption.enabled is not set",
    ),
    (
        "elasticsearch-tls10",
        "encryption-in-transit",
        ELASTICSEARCH,
        {**OS_GOOD, "domainEndpointOptions": {"tlsSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"}},
        True,
        "Policy-Min-TLS-1-0-2019-07",
    ),
    (
        "opensearch-https-off",
        "encryption-in-transit",
        OPENSEARCH,
        {**OS_GOOD, "domainEndpointOptions": {"enforceHttps": False}},
        True,
        "enforceHttps is False",
    ),
    ("opensearch-transit-good", "encryption-in-transit", OPENSEARCH, OS_GOOD, False, ""),
    (
        "msk-plaintext",
        "encryption-in-transit",
        MSK,
        {"encryptionInfo": {"encryptionInTransit": {"clientBroker": "TLS_PLAINTEXT"}}},
        True,
        "clientBroker is 'TLS_PLAINTEXT'",
    ),
    ("msk-default-tls", "encryption-in-transit", MSK, {"kafkaVersion": "3.6.0"}, False, ""),
    ("memorydb-tls-off", "encryption-in-transit", MEMORYDB, {"tlsEnabled": False}, True, "tlsEnabled is False"),
    ("memorydb-default-tls", "encryption-in-transit", MEMORYDB, {"nodeType": "db.t4g.small"}, False, ""),
    (
        "dms-endpoint-no-ssl",
        "encryption-in-transit",
        DMS_ENDPOINT,
        {"engineName": "postgres", "sslMode": "none"},
        True,
        "sslMode is 'none'",
    ),
    (
        "dms-endpoint-ssl",
        "encryption-in-transit",
        DMS_ENDPOINT,
        {"engineName": "postgres", "sslMode": "verify-full"},
        False,
        "",
    ),
    ("rds-proxy-tls-off", "encryption-in-transit", RDS_PROXY, {"requireTls": False}, True, "requireTls is False"),
    (
        "rds-proxy-tls-default-off",
        "encryption-in-transit",
        RDS_PROXY,
        {"engineFamily": "POSTGRESQL"},
        True,
        "requireTls is not set",
    ),
    ("rds-proxy-tls-on", "encryption-in-transit", RDS_PROXY, {"requireTls": True}, False, ""),
    (
        "memcached-plain",
        "encryption-in-transit",
        "aws:elasticache/cluster:Cluster",
        {"engine": "memcached"},
        True,
        "transitEncryptionEnabled is not set",
    ),
    (
        "redis-cluster-member",
        "encryption-in-transit",
        "aws:elasticache/cluster:Cluster",
        {"replicationGroupId": "rg"},
        False,
        "",
    ),
    ("redis-single-node", "encryption-in-transit", "aws:elasticache/cluster:Cluster", {"engine": "redis"}, False, ""),
    (
        "transfer-ftp",
        "encryption-in-transit",
        "aws:transfer/server:Server",
        {"protocols": ["SFTP", "FTP"]},
        True,
        "holds 'FTP'",
    ),
    ("transfer-sftp", "encryption-in-transit", "aws:transfer/server:Server", {"protocols": ["SFTP", "FTPS"]}, False, ""),
    # no-public-exposure
    ("redshift-public", "no-public-exposure", REDSHIFT, {"publiclyAccessible": True}, True, "publiclyAccessible is True"),
    (
        "redshift-public-string",
        "no-public-exposure",
        REDSHIFT,
        {"publiclyAccessible": "true"},
        True,
        "publiclyAccessible is 'true'",
    ),
    ("redshift-private-default", "no-public-exposure", REDSHIFT, {"nodeType": "ra3.large"}, False, ""),
    (
        "eks-default-public",
        "no-public-exposure",
        EKS,
        {"vpcConfig": {"subnetIds": ["s-1"]}},
        True,
        "not set (AWS's default is public)",
    ),
    (
        "eks-open-cidr",
        "no-public-exposure",
        EKS,
        {"vpcConfig": {"endpointPublicAccess": True, "publicAccessCidrs": ["0.0.0.0/0"]}},
        True,
        "lets 0.0.0.0/0 in",
    ),
    (
        "eks-private",
        "no-public-exposure",
        EKS,
        {"vpcConfig": {"endpointPublicAccess": False, "endpointPrivateAccess": True}},
        False,
        "",
    ),
    ("eks-public-narrowed", "no-public-exposure", EKS, {"vpcConfig": {"publicAccessCidrs": ["203.0.113.0/24"]}}, False, ""),
    (
        "dms-default-public",
        "no-public-exposure",
        DMS,
        {"replicationInstanceClass": "dms.t3.micro"},
        True,
        "AWS's default is public",
    ),
    ("dms-private", "no-public-exposure", DMS, {"publiclyAccessible": False}, False, ""),
    (
        "ecs-service-public-ip",
        "no-public-exposure",
        ECS_SERVICE,
        {"networkConfiguration": {"subnets": ["s"], "assignPublicIp": True}},
        True,
        "assignPublicIp is True",
    ),
    ("ecs-service-private", "no-public-exposure", ECS_SERVICE, {"networkConfiguration": {"subnets": ["s"]}}, False, ""),
    (
        "notebook-default-internet",
        "no-public-exposure",
        NOTEBOOK,
        {"instanceType": "ml.t3.medium"},
        True,
        "directInternetAccess is not set",
    ),
    (
        "notebook-no-internet",
        "no-public-exposure",
        NOTEBOOK,
        {"directInternetAccess": "Disabled", "subnetId": "s"},
        False,
        "",
    ),
    (
        "layer-shared-with-everyone",
        "no-public-exposure",
        LAYER_PERMISSION,
        {"principal": "*", "action": "lambda:GetLayerVersion"},
        True,
        "principal is '*'",
    ),
    (
        "layer-shared-with-org",
        "no-public-exposure",
        LAYER_PERMISSION,
        {"principal": "*", "organizationId": "o-abc123def4"},
        False,
        "",
    ),
    ("snapshot-public", "no-public-exposure", "aws:rds/snapshot:Snapshot", {"sharedAccounts": ["all"]}, True, "holds 'all'"),
    (
        "snapshot-shared-with-account",
        "no-public-exposure",
        "aws:rds/snapshot:Snapshot",
        {"sharedAccounts": ["123456789012"]},
        False,
        "",
    ),
    (
        "ami-public",
        "no-public-exposure",
        "aws:ec2/amiLaunchPermission:AmiLaunchPermission",
        {"imageId": "ami-1", "group": "all"},
        True,
        "group is 'all'",
    ),
    # resource-policy-not-public: the same evaluation as iam-no-anonymous-principal
    (
        "vault-policy-anyone",
        "resource-policy-not-public",
        VAULT_POLICY,
        {"policy": policy(ANYONE)},
        True,
        "allows Principal '*' with no Condition",
    ),
    (
        "vault-policy-dict",
        "resource-policy-not-public",
        VAULT_POLICY,
        {"policy": {"Statement": [ANYONE]}},
        True,
        "Principal '*'",
    ),
    ("vault-policy-org", "resource-policy-not-public", VAULT_POLICY, {"policy": policy(ORG_ONLY)}, False, ""),
    ("vault-policy-account", "resource-policy-not-public", VAULT_POLICY, {"policy": policy(ACCOUNT)}, False, ""),
    (
        "opensearch-open-policy",
        "resource-policy-not-public",
        OPENSEARCH,
        {**OS_GOOD, "accessPolicies": policy(ANY_AWS)},
        True,
        "accessPolicies statement",
    ),
    (
        "opensearch-vpc-domain-open-policy",
        "resource-policy-not-public",
        OPENSEARCH,
        {**OS_GOOD, "accessPolicies": policy(ANY_AWS), "vpcOptions": {"subnetIds": ["s-1"]}},
        False,
        "",
    ),
    ("vpc-endpoint-policy-exempt", "resource-policy-not-public", VPC_ENDPOINT, {"policy": policy(ANYONE)}, False, ""),
    # no-plaintext-secrets
    (
        "task-password-env",
        "no-plaintext-secrets",
        TASK,
        {"containerDefinitions": containers({"environment": [{"name": "DB_PASSWORD", "value": "p"}]})},
        True,
        "DB_PASSWORD holds a literal secret",
    ),
    (
        "task-env-references",
        "no-plaintext-secrets",
        TASK,
        {
            "containerDefinitions": containers(
                {
                    "environment": [
                        {"name": "DB_PASSWORD_SECRET_ARN", "value": "arn:aws:secretsmanager:x"},
                        {"name": "KMS_KEY_ID", "value": "k"},
                    ],
                    "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:x"}],
                }
            )
        },
        False,
        "",
    ),
    (
        "batch-token-env",
        "no-plaintext-secrets",
        BATCH,
        {"containerProperties": json.dumps({"image": "i", "environment": [{"name": "GITHUB_TOKEN", "value": "ghp_x"}]})},
        True,
        "GITHUB_TOKEN",
    ),
    (
        "function-api-key",
        "no-plaintext-secrets",
        FUNCTION,
        {"environment": {"variables": {"stripeApiKey": "sk_live_x"}}},
        True,
        "stripeApiKey",
    ),
    (
        "function-plain-config",
        "no-plaintext-secrets",
        FUNCTION,
        {"environment": {"variables": {"TABLE_NAME": "t", "TOKEN_TTL_SECONDS": "60"}}},
        False,
        "",
    ),
    (
        "parameter-string-password",
        "no-plaintext-secrets",
        PARAMETER,
        {"name": "/app/db_password", "type": "String", "value": "x"},
        True,
        "use type 'SecureString'",
    ),
    (
        "parameter-secure-string",
        "no-plaintext-secrets",
        PARAMETER,
        {"name": "/app/db_password", "type": "SecureString", "value": "x"},
        False,
        "",
    ),
    # container-not-privileged
    (
        "task-privileged",
        "container-not-privileged",
        TASK,
        {"containerDefinitions": containers({"privileged": True})},
        True,
        "runs privileged",
    ),
    (
        "task-privileged-string",
        "container-not-privileged",
        TASK,
        {"containerDefinitions": containers({"privileged": "true"})},
        True,
        "runs privileged",
    ),
    (
        "batch-privileged",
        "container-not-privileged",
        BATCH,
        {"containerProperties": json.dumps({"image": "i", "privileged": True})},
        True,
        "runs privileged",
    ),
    (
        "task-unprivileged",
        "container-not-privileged",
        TASK,
        {"containerDefinitions": containers({"privileged": False})},
        False,
        "",
    ),
    # parameter groups: the engine parameter that turns client TLS off, in the engine's own spelling
    (
        "rds-force-ssl-off",
        "encryption-in-transit",
        RDS_PARAMS,
        {
            "family": "postgres16",
            "parameters": [{"name": "log_connections", "value": "1"}, {"name": "rds.force_ssl", "value": "0"}],
        },
        True,
        "rds.force_ssl='0'",
    ),
    (
        "mysql-secure-transport-off",
        "encryption-in-transit",
        RDS_PARAMS,
        {"family": "mysql8.0", "parameters": [{"name": "require_secure_transport", "value": "OFF"}]},
        True,
        "require_secure_transport",
    ),
    (
        "rds-force-ssl-on",
        "encryption-in-transit",
        RDS_PARAMS,
        {"parameters": [{"name": "rds.force_ssl", "value": "1"}]},
        False,
        "",
    ),
    (
        "docdb-tls-disabled",
        "encryption-in-transit",
        DOCDB_PARAMS,
        {"parameters": [{"name": "tls", "value": "disabled"}]},
        True,
        "tls",
    ),
    (
        "docdb-tls-enabled",
        "encryption-in-transit",
        DOCDB_PARAMS,
        {"parameters": [{"name": "tls", "value": "enabled"}]},
        False,
        "",
    ),
    (
        "redshift-ssl-off",
        "encryption-in-transit",
        REDSHIFT_PARAMS,
        {"parameters": [{"name": "require_ssl", "value": "false"}]},
        True,
        "require_ssl",
    ),
    (
        "dax-endpoint-plain-by-default",
        "encryption-in-transit",
        DAX,
        {"serverSideEncryption": {"enabled": True}},
        True,
        "not set",
    ),
    (
        "dax-endpoint-tls",
        "encryption-in-transit",
        DAX,
        {"serverSideEncryption": {"enabled": True}, "clusterEndpointEncryptionType": "TLS"},
        False,
        "",
    ),
    # a row that only matters with a sibling on: cache encryption while caching is off is moot
    (
        "stage-cache-unencrypted",
        "encryption-at-rest",
        METHOD_SETTINGS,
        {"settings": {"cachingEnabled": True, "cacheDataEncrypted": False}},
        True,
        "cacheDataEncrypted",
    ),
    (
        "stage-cache-plain-by-default",
        "encryption-at-rest",
        METHOD_SETTINGS,
        {"settings": {"cachingEnabled": True}},
        True,
        "not set",
    ),
    ("stage-no-cache", "encryption-at-rest", METHOD_SETTINGS, {"settings": {"metricsEnabled": True}}, False, ""),
    # service-format JSON documents, parsed and judged
    (
        "emr-no-encryption",
        "encryption-at-rest",
        EMR_SECURITY,
        {
            "configuration": json.dumps(
                {"EncryptionConfiguration": {"EnableAtRestEncryption": False, "EnableInTransitEncryption": True}}
            )
        },
        True,
        "EnableAtRestEncryption",
    ),
    (
        "emr-encrypted",
        "encryption-at-rest",
        EMR_SECURITY,
        {
            "configuration": json.dumps(
                {"EncryptionConfiguration": {"EnableAtRestEncryption": True, "EnableInTransitEncryption": True}}
            )
        },
        False,
        "",
    ),
    (
        "aoss-network-public",
        "no-public-exposure",
        AOSS_POLICY,
        {"type": "network", "policy": json.dumps([{"Rules": [], "AllowFromPublic": True}])},
        True,
        "AllowFromPublic",
    ),
    (
        "aoss-encryption-policy",
        "no-public-exposure",
        AOSS_POLICY,
        {"type": "encryption", "policy": json.dumps({"Rules": [], "AWSOwnedKey": True})},
        False,
        "",
    ),
    # Glue keeps connection properties in the catalog and returns them to readers: the password goes by SECRET_ID
    (
        "glue-connection-password",
        "no-plaintext-secrets",
        GLUE_CONNECTION,
        {"connectionProperties": {"USERNAME": "etl", "PASSWORD": "etl-Passw0rd"}},
        True,
        "connectionProperties PASSWORD",
    ),
    (
        "glue-connection-secret-id",
        "no-plaintext-secrets",
        GLUE_CONNECTION,
        {"connectionProperties": {"USERNAME": "etl", "SECRET_ID": "warehouse/etl"}},
        False,
        "",
    ),
    # absent fails only inside the block it belongs to: an EFS volume, not every volume of every task
    (
        "task-efs-plain-by-default",
        "encryption-in-transit",
        TASK,
        {"volumes": [{"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123"}}]},
        True,
        "not set",
    ),
    (
        "task-efs-tls",
        "encryption-in-transit",
        TASK,
        {
            "volumes": [
                {"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123", "transitEncryption": "ENABLED"}}
            ]
        },
        False,
        "",
    ),
    ("task-bind-volume", "encryption-in-transit", TASK, {"volumes": [{"name": "scratch"}]}, False, ""),
    # a guard switch: false opens the resource
    ("emr-bpa-off", "no-public-exposure", EMR_BPA, {"blockPublicSecurityGroupRules": False}, True, "is False"),
    ("emr-bpa-on", "no-public-exposure", EMR_BPA, {"blockPublicSecurityGroupRules": True}, False, ""),
    # strings the provider converts to bools (go-cty: "1"/"0")
    ("dms-public-one", "no-public-exposure", DMS, {"publiclyAccessible": "1"}, True, "'1'"),
    ("dms-public-zero", "no-public-exposure", DMS, {"publiclyAccessible": "0"}, False, ""),
    ("cache-off-zero", "encryption-at-rest", REPLICATION_GROUP, {"atRestEncryptionEnabled": "0"}, True, "'0'"),
    # an absent list the provider documents as 0.0.0.0/0 (EKS node groups' SSH sources)
    (
        "nodegroup-ssh-world",
        "no-public-exposure",
        NODE_GROUP,
        {"remoteAccess": {"ec2SshKey": "ops"}},
        True,
        "sourceSecurityGroupIds",
    ),
    (
        "nodegroup-ssh-sources",
        "no-public-exposure",
        NODE_GROUP,
        {"remoteAccess": {"ec2SshKey": "ops", "sourceSecurityGroupIds": ["sg-0123"]}},
        False,
        "",
    ),
    ("nodegroup-no-ssh", "no-public-exposure", NODE_GROUP, {"scalingConfig": {"minSize": 1}}, False, ""),
    # a client list holding an open range
    ("nfs-share-world", "no-public-exposure", NFS_SHARE, {"clientLists": ["10.0.0.0/16", "0.0.0.0/0"]}, True, "0.0.0.0/0"),
    ("nfs-share-vpc", "no-public-exposure", NFS_SHARE, {"clientLists": ["10.0.0.0/16"]}, False, ""),
    # a cache user without a password
    ("cache-user-no-password", "no-public-exposure", CACHE_USER, {"noPasswordRequired": True}, True, "noPasswordRequired"),
    (
        "cache-user-mode-none",
        "no-public-exposure",
        CACHE_USER,
        {"authenticationMode": {"type": "no-password-required"}},
        True,
        "no-password-required",
    ),
    ("cache-user-iam", "no-public-exposure", CACHE_USER, {"authenticationMode": {"type": "iam"}}, False, ""),
    # App Runner's runtime environment, nested in the image configuration
    (
        "apprunner-env-secret",
        "no-plaintext-secrets",
        APPRUNNER,
        {
            "sourceConfiguration": {
                "imageRepository": {"imageConfiguration": {"runtimeEnvironmentVariables": {"DB_PASSWORD": "x1"}}}
            }
        },
        True,
        "DB_PASSWORD",
    ),
    (
        "apprunner-env-plain",
        "no-plaintext-secrets",
        APPRUNNER,
        {
            "sourceConfiguration": {
                "imageRepository": {"imageConfiguration": {"runtimeEnvironmentVariables": {"PORT": "8000"}}}
            }
        },
        False,
        "",
    ),
]


# -- the table and its classification ----------------------------------------------------------------------------
def test_security_inputs_table_matches_the_installed_pulumi_aws():
    assert (REPO / "policies" / "starter_shared" / "security_inputs.py").read_text() == gen_security_inputs.generate(), (
        "policies/starter_shared/security_inputs.py is stale for the installed pulumi-aws; run "
        "`.venv/bin/python -m tools.offline_preview.gen_security_inputs` and commit the result"
    )


def test_docs_coverage_section_matches_the_table():
    current = (REPO / "docs" / "policies.md").read_text()
    rows = [tuple(row) for row in SECURITY_INPUTS]
    assert current == gen_security_inputs.document(current, gen_security_inputs.coverage(rows)), (  # type: ignore[arg-type]
        "docs/policies.md's derived coverage section is stale; run `.venv/bin/python -m "
        "tools.offline_preview.gen_security_inputs`"
    )
    assert "**unclassified**" not in current


def test_every_row_is_classified():
    missing = [row for row in SECURITY_INPUTS if classification.verdict(*row) is None]
    assert not missing, (
        "rows with no classification (add an override to policies/starter_shared/security_classification.py: "
        f"the rule that judges it, or Exempt with the reason): {missing}"
    )


def test_no_override_names_a_row_the_table_lacks():
    rows = {(token, path) for token, path, _, _ in SECURITY_INPUTS}
    assert not set(classification.OVERRIDES) - rows, sorted(set(classification.OVERRIDES) - rows)


def test_every_judging_rule_exists_and_exemptions_say_why(pack):
    rules = {p.name for p in pack.info().policies}
    verdicts = [classification.verdict(*row) for row in SECURITY_INPUTS]
    named = {v.rule for v in verdicts if isinstance(v, classification.Judged)}
    assert named <= rules, sorted(named - rules)
    assert all(v.why.strip() for v in verdicts if isinstance(v, classification.Exempt))


def test_the_table_holds_the_services_forks_add():
    paths = {(token, path) for token, path, _, _ in SECURITY_INPUTS}
    for row in [
        (REPLICATION_GROUP, "atRestEncryptionEnabled"),
        (REPLICATION_GROUP, "transitEncryptionEnabled"),
        (OPENSEARCH, "nodeToNodeEncryption.enabled"),
        (ELASTICSEARCH, "nodeToNodeEncryption.enabled"),
        (REDSHIFT, "publiclyAccessible"),
        (STREAM, "encryptionType"),
        (TASK, "containerDefinitions"),
        (EKS, "vpcConfig.endpointPublicAccess"),
        (MSK, "encryptionInfo.encryptionInTransit.clientBroker"),
        (FUNCTION, "environment.variables"),
        (PARAMETER, "type"),
    ]:
        assert row in paths, row


def test_a_row_an_existing_rule_judges_is_never_judged_twice(pack):
    """The generic rules skip the rows the template's specific rules judge: one report, from the specific rule."""
    generic = set(classification.GENERIC_RULES)
    public = resource(RDS, {**DB_GOOD, "publiclyAccessible": True})
    found = [v for v in pack.analyze(public, PROVIDER) if v.level == "mandatory"]
    assert [v.policy for v in found] == ["rds-not-public"], found
    specific = {
        (t, p)
        for (t, p), v in classification.OVERRIDES.items()
        if isinstance(v, classification.Judged) and v.rule not in generic
    }
    for rule in generic:
        for token, checks in derived.CHECKS.get(rule, {}).items():
            assert not {(token, c.label) for c in checks} & specific


def test_documents_the_iam_rules_judge_are_classified_to_them():
    """A policy input iam-least-privilege or iam-no-anonymous-principal already reads is theirs, not the generic
    rule's (else every such document is judged twice and, in preview, reported unseen twice)."""
    from starter_policies.iam import IDENTITY_DOCUMENTS, PRINCIPAL_DOCUMENTS

    theirs = {"iam-least-privilege", "iam-no-anonymous-principal"}
    for token, path, family, kind in SECURITY_INPUTS:
        if token in {**IDENTITY_DOCUMENTS, **PRINCIPAL_DOCUMENTS} and family == "resource-policy":
            found = classification.verdict(token, path, family, kind)
            assert isinstance(found, classification.Judged) and found.rule in theirs, (token, path, found)


# -- every rule family, through the pack as the CLI serves it ------------------------------------------------------
@pytest.mark.parametrize(
    ("policy", "type_", "props", "fires", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_derived_rule_fires_only_on_the_failing_case(pack, policy, type_, props, fires, fragment):
    subject = resource(type_, props)
    found = pack.analyze(subject, PROVIDER)
    mine = [v for v in found if v.policy == policy]
    assert bool(mine) is fires, mine
    if fires:
        assert len(mine) == 1 and mine[0].level == "mandatory" and mine[0].urn == subject.urn, mine
        assert fragment in mine[0].message, mine[0].message
    else:
        assert [v for v in found if v.policy in classification.GENERIC_RULES and v.level == "mandatory"] == []


def test_cases_cover_every_derived_rule_both_ways():
    assert {c[1] for c in CASES if c[4]} == set(classification.GENERIC_RULES)
    assert {c[1] for c in CASES if not c[4]} == set(classification.GENERIC_RULES)


UNKNOWN_CASES = [
    resource(REPLICATION_GROUP, {"atRestEncryptionEnabled": UNKNOWN, "transitEncryptionEnabled": UNKNOWN}, "rg"),
    resource(STREAM, {"encryptionType": UNKNOWN}, "stream"),
    resource(EKS, {"vpcConfig": UNKNOWN}, "eks"),
    resource(EKS, {"vpcConfig": {"publicAccessCidrs": UNKNOWN}}, "eks-cidrs"),
    resource(OPENSEARCH, {**OS_GOOD, "accessPolicies": UNKNOWN}, "os"),
    resource(VAULT_POLICY, {"policy": UNKNOWN}, "vault"),
    resource(TASK, {"containerDefinitions": UNKNOWN}, "task"),
    resource(FUNCTION, {"environment": {"variables": {"DB_PASSWORD": UNKNOWN}}}, "fn"),
    resource(PARAMETER, {"name": "/app/db_password", "type": UNKNOWN}, "param"),
    resource(RDS_PARAMS, {"parameters": [{"name": "rds.force_ssl", "value": UNKNOWN}]}, "pg"),
    resource(EMR_SECURITY, {"configuration": UNKNOWN}, "emr"),
    resource(NODE_GROUP, {"remoteAccess": {"ec2SshKey": "ops", "sourceSecurityGroupIds": UNKNOWN}}, "ng"),
    resource(NFS_SHARE, {"clientLists": UNKNOWN}, "nfs"),
]


def test_unknown_values_never_cause_a_mandatory_violation_and_are_named(pack):
    for subject in UNKNOWN_CASES:
        found = pack.analyze(subject, PROVIDER)
        assert [v for v in found if v.level == "mandatory"] == [], found
        assert any("during preview" in v.message for v in found if v.policy in classification.GENERIC_RULES), found


WEIRD = {
    "atRestEncryptionEnabled": "maybe",
    "encryptionType": 5,
    "publiclyAccessible": [],
    "vpcConfig": "x",
    "encryptionInfo": [None, 3],
    "nodeToNodeEncryption": [],
    "accessPolicies": "{not json",
    "policy": 7,
    "containerDefinitions": '[1, null, {"environment": 5, "privileged": null}]',
    "containerProperties": "{",
    "environment": {"variables": None},
    "type": None,
    "networkConfiguration": {"assignPublicIp": None},
    "parameters": [1, None, {"name": 5, "value": "0"}, {"name": "rds.force_ssl"}],
    "configuration": "[1, 2",
    "settings": "x",
}


def test_rules_never_crash_on_missing_none_or_mistyped_values(pack):
    types = sorted({c[2] for c in CASES})
    for i, type_ in enumerate(types):
        for props in ({}, WEIRD):
            for v in pack.analyze(resource(type_, props, name=f"n{i}"), PROVIDER):
                assert "error" not in v.message.lower() and "Traceback" not in v.message, v


def test_exempt_types_config_skips_a_type_for_a_stack(pack):
    stream = resource(STREAM, {"shardCount": 1})
    assert [v.policy for v in pack.analyze(stream, PROVIDER) if v.level == "mandatory"] == ["encryption-at-rest"]
    pack.configure({"encryption-at-rest": {"exemptTypes": [STREAM]}})
    try:
        assert [v for v in pack.analyze(stream, PROVIDER) if v.level == "mandatory"] == []
    finally:
        pack.configure({})


# -- pure judgements -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("DB_PASSWORD", True),
        ("dbPassword", True),
        ("STRIPE_API_KEY", True),
        ("AWS_SECRET_ACCESS_KEY", True),
        ("/app/prod/db_password", True),
        ("GITHUB_TOKEN", True),
        ("DB_PASSWORD_SECRET_ARN", False),
        ("SECRET_NAME", False),
        ("TOKEN_TTL_SECONDS", False),
        ("KMS_KEY_ID", False),
        ("PRIMARY_KEY", False),
        ("API_KEY_PARAMETER", False),
        ("TABLE_NAME", False),
        ("", False),
        ("/partners/api_keys", True),  # plurals name the same secret
        ("DB_PASSWORDS", True),
        ("SECRET_ARNS", False),  # ... or the same reference
        ("ACCESS_KEY_IDS", False),
        ("PROCESS_STATUS", False),
    ],
)
def test_secret_names(name, secret):
    assert derived.secret_name(name) is secret


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        ("true", True),
        ("1", True),  # go-cty's string-to-bool conversion, which the provider applies to every bool input
        ("True", True),  # launch templates' string-typed flags
        (False, False),
        ("false", False),
        ("0", False),
        (None, None),
        ("", None),
        ("yes", None),  # a plan error at the provider, so neither
        (1, None),
        (rpc.UNKNOWN, None),
    ],
)
def test_the_one_bool_reader_follows_the_provider(value, expected):
    assert common.as_bool(value) is expected
    assert common.is_true(value) is (expected is True)
    assert common.is_false(value) is (expected is False)
