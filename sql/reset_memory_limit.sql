-- Back to DuckDB's default memory limit after the load transaction.
RESET memory_limit;
