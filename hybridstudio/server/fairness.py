"""Fair queueing between users: one queue per user, served in turn, with a per-user cap on jobs
running at once, so one student submitting twenty jobs cannot starve the rest of the class."""

from __future__ import annotations

from collections import OrderedDict, deque
from typing import Generic, TypeVar

T = TypeVar("T")


class FairQueue(Generic[T]):
    """Round-robin over users. ``pop(running)`` returns the next job of the user who has waited
    longest for a turn among those under ``cap`` running jobs (``running``: user → count)."""

    def __init__(self, cap: int = 1):
        self.cap = max(1, cap)
        self._queues: OrderedDict[str, deque[T]] = OrderedDict()

    def push(self, user: str, item: T) -> int:
        """Queue ``item``; returns how many jobs of ``user`` are now waiting."""
        q = self._queues.setdefault(user, deque())
        q.append(item)
        return len(q)

    def waiting(self, user: str) -> int:
        return len(self._queues.get(user, ()))

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def remove(self, user: str, item: T) -> bool:
        q = self._queues.get(user)
        if q is None or item not in q:
            return False
        q.remove(item)
        if not q:
            del self._queues[user]
        return True

    def position(self, user: str, item: T) -> int:
        """Roughly how many jobs start before ``item`` (others' turns interleave with this user's)."""
        q = self._queues.get(user)
        if q is None or item not in q:
            return 0
        mine = list(q).index(item)
        return sum(min(len(other), mine + 1) for u, other in self._queues.items() if u != user) + mine

    def pop(self, running: dict[str, int]) -> tuple[str, T] | None:
        for user in list(self._queues):
            if running.get(user, 0) >= self.cap:
                continue
            q = self._queues.pop(user)
            item = q.popleft()
            if q:
                self._queues[user] = q  # back of the line: the others go first
            return user, item
        return None
