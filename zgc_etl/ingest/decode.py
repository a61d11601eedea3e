"""Bytes → str, the same way everywhere, so offsets stay valid."""
from __future__ import annotations

import codecs


class DecodeError(ValueError):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def _looks_binary(raw: bytes) -> bool:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > max(8, len(sample) // 50)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a raw file; returns (text, encoding name).

    Order: BOMs, strict UTF-8, then charset detection (charset-normalizer) among
    the encodings news sites use (GB18030 family, Windows-1252, ...).
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"bad UTF-16: {exc}") from exc
    if _looks_binary(raw):
        raise DecodeError("binary", "binary content (NUL or control bytes) under a text name")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise DecodeError("undecodable", "no text encoding decodes this file")
    enc = best.encoding
    try:
        return raw.decode(enc), enc
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError("undecodable", f"detected {enc} but decoding failed: {exc}") from exc
