"""Pulumi ComponentResources of the template, one concern per module."""
