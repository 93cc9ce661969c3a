"""Rows as Arrow tables with the store's own column types (so an all-empty column in one batch
is still a string column, and Parquet partitions from different workers agree)."""

from __future__ import annotations

from functools import lru_cache

import pyarrow as pa

from newsift.store.schema import column_types

_TYPES = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int64(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
}  # fmt: skip


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _TYPES[kind]) for name, kind in column_types(table)])


def arrow_table(table: str, rows: list[tuple]) -> pa.Table:
    schema = arrow_schema(table)
    columns = [pa.array([row[index] for row in rows], type=field.type) for index, field in enumerate(schema)]
    return pa.Table.from_arrays(columns, schema=schema)
