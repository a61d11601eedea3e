"""Bytes → str, the same way everywhere, so offsets stay valid.

Order (first that applies wins):

1. a BOM: UTF-8 (``utf-8-sig``), UTF-32, UTF-16 (the BOM is not part of the text);
2. UTF-16 without a BOM, recognised by its NUL bytes on every other position;
3. binary content (NUL or many control bytes) → rejected as ``binary``;
4. strict UTF-8;
5. GB18030 (a superset of GBK and GB2312) or Windows-1252, whichever decodes
   strictly; when both do, GB18030 is chosen only if the result reads like Chinese
   (CJK characters in runs), not like English with a few typographic quotes
   swallowed into stray ideographs;
6. nothing decodes → ``undecodable``.

The evaluation scorer decodes with ``utf-8-sig``, then ``gb18030``, then
``latin-1``.  For UTF-8, GB18030 and Windows-1252 (which has the same length per
byte as latin-1) this gives the same text and the same offsets.  Where the
scorer would differ (UTF-16; a Windows-1252 file that also happens to be valid
GB18030) the article carries the flag ``encoding_differs_from_scorer``.
"""
from __future__ import annotations

import codecs
import re

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


#: Every byte but the control bytes that count against text (below 32, except tab, LF, FF, CR, ESC).
_NOT_CTRL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


class DecodeError(ValueError):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:  # no NUL: neither half holds any zero byte
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    ctrl = len(sample.translate(None, _NOT_CTRL))
    return ctrl > max(8, len(sample) // 50)


def _reads_as_chinese(text: str) -> bool:
    """CJK characters mostly stand next to other CJK characters (words, not strays)."""
    hits = [m.start() for m in CJK.finditer(text)]
    if not hits:
        return False
    pos = set(hits)
    paired = sum(1 for i in hits if (i - 1) in pos or (i + 1) in pos)
    return paired >= 0.5 * len(hits)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a raw file; returns (text, encoding name).  Raises :class:`DecodeError`."""
    text, enc, _ = decode_detailed(raw)
    return text, enc


def decode_detailed(raw: bytes) -> tuple[str, str, list[str]]:
    """Like :func:`decode_bytes`, plus flags (``encoding_differs_from_scorer``)."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"UTF-8 BOM but invalid UTF-8: {exc}") from exc
    for boms, enc in ((UTF32_BOMS, "utf-32"), (UTF16_BOMS, "utf-16")):
        if raw.startswith(boms):
            try:
                return raw.decode(enc), enc, ["encoding_differs_from_scorer"]
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"bad {enc.upper()}: {exc}") from exc
    enc16 = _utf16_without_bom(raw)
    if enc16:
        try:
            text = raw.decode(enc16)
            if not looks_binary(text.encode("utf-8")):
                return text, enc16, ["encoding_differs_from_scorer"]
        except UnicodeDecodeError:
            pass
    if looks_binary(raw):
        raise DecodeError("binary", "binary content (NUL or control bytes) under a text name")
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    gb = cp = None
    try:
        gb = raw.decode("gb18030")
    except UnicodeDecodeError:
        pass
    try:
        cp = raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if gb is not None and (cp is None or _reads_as_chinese(gb)):
        return gb, "gb18030", []
    if cp is not None:
        return cp, "cp1252", (["encoding_differs_from_scorer"] if gb is not None else [])
    raise DecodeError("undecodable", "not valid UTF-8, UTF-16, GB18030 or Windows-1252")
