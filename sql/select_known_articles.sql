-- What the parse step needs to tell an unchanged article from a new or changed one; the rest of an
-- unchanged article's row stays in the warehouse, unread.
SELECT file, content_hash, parser_version
FROM dim_article;
