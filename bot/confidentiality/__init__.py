"""Confidentiality helpers: the identifier guard that checks case text before it is posted."""
from .guard import CATEGORIES, Finding, check_text, highlight

__all__ = ["CATEGORIES", "Finding", "check_text", "highlight"]
