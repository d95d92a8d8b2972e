"""EFS file system inside a team component whose default argument leaves encryption off.

expect: any @ data-fs
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

class SharedStorage(pulumi.ComponentResource):
    def __init__(self, name, encrypted=False, opts=None):
        super().__init__("acme:storage:SharedStorage", name, None, opts)
        self.fs = aws.efs.FileSystem(f"{name}-fs", encrypted=encrypted, performance_mode="generalPurpose",
                                     opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({"id": self.fs.id})


SharedStorage("data")
