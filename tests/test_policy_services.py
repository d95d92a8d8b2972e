"""Rules for the services a fork adds first (RDS/Aurora, DynamoDB, EFS, Lambda, CloudFront, SQS/SNS, log groups,
CloudTrail, flow logs, S3 access logging): one failing case per clause and the passing edge of each, through
the analyzer protocol; the pure judgements directly; unknown values; and the prod/dev split of the configs."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO
from pulumi.runtime import rpc

from tests.support.resources import custom_resource
from tools.offline_preview.analyzer import default_provider
from tools.offline_preview.engine import RecordedResource

sys.path.insert(0, str(REPO / "policies"))
from starter_policies import cdn, datastores, messaging, observability, serverless

TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
PROVIDER = default_provider({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}, "test", "starter")
UNKNOWN = rpc.UNKNOWN
CONFIG_DIR = REPO / "policies" / "config"
KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e"


@pytest.fixture
def configured(pack):
    yield pack.configure
    pack.configure({})


def resource(type_: str, props: dict, name: str = "subject", **links: list[str]) -> RecordedResource:
    return custom_resource(type_, name, props, stack="test", project="starter", links=links)


def with_(base: dict, **changes) -> dict:
    return {**base, **changes}


DB = "aws:rds/instance:Instance"
CLUSTER = "aws:rds/cluster:Cluster"
CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance"
GLOBAL = "aws:rds/globalCluster:GlobalCluster"
TABLE = "aws:dynamodb/table:Table"
TABLE_REPLICA = "aws:dynamodb/tableReplica:TableReplica"
EFS = "aws:efs/fileSystem:FileSystem"
URL = "aws:lambda/functionUrl:FunctionUrl"
PERMISSION = "aws:lambda/permission:Permission"
CDN = "aws:cloudfront/distribution:Distribution"
MULTITENANT = "aws:cloudfront/multitenantDistribution:MultitenantDistribution"
QUEUE = "aws:sqs/queue:Queue"
TOPIC = "aws:sns/topic:Topic"
LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup"
TRAIL = "aws:cloudtrail/trail:Trail"

GOOD_DB = {
    "engine": "postgres",
    "instanceClass": "db.t4g.micro",
    "allocatedStorage": 20,
    "storageEncrypted": True,
    "kmsKeyId": KEY_ARN,
    "publiclyAccessible": False,
    "backupRetentionPeriod": 7,
    "deletionProtection": True,
    "multiAz": True,
}
GOOD_CLUSTER = {
    "engine": "aurora-postgresql",
    "storageEncrypted": True,
    "backupRetentionPeriod": 7,
    "deletionProtection": True,
}
GOOD_TABLE = {
    "hashKey": "id",
    "attributes": [{"name": "id", "type": "S"}],
    "billingMode": "PAY_PER_REQUEST",
    "pointInTimeRecovery": {"enabled": True},
    "serverSideEncryption": {"enabled": True, "kmsKeyArn": KEY_ARN},
}
S3_SITE = "site.s3-website.eu-west-1.amazonaws.com"
HTTP = {"originProtocolPolicy": "http-only", "httpPort": 80, "httpsPort": 443}
# an S3 website endpoint, served as a custom origin
GOOD_CDN = {
    "enabled": True,
    "origins": [{"originId": "s3", "domainName": "site.s3.eu-west-1.amazonaws.com", "originAccessControlId": "E2OAC"}],
    "defaultCacheBehavior": {
        "targetOriginId": "s3",
        "viewerProtocolPolicy": "redirect-to-https",
        "allowedMethods": ["GET", "HEAD"],
        "cachedMethods": ["GET", "HEAD"],
    },
    "orderedCacheBehaviors": [{"pathPattern": "/api/*", "targetOriginId": "s3", "viewerProtocolPolicy": "https-only"}],
    "viewerCertificate": {
        "acmCertificateArn": "arn:aws:acm:us-east-1:1:certificate/x",
        "sslSupportMethod": "sni-only",
        "minimumProtocolVersion": "TLSv1.2_2021",
    },
    "loggingConfig": {"bucket": "logs.s3.amazonaws.com", "prefix": "cdn/"},
    "restrictions": {"geoRestriction": {"restrictionType": "none"}},
}
CUSTOM_ORIGIN = {
    "originId": "api",
    "domainName": "api.example.com",
    "customOriginConfig": {
        "httpPort": 80,
        "httpsPort": 443,
        "originProtocolPolicy": "https-only",
        "originSslProtocols": ["TLSv1.2"],
    },
}
GOOD_TRAIL = {"s3BucketName": "trail-logs", "enableLogFileValidation": True, "kmsKeyId": KEY_ARN, "isMultiRegionTrail": True}

CASES = [
    # (id, policy, type, props, fires, message fragment)
    # rds-storage-encrypted
    ("rds-encrypted", "rds-storage-encrypted", DB, GOOD_DB, False, ""),
    (
        "rds-plain-by-default",
        "rds-storage-encrypted",
        DB,
        with_(GOOD_DB, storageEncrypted=None, kmsKeyId=None),
        True,
        "storageEncrypted is None",
    ),
    (
        "rds-plain-explicit",
        "rds-storage-encrypted",
        DB,
        with_(GOOD_DB, storageEncrypted=False),
        True,
        "storageEncrypted is False",
    ),
    (
        "rds-replica-inherits",
        "rds-storage-encrypted",
        DB,
        {"replicateSourceDb": "arn:aws:rds:eu-west-1:1:db:main", "instanceClass": "db.t4g.micro"},
        False,
        "",
    ),
    ("rds-snapshot-restore-inherits", "rds-storage-encrypted", DB, {"snapshotIdentifier": "snap-1"}, False, ""),
    (
        "rds-point-in-time-restore-inherits",
        "rds-storage-encrypted",
        DB,
        {"restoreToPointInTime": {"sourceDbInstanceIdentifier": "main", "useLatestRestorableTime": True}},
        False,
        "",
    ),
    ("aurora-encrypted", "rds-storage-encrypted", CLUSTER, GOOD_CLUSTER, False, ""),
    (
        "aurora-plain",
        "rds-storage-encrypted",
        CLUSTER,
        with_(GOOD_CLUSTER, storageEncrypted=None),
        True,
        "storageEncrypted is None",
    ),
    (
        "aurora-serverless-v1-always-encrypted",
        "rds-storage-encrypted",
        CLUSTER,
        {"engine": "aurora-mysql", "engineMode": "serverless"},
        False,
        "",
    ),
    (
        "global-cluster-plain",
        "rds-storage-encrypted",
        GLOBAL,
        {"engine": "aurora-postgresql"},
        True,
        "storageEncrypted is None",
    ),
    ("global-cluster-from-source", "rds-storage-encrypted", GLOBAL, {"sourceDbClusterIdentifier": "arn:c"}, False, ""),
    # rds-not-public
    ("rds-private", "rds-not-public", DB, GOOD_DB, False, ""),
    ("rds-public", "rds-not-public", DB, with_(GOOD_DB, publiclyAccessible=True), True, "publiclyAccessible is true"),
    (
        "aurora-instance-public",
        "rds-not-public",
        CLUSTER_INSTANCE,
        {"clusterIdentifier": "c", "instanceClass": "db.r6g.large", "engine": "aurora-mysql", "publiclyAccessible": True},
        True,
        "publiclyAccessible is true",
    ),
    (
        "aurora-instance-private-by-default",
        "rds-not-public",
        CLUSTER_INSTANCE,
        {"clusterIdentifier": "c", "instanceClass": "db.r6g.large"},
        False,
        "",
    ),
    (
        "multi-az-cluster-public",
        "rds-not-public",
        CLUSTER,
        with_(GOOD_CLUSTER, publiclyAccessible=True),
        True,
        "publiclyAccessible is true",
    ),
    # rds-backup-retention
    ("rds-backups-kept", "rds-backup-retention", DB, GOOD_DB, False, ""),
    ("rds-backups-default-one-day", "rds-backup-retention", DB, with_(GOOD_DB, backupRetentionPeriod=None), False, ""),
    (
        "rds-backups-off",
        "rds-backup-retention",
        DB,
        with_(GOOD_DB, backupRetentionPeriod=0),
        True,
        "backupRetentionPeriod is 0",
    ),
    (
        "rds-backups-as-string",
        "rds-backup-retention",
        DB,
        with_(GOOD_DB, backupRetentionPeriod="0"),
        True,
        "backupRetentionPeriod is 0",
    ),
    (
        "rds-replica-no-backups",
        "rds-backup-retention",
        DB,
        {"replicateSourceDb": "main", "backupRetentionPeriod": 0},
        False,
        "",
    ),
    (
        "aurora-backups-off",
        "rds-backup-retention",
        CLUSTER,
        with_(GOOD_CLUSTER, backupRetentionPeriod=0),
        True,
        "backupRetentionPeriod is 0",
    ),
    # rds-deletion-protection (advisory)
    ("rds-protected", "rds-deletion-protection", DB, GOOD_DB, False, ""),
    (
        "rds-unprotected",
        "rds-deletion-protection",
        DB,
        with_(GOOD_DB, deletionProtection=None),
        True,
        "deletionProtection is None",
    ),
    (
        "aurora-unprotected",
        "rds-deletion-protection",
        CLUSTER,
        with_(GOOD_CLUSTER, deletionProtection=False),
        True,
        "deletionProtection is False",
    ),
    # rds-multi-az (advisory)
    ("rds-multi-az", "rds-multi-az", DB, GOOD_DB, False, ""),
    ("rds-single-az", "rds-multi-az", DB, with_(GOOD_DB, multiAz=None), True, "multiAz is None"),
    ("rds-replica-single-az", "rds-multi-az", DB, {"replicateSourceDb": "main"}, False, ""),
    # dynamodb-kms
    ("table-cmk", "dynamodb-kms", TABLE, GOOD_TABLE, False, ""),
    (
        "table-aws-owned-key",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, serverSideEncryption=None),
        True,
        "serverSideEncryption has no customer-managed key",
    ),
    (
        "table-aws-managed-key",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, serverSideEncryption={"enabled": True}),
        True,
        "no customer-managed key",
    ),
    (
        "table-aws-managed-alias",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, serverSideEncryption={"enabled": True, "kmsKeyArn": "arn:aws:kms:eu-west-1:1:alias/aws/dynamodb"}),
        True,
        "no customer-managed key",
    ),
    (
        "table-key-but-disabled",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, serverSideEncryption={"enabled": False, "kmsKeyArn": KEY_ARN}),
        True,
        "no customer-managed key",
    ),
    (
        "table-replica-without-key",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, replicas=[{"regionName": "eu-central-1"}]),
        True,
        "replica in eu-central-1 has no kmsKeyArn",
    ),
    (
        "table-replica-with-key",
        "dynamodb-kms",
        TABLE,
        with_(GOOD_TABLE, replicas=[{"regionName": "eu-central-1", "kmsKeyArn": "arn:k2"}]),
        False,
        "",
    ),
    (
        "table-replica-resource-with-key",
        "dynamodb-kms",
        TABLE_REPLICA,
        {"globalTableArn": "arn:t", "kmsKeyArn": "arn:k2", "pointInTimeRecovery": True},
        False,
        "",
    ),
    (
        "table-replica-resource-without-key",
        "dynamodb-kms",
        TABLE_REPLICA,
        {"globalTableArn": "arn:t", "pointInTimeRecovery": True},
        True,
        "no kmsKeyArn: the replica uses the AWS-managed",
    ),
    # dynamodb-pitr (advisory)
    ("table-pitr", "dynamodb-pitr", TABLE, GOOD_TABLE, False, ""),
    (
        "table-no-pitr",
        "dynamodb-pitr",
        TABLE,
        with_(GOOD_TABLE, pointInTimeRecovery=None),
        True,
        "pointInTimeRecovery.enabled is not true",
    ),
    (
        "table-replica-resource-no-pitr",
        "dynamodb-pitr",
        TABLE_REPLICA,
        {"globalTableArn": "arn:t", "kmsKeyArn": "arn:k2"},
        True,
        "pointInTimeRecovery is None",
    ),
    # efs-encrypted
    ("efs-encrypted", "efs-encrypted", EFS, {"encrypted": True, "kmsKeyId": KEY_ARN}, False, ""),
    ("efs-plain", "efs-encrypted", EFS, {"creationToken": "data"}, True, "encrypted is None"),
    # lambda-url-auth
    ("url-iam", "lambda-url-auth", URL, {"functionName": "fn", "authorizationType": "AWS_IAM"}, False, ""),
    (
        "url-open",
        "lambda-url-auth",
        URL,
        {"functionName": "fn", "authorizationType": "NONE"},
        True,
        "authorizationType is 'NONE'",
    ),
    # lambda-no-public-invoke
    (
        "permission-service-scoped",
        "lambda-no-public-invoke",
        PERMISSION,
        {
            "action": "lambda:InvokeFunction",
            "function": "fn",
            "principal": "s3.amazonaws.com",
            "sourceArn": "arn:aws:s3:::uploads",
        },
        False,
        "",
    ),
    (
        "permission-star-scoped-by-account",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunction", "function": "fn", "principal": "*", "sourceAccount": "123456789012"},
        False,
        "",
    ),
    (
        "permission-star",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunction", "function": "fn", "principal": "*"},
        True,
        "principal is '*' with no sourceArn",
    ),
    (
        "permission-public-url",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunctionUrl", "function": "fn", "principal": "*", "functionUrlAuthType": "NONE"},
        True,
        "functionUrlAuthType is 'NONE'",
    ),
    (
        "permission-iam-url",
        "lambda-no-public-invoke",
        PERMISSION,
        {
            "action": "lambda:InvokeFunctionUrl",
            "function": "fn",
            "principal": "123456789012",
            "functionUrlAuthType": "AWS_IAM",
        },
        False,
        "",
    ),
    (
        "permission-star-scoped-by-source-arn",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunction", "function": "fn", "principal": "*", "sourceArn": "arn:aws:sns:eu-west-1:1:t"},
        False,
        "",
    ),
    (
        "permission-star-scoped-by-org",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunction", "function": "fn", "principal": "*", "principalOrgId": "o-abc123"},
        False,
        "",
    ),
    (
        "permission-star-whole-line",
        "lambda-no-public-invoke",
        PERMISSION,
        {"action": "lambda:InvokeFunction", "function": "fn", "principal": "*"},
        True,
        "\nsubject: principal is '*' with no sourceArn, sourceAccount or principalOrgId: anyone can invoke it; name "
        "the calling service or account and scope it with source_arn.",
    ),
    (
        "permission-public-url-named-principal",
        "lambda-no-public-invoke",
        PERMISSION,
        {
            "action": "lambda:InvokeFunctionUrl",
            "function": "fn",
            "principal": "123456789012",
            "functionUrlAuthType": "NONE",
        },
        True,
        "\nsubject: functionUrlAuthType is 'NONE': it opens the function URL to everyone; use 'AWS_IAM'.",
    ),
    (
        "url-open-whole-line",
        "lambda-url-auth",
        URL,
        {"functionName": "fn", "authorizationType": "NONE"},
        True,
        "\nsubject: authorizationType is 'NONE': anyone on the internet can invoke it; use 'AWS_IAM'.",
    ),
    # cloudfront-viewer-https
    ("cdn-https", "cloudfront-viewer-https", CDN, GOOD_CDN, False, ""),
    (
        "cdn-default-allow-all",
        "cloudfront-viewer-https",
        CDN,
        with_(GOOD_CDN, defaultCacheBehavior={**GOOD_CDN["defaultCacheBehavior"], "viewerProtocolPolicy": "allow-all"}),
        True,
        "defaultCacheBehavior.viewerProtocolPolicy is 'allow-all'",
    ),
    (
        "cdn-ordered-allow-all",
        "cloudfront-viewer-https",
        CDN,
        with_(
            GOOD_CDN,
            orderedCacheBehaviors=[{"pathPattern": "/img/*", "targetOriginId": "s3", "viewerProtocolPolicy": "allow-all"}],
        ),
        True,
        "orderedCacheBehaviors[0] (/img/*).viewerProtocolPolicy is 'allow-all'",
    ),
    (
        "multitenant-allow-all",
        "cloudfront-viewer-https",
        MULTITENANT,
        {
            "defaultCacheBehavior": {"viewerProtocolPolicy": "https-only"},
            "cacheBehaviors": [{"pathPattern": "/x/*", "viewerProtocolPolicy": "allow-all"}],
        },
        True,
        "cacheBehaviors[0] (/x/*).viewerProtocolPolicy is 'allow-all'",
    ),
    # cloudfront-tls-version
    ("cdn-tls12", "cloudfront-tls-version", CDN, GOOD_CDN, False, ""),
    (
        "cdn-tls13",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={**GOOD_CDN["viewerCertificate"], "minimumProtocolVersion": "TLSv1.3_2025"}),
        False,
        "",
    ),
    (
        "cdn-tls1",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={**GOOD_CDN["viewerCertificate"], "minimumProtocolVersion": "TLSv1_2016"}),
        True,
        "minimumProtocolVersion is 'TLSv1_2016'",
    ),
    (
        "cdn-tls-absent",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={"acmCertificateArn": "arn:c", "sslSupportMethod": "sni-only"}),
        True,
        "minimumProtocolVersion is absent (CloudFront uses TLSv1)",
    ),
    (
        "cdn-default-certificate",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={"cloudfrontDefaultCertificate": True, "minimumProtocolVersion": "TLSv1.2_2021"}),
        True,
        "default *.cloudfront.net certificate, which accepts TLSv1",
    ),
    (
        "cdn-tls12-2018",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={**GOOD_CDN["viewerCertificate"], "minimumProtocolVersion": "TLSv1.2_2018"}),
        False,
        "",
    ),
    (
        "cdn-tls1-whole-line",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={**GOOD_CDN["viewerCertificate"], "minimumProtocolVersion": "TLSv1_2016"}),
        True,
        "\nsubject: viewerCertificate.minimumProtocolVersion is 'TLSv1_2016'; set it to 'TLSv1.2_2021'.",
    ),
    (
        "cdn-default-certificate-as-string",
        "cloudfront-tls-version",
        CDN,
        with_(GOOD_CDN, viewerCertificate={"cloudfrontDefaultCertificate": "true"}),
        True,
        "\nsubject: viewerCertificate uses the default *.cloudfront.net certificate, which accepts TLSv1; use an ACM "
        "certificate with minimumProtocolVersion 'TLSv1.2_2021'.",
    ),
    # cloudfront-s3-origin-access
    (
        "cdn-s3-origin-whole-line",
        "cloudfront-s3-origin-access",
        CDN,
        with_(GOOD_CDN, origins=[{"originId": "site", "domainName": "site.s3.eu-west-1.amazonaws.com"}]),
        True,
        "\nsubject: origin 'site' is an S3 origin with no originAccessControlId; read the bucket through an "
        "aws.cloudfront.OriginAccessControl (origin_access_control_id) and keep it private.",
    ),
    (
        "cdn-s3-domain-first",
        "cloudfront-s3-origin-access",
        CDN,
        with_(GOOD_CDN, origins=[{"originId": "raw", "domainName": "s3.eu-west-1.amazonaws.com"}]),
        True,
        "origin 'raw' is an S3 origin",
    ),
    (
        "cdn-origin-without-domain",
        "cloudfront-s3-origin-access",
        CDN,
        with_(GOOD_CDN, origins=[{"originId": "bare"}]),
        True,
        "origin 'bare' is an S3 origin",
    ),
    (
        "multitenant-empty-custom-configs",
        "cloudfront-s3-origin-access",
        MULTITENANT,
        {"origins": [{"id": "site", "domainName": "site.s3.amazonaws.com", "customOriginConfigs": []}]},
        True,
        "origin 'site' is an S3 origin",
    ),
    (
        "multitenant-vpc-origin",
        "cloudfront-s3-origin-access",
        MULTITENANT,
        {"origins": [{"id": "v", "domainName": "internal.s3.example", "vpcOriginConfigs": [{"vpcOriginId": "v"}]}]},
        False,
        "",
    ),
    ("cdn-oac", "cloudfront-s3-origin-access", CDN, GOOD_CDN, False, ""),
    ("cdn-custom-origin", "cloudfront-s3-origin-access", CDN, with_(GOOD_CDN, origins=[CUSTOM_ORIGIN]), False, ""),
    (
        "cdn-legacy-oai",
        "cloudfront-s3-origin-access",
        CDN,
        with_(
            GOOD_CDN,
            origins=[
                {
                    "originId": "s3",
                    "domainName": "b.s3.amazonaws.com",
                    "s3OriginConfig": {"originAccessIdentity": "origin-access-identity/cloudfront/E1"},
                }
            ],
        ),
        False,
        "",
    ),
    (
        "cdn-s3-origin-open",
        "cloudfront-s3-origin-access",
        CDN,
        with_(GOOD_CDN, origins=[CUSTOM_ORIGIN, {"originId": "site", "domainName": "site.s3.eu-west-1.amazonaws.com"}]),
        True,
        "origin 'site' is an S3 origin with no originAccessControlId",
    ),
    (
        "cdn-s3-origin-empty-oai",
        "cloudfront-s3-origin-access",
        CDN,
        with_(
            GOOD_CDN,
            origins=[
                {"originId": "site", "domainName": "b.s3.amazonaws.com", "s3OriginConfig": {"originAccessIdentity": ""}}
            ],
        ),
        True,
        "origin 'site' is an S3 origin",
    ),
    (
        "multitenant-custom-origin",
        "cloudfront-s3-origin-access",
        MULTITENANT,
        {"origins": [{"id": "api", "domainName": "api.example.com", "customOriginConfigs": [{"httpPort": 80}]}]},
        False,
        "",
    ),
    (
        "multitenant-s3-origin-open",
        "cloudfront-s3-origin-access",
        MULTITENANT,
        {"origins": [{"id": "site", "domainName": "site.s3.amazonaws.com"}]},
        True,
        "origin 'site' is an S3 origin",
    ),
    # cloudfront-logging (advisory)
    ("cdn-logs", "cloudfront-logging", CDN, GOOD_CDN, False, ""),
    ("cdn-no-logs", "cloudfront-logging", CDN, with_(GOOD_CDN, loggingConfig=None), True, "no loggingConfig"),
    (
        "cdn-logs-without-bucket",
        "cloudfront-logging",
        CDN,
        with_(GOOD_CDN, loggingConfig={"prefix": "cdn/"}),
        True,
        "\nsubject: no loggingConfig and no CloudWatch log delivery; set logging_config={'bucket': '<log bucket>"
        ".s3.amazonaws.com', 'prefix': ...} or deliver ACCESS_LOGS with aws.cloudwatch.LogDeliverySource("
        "resource_arn=distribution.arn) and a LogDelivery.",
    ),
    # sqs-encrypted
    ("queue-default-sse-sqs", "sqs-encrypted", QUEUE, {"name": "jobs"}, False, ""),
    ("queue-kms", "sqs-encrypted", QUEUE, {"kmsMasterKeyId": "alias/app"}, False, ""),
    (
        "queue-sse-opted-out",
        "sqs-encrypted",
        QUEUE,
        {"sqsManagedSseEnabled": False},
        True,
        "sqsManagedSseEnabled is false and no kmsMasterKeyId",
    ),
    ("queue-sse-sqs-explicit", "sqs-encrypted", QUEUE, {"sqsManagedSseEnabled": True}, False, ""),
    (
        "queue-opted-out-with-kms",
        "sqs-encrypted",
        QUEUE,
        {"sqsManagedSseEnabled": False, "kmsMasterKeyId": KEY_ARN},
        False,
        "",
    ),
    (
        "queue-sse-opted-out-as-string",
        "sqs-encrypted",
        QUEUE,
        {"sqsManagedSseEnabled": "false"},
        True,
        "\nsubject: sqsManagedSseEnabled is false and no kmsMasterKeyId: messages are stored unencrypted; remove the "
        "opt-out or set kms_master_key_id.",
    ),
    # sns-encrypted
    ("topic-blank-key", "sns-encrypted", TOPIC, {"kmsMasterKeyId": ""}, True, "no kmsMasterKeyId"),
    (
        "topic-plain-whole-line",
        "sns-encrypted",
        TOPIC,
        {"name": "events"},
        True,
        "\nsubject: no kmsMasterKeyId: messages are stored unencrypted; set kms_master_key_id to a KMS key.",
    ),
    ("topic-kms", "sns-encrypted", TOPIC, {"kmsMasterKeyId": "alias/aws/sns"}, False, ""),
    ("topic-plain", "sns-encrypted", TOPIC, {"name": "events"}, True, "no kmsMasterKeyId"),
    # log-group-kms
    ("log-group-kms", "log-group-kms", LOG_GROUP, {"kmsKeyId": KEY_ARN, "retentionInDays": 30}, False, ""),
    ("log-group-plain", "log-group-kms", LOG_GROUP, {"retentionInDays": 30}, True, "no kmsKeyId"),
    (
        "log-group-aws-managed-alias-arn",
        "log-group-kms",
        LOG_GROUP,
        {"kmsKeyId": "arn:aws:kms:eu-west-1:111122223333:alias/aws/logs", "retentionInDays": 30},
        True,
        "AWS-managed alias",
    ),
    ("log-group-aws-managed-alias", "log-group-kms", LOG_GROUP, {"kmsKeyId": "alias/aws/logs"}, True, "AWS-managed"),
    ("log-group-own-alias", "log-group-kms", LOG_GROUP, {"kmsKeyId": "alias/app-logs", "retentionInDays": 30}, False, ""),
    # log-group-retention (advisory)
    ("log-group-expires", "log-group-retention", LOG_GROUP, {"kmsKeyId": KEY_ARN, "retentionInDays": 30}, False, ""),
    (
        "log-group-forever",
        "log-group-retention",
        LOG_GROUP,
        {"kmsKeyId": KEY_ARN},
        True,
        "retentionInDays is None: the logs never expire",
    ),
    (
        "log-group-zero",
        "log-group-retention",
        LOG_GROUP,
        {"kmsKeyId": KEY_ARN, "retentionInDays": 0},
        True,
        "retentionInDays is 0",
    ),
    (
        "log-group-zero-as-string",
        "log-group-retention",
        LOG_GROUP,
        {"kmsKeyId": KEY_ARN, "retentionInDays": "0"},
        True,
        "retentionInDays is '0'",
    ),
    # cloudtrail-hardened
    ("trail-hardened", "cloudtrail-hardened", TRAIL, GOOD_TRAIL, False, ""),
    (
        "trail-no-validation",
        "cloudtrail-hardened",
        TRAIL,
        with_(GOOD_TRAIL, enableLogFileValidation=None),
        True,
        "enableLogFileValidation is None",
    ),
    ("trail-no-kms", "cloudtrail-hardened", TRAIL, with_(GOOD_TRAIL, kmsKeyId=None), True, "no kmsKeyId"),
    (
        "trail-single-region",
        "cloudtrail-hardened",
        TRAIL,
        with_(GOOD_TRAIL, isMultiRegionTrail=False),
        True,
        "isMultiRegionTrail is False",
    ),
]
ADVISORY = {"rds-deletion-protection", "rds-multi-az", "dynamodb-pitr", "cloudfront-logging", "log-group-retention"}


# Rules of these cases that are stack policies (a CloudFront distribution may log through other resources).
STACK_RULES = {"cloudfront-logging"}


@pytest.mark.parametrize(
    ("policy", "type_", "props", "fires", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_service_rule_fires_only_on_the_failing_case(pack, policy, type_, props, fires, fragment):
    subject = resource(type_, props)
    found = pack.analyze(subject, PROVIDER)
    if policy in STACK_RULES:  # judged over the stack (what else the stack holds decides)
        found = found + pack.analyze_stack([subject], PROVIDER)
    mine = [v for v in found if v.policy == policy]
    assert bool(mine) is fires, mine
    if fires:
        level = "advisory" if policy in ADVISORY else "mandatory"
        assert mine[0].level == level and mine[0].urn == subject.urn
        assert "\nsubject: " in mine[0].message and fragment in mine[0].message, mine[0].message
    else:  # a passing case passes the whole pack: no mandatory violation of any rule
        assert [v for v in found if v.level == "mandatory"] == []


def test_cases_cover_every_new_rule_both_ways():
    rules = {
        p.name
        for m in (datastores, serverless, cdn, messaging, observability)
        for p in m.POLICIES
        if p.name != "flow-and-access-logs"
    }
    assert rules - {c[1] for c in CASES if c[4]} == set()
    assert rules - {c[1] for c in CASES if not c[4]} == set()


# -- stack rules: flow logs and S3 server access logging -----------------------------------------------------
VPC, FLOW_LOG = "aws:ec2/vpc:Vpc", "aws:ec2/flowLog:FlowLog"
BUCKET, LOGGING = "aws:s3/bucket:Bucket", "aws:s3/bucketLogging:BucketLogging"


def network(flow_logged: bool = True, via: str = "vpcId") -> list[RecordedResource]:
    vpc = resource(VPC, {"cidrBlock": "10.0.0.0/16"}, name="main")
    other = resource(VPC, {"cidrBlock": "10.1.0.0/16"}, name="other")
    logs = [resource(FLOW_LOG, {"vpcId": UNKNOWN, "trafficType": "ALL"}, name="other-flow", vpcId=[other.urn])]
    if flow_logged:
        logs.append(resource(FLOW_LOG, {via: "id", "trafficType": "ALL"}, name="main-flow", **{via: [vpc.urn]}))
    return [vpc, other, *logs]


def buckets(logged: bool = True) -> list[RecordedResource]:
    data = resource(BUCKET, {}, name="data")
    logs = resource(BUCKET, {"bucket": "acme-logs"}, name="logs")
    inline = resource(BUCKET, {"logging": {"targetBucket": "acme-logs"}}, name="inline")
    # buckets that services deliver logs to, linked by dependency or by a known name
    trail_logs = resource(BUCKET, {"bucket": "acme-trail"}, name="trail-logs")
    flow_logs = resource(BUCKET, {}, name="flow-logs")
    cdn_logs = resource(BUCKET, {"bucket": "acme-cdn-logs"}, name="cdn-logs")
    services = [
        resource(TRAIL, {**GOOD_TRAIL, "s3BucketName": "acme-trail"}, name="trail"),
        resource(FLOW_LOG, {"logDestination": UNKNOWN, "subnetId": "s"}, name="subnet-flow", logDestination=[flow_logs.urn]),
        resource(CDN, {**GOOD_CDN, "loggingConfig": {"bucket": "acme-cdn-logs.s3.amazonaws.com"}}, name="cdn"),
    ]
    found = [data, logs, inline, trail_logs, flow_logs, cdn_logs, *services]
    if logged:
        found.append(
            resource(
                LOGGING,
                {"bucket": UNKNOWN, "targetBucket": UNKNOWN},
                name="data-logging",
                bucket=[data.urn],
                targetBucket=[logs.urn],
            )
        )
    return found


STACK_CASES = [
    ("every-vpc-logged", "flow-and-access-logs", network(), None),
    ("vpc-without-flow-log", "flow-and-access-logs", network(flow_logged=False), "main"),
    ("subnet-flow-log-is-not-vpc-wide", "flow-and-access-logs", network(via="subnetId"), "main"),
    ("every-bucket-logged", "flow-and-access-logs", buckets(), None),
    ("bucket-without-access-logging", "flow-and-access-logs", buckets(logged=False), "data"),
]


def log_destinations(destination: str) -> list[RecordedResource]:
    """A bucket that a service delivers logs to (``destination`` says how), declared before an unlogged bucket."""
    logging = {"logging": {"targetBucket": "acme-logs"}} if destination == "inline-logging" else {}
    target = resource(BUCKET, {"bucket": "acme-flow", **logging}, name="target")
    data = resource(BUCKET, {}, name="data")
    writers = {
        # the flow log's destination is an ARN string: of the bucket, of a folder in it, of another partition
        "flow-arn": [resource(FLOW_LOG, {"logDestination": "arn:aws:s3:::acme-flow", "subnetId": "s"}, name="flow")],
        "flow-arn-folder": [
            resource(FLOW_LOG, {"logDestination": "arn:aws:s3:::acme-flow/vpc/2026/", "subnetId": "s"}, name="flow")
        ],
        "flow-arn-gov": [
            resource(FLOW_LOG, {"logDestination": "arn:aws-us-gov:s3:::acme-flow/vpc/", "subnetId": "s"}, name="flow")
        ],
        "flow-arn-other-bucket": [
            resource(FLOW_LOG, {"logDestination": "arn:aws:s3:::acme-flow-old/vpc/", "subnetId": "s"}, name="flow")
        ],
        # ... or an output of the bucket (unknown in preview, linked by dependency)
        "flow-dependency": [
            resource(FLOW_LOG, {"logDestination": UNKNOWN, "subnetId": "s"}, name="flow", logDestination=[target.urn])
        ],
        "cdn-domain": [resource(CDN, {**GOOD_CDN, "loggingConfig": {"bucket": "acme-flow.s3.amazonaws.com"}}, name="cdn")],
        "cdn-dependency": [
            resource(CDN, {**GOOD_CDN, "loggingConfig": {"bucket": UNKNOWN}}, name="cdn", loggingConfig=[target.urn])
        ],
        "trail-name": [resource(TRAIL, {**GOOD_TRAIL, "s3BucketName": "acme-flow"}, name="trail")],
        "inline-logging": [],
    }[destination]
    return [target, data, *writers]


# The target bucket comes first: a loop that stopped at the first bucket it excuses would miss `data` after it.
DESTINATION_CASES = [
    ("flow-arn", ["data"]),
    ("flow-arn-folder", ["data"]),
    ("flow-arn-gov", ["data"]),
    ("flow-arn-other-bucket", ["target", "data"]),
    ("flow-dependency", ["data"]),
    ("cdn-domain", ["data"]),
    ("cdn-dependency", ["data"]),
    ("trail-name", ["data"]),
    ("inline-logging", ["data"]),
]


@pytest.mark.parametrize(("destination", "offenders"), DESTINATION_CASES, ids=[c[0] for c in DESTINATION_CASES])
def test_log_destinations_need_no_access_logging_of_their_own(pack, destination, offenders):
    resources = log_destinations(destination)
    found = [v for v in pack.analyze_stack(resources, PROVIDER) if v.policy == "flow-and-access-logs"]
    assert [v.urn.rsplit("::", 1)[1] for v in found] == offenders, found


@pytest.mark.parametrize(("policy", "resources", "offender"), [c[1:] for c in STACK_CASES], ids=[c[0] for c in STACK_CASES])
def test_advisory_stack_rules_name_the_uncovered_resource(pack, policy, resources, offender):
    found = [v for v in pack.analyze_stack(resources, PROVIDER) if v.policy == policy]
    by_name = {r.name: r.urn for r in resources}
    assert [v.urn for v in found] == ([by_name[offender]] if offender else []), found
    assert all(v.level == "advisory" for v in found)


# -- unknown values (preview) ----------------------------------------------------------------------------------
UNKNOWN_CASES = [
    resource(
        DB,
        {
            "storageEncrypted": UNKNOWN,
            "publiclyAccessible": UNKNOWN,
            "backupRetentionPeriod": UNKNOWN,
            "deletionProtection": UNKNOWN,
            "multiAz": UNKNOWN,
        },
        name="db",
    ),
    resource(CLUSTER_INSTANCE, {"publiclyAccessible": UNKNOWN}, name="member"),
    resource(TABLE, {"serverSideEncryption": UNKNOWN, "pointInTimeRecovery": UNKNOWN}, name="table"),
    resource(EFS, {"encrypted": UNKNOWN}, name="efs"),
    resource(URL, {"authorizationType": UNKNOWN}, name="url"),
    resource(PERMISSION, {"principal": UNKNOWN, "functionUrlAuthType": UNKNOWN}, name="perm"),
    resource(
        CDN,
        {"origins": UNKNOWN, "defaultCacheBehavior": UNKNOWN, "viewerCertificate": UNKNOWN, "loggingConfig": UNKNOWN},
        name="cdn",
    ),
    resource(QUEUE, {"sqsManagedSseEnabled": UNKNOWN}, name="queue"),
    resource(LOG_GROUP, {"kmsKeyId": KEY_ARN, "retentionInDays": UNKNOWN}, name="lg"),
    resource(TRAIL, {"enableLogFileValidation": UNKNOWN, "isMultiRegionTrail": UNKNOWN}, name="trail"),
]
# Names computed by other resources (key.arn, bucket.arn, oac.id) are set, even before they are known.
COMPUTED_NAMES_PASS = [
    resource(DB, with_(GOOD_DB, kmsKeyId=UNKNOWN), name="db-key"),
    resource(TABLE, with_(GOOD_TABLE, serverSideEncryption={"enabled": True, "kmsKeyArn": UNKNOWN}), name="t-key"),
    resource(
        PERMISSION,
        {"principal": "*", "action": "lambda:InvokeFunction", "function": UNKNOWN, "sourceArn": UNKNOWN},
        name="perm-src",
    ),
    resource(
        CDN,
        with_(
            GOOD_CDN,
            origins=[{"originId": "s3", "domainName": UNKNOWN, "originAccessControlId": UNKNOWN}],
            loggingConfig={"bucket": UNKNOWN},
        ),
        name="cdn-oac",
    ),
    resource(  # a custom origin whose config is computed stays a custom origin (no origin access control needed)
        CDN,
        with_(GOOD_CDN, origins=[{"originId": "site", "domainName": S3_SITE, "customOriginConfig": UNKNOWN}]),
        name="cdn-custom",
    ),
    resource(TOPIC, {"kmsMasterKeyId": UNKNOWN}, name="topic"),
    resource(QUEUE, {"kmsMasterKeyId": UNKNOWN}, name="queue-key"),
    resource(LOG_GROUP, {"kmsKeyId": UNKNOWN, "retentionInDays": 14}, name="lg-key"),
    resource(TRAIL, with_(GOOD_TRAIL, kmsKeyId=UNKNOWN), name="trail-key"),
]


def test_unknown_values_never_cause_a_mandatory_violation(pack):
    found = [v for r in UNKNOWN_CASES for v in pack.analyze(r, PROVIDER)]
    assert [v for v in found if v.level == "mandatory"] == []
    # a rule that cannot see a value says so, naming the resource
    assert {v.urn for v in found if "during preview" in v.message} == {r.urn for r in UNKNOWN_CASES}
    found = [v for r in COMPUTED_NAMES_PASS for v in pack.analyze(r, PROVIDER)]
    assert found == []
    stack = [*network(), *UNKNOWN_CASES, *COMPUTED_NAMES_PASS]
    assert [v for v in pack.analyze_stack(stack, PROVIDER) if v.level == "mandatory"] == []


WEIRD = {
    "storageEncrypted": "maybe",
    "publiclyAccessible": 3,
    "backupRetentionPeriod": "x",
    "multiAz": [],
    "replicas": [None, 3, {"regionName": None}],
    "serverSideEncryption": "x",
    "pointInTimeRecovery": 5,
    "origins": [None, "x", {"customOriginConfig": None}],
    "orderedCacheBehaviors": [None, 1],
    "defaultCacheBehavior": "x",
    "viewerCertificate": [],
    "loggingConfig": "x",
    "principal": ["*"],
    "retentionInDays": "forever",
    "kmsKeyId": "",
    "encrypted": None,
    "authorizationType": 5,
}


def test_rules_never_crash_on_missing_none_or_mistyped_values(pack):
    types = sorted({c[2] for c in CASES} | {VPC, FLOW_LOG, LOGGING})
    subjects = [resource(t, props, name=f"n{i}") for i, t in enumerate(types) for props in ({}, WEIRD)]
    for subject in subjects:
        for v in pack.analyze(subject, PROVIDER) + pack.analyze(subject, None):
            assert "error" not in v.message.lower() and "Traceback" not in v.message, v
    pack.analyze_stack(subjects, PROVIDER)


# -- the prod/dev split --------------------------------------------------------------------------------------
def test_prod_config_makes_resilience_clauses_mandatory(pack, configured):
    weak_db = resource(DB, with_(GOOD_DB, deletionProtection=False, multiAz=False, backupRetentionPeriod=3), name="db")
    weak = [
        weak_db,
        resource(TABLE, with_(GOOD_TABLE, pointInTimeRecovery=None), name="table"),
        resource(CDN, with_(GOOD_CDN, loggingConfig=None), name="cdn"),
        resource(LOG_GROUP, {"kmsKeyId": KEY_ARN, "retentionInDays": 14}, name="lg"),
    ]

    def levels():
        found = [v for r in weak for v in pack.analyze(r, PROVIDER)] + [
            v for v in pack.analyze_stack([weak[2]], PROVIDER) if v.policy == "cloudfront-logging"
        ]
        return {(v.policy, v.urn.rsplit("::", 1)[1], v.level) for v in found}

    assert levels() == {
        ("rds-deletion-protection", "db", "advisory"),
        ("rds-multi-az", "db", "advisory"),
        ("dynamodb-pitr", "table", "advisory"),
        ("cloudfront-logging", "cdn", "advisory"),
    }
    configured(json.loads((CONFIG_DIR / "prod.json").read_text()))
    assert levels() == {
        ("rds-deletion-protection", "db", "mandatory"),
        ("rds-multi-az", "db", "mandatory"),
        ("rds-backup-retention", "db", "mandatory"),  # 3 days < prod's 7
        ("dynamodb-pitr", "table", "mandatory"),
        ("cloudfront-logging", "cdn", "mandatory"),
        ("log-group-retention", "lg", "mandatory"),
    }  # 14 days < prod's 30
    configured(json.loads((CONFIG_DIR / "dev.json").read_text()))
    assert levels() == {("dynamodb-pitr", "table", "advisory"), ("cloudfront-logging", "cdn", "advisory")}


def test_config_settings_change_the_judgement(pack, configured):
    default_cert = resource(CDN, with_(GOOD_CDN, viewerCertificate={"cloudfrontDefaultCertificate": True}), name="cdn")
    queue = resource(QUEUE, {"name": "jobs"}, name="q")
    regional = resource(TRAIL, with_(GOOD_TRAIL, isMultiRegionTrail=False), name="trail")

    def fired():
        return {
            (v.policy, v.urn.rsplit("::", 1)[1])
            for r in (default_cert, queue, regional)
            for v in pack.analyze(r, PROVIDER)
            if v.level == "mandatory"
        }

    assert fired() == {("cloudfront-tls-version", "cdn"), ("cloudtrail-hardened", "trail")}
    configured(
        {
            "cloudfront-tls-version": {"allowDefaultCertificate": True},
            "sqs-encrypted": {"requireKms": True},
            "cloudtrail-hardened": {"allowSingleRegion": True},
        }
    )
    assert fired() == {("sqs-encrypted", "q")}
    line = [v.message.split("\n", 1)[1] for v in pack.analyze(queue, PROVIDER) if v.policy == "sqs-encrypted"]
    assert line == ["q: no kmsMasterKeyId; set kms_master_key_id to a KMS key (requireKms is on)."]
    keyed = resource(QUEUE, {"name": "jobs", "kmsMasterKeyId": KEY_ARN}, name="keyed")
    assert [v for v in pack.analyze(keyed, PROVIDER) if v.level == "mandatory"] == []


# -- the pure judgements, directly -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("judge", "props", "problem"),
    [
        (lambda p: datastores.rds_encryption_problem(DB, p), {"storageEncrypted": True}, False),
        (lambda p: datastores.rds_encryption_problem(DB, p), {}, True),
        (lambda p: datastores.rds_encryption_problem(DB, p), {"replicateSourceDb": "a", "storageEncrypted": False}, True),
        (lambda p: datastores.rds_encryption_problem(CLUSTER, p), {"engineMode": "serverless"}, False),
        (lambda p: datastores.rds_encryption_problem(DB, p), {"engineMode": "serverless"}, True),
        (lambda p: datastores.rds_backup_problem(DB, p, 7), {}, True),
        (lambda p: datastores.rds_backup_problem(DB, p, 7), {"backupRetentionPeriod": 7}, False),
        (lambda p: datastores.rds_backup_problem(DB, p, 1), {"backupRetentionPeriod": "x"}, False),
        (datastores.rds_public_problem, {"publiclyAccessible": "true"}, True),
        (datastores.dynamodb_kms_problems, {"serverSideEncryption": {"enabled": True, "kmsKeyArn": ""}}, True),
        (serverless.permission_problem, {"principal": "*", "sourceArn": ""}, True),
        (serverless.permission_problem, {"principal": "*", "principalOrgId": "o-1"}, False),
        (serverless.function_url_problem, {"authorizationType": "AWS_IAM"}, False),
        (cdn.viewer_protocol_problems, {"defaultCacheBehavior": {"viewerProtocolPolicy": "allow-all"}}, True),
        (cdn.origin_access_problems, {"origins": [{"originId": "x", "vpcOriginConfig": {"vpcOriginId": "v"}}]}, False),
        (cdn.origin_access_problems, {"origins": [{"originId": "x", "domainName": "example.com"}]}, False),
        # an S3 website endpoint served as a custom origin, in either spelling (distribution, multi-tenant)
        (
            cdn.origin_access_problems,
            {"origins": [{"originId": "x", "domainName": S3_SITE, "customOriginConfig": HTTP}]},
            False,
        ),
        (
            cdn.origin_access_problems,
            {"origins": [{"id": "x", "domainName": S3_SITE, "customOriginConfigs": [HTTP]}]},
            False,
        ),
        (cdn.origin_access_problems, {"origins": [{"originId": "x", "domainName": S3_SITE}]}, True),
        (cdn.tls_version_problem, {"viewerCertificate": {"cloudfrontDefaultCertificate": True}}, True),  # unless allowed
        (
            lambda p: cdn.tls_version_problem(p, False),
            {"viewerCertificate": {"minimumProtocolVersion": "TLSv1.1_2016"}},
            True,
        ),
        (lambda p: messaging.queue_problem(p, False), {"sqsManagedSseEnabled": "false"}, True),
        (lambda p: messaging.queue_problem(p, True), {"sqsManagedSseEnabled": True}, True),
        (messaging.queue_problem, {"sqsManagedSseEnabled": True}, False),  # requireKms is off unless asked
        (observability.log_group_retention_problem, {"retentionInDays": 1}, False),
        (lambda p: observability.trail_problems(p, True), dict(GOOD_TRAIL, isMultiRegionTrail=None), False),
    ],
)
def test_pure_judgement(judge, props, problem):
    assert bool(judge(props)) is problem


@pytest.mark.parametrize(
    ("problem", "line"),
    [
        (
            observability.log_group_retention_problem({"retentionInDays": None}),  # the default minimum is 1 day
            "retentionInDays is None: the logs never expire; set retention_in_days (at least 1)",
        ),
        (
            observability.trail_problems({**GOOD_TRAIL, "enableLogFileValidation": False}),
            ["enableLogFileValidation is False; set enable_log_file_validation=True so tampering is detectable"],
        ),
        (
            cdn.viewer_protocol_problems({"defaultCacheBehavior": {"viewerProtocolPolicy": "allow-all"}}),
            ["defaultCacheBehavior.viewerProtocolPolicy is 'allow-all'; use 'redirect-to-https'"],
        ),
        (
            datastores.rds_public_problem({"publiclyAccessible": True}),
            "publiclyAccessible is true; set publicly_accessible=False and reach it from inside the VPC",
        ),
        (
            datastores.dynamodb_pitr_problem({}),
            "pointInTimeRecovery.enabled is not true; set point_in_time_recovery={'enabled': True}",
        ),
        (
            datastores.dynamodb_kms_problems({"serverSideEncryption": {"enabled": True}}),
            [
                "serverSideEncryption has no customer-managed key; set server_side_encryption={'enabled': True, "
                "'kms_key_arn': key.arn}"
            ],
        ),
    ],
    ids=[
        "log-retention-default",
        "trail-validation",
        "cdn-default-behaviour",
        "rds-public",
        "dynamodb-pitr",
        "dynamodb-kms",
    ],
)
def test_service_problems_say_what_to_set(problem, line):
    assert problem == line


NO_CMK = "(with kms_key_id for a customer-managed key)"


@pytest.mark.parametrize(
    ("judge", "props", "problem"),
    [
        # storage encryption: each way a database inherits its source's, and only those
        (lambda p: datastores.rds_encryption_problem(CLUSTER, p), {"replicationSourceIdentifier": "arn:c"}, None),
        (lambda p: datastores.rds_encryption_problem(CLUSTER, p), {"globalClusterIdentifier": "g"}, None),
        (
            lambda p: datastores.rds_encryption_problem(CLUSTER, p),
            {"engineMode": "provisioned"},
            f"storageEncrypted is None; set storage_encrypted=True {NO_CMK}",
        ),
        (lambda p: datastores.rds_encryption_problem(DB, p), {"storageEncrypted": "true"}, None),
        # backups: AWS's one-day default, and the minimum at its edge
        (
            lambda p: datastores.rds_backup_problem(DB, p, 2),
            {},
            "backupRetentionPeriod is absent (AWS keeps 1 day); keep backups for at least 2 day(s)",
        ),
        (lambda p: datastores.rds_backup_problem(DB, p, 1), {}, None),
        (lambda p: datastores.rds_backup_problem(DB, p, 1), {"backupRetentionPeriod": 1}, None),
        (
            lambda p: datastores.rds_backup_problem(DB, p, 7),
            {"backupRetentionPeriod": 6.0},
            "backupRetentionPeriod is 6; keep backups for at least 7 day(s)",
        ),
        (datastores.rds_public_problem, {"publiclyAccessible": False}, None),
        (datastores.rds_deletion_problem, {"deletionProtection": "true"}, None),
        (
            datastores.rds_deletion_problem,
            {"deletionProtection": False},
            "deletionProtection is False; set deletion_protection=True",
        ),
        (
            datastores.rds_multi_az_problem,
            {"multiAz": False},
            "multiAz is False; set multi_az=True for a standby in another zone",
        ),
        (datastores.rds_multi_az_problem, {"multiAz": True}, None),
        # point-in-time recovery: a table's block, a replica resource's plain boolean
        (datastores.dynamodb_pitr_problem, {"pointInTimeRecovery": {"enabled": True}}, None),
        (lambda p: datastores.dynamodb_pitr_problem(p, TABLE_REPLICA), {"pointInTimeRecovery": True}, None),
        (
            lambda p: datastores.dynamodb_pitr_problem(p, TABLE_REPLICA),
            {"pointInTimeRecovery": False},
            "pointInTimeRecovery is False; set point_in_time_recovery=True",
        ),
        (
            lambda p: datastores.dynamodb_pitr_problem(p, TABLE_REPLICA),
            {"pointInTimeRecovery": {"enabled": True}},  # the table's shape is not the replica's
            "pointInTimeRecovery is {'enabled': True}; set point_in_time_recovery=True",
        ),
        # a table's key, and each inline replica's (entries that are not replicas are not judged)
        (
            datastores.dynamodb_kms_problems,
            {
                "serverSideEncryption": {"enabled": True, "kmsKeyArn": KEY_ARN},
                "replicas": [None, "x", {"regionName": "eu-central-1"}, {"regionName": "us-east-1", "kmsKeyArn": "arn:k"}],
            },
            ["replica in eu-central-1 has no kmsKeyArn; give each replica a key in its region"],
        ),
        (datastores.dynamodb_kms_problems, {"serverSideEncryption": {"enabled": True, "kmsKeyArn": KEY_ARN}}, []),
        (
            lambda p: datastores.dynamodb_kms_problems(p, TABLE_REPLICA),
            {"kmsKeyArn": "arn:aws:kms:eu-central-1:1:alias/aws/dynamodb"},
            ["no kmsKeyArn: the replica uses the AWS-managed key; set kms_key_arn to a key in the replica's region"],
        ),
        (datastores.efs_problem, {"encrypted": True}, None),
        (datastores.efs_problem, {"encrypted": False}, f"encrypted is False; set encrypted=True {NO_CMK}"),
    ],
)
def test_datastore_judgements_at_their_edges(judge, props, problem):
    assert judge(props) == problem


# -- user-style programs: the SDK's own input names reach the rules (plain run and preview) ----------------------
BAD_PROGRAM = """
import json
import pulumi_aws as aws

aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
                 manage_master_user_password=True, publicly_accessible=True, backup_retention_period=0,
                 skip_final_snapshot=True)
cluster = aws.rds.Cluster("aurora", engine="aurora-postgresql", master_username="app",
                          manage_master_user_password=True, skip_final_snapshot=True)
aws.rds.ClusterInstance("aurora-1", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                        engine="aurora-postgresql", publicly_accessible=True)
aws.dynamodb.Table("table", hash_key="id", billing_mode="PAY_PER_REQUEST",
                   attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])
aws.efs.FileSystem("files")
role = aws.iam.Role("fn-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
fn = aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,
                          code=__import__("pulumi").AssetArchive({}))
aws.lambda_.FunctionUrl("fn-url", function_name=fn.name, authorization_type="NONE")
aws.lambda_.Permission("fn-public", action="lambda:InvokeFunction", function=fn.name, principal="*")
aws.cloudfront.Distribution("cdn", enabled=True,
    origins=[{"origin_id": "site", "domain_name": "site.s3.eu-west-1.amazonaws.com"}],
    default_cache_behavior={"target_origin_id": "site", "viewer_protocol_policy": "allow-all",
                            "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
                            "forwarded_values": {"query_string": False, "cookies": {"forward": "none"}}},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True})
aws.sqs.Queue("queue", sqs_managed_sse_enabled=False)
aws.sns.Topic("topic")
aws.cloudwatch.LogGroup("logs")
aws.cloudtrail.Trail("trail", s3_bucket_name="trail-logs")
"""
GOOD_PROGRAM = """
import json
import pulumi
import pulumi_aws as aws

key = aws.kms.Key("key", enable_key_rotation=True)
aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
                 manage_master_user_password=True, storage_encrypted=True, kms_key_id=key.arn,
                 backup_retention_period=7, deletion_protection=True, multi_az=True)
cluster = aws.rds.Cluster("aurora", engine="aurora-postgresql", master_username="app",
                          manage_master_user_password=True, storage_encrypted=True, kms_key_id=key.arn,
                          backup_retention_period=7, deletion_protection=True)
aws.rds.ClusterInstance("aurora-1", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                        engine="aurora-postgresql")
aws.dynamodb.Table("table", hash_key="id", billing_mode="PAY_PER_REQUEST",
                   attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
                   point_in_time_recovery={"enabled": True},
                   server_side_encryption={"enabled": True, "kms_key_arn": key.arn})
aws.efs.FileSystem("files", encrypted=True, kms_key_id=key.arn)
role = aws.iam.Role("fn-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
fn = aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=role.arn,
                          code=pulumi.AssetArchive({}))
aws.lambda_.FunctionUrl("fn-url", function_name=fn.name, authorization_type="AWS_IAM")
uploads = aws.s3.Bucket("uploads")
aws.lambda_.Permission("fn-s3", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
                       source_arn=uploads.arn)
oac = aws.cloudfront.OriginAccessControl("oac", origin_access_control_origin_type="s3",
                                         signing_behavior="always", signing_protocol="sigv4")
aws.cloudfront.Distribution("cdn", enabled=True,
    origins=[{"origin_id": "site", "domain_name": uploads.bucket_regional_domain_name,
              "origin_access_control_id": oac.id}],
    default_cache_behavior={"target_origin_id": "site", "viewer_protocol_policy": "redirect-to-https",
                            "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
                            "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    logging_config={"bucket": "logs.s3.amazonaws.com"},
    viewer_certificate={"acm_certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/x",
                        "ssl_support_method": "sni-only", "minimum_protocol_version": "TLSv1.2_2021"})
aws.sqs.Queue("queue")
aws.sqs.Queue("queue-kms", kms_master_key_id=key.arn)
aws.sns.Topic("topic", kms_master_key_id=key.arn)
aws.cloudwatch.LogGroup("logs", kms_key_id=key.arn, retention_in_days=30)
aws.cloudtrail.Trail("trail", s3_bucket_name="trail-logs", enable_log_file_validation=True, kms_key_id=key.arn,
                     is_multi_region_trail=True)
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
aws.ec2.FlowLog("vpc-flow", vpc_id=vpc.id, traffic_type="ALL", log_destination_type="s3",
                log_destination="arn:aws:s3:::flow-logs")
"""
BAD_EXPECTED = {
    ("rds-storage-encrypted", "db"),
    ("rds-not-public", "db"),
    ("rds-backup-retention", "db"),
    ("rds-storage-encrypted", "aurora"),
    ("rds-not-public", "aurora-1"),
    ("dynamodb-kms", "table"),
    ("efs-encrypted", "files"),
    ("lambda-url-auth", "fn-url"),
    ("lambda-no-public-invoke", "fn-public"),
    ("cloudfront-viewer-https", "cdn"),
    ("cloudfront-tls-version", "cdn"),
    ("cloudfront-s3-origin-access", "cdn"),
    ("sqs-encrypted", "queue"),
    ("sns-encrypted", "topic"),
    ("log-group-kms", "logs"),
    ("cloudtrail-hardened", "trail"),
}
SERVICE_RULES = {p.name for m in (datastores, serverless, cdn, messaging, observability) for p in m.POLICIES}


def _program_run(tmp_path, source: str, preview: bool):
    from tools.offline_preview.engine import run_program

    (tmp_path / "__main__.py").write_text(source)
    config = {"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}
    return run_program(tmp_path, "forked", "dev", config, preview=preview)


@pytest.mark.parametrize("preview", [False, True], ids=["plain", "preview"])
def test_user_programs_are_judged_on_the_inputs_the_sdk_sends(pack, tmp_path, preview):
    from tools.offline_preview.analyzer import check_run

    bad = check_run(pack, _program_run(tmp_path, BAD_PROGRAM, preview))
    fired = {(v.policy, v.urn.rsplit("::", 1)[1]) for v in bad if v.level == "mandatory" and v.policy in SERVICE_RULES}
    assert fired == BAD_EXPECTED
    good = check_run(pack, _program_run(tmp_path, GOOD_PROGRAM, preview))
    judged = SERVICE_RULES | {"required-tags"}  # the bucket is not hardened: S3 rules are not under test here
    assert [v for v in good if v.level == "mandatory" and v.policy in judged] == []
    advisories = {(v.policy, v.urn.rsplit("::", 1)[1]) for v in good if v.policy in judged}
    assert advisories == {("flow-and-access-logs", "uploads")}  # known or not, no name needs to be seen


# -- log-group retention at its edge, and the messages that say what to set ---------------------------------------
@pytest.mark.parametrize(
    ("days", "minimum", "problem"),
    [
        (30, 30, None),
        ("30", 30, None),
        (29, 30, "retentionInDays is 29; keep logs at least 30 days"),
        ("29", 30, "retentionInDays is 29; keep logs at least 30 days"),
        (1, observability.DEFAULT_MIN_RETENTION_DAYS, None),
        (None, 7, "retentionInDays is None: the logs never expire; set retention_in_days (at least 7)"),
        ("x", 7, None),  # not a number: the provider refuses it, this rule has nothing to add
    ],
)
def test_log_group_retention_edges(days, minimum, problem):
    assert observability.log_group_retention_problem({"retentionInDays": days}, minimum) == problem


def test_min_retention_days_reaches_the_rule(pack, configured):
    week = resource(LOG_GROUP, {"kmsKeyId": KEY_ARN, "retentionInDays": 7})
    assert [v for v in pack.analyze(week, PROVIDER) if v.policy == "log-group-retention"] == []
    configured({"log-group-retention": {"minRetentionDays": 8}})
    found = [v for v in pack.analyze(week, PROVIDER) if v.policy == "log-group-retention"]
    assert [v.message.split("\n", 1)[1] for v in found] == ["subject: retentionInDays is 7; keep logs at least 8 days."]


def test_min_backup_days_reaches_the_rule_as_whole_days(pack, configured):
    week = resource(DB, {**GOOD_DB, "backupRetentionPeriod": 7})
    assert [v for v in pack.analyze(week, PROVIDER) if v.policy == "rds-backup-retention"] == []
    configured({"rds-backup-retention": {"minRetentionDays": 8}})
    found = [v for v in pack.analyze(week, PROVIDER) if v.policy == "rds-backup-retention"]
    assert [v.message.split("\n", 1)[1] for v in found] == [
        "subject: backupRetentionPeriod is 7; keep backups for at least 8 day(s)."
    ]


@pytest.mark.parametrize(
    ("props", "problems"),
    [
        (
            {},
            [
                "enableLogFileValidation is None; set enable_log_file_validation=True so tampering is detectable",
                "no kmsKeyId; encrypt log files with a customer-managed KMS key (kms_key_id=key.arn)",
                "isMultiRegionTrail is None; set is_multi_region_trail=True",
            ],
        ),
        ({**GOOD_TRAIL, "enableLogFileValidation": "true", "isMultiRegionTrail": "true"}, []),
    ],
    ids=["bare", "booleans-as-strings"],
)
def test_trail_problems_say_what_to_set(props, problems):
    assert observability.trail_problems(props) == problems


@pytest.mark.parametrize(
    ("props", "problem"),
    [
        ({}, "no kmsKeyId; encrypt the log group with a customer-managed KMS key (kms_key_id=key.arn)"),
        (
            {"kmsKeyId": "alias/aws/logs"},
            "kmsKeyId 'alias/aws/logs' is an AWS-managed alias; use a customer-managed key (key.arn)",
        ),
    ],
    ids=["no-key", "aws-managed"],
)
def test_log_group_kms_says_what_to_set(props, problem):
    assert observability.log_group_kms_problem(props) == problem


# -- cloudfront-logging: standard logging or CloudWatch log delivery (v2) ----------------------------------------
SOURCE, DELIVERY = "aws:cloudwatch/logDeliverySource:LogDeliverySource", "aws:cloudwatch/logDelivery:LogDelivery"


def delivered_cdn(log_type: str = "ACCESS_LOGS", delivered: bool = True, from_cdn: bool = True) -> list[RecordedResource]:
    cdn_ = resource(CDN, with_(GOOD_CDN, loggingConfig=None), name="cdn")
    source = resource(
        SOURCE,
        {"name": "cdn-source", "logType": log_type, "resourceArn": UNKNOWN},
        name="cdn-source",
        resourceArn=[cdn_.urn] if from_cdn else [],
    )
    found = [cdn_, source]
    if delivered:
        found.append(
            resource(
                DELIVERY,
                {"deliverySourceName": UNKNOWN, "deliveryDestinationArn": UNKNOWN},
                name="cdn-delivery",
                deliverySourceName=[source.urn],
            )
        )
    return found


@pytest.mark.parametrize(
    ("case", "fires"),
    [
        ({}, False),  # an ACCESS_LOGS source on the distribution, delivered
        ({"delivered": False}, True),  # a source nobody delivers
        ({"log_type": "CONNECTION_LOGS"}, True),  # not the access logs
        ({"from_cdn": False}, True),  # a source on something else
    ],
    ids=["delivered", "source-not-delivered", "other-log-type", "other-resource"],
)
def test_cloudfront_logging_accepts_a_log_delivery(pack, case, fires):
    found = [v for v in pack.analyze_stack(delivered_cdn(**case), PROVIDER) if v.policy == "cloudfront-logging"]
    assert [v.urn.rsplit("::", 1)[1] for v in found] == (["cdn"] if fires else [])
