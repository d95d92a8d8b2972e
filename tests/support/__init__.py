"""Test and benchmark fixtures (never imported by the products under tools/)."""
