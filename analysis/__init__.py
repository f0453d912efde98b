"""Reproducible analysis of the UN Convention against Cybercrime (the Hanoi Convention)."""

__version__ = "0.1.0"
