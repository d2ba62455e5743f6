"""Grading jobs: where a stored submission goes to be graded.

:class:`GradingQueue` is the port. :class:`LocalQueue` grades in a thread pool inside the web
process (embedded mode); a distributed queue on PostgreSQL can stand behind the same interface.
"""

from pyroad.queue.base import GradingQueue, InlineQueue
from pyroad.queue.local import LocalQueue

__all__ = ["GradingQueue", "InlineQueue", "LocalQueue"]
