"""Lambda reading its password from Secrets Manager by ARN; permission scoped to one API Gateway with source_arn.
expect: clean
"""
import pulumi
import pulumi_aws as aws
from forks3_kit import service_role

secret = aws.secretsmanager.Secret("orders-db-credentials", kms_key_id="alias/aws/secretsmanager")
role = service_role("orders-fn-role", "lambda.amazonaws.com", {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
     "Resource": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db-credentials-*"}]})
fn = aws.lambda_.Function("orders-fn", runtime="python3.12", handler="app.handler", role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 'ok'\n")}),
    environment={"variables": {"DB_SECRET_ARN": secret.arn, "LOG_LEVEL": "INFO"}},
    tracing_config={"mode": "Active"})
api = aws.apigatewayv2.Api("orders-api", protocol_type="HTTP")
aws.lambda_.Permission("orders-api-invoke", action="lambda:InvokeFunction", function=fn.name,
                       principal="apigateway.amazonaws.com", source_arn=api.execution_arn.apply(lambda a: f"{a}/*/*"))
