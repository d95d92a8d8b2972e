"""Backup vault with a CMK and a daily plan selecting tagged resources.
expect: clean
"""
import json
import pulumi_aws as aws
from forks3_kit import cmk, service_role

key = cmk("backup-key")
vault = aws.backup.Vault("daily-vault", kms_key_arn=key.arn)
plan = aws.backup.Plan("daily-plan", rules=[{"rule_name": "daily", "target_vault_name": vault.name,
    "schedule": "cron(0 3 * * ? *)", "lifecycle": {"delete_after": 35}}])
role = aws.iam.Role("backup-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "backup.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
aws.iam.RolePolicyAttachment("backup-role-attach", role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup")
aws.backup.Selection("daily-selection", plan_id=plan.id, iam_role_arn=role.arn,
    selection_tags=[{"type": "STRINGEQUALS", "key": "backup", "value": "daily"}])
