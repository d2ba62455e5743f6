from .models import Task
from .storage import dump, load

__all__ = ["Task", "dump", "load"]
