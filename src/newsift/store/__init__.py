"""The DuckDB store: schema, idempotent writes, runs and manifests, queries and exports."""

from newsift.store.database import DB_ENV, InputRecord, Store, StoreError, default_db_path

__all__ = ["DB_ENV", "InputRecord", "Store", "StoreError", "default_db_path"]
