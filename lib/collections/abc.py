"""The container ABCs, defined in _collections_abc and re-exported here."""

from _collections_abc import *
from _collections_abc import __all__
