"""Cognito identity pool for a user pool, no unauthenticated identities; user pool with MFA and advanced security.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

pool = aws.cognito.UserPool("users", mfa_configuration="ON", software_token_mfa_configuration={"enabled": True},
                            password_policy={"minimum_length": 14, "require_lowercase": True, "require_uppercase": True,
                                             "require_numbers": True, "require_symbols": True},
                            user_pool_add_ons={"advanced_security_mode": "ENFORCED"})
client = aws.cognito.UserPoolClient("web", user_pool_id=pool.id, generate_secret=False,
                                    explicit_auth_flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
aws.cognito.IdentityPool("app-identities", identity_pool_name="app identities", allow_unauthenticated_identities=False,
                         allow_classic_flow=False,
                         cognito_identity_providers=[{"client_id": client.id, "provider_name": pool.endpoint,
                                                      "server_side_token_check": True}])
