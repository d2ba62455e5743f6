"""A tiny to-do list: tasks stored as text rows."""
from .models import Task
from .storage import dump, load

__all__ = ["Task", "dump", "load"]
