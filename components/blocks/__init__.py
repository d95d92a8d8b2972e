"""Reusable building blocks (a hardened bucket, a one-port security-group rule) that components compose.

Building blocks import nothing from the component modules; components import them, never each other.
"""
