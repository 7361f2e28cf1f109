"""A pure Python implementation of import_module and reload over the interpreter's import system."""

import sys

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                "import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    absolute = _resolve_name(name[level:], package, level) if level else name
    if not absolute:
        raise ValueError("Empty module name")
    __import__(absolute)
    return sys.modules[absolute]


def invalidate_caches():
    """Nothing is cached by the finders here."""


def reload(module):
    """Reload the module and return it."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    import _pyglass_imp

    _pyglass_imp.exec_module_again(module)
    return sys.modules[name]
