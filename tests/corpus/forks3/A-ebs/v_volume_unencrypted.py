"""A data volume for a batch box, encrypted=False. FSBP EC2.3.
expect: any @ batch-scratch
category: rest
"""
import pulumi_aws as aws

aws.ebs.Volume("batch-scratch", availability_zone="eu-west-1a", size=500, type="gp3", encrypted=False)
