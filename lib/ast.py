"""Abstract syntax trees: parse source into node objects, inspect, change and unparse them, and
compile them back (the interface of CPython's Lib/ast.py; the node classes come from _ast)."""

import sys
from _ast import *  # noqa: F401,F403
from _ast import AST, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """Parse source into an AST node: compile() with PyCF_ONLY_AST."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def literal_eval(node_or_string):
    """The value of a literal expression (a string, or an Expression / expression node) made
    only of constants, tuples, lists, sets, dicts, set() and signed / complex numbers."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lineno = getattr(node, "lineno", None)
        if lineno:
            msg += " on line %s" % lineno
        raise ValueError(msg + ": %r" % (node,))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(e) for e in node.elts])
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return set([convert(e) for e in node.elts])
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set"
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            keys = [convert(k) for k in node.keys]
            values = [convert(v) for v in node.values]
            return dict(zip(keys, values))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree: each node as Class(field=value, ...), positions with
    include_attributes, over several lines with indent (a number of spaces or a string)."""

    def fmt(value, level):
        # Returns the text and whether it is simple (a leaf or a node with no fields shown).
        if indent is not None:
            level += 1
            prefix = "\n" + indent * level
            sep = ",\n" + indent * level
        else:
            prefix = ""
            sep = ", "
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            keywords = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    keywords = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = fmt(v, level)
                all_simple = all_simple and simple
                parts.append("%s=%s" % (name, text) if keywords else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(v, level)
                    all_simple = all_simple and simple
                    parts.append("%s=%s" % (name, text))
            name = value.__class__.__name__
            if all_simple and len(parts) <= 3:
                return "%s(%s)" % (name, ", ".join(parts)), not parts
            return "%s(%s%s)" % (name, prefix, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return "[]", True
            return "[%s%s]" % (prefix, sep.join([fmt(x, level)[0] for x in value])), False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node (those it has); returns new_node."""
    for attr in "lineno", "col_offset", "end_lineno", "end_col_offset":
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end positions may be None; lineno and col_offset are copied only when set.
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks positions those of its parent (1, 0 at the top)."""

    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        attrs = node._attributes
        if "lineno" in attrs:
            if not hasattr(node, "lineno"):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if "end_lineno" in attrs:
            if getattr(node, "end_lineno", None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if "col_offset" in attrs:
            if not hasattr(node, "col_offset"):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if "end_col_offset" in attrs:
            if getattr(node, "end_col_offset", None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every node under node down n lines."""
    for child in walk(node):
        # TypeIgnore holds its line as a field.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: fields that are nodes, and nodes in list fields."""
    for _name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    # inspect.cleandoc: tabs expanded, the common indentation of lines after the first removed,
    # blank lines at both ends dropped.
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _splitlines_no_ff(source):
    # Lines as the tokenizer sees them: \r\n, \r and \n end a line, form feeds do not.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\r" or c == "\n":
            end = i + 2 if c == "\r" and i + 1 < n and source[i + 1] == "\n" else i + 1
            lines.append(source[start:end])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return "".join([c if c in "\f\t" else " " for c in source])


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from (positions are UTF-8 byte columns)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ""
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return "".join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node under node (node included), breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Calls visit_<ClassName>(node) for each node visited, generic_visit when there is none."""

    def visit(self, node):
        method = getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A visitor whose visit methods return the replacement node: None removes it, a list
    replaces one item of a list field by several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for value in old:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new.extend(value)
                            continue
                    new.append(value)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


from _ast_unparse import unparse  # noqa: E402


# The node classes of Python 3.7 and before, kept as aliases: Num, Str, Bytes, NameConstant and
# Ellipsis make Constant nodes and recognise them by the type of their value; Index and ExtSlice
# return what replaced them; Suite, Param, AugLoad and AugStore are never produced.

def _value(self):
    return self.value


def _set_value(self, value):
    self.value = value


Constant.n = property(_value, _set_value)
Constant.s = property(_value, _set_value)


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _CONST_TYPES:
            try:
                value = inst.value
            except AttributeError:
                return False
            accepted, refused = _CONST_TYPES[cls]
            return isinstance(value, accepted) and not isinstance(value, refused)
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError("%s got multiple values for argument %r" % (cls.__name__, key))
    if cls in _CONST_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ("n",)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ("s",)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ("s",)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_CONST_TYPES = {
    Num: ((int, float, complex), (bool,)),
    Str: ((str,), ()),
    Bytes: ((bytes,), ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: ((type(...),), ()),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9 and later."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9 and later."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def main():
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ast")
    parser.add_argument("infile", nargs="?", default="-")
    parser.add_argument("-m", "--mode", default="exec", choices=("exec", "single", "eval",
                                                                 "func_type"))
    parser.add_argument("--no-type-comments", default=True, action="store_false")
    parser.add_argument("-a", "--include-attributes", action="store_true")
    parser.add_argument("-i", "--indent", type=int, default=3)
    args = parser.parse_args()
    if args.infile == "-":
        name = "<stdin>"
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, "rb") as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == "__main__":
    main()
