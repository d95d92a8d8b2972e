"""Actions AWS does not scope to resources: a policy can only grant them on ``"Resource": "*"``, so
least privilege accepts them there.

Source: AWS Service Authorization Reference, "Actions, resources, and condition keys for <service>"
(https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html):
the actions whose "Resource types" column is empty, for the services the template and typical forks use.
Transcribed 2026-11-27 (not fetched at run time; the pack runs offline). A ``*`` entry (``ec2:Describe*``)
stands for every action of that name pattern, all of which the reference lists without resource types.
Adding a service means adding its rows here; anything else AWS leaves unscoped can be accepted per stack with
the ``allowedActionsOnAnyResource`` setting of ``iam-least-privilege``.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from functools import lru_cache

UNSCOPED_ACTIONS: dict[str, tuple[str, ...]] = {
    "acm": ("ListCertificates",),
    "autoscaling": ("Describe*",),
    "cloudformation": ("ListStacks", "ListExports", "ValidateTemplate", "EstimateTemplateCost"),
    "cloudfront": (
        "ListDistributions",
        "ListCachePolicies",
        "ListOriginRequestPolicies",
        "ListResponseHeadersPolicies",
        "ListOriginAccessControls",
        "ListCloudFrontOriginAccessIdentities",
        "ListFunctions",
        "ListKeyGroups",
    ),
    "cloudwatch": (
        "PutMetricData",
        "GetMetricData",
        "GetMetricStatistics",
        "ListMetrics",
        "ListDashboards",
        "GetMetricWidgetImage",
        "DescribeAlarmsForMetric",
    ),
    "dynamodb": (
        "ListTables",
        "ListBackups",
        "ListGlobalTables",
        "ListStreams",
        "ListExports",
        "ListImports",
        "ListContributorInsights",
        "DescribeLimits",
        "DescribeEndpoints",
        "DescribeReservedCapacity",
        "DescribeReservedCapacityOfferings",
    ),
    "ec2": ("Describe*",),
    "ec2messages": ("AcknowledgeMessage", "DeleteMessage", "FailMessage", "GetEndpoint", "GetMessages", "SendReply"),
    "ecr": ("GetAuthorizationToken",),
    "ecs": (
        "CreateCluster",
        "ListClusters",
        "DescribeTaskDefinition",
        "RegisterTaskDefinition",
        "DeregisterTaskDefinition",
        "ListTaskDefinitions",
        "ListTaskDefinitionFamilies",
        "DiscoverPollEndpoint",
        "ListAccountSettings",
    ),
    "elasticloadbalancing": ("Describe*",),
    "iam": (
        "ListRoles",
        "ListPolicies",
        "ListUsers",
        "ListGroups",
        "GetAccountSummary",
        "ListAccountAliases",
        "ListOpenIDConnectProviders",
        "ListSAMLProviders",
        "GetAccountPasswordPolicy",
    ),
    "kinesis": ("ListStreams", "DescribeLimits"),
    "kms": ("CreateKey", "ListKeys", "ListAliases", "GenerateRandom", "DescribeCustomKeyStores"),
    "lambda": (
        "ListFunctions",
        "ListLayers",
        "ListLayerVersions",
        "ListEventSourceMappings",
        "GetAccountSettings",
        "CreateEventSourceMapping",
    ),
    "logs": (
        "DescribeLogGroups",
        "DescribeDestinations",
        "DescribeExportTasks",
        "DescribeQueries",
        "DescribeQueryDefinitions",
        "DescribeResourcePolicies",
        # the account's log resource policy (vended-log delivery writes it: Step Functions, API Gateway v2, ...)
        "PutResourcePolicy",
        "GetQueryResults",
        "StopQuery",
        "TestMetricFilter",
        "CreateLogDelivery",
        "GetLogDelivery",
        "UpdateLogDelivery",
        "DeleteLogDelivery",
        "ListLogDeliveries",
    ),
    "rds": (
        "DescribeDBEngineVersions",
        "DescribeAccountAttributes",
        "DescribeCertificates",
        "DescribeEngineDefaultParameters",
        "DescribeEventCategories",
        "DescribeOrderableDBInstanceOptions",
        "DescribeReservedDBInstancesOfferings",
        "DescribeSourceRegions",
    ),
    "route53": ("ListHostedZones", "ListHostedZonesByName", "GetHostedZoneCount", "ListHealthChecks"),
    "s3": ("ListAllMyBuckets", "ListAccessPoints", "ListJobs"),
    "secretsmanager": ("ListSecrets", "GetRandomPassword"),
    "sns": (
        "ListTopics",
        "ListSubscriptions",
        "ListPlatformApplications",
        "GetSMSAttributes",
        "CheckIfPhoneNumberIsOptedOut",
        "ListPhoneNumbersOptedOut",
    ),
    "sqs": ("ListQueues",),
    "ssm": ("DescribeParameters", "DescribeInstanceInformation", "ListAssociations"),
    "ssmmessages": ("CreateControlChannel", "CreateDataChannel", "OpenControlChannel", "OpenDataChannel"),
    "states": ("ListStateMachines", "ListActivities"),
    "sts": (
        "GetCallerIdentity",
        "GetSessionToken",
        "GetAccessKeyInfo",
        "DecodeAuthorizationMessage",
        "GetServiceBearerToken",
    ),
    "tag": ("GetResources", "GetTagKeys", "GetTagValues"),
    "xray": (
        "PutTraceSegments",
        "PutTelemetryRecords",
        "GetSamplingRules",
        "GetSamplingTargets",
        "GetSamplingStatisticSummaries",
        "GetServiceGraph",
        "GetTraceSummaries",
        "BatchGetTraces",
        "GetTraceGraph",
    ),
}
_BY_SERVICE = {service: tuple(a.lower() for a in actions) for service, actions in UNSCOPED_ACTIONS.items()}


@lru_cache(maxsize=4096)
def is_unscoped(action: str) -> bool:
    """Whether every action ``action`` names (it may be a pattern such as ``ec2:Describe*``) is one AWS does not
    scope to resources. A pattern counts only if a table row covers it whole (``ec2:Describe*`` does,
    ``ec2:*`` does not)."""
    service, _, name = action.lower().partition(":")
    return any(fnmatchcase(name, row) for row in _BY_SERVICE.get(service, ()))
