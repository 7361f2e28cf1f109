"""The classes of Python's abstract syntax tree (CPython's _ast module).

They are made here from the parser's own table of node types (_pyglass_ast._specs), so the
classes, their _fields and _attributes always match the trees the parser builds.
"""

import _pyglass_ast

PyCF_ONLY_AST = _pyglass_ast.PyCF_ONLY_AST
PyCF_TYPE_COMMENTS = _pyglass_ast.PyCF_TYPE_COMMENTS
PyCF_ALLOW_TOP_LEVEL_AWAIT = _pyglass_ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __new__(cls, *args, **kwargs):
        # Arguments are for __init__; taking them here lets subclasses define __new__ too.
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        # ast_type_init: positional arguments fill _fields in order, keywords set any attribute.
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), getattr(self, "__dict__", {})


AST.__module__ = "ast"


def _make_classes():
    made = {"AST": AST}
    for name, base, fields, attributes, none_defaults, doc in _pyglass_ast._specs():
        ns = {"_fields": fields, "__match_args__": fields, "__module__": "ast", "__doc__": doc}
        if attributes is not None:
            ns["_attributes"] = attributes
        for field in none_defaults:
            ns[field] = None
        made[name] = type(name, (made[base],), ns)
    return made


_classes = _make_classes()
globals().update(_classes)
_pyglass_ast._register(AST, _classes)
del _classes, _make_classes
