"""Golden AMI shared with everyone (launch permission group "all"). FSBP EC2: AMIs should not be public.
expect: any @ golden-ami-public
category: exposure
unsure: yes
"""
import pulumi_aws as aws

aws.ec2.AmiLaunchPermission("golden-ami-public", image_id="ami-0abcdef1234567890", group="all")
