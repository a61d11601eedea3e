SELECT file, size_bytes, mtime_ns, content_hash FROM raw_file_seen;
