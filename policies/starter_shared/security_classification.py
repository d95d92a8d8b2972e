"""How each row of the generated ``security_inputs`` table is judged: by a named rule, or exempt with a reason.

Hand-written, checked in, reviewed on every pulumi-aws upgrade: a default per (family, kind) and overrides per
(type, input path). Kinds whose meaning differs per service (an encryption type's plaintext value, a TLS policy's
weak names, a protocol, CIDRs) have no default, so a new row of those kinds fails
``tests/test_policy_derived.py`` until someone classifies it. Defaults follow AWS Foundational Security Best
Practices (FSBP) and CIS: an input explicitly turned off is refused everywhere; an absent one is refused only where
AWS's effective default is the insecure one (``absent="fail"``, with the FSBP control). Where a service encrypts
with an AWS-owned or AWS-managed key when no customer key is given, the key input is exempt: a customer key is
not required (as ``sqs-encrypted`` and ``sns-encrypted`` accept AWS-managed keys), except where an existing rule
requires one (``dynamodb-kms``, ``log-group-kms``, ``cloudtrail-hardened``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Judged:
    """Judged by ``rule``. ``absent``: "fail" when AWS's default is the insecure value. ``bad``: refused values of
    a string input (compared case-insensitively). ``inverted``: the switch disables protection when true.
    ``absent_ok_if``: (sibling input, values) that make an absent value secure (Valkey encrypts by default).
    ``narrowed_by``: a CIDR list input that keeps a public switch private when it holds no open range.
    ``unless_given``: an input whose presence makes the resource private (a VPC-only domain).
    ``inherits_from``: inputs whose presence makes an absent setting come from a source (a snapshot restore, a
    member of a global cluster), as ``rds-storage-encrypted`` accepts for RDS."""

    rule: str
    why: str = ""
    absent: str = "pass"
    bad: tuple[str, ...] = ()
    inverted: bool = False
    absent_ok_if: tuple[str, tuple[str, ...]] | None = None
    narrowed_by: str | None = None
    unless_given: str | None = None
    inherits_from: tuple[str, ...] = ()  # inputs that make it inherit the setting (a snapshot, a global cluster)
    via: str | None = None  # judged as part of another row (the switch it narrows)
    bad_parameters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # engine parameter -> refused values
    document: str | None = None  # a JSON-string input judged by the named document judge (derived.DOCUMENT_JUDGES)
    when: tuple[str, tuple[str, ...]] | None = None  # (sibling input, values) without which the row is moot
    required_with: str | None = None  # absent fails only where this block is given (an EFS volume, not any volume)


@dataclass(frozen=True)
class Exempt:
    why: str


Verdict = Judged | Exempt

AT_REST = "encryption-at-rest"
IN_TRANSIT = "encryption-in-transit"
EXPOSURE = "no-public-exposure"
RESOURCE_POLICY = "resource-policy-not-public"
SECRETS = "no-plaintext-secrets"
PRIVILEGED = "container-not-privileged"
GENERIC_RULES = (AT_REST, IN_TRANSIT, EXPOSURE, RESOURCE_POLICY, SECRETS, PRIVILEGED)

_KEY_OPTIONAL = Exempt(
    "a customer key is optional: without it the service uses its own default encryption (an AWS-owned or "
    "AWS-managed key), or its encryption switch, judged on its own row, decides"
)
_EVERY_OPTION_ENCRYPTS = Exempt("every accepted value encrypts at rest (SSE-S3 or KMS); a customer key is not required")
_MAIL = Exempt("mail delivery: 'Optional' lets SMTP peers without TLS through, as mail requires; not a data path")
_COPY = Exempt("a copy or image keeps its source's encryption; false does not decrypt anything")
_NOT_ACCESS = Exempt("not an access policy (no principals): data protection, lifecycle, index or session policies")

DEFAULTS: dict[tuple[str, str], Verdict | None] = {
    ("at-rest", "switch"): Judged(AT_REST, "explicitly off is refused; absent keeps AWS's default"),
    ("at-rest", "key"): _KEY_OPTIONAL,
    ("at-rest", "type"): None,  # plaintext values differ per service
    ("in-transit", "switch"): Judged(IN_TRANSIT, "explicitly off is refused; absent keeps AWS's default"),
    ("in-transit", "tls-policy"): None,
    ("in-transit", "protocol"): None,
    ("in-transit", "mode"): None,
    ("in-transit", "parameters"): None,  # which engine parameter turns TLS off differs per engine
    ("at-rest", "settings-json"): None,
    ("exposure", "switch"): Judged(EXPOSURE, "explicitly public is refused (FSBP: not publicly accessible)"),
    ("exposure", "cidrs"): None,
    ("exposure", "sources"): None,  # what the provider opens when the list is absent differs per service
    ("exposure", "mode"): None,  # each service names its public mode differently
    ("exposure", "principal"): None,  # whether '*' is even accepted differs per service
    ("resource-policy", "document"): Judged(RESOURCE_POLICY, "Principal '*' without a narrowing condition is public"),
    ("secrets", "environment"): Judged(SECRETS, "a secret-named variable with a literal value is plaintext"),
    ("secrets", "container-json"): Judged(SECRETS, "containers' plain environment; privileged: container-not-privileged"),
    ("secrets", "parameter-type"): Judged(SECRETS, "a secret-named parameter must be a SecureString"),
}

_TLS10 = ("Policy-Min-TLS-1-0-2019-07",)
_SPECIFIC_PRINCIPAL = "iam-no-anonymous-principal"

OVERRIDES: dict[tuple[str, str], Verdict] = {
    # Rows the template's own rules judge: the generic rule leaves them to them (never two reports).
    **{
        (t, "storageEncrypted"): Judged("rds-storage-encrypted")
        for t in ("aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:rds/globalCluster:GlobalCluster")
    },
    **{
        (t, "publiclyAccessible"): Judged("rds-not-public")
        for t in ("aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance")
    },
    ("aws:ebs/volume:Volume", "encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/instance:Instance", "ebsBlockDevices.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/instance:Instance", "rootBlockDevice.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/spotInstanceRequest:SpotInstanceRequest", "ebsBlockDevices.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/spotInstanceRequest:SpotInstanceRequest", "rootBlockDevice.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/launchConfiguration:LaunchConfiguration", "ebsBlockDevices.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/launchConfiguration:LaunchConfiguration", "rootBlockDevice.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/launchTemplate:LaunchTemplate", "blockDeviceMappings.ebs.encrypted"): Judged("ebs-encrypted"),
    ("aws:ec2/instance:Instance", "associatePublicIpAddress"): Judged("ec2-no-public-ip"),
    ("aws:ec2/spotInstanceRequest:SpotInstanceRequest", "associatePublicIpAddress"): Judged("ec2-no-public-ip"),
    ("aws:ec2/launchConfiguration:LaunchConfiguration", "associatePublicIpAddress"): Judged("ec2-no-public-ip"),
    ("aws:efs/fileSystem:FileSystem", "encrypted"): Judged("efs-encrypted"),
    ("aws:dynamodb/table:Table", "serverSideEncryption.enabled"): Judged("dynamodb-kms"),
    ("aws:dynamodb/table:Table", "serverSideEncryption.kmsKeyArn"): Judged("dynamodb-kms"),
    ("aws:dynamodb/table:Table", "replicas.kmsKeyArn"): Judged("dynamodb-kms"),
    ("aws:dynamodb/tableReplica:TableReplica", "kmsKeyArn"): Judged("dynamodb-kms"),
    ("aws:cloudwatch/logGroup:LogGroup", "kmsKeyId"): Judged("log-group-kms"),
    ("aws:cloudtrail/trail:Trail", "kmsKeyId"): Judged("cloudtrail-hardened"),
    ("aws:sns/topic:Topic", "kmsMasterKeyId"): Judged("sns-encrypted"),
    ("aws:sqs/queue:Queue", "kmsMasterKeyId"): Judged("sqs-encrypted"),
    ("aws:alb/listener:Listener", "sslPolicy"): Judged("lb-listener-tls"),
    ("aws:lb/listener:Listener", "sslPolicy"): Judged("lb-listener-tls"),
    **{
        (t, "rules.applyServerSideEncryptionByDefault.sseAlgorithm"): Judged("s3-encryption-kms")
        for t in (
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        )
    },
    **{
        (t, "rules.applyServerSideEncryptionByDefault.kmsMasterKeyId"): Judged("s3-encryption-kms")
        for t in (
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        )
    },
    **{
        (t, "policy"): Judged(_SPECIFIC_PRINCIPAL)
        for t in (
            "aws:kms/key:Key",
            "aws:kms/keyPolicy:KeyPolicy",
            "aws:sqs/queue:Queue",
            "aws:sqs/queuePolicy:QueuePolicy",
            "aws:sns/topic:Topic",
            "aws:sns/topicPolicy:TopicPolicy",
            "aws:ecr/repositoryPolicy:RepositoryPolicy",
            "aws:secretsmanager/secretPolicy:SecretPolicy",
        )
    },
    ("aws:iam/role:Role", "inlinePolicies.policy"): Judged("iam-least-privilege"),
    **{
        (f"aws:iam/{t}", "policy"): Judged("iam-least-privilege")  # identity policies: no principal to judge
        for t in ("policy:Policy", "rolePolicy:RolePolicy", "userPolicy:UserPolicy", "groupPolicy:GroupPolicy")
    },
    ("aws:s3/bucket:Bucket", "policy"): Judged(_SPECIFIC_PRINCIPAL),
    ("aws:s3/bucketPolicy:BucketPolicy", "policy"): Judged(_SPECIFIC_PRINCIPAL),
    # Encryption at rest that AWS leaves off unless asked (absent fails).
    ("aws:elasticache/replicationGroup:ReplicationGroup", "atRestEncryptionEnabled"): Judged(
        AT_REST,
        "FSBP ElastiCache.4; off by default for Redis OSS, on for Valkey",
        absent="fail",
        absent_ok_if=("engine", ("valkey",)),
        inherits_from=("globalReplicationGroupId",),
    ),
    ("aws:kinesis/stream:Stream", "encryptionType"): Judged(
        AT_REST, "FSBP Kinesis.1; defaults to NONE", absent="fail", bad=("NONE",)
    ),
    ("aws:docdb/cluster:Cluster", "storageEncrypted"): Judged(
        AT_REST,
        "FSBP DocumentDB.1; defaults to false",
        absent="fail",
        inherits_from=("snapshotIdentifier", "globalClusterIdentifier", "restoreToPointInTime"),
    ),
    ("aws:neptune/cluster:Cluster", "storageEncrypted"): Judged(
        AT_REST,
        "FSBP Neptune.1; defaults to false",
        absent="fail",
        inherits_from=("snapshotIdentifier", "replicationSourceIdentifier", "globalClusterIdentifier"),
    ),
    ("aws:dax/cluster:Cluster", "serverSideEncryption.enabled"): Judged(
        AT_REST, "FSBP DynamoDB.3; off unless the block is given", absent="fail"
    ),
    ("aws:opensearch/domain:Domain", "encryptAtRest.enabled"): Judged(
        AT_REST, "FSBP Opensearch.1; false without the block", absent="fail"
    ),
    ("aws:elasticsearch/domain:Domain", "encryptAtRest.enabled"): Judged(
        AT_REST, "FSBP ES.1 (deprecated type); false without the block", absent="fail"
    ),
    ("aws:workspaces/workspace:Workspace", "rootVolumeEncryptionEnabled"): Judged(
        AT_REST, "FSBP WorkSpaces.2; off by default", absent="fail"
    ),
    ("aws:workspaces/workspace:Workspace", "userVolumeEncryptionEnabled"): Judged(
        AT_REST, "FSBP WorkSpaces.1; off by default", absent="fail"
    ),
    ("aws:codebuild/project:Project", "artifacts.encryptionDisabled"): Judged(
        AT_REST, "FSBP CodeBuild.7; true turns artifact encryption off", inverted=True
    ),
    ("aws:codebuild/project:Project", "secondaryArtifacts.encryptionDisabled"): Judged(
        AT_REST, "true turns artifact encryption off", inverted=True
    ),
    ("aws:codebuild/project:Project", "logsConfig.s3Logs.encryptionDisabled"): Judged(
        AT_REST, "FSBP CodeBuild.3; true turns S3 log encryption off", inverted=True
    ),
    ("aws:codebuild/reportGroup:ReportGroup", "exportConfig.s3Destination.encryptionDisabled"): Judged(
        AT_REST, "true turns report export encryption off", inverted=True
    ),
    ("aws:cleanrooms/collaboration:Collaboration", "dataEncryptionMetadata.allowClearText"): Judged(
        AT_REST, "true lets cleartext columns into the collaboration", inverted=True
    ),
    ("aws:cleanrooms/collaboration:Collaboration", "dataEncryptionMetadata.allowDuplicates"): Exempt(
        "a cryptographic-computing option, not an on/off switch for encryption"
    ),
    ("aws:cleanrooms/collaboration:Collaboration", "dataEncryptionMetadata.allowJoinsOnColumnsWithDifferentNames"): Exempt(
        "a cryptographic-computing option, not an on/off switch for encryption"
    ),
    ("aws:cleanrooms/collaboration:Collaboration", "dataEncryptionMetadata.preserveNulls"): Exempt(
        "a cryptographic-computing option, not an on/off switch for encryption"
    ),
    ("aws:athena/workgroup:Workgroup", "configuration.enableMinimumEncryptionConfiguration"): Exempt(
        "enforces a minimum on clients; the workgroup's own result encryption is its encryptionConfiguration"
    ),
    ("aws:apigateway/methodSettings:MethodSettings", "settings.cacheDataEncrypted"): Judged(
        AT_REST,
        "FSBP APIGateway.5: a stage's cache is encrypted; moot while caching is off",
        absent="fail",
        when=("settings.cachingEnabled", ("true",)),
    ),
    ("aws:dms/dataProvider:DataProvider", "settings.sybaseAseSettings.encryptPassword"): Exempt(
        "how a Sybase client sends its password at login, not data at rest"
    ),
    (
        "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
        "dataCatalogEncryptionSettings.connectionPasswordEncryption.returnConnectionPasswordEncrypted",
    ): Judged(AT_REST, "FSBP Glue.x: connection passwords stay encrypted"),
    ("aws:paymentcryptography/key:Key", "keyAttributes.keyModesOfUses.encrypt"): Exempt(
        "what a payment key may be used for, not whether data is encrypted"
    ),
    ("aws:storagegateway/cachesIscsiVolume:CachesIscsiVolume", "kmsEncrypted"): Exempt(
        "false still encrypts with S3-managed keys; a customer key is not required"
    ),
    ("aws:storagegateway/storedIscsiVolume:StoredIscsiVolume", "kmsEncrypted"): Exempt(
        "false still encrypts with S3-managed keys; a customer key is not required"
    ),
    ("aws:storagegateway/nfsFileShare:NfsFileShare", "kmsEncrypted"): Exempt(
        "false still encrypts with S3-managed keys; a customer key is not required"
    ),
    ("aws:storagegateway/smbFileShare:SmbFileShare", "kmsEncrypted"): Exempt(
        "false still encrypts with S3-managed keys; a customer key is not required"
    ),
    ("aws:ebs/snapshotCopy:SnapshotCopy", "encrypted"): _COPY,
    ("aws:ebs/snapshotImport:SnapshotImport", "encrypted"): _COPY,
    ("aws:ec2/ami:Ami", "ebsBlockDevices.encrypted"): _COPY,
    ("aws:ec2/amiCopy:AmiCopy", "ebsBlockDevices.encrypted"): _COPY,
    ("aws:ec2/amiCopy:AmiCopy", "encrypted"): _COPY,
    ("aws:ec2/amiFromInstance:AmiFromInstance", "ebsBlockDevices.encrypted"): _COPY,
    ("aws:imagebuilder/imageRecipe:ImageRecipe", "blockDeviceMappings.ebs.encrypted"): _COPY,
    # Encryption types whose every value encrypts.
    ("aws:athena/database:Database", "encryptionConfiguration.encryptionOption"): _EVERY_OPTION_ENCRYPTS,
    ("aws:codegurureviewer/repositoryAssociation:RepositoryAssociation", "kmsKeyDetails.encryptionOption"): _KEY_OPTIONAL,
    ("aws:dms/endpoint:Endpoint", "redshiftSettings.encryptionMode"): _EVERY_OPTION_ENCRYPTS,
    ("aws:dms/s3Endpoint:S3Endpoint", "encryptionMode"): _EVERY_OPTION_ENCRYPTS,
    ("aws:ecr/repository:Repository", "encryptionConfigurations.encryptionType"): _EVERY_OPTION_ENCRYPTS,
    (
        "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate",
        "encryptionConfigurations.encryptionType",
    ): _EVERY_OPTION_ENCRYPTS,
    ("aws:observabilityadmin/s3TableIntegration:S3TableIntegration", "encryption.sseAlgorithm"): _EVERY_OPTION_ENCRYPTS,
    ("aws:s3/vectorsIndex:VectorsIndex", "encryptionConfigurations.sseType"): _EVERY_OPTION_ENCRYPTS,
    ("aws:s3/vectorsVectorBucket:VectorsVectorBucket", "encryptionConfigurations.sseType"): _EVERY_OPTION_ENCRYPTS,
    ("aws:s3tables/table:Table", "encryptionConfiguration.sseAlgorithm"): _EVERY_OPTION_ENCRYPTS,
    ("aws:s3tables/tableBucket:TableBucket", "encryptionConfiguration.sseAlgorithm"): _EVERY_OPTION_ENCRYPTS,
    ("aws:synthetics/canary:Canary", "artifactConfig.s3Encryption.encryptionMode"): _EVERY_OPTION_ENCRYPTS,
    (
        "aws:timestreamquery/scheduledQuery:ScheduledQuery",
        "errorReportConfiguration.s3Configuration.encryptionOption",
    ): _EVERY_OPTION_ENCRYPTS,
    **{
        row: _EVERY_OPTION_ENCRYPTS
        for row in (
            ("aws:athena/workgroup:Workgroup", "configuration.resultConfiguration.encryptionConfiguration.encryptionOption"),
            (
                "aws:connect/instanceStorageConfig:InstanceStorageConfig",
                "storageConfig.kinesisVideoStreamConfig.encryptionConfig.encryptionType",
            ),
            (
                "aws:connect/instanceStorageConfig:InstanceStorageConfig",
                "storageConfig.s3Config.encryptionConfig.encryptionType",
            ),
            (
                "aws:s3/bucketMetadataConfiguration:BucketMetadataConfiguration",
                "metadataConfiguration.inventoryTableConfiguration.encryptionConfiguration.sseAlgorithm",
            ),
            (
                "aws:s3/bucketMetadataConfiguration:BucketMetadataConfiguration",
                "metadataConfiguration.journalTableConfiguration.encryptionConfiguration.sseAlgorithm",
            ),
            (
                "aws:timestreamwrite/table:Table",
                "magneticStoreWriteProperties.magneticStoreRejectedDataLocation.s3Configuration.encryptionOption",
            ),
        )
    },
    (
        "aws:s3/bucket:Bucket",
        "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm",
    ): Judged("s3-encryption-kms"),
    (
        "aws:s3/bucketV2:BucketV2",
        "serverSideEncryptionConfigurations.rules.applyServerSideEncryptionByDefaults.sseAlgorithm",
    ): Judged("s3-encryption-kms"),
    ("aws:dlm/lifecyclePolicy:LifecyclePolicy", "policyDetails.schedules.crossRegionCopyRules.encrypted"): _COPY,
    ("aws:imagebuilder/containerRecipe:ContainerRecipe", "instanceConfiguration.blockDeviceMappings.ebs.encrypted"): _COPY,
    ("aws:transfer/server:Server", "protocols"): Judged(
        IN_TRANSIT, "FSBP Transfer.2: FTP sends credentials and files in cleartext", bad=("FTP",)
    ),
    ("aws:directconnect/connection:Connection", "encryptionMode"): Exempt(
        "MACsec on a dedicated link needs capable hardware; traffic above it is the application's TLS"
    ),
    # Switches AWS leaves off: required (absent fails), or not judged at all; explicit off alone is never the test.
    ("aws:appsync/apiCache:ApiCache", "atRestEncryptionEnabled"): Judged(
        AT_REST, "FSBP AppSync.6; off unless set", absent="fail"
    ),
    ("aws:appsync/apiCache:ApiCache", "transitEncryptionEnabled"): Judged(
        IN_TRANSIT, "the cache's traffic is plaintext unless set", absent="fail"
    ),
    ("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "serverSideEncryption.enabled"): Judged(
        AT_REST,
        "FSBP DataFirehose.1; off unless set; a Kinesis or MSK source keeps its own encryption",
        absent="fail",
        inherits_from=("kinesisSourceConfiguration", "mskSourceConfiguration"),
    ),
    **{
        (t, "storageEncrypted"): Judged(
            AT_REST,
            "off unless set; a global cluster made from a cluster keeps its encryption",
            absent="fail",
            inherits_from=("sourceDbClusterIdentifier",),
        )
        for t in ("aws:docdb/globalCluster:GlobalCluster", "aws:neptune/globalCluster:GlobalCluster")
    },
    ("aws:elasticache/cluster:Cluster", "transitEncryptionEnabled"): Judged(
        IN_TRANSIT,
        "Memcached traffic is plaintext unless set; Redis/Valkey clusters get TLS from their replication group",
        absent="fail",
        absent_ok_if=("engine", ("redis", "valkey")),
        inherits_from=("replicationGroupId",),
    ),
    ("aws:rds/proxy:Proxy", "requireTls"): Judged(IN_TRANSIT, "clients may connect in plaintext unless set", absent="fail"),
    ("aws:cloudsearch/domain:Domain", "endpointOptions.enforceHttps"): Judged(
        IN_TRANSIT, "plain HTTP is accepted unless set", absent="fail"
    ),
    **{
        row: Exempt("off by default and asked for by no AWS baseline; judged neither way (not only when spelled off)")
        for row in (
            ("aws:sagemaker/trainingJob:TrainingJob", "enableInterContainerTrafficEncryption"),
            (
                "aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition",
                "networkConfig.enableInterContainerTrafficEncryption",
            ),
            (
                "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob",
                "trainingJobDefinition.enableInterContainerTrafficEncryption",
            ),
            (
                "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob",
                "trainingJobDefinitions.enableInterContainerTrafficEncryption",
            ),
            (
                "aws:sagemaker/monitoringSchedule:MonitoringSchedule",
                "monitoringScheduleConfig.monitoringJobDefinition.networkConfig.enableInterContainerTrafficEncryption",
            ),
        )
    },
    **{
        ("aws:ecs/cluster:Cluster", f"configuration.executeCommandConfiguration.logConfiguration.{p}"): Exempt(
            "asks ECS Exec to check its log destination's encryption; the log group and bucket are judged themselves"
        )
        for p in ("cloudWatchEncryptionEnabled", "s3BucketEncryptionEnabled")
    },
    # Encryption in transit.
    ("aws:elasticache/replicationGroup:ReplicationGroup", "transitEncryptionEnabled"): Judged(
        IN_TRANSIT, "FSBP ElastiCache.5; off by default", absent="fail", inherits_from=("globalReplicationGroupId",)
    ),
    ("aws:opensearch/domain:Domain", "nodeToNodeEncryption.enabled"): Judged(
        IN_TRANSIT, "FSBP Opensearch.3; false without the block", absent="fail"
    ),
    ("aws:elasticsearch/domain:Domain", "nodeToNodeEncryption.enabled"): Judged(
        IN_TRANSIT, "FSBP ES.3 (deprecated type); false without the block", absent="fail"
    ),
    ("aws:mskconnect/connector:Connector", "kafkaClusterEncryptionInTransit.encryptionType"): Judged(
        IN_TRANSIT, "FSBP MSK.3; defaults to PLAINTEXT", absent="fail", bad=("PLAINTEXT",)
    ),
    ("aws:msk/cluster:Cluster", "encryptionInfo.encryptionInTransit.clientBroker"): Judged(
        IN_TRANSIT, "FSBP MSK.1; defaults to TLS", bad=("PLAINTEXT", "TLS_PLAINTEXT")
    ),
    **{
        (t, p): Judged(IN_TRANSIT, "FSBP Opensearch.8 / ES.8: TLS 1.2 minimum", bad=_TLS10)
        for t in ("aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain")
        for p in ("domainEndpointOptions.tlsSecurityPolicy",)
    },
    ("aws:cloudsearch/domain:Domain", "endpointOptions.tlsSecurityPolicy"): Judged(
        IN_TRANSIT, "TLS 1.2 minimum", bad=_TLS10
    ),
    ("aws:mailmanager/ingressPoint:IngressPoint", "tlsPolicy"): _MAIL,
    ("aws:ses/configurationSet:ConfigurationSet", "deliveryOptions.tlsPolicy"): _MAIL,
    ("aws:sesv2/configurationSet:ConfigurationSet", "deliveryOptions.tlsPolicy"): _MAIL,
    ("aws:ses/receiptRule:ReceiptRule", "tlsPolicy"): _MAIL,
    # Public exposure.
    ("aws:eks/cluster:Cluster", "vpcConfig.endpointPublicAccess"): Judged(
        EXPOSURE,
        "FSBP EKS.1; public and open to 0.0.0.0/0 by default",
        absent="fail",
        narrowed_by="vpcConfig.publicAccessCidrs",
    ),
    ("aws:eks/cluster:Cluster", "vpcConfig.publicAccessCidrs"): Judged(
        EXPOSURE, "judged with endpointPublicAccess", via="vpcConfig.endpointPublicAccess"
    ),
    ("aws:eks/nodeGroup:NodeGroup", "remoteAccess.sourceSecurityGroupIds"): Judged(
        EXPOSURE,
        "with an ec2SshKey and no source security groups EKS opens port 22 (RDP 3389) to 0.0.0.0/0; CIS 5.2",
        absent="fail",
        required_with="remoteAccess.ec2SshKey",
    ),
    ("aws:storagegateway/nfsFileShare:NfsFileShare", "clientLists"): Judged(
        EXPOSURE, "0.0.0.0/0 lets any NFS client mount the share", bad=("0.0.0.0/0", "::/0")
    ),
    ("aws:elasticache/user:User", "noPasswordRequired"): Judged(
        EXPOSURE, "a user without a password lets anyone who reaches the cache in with its access string"
    ),
    ("aws:elasticache/user:User", "authenticationMode.type"): Judged(
        EXPOSURE,
        "a user without a password lets anyone who reaches the cache in with its access string",
        bad=("no-password-required",),
    ),
    ("aws:dms/replicationInstance:ReplicationInstance", "publiclyAccessible"): Judged(
        EXPOSURE, "FSBP DMS.1; AWS's default is public", absent="fail"
    ),
    ("aws:ec2/subnet:Subnet", "mapPublicIpOnLaunch"): Exempt(
        "a public subnet for load balancers and NAT maps public IPs by design; instances: ec2-no-public-ip"
    ),
    ("aws:ec2/defaultSubnet:DefaultSubnet", "mapPublicIpOnLaunch"): Exempt(
        "adopts the account's default subnet as it is; instances: ec2-no-public-ip"
    ),
    ("aws:sagemaker/notebookInstance:NotebookInstance", "directInternetAccess"): Judged(
        EXPOSURE, "FSBP SageMaker.2; defaults to Enabled", absent="fail", bad=("Enabled",)
    ),
    ("aws:mwaa/environment:Environment", "webserverAccessMode"): Judged(
        EXPOSURE, "PUBLIC_ONLY puts the Airflow UI on the internet", bad=("PUBLIC_ONLY",)
    ),
    ("aws:lambda/layerVersionPermission:LayerVersionPermission", "principal"): Judged(
        EXPOSURE, "'*' shares the layer with every AWS account", bad=("*",), unless_given="organizationId"
    ),
    ("aws:cloudwatch/eventPermission:EventPermission", "principal"): Judged(
        EXPOSURE, "'*' lets every AWS account put events on the bus", bad=("*",), unless_given="condition"
    ),
    ("aws:lambda/permission:Permission", "principal"): Judged("lambda-no-public-invoke"),
    ("aws:ec2/amiLaunchPermission:AmiLaunchPermission", "group"): Judged(
        EXPOSURE, "group 'all' makes the AMI public", bad=("all",)
    ),
    **{
        (f"aws:rds/{t}", "sharedAccounts"): Judged(EXPOSURE, "FSBP RDS.1: 'all' makes the snapshot public", bad=("all",))
        for t in (
            "snapshot:Snapshot",
            "snapshotCopy:SnapshotCopy",
            "clusterSnapshot:ClusterSnapshot",
            "clusterSnapshotCopy:ClusterSnapshotCopy",
        )
    },
    ("aws:imagebuilder/lifecyclePolicy:LifecyclePolicy", "policyDetails.exclusionRules.amis.sharedAccounts"): Exempt(
        "selects the AMIs a lifecycle policy keeps; it shares nothing"
    ),
    ("aws:acmpca/permission:Permission", "principal"): Exempt("always the ACM service principal"),
    ("aws:iot/thingPrincipalAttachment:ThingPrincipalAttachment", "principal"): Exempt(
        "a certificate or identity ARN, never a wildcard"
    ),
    **{
        (t, p): Exempt("Lake Formation's own grant model (an IAM ARN or IAM_ALLOWED_PRINCIPALS); not judged yet")
        for t, p in (
            ("aws:lakeformation/permissions:Permissions", "principal"),
            ("aws:lakeformation/dataLakeSettings:DataLakeSettings", "createDatabaseDefaultPermissions.principal"),
            ("aws:lakeformation/dataLakeSettings:DataLakeSettings", "createTableDefaultPermissions.principal"),
        )
    },
    ("aws:licensemanager/licenseGrant:LicenseGrant", "principal"): Exempt("a grant to one named account"),
    **{
        (f"aws:quicksight/{t}", "permissions.principal"): Exempt("a QuickSight user or group ARN, never a wildcard")
        for t in (
            "analysis:Analysis",
            "dashboard:Dashboard",
            "dataSet:DataSet",
            "dataSource:DataSource",
            "folder:Folder",
            "template:Template",
            "theme:Theme",
        )
    },
    ("aws:ram/principalAssociation:PrincipalAssociation", "principal"): Exempt(
        "shares with a named account, OU or organization (RAM accepts no wildcard)"
    ),
    ("aws:securitylake/customLogSource:CustomLogSource", "configuration.providerIdentity.principal"): Exempt(
        "a named account that writes to the lake"
    ),
    ("aws:securitylake/subscriber:Subscriber", "subscriberIdentity.principal"): Exempt(
        "a named account that reads the lake"
    ),
    ("aws:signer/signingProfilePermission:SigningProfilePermission", "principal"): Exempt(
        "a named account allowed to use the signing profile"
    ),
    ("aws:dms/endpoint:Endpoint", "sslMode"): Judged(IN_TRANSIT, "FSBP DMS.9: endpoints use SSL", bad=("none",)),
    ("aws:dms/s3Endpoint:S3Endpoint", "sslMode"): Judged(IN_TRANSIT, "FSBP DMS.9: endpoints use SSL", bad=("none",)),
    **{
        ("aws:dms/dataProvider:DataProvider", f"settings.{engine}Settings.sslMode"): Judged(
            IN_TRANSIT, "the data provider's connection uses SSL", bad=("none",)
        )
        for engine in (
            "docDb",
            "ibmDb2Luw",
            "ibmDb2Zos",
            "mariaDb",
            "microsoftSqlServer",
            "mongoDb",
            "mysql",
            "oracle",
            "postgresql",
            "sybaseAse",
        )
    },
    # Resource policies that are not access grants, or are public by design.
    ("aws:cloudwatch/logDataProtectionPolicy:LogDataProtectionPolicy", "policyDocument"): _NOT_ACCESS,
    ("aws:cloudwatch/logIndexPolicy:LogIndexPolicy", "policyDocument"): _NOT_ACCESS,
    ("aws:sns/dataProtectionPolicy:DataProtectionPolicy", "policy"): _NOT_ACCESS,
    ("aws:opensearch/serverlessLifecyclePolicy:ServerlessLifecyclePolicy", "policy"): _NOT_ACCESS,
    ("aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy", "policy"): Judged(
        EXPOSURE,
        "a network policy with AllowFromPublic puts the collection or dashboard on the internet",
        document="opensearch-serverless-network",
    ),
    ("aws:ecr/lifecyclePolicy:LifecyclePolicy", "policy"): _NOT_ACCESS,
    ("aws:networkmanager/coreNetworkPolicyAttachment:CoreNetworkPolicyAttachment", "policyDocument"): _NOT_ACCESS,
    ("aws:eks/podIdentityAssociation:PodIdentityAssociation", "policy"): _NOT_ACCESS,
    ("aws:transfer/user:User", "policy"): _NOT_ACCESS,
    ("aws:transfer/access:Access", "policy"): _NOT_ACCESS,
    ("aws:verifiedaccess/endpoint:Endpoint", "policyDocument"): Exempt("a Cedar policy on verified identities, not IAM"),
    ("aws:verifiedaccess/group:Group", "policyDocument"): Exempt("a Cedar policy on verified identities, not IAM"),
    ("aws:iot/policy:Policy", "policy"): Exempt("an IoT policy attaches to device certificates; it names no principals"),
    ("aws:ec2/vpcEndpoint:VpcEndpoint", "policy"): Exempt(
        "an endpoint policy narrows what callers inside the VPC reach; Principal '*' is its normal form"
    ),
    ("aws:ecrpublic/repositoryPolicy:RepositoryPolicy", "policy"): Exempt("an ECR Public repository is public by design"),
    **{
        (t, "policy"): Exempt("a public REST API is public by design; callers are authorised by the method's authorizer")
        for t in (
            "aws:apigateway/restApi:RestApi",
            "aws:apigateway/restApiPolicy:RestApiPolicy",
            "aws:apigateway/domainName:DomainName",
        )
    },
    **{
        (t, "accessPolicies"): Judged(
            RESOURCE_POLICY,
            "FSBP Opensearch.2 / ES.2: a VPC domain is reached only through its security groups",
            unless_given="vpcOptions.subnetIds",
        )
        for t in ("aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain")
    },
}

_TLS_OFF = "FSBP RDS / DocumentDB / Redshift: a parameter group that lets clients connect without TLS"
_NO_TLS_PARAMETER = Exempt("the engine has no parameter that turns client TLS off (or its TLS is judged elsewhere)")

OVERRIDES.update(
    {
        # Engine parameters that turn client TLS off (the engine's own names and values).
        **{
            (t, "parameters"): Judged(
                IN_TRANSIT, _TLS_OFF, bad_parameters=(("rds.force_ssl", ("0",)), ("require_secure_transport", ("0", "off")))
            )
            for t in ("aws:rds/parameterGroup:ParameterGroup", "aws:rds/clusterParameterGroup:ClusterParameterGroup")
        },
        ("aws:docdb/clusterParameterGroup:ClusterParameterGroup", "parameters"): Judged(
            IN_TRANSIT, _TLS_OFF, bad_parameters=(("tls", ("disabled",)),)
        ),
        ("aws:redshift/parameterGroup:ParameterGroup", "parameters"): Judged(
            IN_TRANSIT,
            "FSBP Redshift.2: connections are encrypted in transit",
            bad_parameters=(("require_ssl", ("false",)),),
        ),
        ("aws:neptune/parameterGroup:ParameterGroup", "parameters"): _NO_TLS_PARAMETER,
        ("aws:neptune/clusterParameterGroup:ClusterParameterGroup", "parameters"): _NO_TLS_PARAMETER,
        ("aws:elasticache/parameterGroup:ParameterGroup", "parameters"): _NO_TLS_PARAMETER,
        ("aws:memorydb/parameterGroup:ParameterGroup", "parameters"): _NO_TLS_PARAMETER,
        ("aws:dax/parameterGroup:ParameterGroup", "parameters"): _NO_TLS_PARAMETER,
        # Endpoint TLS and security policies.
        ("aws:dax/cluster:Cluster", "clusterEndpointEncryptionType"): Judged(
            IN_TRANSIT, "FSBP DynamoDB.7; defaults to NONE", absent="fail", bad=("NONE",)
        ),
        ("aws:ecs/taskDefinition:TaskDefinition", "volumes.efsVolumeConfiguration.transitEncryption"): Judged(
            IN_TRANSIT,
            "the EFS mount carries the files in plaintext; DISABLED is the default",
            absent="fail",
            bad=("DISABLED",),
            required_with="volumes.efsVolumeConfiguration",
        ),
        ("aws:elasticache/replicationGroup:ReplicationGroup", "transitEncryptionMode"): Exempt(
            "'preferred' is the documented step while turning TLS on; transitEncryptionEnabled is judged"
        ),
        **{
            (t, p): Judged(IN_TRANSIT, "TLS 1.2 minimum (TLS 1.0 is refused by PCI DSS and FSBP)", bad=("TLS_1_0",))
            for t, p in (
                ("aws:apigateway/domainName:DomainName", "securityPolicy"),
                ("aws:apigateway/restApi:RestApi", "securityPolicy"),
                ("aws:apigatewayv2/domainName:DomainName", "domainNameConfiguration.securityPolicy"),
            )
        },
        ("aws:iot/domainConfiguration:DomainConfiguration", "tlsConfig.securityPolicy"): Judged(
            IN_TRANSIT,
            "TLS 1.2 minimum",
            bad=("IoTSecurityPolicy_TLS12_1_0_2015_01", "IoTSecurityPolicy_TLS12_1_0_2016_01"),
        ),
        **{
            (t, "securityPolicyName"): Judged(
                IN_TRANSIT,
                "the 2018-11 policy still offers SHA-1 and CBC ciphers",
                bad=("TransferSecurityPolicy-2018-11",),
            )
            for t in ("aws:transfer/server:Server", "aws:transfer/connector:Connector")
        },
        # Encryption modes.
        **{
            (
                "aws:glue/securityConfiguration:SecurityConfiguration",
                f"encryptionConfiguration.{block}Encryption.{block}EncryptionMode",
            ): Judged(AT_REST, "Glue writes this data in plaintext", bad=("DISABLED",))
            for block in ("cloudwatch", "jobBookmarks", "s3")
        },
        (
            "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
            "dataCatalogEncryptionSettings.encryptionAtRest.catalogEncryptionMode",
        ): Judged(AT_REST, "FSBP Glue: the Data Catalog is encrypted at rest", bad=("DISABLED",)),
        ("aws:emr/securityConfiguration:SecurityConfiguration", "configuration"): Judged(
            AT_REST, "FSBP EMR.3 / EMR.4: encryption at rest and in transit", document="emr-security-configuration"
        ),
        # Public exposure.
        ("aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration", "blockPublicSecurityGroupRules"): Judged(
            EXPOSURE, "FSBP EMR.2: false lets clusters open security groups to the internet", inverted=True
        ),
        ("aws:msk/cluster:Cluster", "brokerNodeGroupInfo.connectivityInfo.publicAccess.type"): Judged(
            EXPOSURE, "FSBP MSK.4: brokers get public IPs", bad=("SERVICE_PROVIDED_EIPS",)
        ),
        ("aws:sagemaker/domain:Domain", "appNetworkAccessType"): Judged(
            EXPOSURE,
            "Studio apps reach the internet outside the VPC; the default",
            absent="fail",
            bad=("PublicInternetOnly",),
        ),
        ("aws:sagemaker/notebookInstance:NotebookInstance", "rootAccess"): Judged(
            EXPOSURE, "FSBP SageMaker.3: users get root on the notebook", bad=("Enabled",)
        ),
    }
)


def verdict(token: str, path: str, family: str, kind: str) -> Verdict | None:
    """The row's classification: its override, else its (family, kind) default; None when unclassified."""
    return OVERRIDES.get((token, path)) or DEFAULTS.get((family, kind))
