"""The objects alive when the definitions are built are frozen out of garbage collection; what is
created later (a step's frames, their cycles) is still collected by release_memory."""
from __future__ import annotations

import gc
import weakref

from zgc_etl.defs.resources import default_resources, release_memory


class _Node:
    pass


def test_building_the_resources_freezes_what_lives_then():
    default_resources()
    assert gc.get_freeze_count() > 10_000  # Dagster, pandas and this package at least
    survivor = gc.get_freeze_count()
    default_resources()  # again (zgc-etl run builds its definitions twice): nothing lost
    assert gc.get_freeze_count() >= survivor


def test_cyclic_garbage_made_after_the_freeze_is_still_collected():
    default_resources()
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    gone = weakref.ref(a)
    del a, b
    release_memory()
    assert gone() is None
