"""Confidentiality helpers: the identifier guard that checks case text before it is posted."""
from .guard import CATEGORIES, UNCHECKED, Finding, check_text, highlight, preload, unreadable

__all__ = ["CATEGORIES", "UNCHECKED", "Finding", "check_text", "highlight", "preload", "unreadable"]
