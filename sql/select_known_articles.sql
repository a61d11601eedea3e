SELECT file, title, source, published, content_hash, encoding, format, size_bytes, flags, parser_version, figure_count
FROM dim_article;
