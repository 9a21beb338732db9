"""Storage: the core's ports over SQLAlchemy (SQLite and PostgreSQL). `Database` is the entry point."""
from storage.database import Database

__all__ = ["Database"]
