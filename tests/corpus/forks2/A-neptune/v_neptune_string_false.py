"""Neptune cluster with storage_encrypted given as the string "False". Unsure: go-cty converts only "true"/"1"/"false"/"0" to a bool and refuses capitalised spellings, so the real provider probably rejects this program; kept because the brief asks for the form.

expect: any @ graph
unsure: yes
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.neptune.Cluster("graph", engine="neptune", storage_encrypted="False", iam_database_authentication_enabled=True,
                    backup_retention_period=7, skip_final_snapshot=False, final_snapshot_identifier="graph-final",
                    vpc_security_group_ids=[kit.SG])
