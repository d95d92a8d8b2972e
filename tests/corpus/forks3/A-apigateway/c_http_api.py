"""HTTP API with JWT authorizer on its route, custom domain TLS 1.2, access logs.
expect: clean
"""
import pulumi_aws as aws

api = aws.apigatewayv2.Api("shop-api", protocol_type="HTTP")
auth = aws.apigatewayv2.Authorizer("shop-jwt", api_id=api.id, authorizer_type="JWT",
    identity_sources=["$request.header.Authorization"],
    jwt_configuration={"audiences": ["shop"], "issuer": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"})
integ = aws.apigatewayv2.Integration("shop-integ", api_id=api.id, integration_type="HTTP_PROXY",
    integration_method="ANY", integration_uri="https://backend.example.com/{proxy}")
aws.apigatewayv2.Route("shop-route", api_id=api.id, route_key="ANY /{proxy+}", authorization_type="JWT",
    authorizer_id=auth.id, target=integ.id.apply(lambda i: f"integrations/{i}"))
logs = aws.cloudwatch.LogGroup("shop-api-logs", retention_in_days=90)
aws.apigatewayv2.Stage("shop-stage", api_id=api.id, name="$default", auto_deploy=True,
    access_log_settings={"destination_arn": logs.arn, "format": '{"requestId":"$context.requestId","status":"$context.status"}'})
aws.apigatewayv2.DomainName("shop-domain", domain_name="shop.example.com", domain_name_configuration={
    "certificate_arn": "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    "endpoint_type": "REGIONAL", "security_policy": "TLS_1_2"})
