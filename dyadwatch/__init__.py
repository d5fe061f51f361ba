"""dyadwatch: news text -> source-attributed PLOVER events -> the picture of a relationship between two countries.

The stages are run by `dyadwatch.pipeline`; its docstring lists them in order.
"""

from .errors import DyadwatchError
from .records import Actor, Article, Attribution, Event, Evidence, Place, Quantity

__all__ = ["DyadwatchError", "Actor", "Article", "Attribution", "Event", "Evidence", "Place", "Quantity",
           "__version__"]
__version__ = "0.1.0"
