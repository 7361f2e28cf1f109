"""Conversions between Python values and C structs represented as bytes objects.

The work is done by the native _struct module; this module is its public face.
"""

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from",
    "iter_unpack", "Struct", "error",
]

from _struct import (Struct, _clearcache, calcsize, error, iter_unpack, pack,
                     pack_into, unpack, unpack_from)
