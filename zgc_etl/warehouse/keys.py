"""Stable surrogate keys: the same natural key gives the same 64-bit key in every run."""
from __future__ import annotations

import hashlib


def stable_key(*parts: object) -> int:
    raw = "\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "big", signed=True)


def date_key(iso: str | None) -> int | None:
    """'2020-12-31' → 20201231, '2020-11' → 20201100, '2018' → 20180000."""
    if not iso:
        return None
    parts = iso.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 0
    d = int(parts[2]) if len(parts) > 2 else 0
    return y * 10000 + m * 100 + d
