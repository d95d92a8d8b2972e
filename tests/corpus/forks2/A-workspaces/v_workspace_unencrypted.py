"""WorkSpace with root and user volumes unencrypted.

expect: any @ analyst-ws
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.workspaces.Workspace("analyst-ws", directory_id="d-1234567890", bundle_id="wsb-bh8rsxt14", user_name="analyst",
                         root_volume_encryption_enabled=False, user_volume_encryption_enabled=False,
                         workspace_properties={"running_mode": "AUTO_STOP", "running_mode_auto_stop_timeout_in_minutes": 60})
