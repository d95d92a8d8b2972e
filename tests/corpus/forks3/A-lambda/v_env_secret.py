"""Lambda with the DB password and a Stripe key in plain environment variables.
expect: any @ checkout-fn
category: secret
"""
import pulumi
import pulumi_aws as aws
from forks3_kit import service_role

role = service_role("checkout-role", "lambda.amazonaws.com", {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]})
aws.lambda_.Function("checkout-fn", runtime="python3.12", handler="app.handler", role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 'ok'\n")}),
    environment={"variables": {"DB_HOST": "orders.cluster-abc.eu-west-1.rds.amazonaws.com",
                               "DB_PASSWORD": "Pr0d-passw0rd!", "STRIPE_SECRET_KEY": "sk_live_51HxYzAbCdEf0123456789"}})
