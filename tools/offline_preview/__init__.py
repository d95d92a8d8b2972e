"""The offline engine: run a Pulumi Python program under the mock runtime (engine, mock_cloud), send what it
registered to a policy pack over the Analyzer gRPC protocol (analyzer, policy_inputs), and the plan CLI
(plan; ``python -m tools.offline_preview``)."""
