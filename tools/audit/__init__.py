"""The post-deploy audit: the check table (checks) and its command line (cli; ``python -m tools.audit``)."""
