"""ast.unparse: source text for a tree, as CPython 3.11's ast.unparse writes it (minimal
parentheses by precedence, one statement per line, four-space indents, a blank line before
function and class definitions, docstrings in triple quotes)."""

import sys
from _ast import *  # noqa: F401,F403

# Precedence levels, lowest first (the order of _Precedence in Lib/ast.py).
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(1, 10)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)

_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

_BINOP = {
    "Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
    "Div": ("/", TERM), "Mod": ("%", TERM), "LShift": ("<<", SHIFT), "RShift": (">>", SHIFT),
    "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND),
    "FloorDiv": ("//", TERM), "Pow": ("**", POWER),
}
_UNARYOP = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR),
            "USub": ("-", FACTOR)}
_CMPOP = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
          "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOLOP = {"And": ("and", AND), "Or": ("or", OR)}


def _str_literal(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """The body of a string literal with as few escapes as possible, and the quotes it may
    use (the first is the one to use)."""
    out = []
    for c in string:
        if not escape_whitespace and c in "\n\t":
            out.append(c)
        elif c == "\\" or not c.isprintable():
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    body = "".join(out)
    quotes = list(quote_types)
    if "\n" in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        text = repr(string)
        quote = text[0]
        for q in quote_types:
            if text[0] in q:
                quote = q
                break
        return text[1:-1], [quote]
    if body:
        # Prefer a quote that differs from the last character; a triple quote whose
        # character ends the text gets that character escaped.
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, quotes


class _Unparser:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.indent = 0
        self.avoid_backslashes = avoid_backslashes
        self.in_try_star = False

    # -- output ---------------------------------------------------------------------------

    def write(self, text):
        self.out.append(text)

    def newline(self):
        if self.out:
            self.out.append("\n")

    def fill(self, text=""):
        self.newline()
        self.out.append("    " * self.indent + text)

    def body(self, stmts, header_extra=None):
        self.write(":")
        self.indent += 1
        for s in stmts:
            self.stmt(s)
        self.indent -= 1

    def run(self, node):
        if isinstance(node, list):
            for s in node:
                self.stmt(s)
        elif isinstance(node, expr):
            self.write(self.expr(node, TEST))
        elif isinstance(node, Expression):
            self.write(self.expr(node.body, TEST))
        elif isinstance(node, FunctionType):
            self.write("(" + ", ".join([self.expr(a, TEST) for a in node.argtypes]) + ") -> "
                       + self.expr(node.returns, TEST))
        elif hasattr(self, "s_" + node.__class__.__name__):
            self.stmt(node)
        elif isinstance(node, pattern):
            self.write(self.pattern(node))
        else:
            self.write(self.other(node))
        return "".join(self.out)

    # -- statements -----------------------------------------------------------------------

    def docstring_and_body(self, node):
        b = node.body
        if (b and isinstance(b[0], Expr) and isinstance(b[0].value, Constant)
                and isinstance(b[0].value.value, str)):
            self.fill()
            if b[0].value.kind == "u":
                self.write("u")
            text, quotes = _str_literal(b[0].value.value, _MULTI_QUOTES)
            self.write(quotes[0] + text + quotes[0])
            b = b[1:]
        for s in b:
            self.stmt(s)

    def stmt(self, node):
        kind = node.__class__.__name__
        method = getattr(self, "s_" + kind, None)
        if method is None:
            raise ValueError("cannot unparse %s" % kind)
        method(node)

    def s_Module(self, node):
        self.docstring_and_body(node)

    def s_Interactive(self, node):
        for s in node.body:
            self.stmt(s)

    def s_Expr(self, node):
        self.fill(self.expr(node.value, YIELD))

    def s_Import(self, node):
        self.fill("import " + ", ".join([self.other(a) for a in node.names]))

    def s_ImportFrom(self, node):
        self.fill("from " + "." * (node.level or 0) + (node.module or "") + " import "
                  + ", ".join([self.other(a) for a in node.names]))

    def s_Assign(self, node):
        text = "".join([self.expr(t, TUPLE) + " = " for t in node.targets])
        self.fill(text + self.expr(node.value, TEST))
        if node.type_comment:
            self.write(" # type: " + node.type_comment)

    def s_AugAssign(self, node):
        op = _BINOP[node.op.__class__.__name__][0]
        self.fill(self.expr(node.target, TEST) + " " + op + "= " + self.expr(node.value, TEST))

    def s_AnnAssign(self, node):
        target = self.expr(node.target, TEST)
        if not node.simple and isinstance(node.target, Name):
            target = "(" + target + ")"
        text = target + ": " + self.expr(node.annotation, TEST)
        if node.value:
            text += " = " + self.expr(node.value, TEST)
        self.fill(text)

    def s_Return(self, node):
        self.fill("return" + (" " + self.expr(node.value, TEST) if node.value else ""))

    def s_Pass(self, node):
        self.fill("pass")

    def s_Break(self, node):
        self.fill("break")

    def s_Continue(self, node):
        self.fill("continue")

    def s_Delete(self, node):
        self.fill("del " + ", ".join([self.expr(t, TEST) for t in node.targets]))

    def s_Assert(self, node):
        text = "assert " + self.expr(node.test, TEST)
        if node.msg:
            text += ", " + self.expr(node.msg, TEST)
        self.fill(text)

    def s_Global(self, node):
        self.fill("global " + ", ".join(node.names))

    def s_Nonlocal(self, node):
        self.fill("nonlocal " + ", ".join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.fill("raise")
            return
        text = "raise " + self.expr(node.exc, TEST)
        if node.cause:
            text += " from " + self.expr(node.cause, TEST)
        self.fill(text)

    def _try(self, node, star):
        saved = self.in_try_star
        self.in_try_star = star
        try:
            self.fill("try")
            self.body(node.body)
            for h in node.handlers:
                self.stmt(h)
            if node.orelse:
                self.fill("else")
                self.body(node.orelse)
            if node.finalbody:
                self.fill("finally")
                self.body(node.finalbody)
        finally:
            self.in_try_star = saved

    def s_Try(self, node):
        self._try(node, False)

    def s_TryStar(self, node):
        self._try(node, True)

    def s_ExceptHandler(self, node):
        text = "except*" if self.in_try_star else "except"
        if node.type:
            text += " " + self.expr(node.type, TEST)
        if node.name:
            text += " as " + node.name
        self.fill(text)
        self.body(node.body)

    def s_ClassDef(self, node):
        self.newline()
        for d in node.decorator_list:
            self.fill("@" + self.expr(d, TEST))
        text = "class " + node.name
        parts = [self.expr(b, TEST) for b in node.bases]
        parts += [self.other(k) for k in node.keywords]
        if parts:
            text += "(" + ", ".join(parts) + ")"
        self.fill(text)
        self.write(":")
        self.indent += 1
        self.docstring_and_body(node)
        self.indent -= 1

    def _function(self, node, keyword):
        self.newline()
        for d in node.decorator_list:
            self.fill("@" + self.expr(d, TEST))
        text = keyword + " " + node.name + "(" + self.other(node.args) + ")"
        if node.returns:
            text += " -> " + self.expr(node.returns, TEST)
        self.fill(text)
        self.write(":")
        if node.type_comment:
            self.write(" # type: " + node.type_comment)
        self.indent += 1
        self.docstring_and_body(node)
        self.indent -= 1

    def s_FunctionDef(self, node):
        self._function(node, "def")

    def s_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, node, keyword):
        self.fill(keyword + self.expr(node.target, TUPLE) + " in " + self.expr(node.iter, TEST))
        self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def s_For(self, node):
        self._for(node, "for ")

    def s_AsyncFor(self, node):
        self._for(node, "async for ")

    def s_If(self, node):
        self.fill("if " + self.expr(node.test, TEST))
        self.body(node.body)
        # An else holding only an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif " + self.expr(node.test, TEST))
            self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def s_While(self, node):
        self.fill("while " + self.expr(node.test, TEST))
        self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword + ", ".join([self.other(i) for i in node.items]))
        self.body(node.body)

    def s_With(self, node):
        self._with(node, "with ")

    def s_AsyncWith(self, node):
        self._with(node, "async with ")

    def s_Match(self, node):
        self.fill("match " + self.expr(node.subject, TUPLE))
        self.write(":")
        self.indent += 1
        for case in node.cases:
            self.s_match_case(case)
        self.indent -= 1

    def s_match_case(self, node):
        text = "case " + self.pattern(node.pattern)
        if node.guard:
            text += " if " + self.expr(node.guard, TEST)
        self.fill(text)
        self.body(node.body)

    # -- patterns -------------------------------------------------------------------------

    def pattern(self, node):
        kind = node.__class__.__name__
        if kind == "MatchValue":
            return self.expr(node.value, TEST)
        if kind == "MatchSingleton":
            return repr(node.value)
        if kind == "MatchSequence":
            return "[" + ", ".join([self.pattern(p) for p in node.patterns]) + "]"
        if kind == "MatchStar":
            return "*" + (node.name if node.name is not None else "_")
        if kind == "MatchMapping":
            parts = [self.expr(k, TEST) + ": " + self.pattern(p)
                     for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                parts.append("**" + node.rest)
            return "{" + ", ".join(parts) + "}"
        if kind == "MatchClass":
            parts = [self.pattern(p) for p in node.patterns]
            parts += [a + "=" + self.pattern(p) for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.expr(node.cls, ATOM) + "(" + ", ".join(parts) + ")"
        if kind == "MatchAs":
            if node.name is None:
                return "_"
            if node.pattern is None:
                return node.name
            return self.pattern(node.pattern) + " as " + node.name
        if kind == "MatchOr":
            return " | ".join([self.pattern(p) for p in node.patterns])
        raise ValueError("cannot unparse %s" % kind)

    # -- expressions ----------------------------------------------------------------------

    def expr(self, node, prec):
        """node's text where the context needs at least precedence prec (else parentheses)."""
        method = getattr(self, "e_" + node.__class__.__name__, None)
        if method is None:
            raise ValueError("cannot unparse %s" % node.__class__.__name__)
        return method(node, prec)

    @staticmethod
    def paren(text, own, prec):
        return "(" + text + ")" if prec > own else text

    def e_Name(self, node, prec):
        return node.id

    def e_Constant(self, node, prec):
        value = node.value
        if isinstance(value, tuple):
            return "(" + self.items([self.constant(v) for v in value]) + ")"
        if value is ...:
            return "..."
        return ("u" if node.kind == "u" else "") + self.constant(value)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", _INFSTR).replace("nan", "(%s-%s)" % (_INFSTR, _INFSTR))
        if self.avoid_backslashes and isinstance(value, str):
            text, quotes = _str_literal(value)
            return quotes[0] + text + quotes[0]
        return repr(value)

    @staticmethod
    def items(texts):
        # A single item keeps its trailing comma (a one-element tuple).
        if len(texts) == 1:
            return texts[0] + ","
        return ", ".join(texts)

    def e_NamedExpr(self, node, prec):
        return self.paren(self.expr(node.target, ATOM) + " := " + self.expr(node.value, ATOM),
                          NAMED_EXPR, prec)

    def e_BinOp(self, node, prec):
        op, own = _BINOP[node.op.__class__.__name__]
        # ** groups to the right, the others to the left.
        left_prec, right_prec = (own + 1, own) if own == POWER else (own, own + 1)
        text = self.expr(node.left, left_prec) + " " + op + " " + self.expr(node.right, right_prec)
        return self.paren(text, own, prec)

    def e_UnaryOp(self, node, prec):
        op, own = _UNARYOP[node.op.__class__.__name__]
        text = op + (" " if own == NOT else "") + self.expr(node.operand, own)
        return self.paren(text, own, prec)

    def e_BoolOp(self, node, prec):
        op, own = _BOOLOP[node.op.__class__.__name__]
        # Each further operand needs one level more than the one before (as CPython does).
        parts = []
        level = own
        for v in node.values:
            level = min(level + 1, ATOM)
            parts.append(self.expr(v, level))
        return self.paren((" " + op + " ").join(parts), own, prec)

    def e_Compare(self, node, prec):
        text = self.expr(node.left, CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += " " + _CMPOP[op.__class__.__name__] + " " + self.expr(right, CMP + 1)
        return self.paren(text, CMP, prec)

    def e_IfExp(self, node, prec):
        text = (self.expr(node.body, TEST + 1) + " if " + self.expr(node.test, TEST + 1)
                + " else " + self.expr(node.orelse, TEST))
        return self.paren(text, TEST, prec)

    def e_Lambda(self, node, prec):
        args = self.other(node.args)
        text = "lambda" + (" " + args if args else "") + ": " + self.expr(node.body, TEST)
        return self.paren(text, TEST, prec)

    def e_Await(self, node, prec):
        return self.paren("await" + (" " + self.expr(node.value, ATOM) if node.value else ""),
                          AWAIT, prec)

    def e_Yield(self, node, prec):
        return self.paren("yield" + (" " + self.expr(node.value, ATOM) if node.value else ""),
                          YIELD, prec)

    def e_YieldFrom(self, node, prec):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self.paren("yield from " + self.expr(node.value, ATOM), YIELD, prec)

    def e_Tuple(self, node, prec):
        text = self.items([self.expr(e, TEST) for e in node.elts])
        if not node.elts or prec > TUPLE:
            return "(" + text + ")"
        return text

    def e_List(self, node, prec):
        return "[" + ", ".join([self.expr(e, TEST) for e in node.elts]) + "]"

    def e_Set(self, node, prec):
        if not node.elts:
            # {} is a dict: an empty set is written as a starred empty tuple in braces.
            return "{*()}"
        return "{" + ", ".join([self.expr(e, TEST) for e in node.elts]) + "}"

    def e_Dict(self, node, prec):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append("**" + self.expr(v, EXPR))
            else:
                parts.append(self.expr(k, TEST) + ": " + self.expr(v, TEST))
        return "{" + ", ".join(parts) + "}"

    def generators(self, gens):
        text = ""
        for g in gens:
            text += " async for " if g.is_async else " for "
            text += self.expr(g.target, TUPLE) + " in " + self.expr(g.iter, TEST + 1)
            for cond in g.ifs:
                text += " if " + self.expr(cond, TEST + 1)
        return text

    def e_ListComp(self, node, prec):
        return "[" + self.expr(node.elt, TEST) + self.generators(node.generators) + "]"

    def e_SetComp(self, node, prec):
        return "{" + self.expr(node.elt, TEST) + self.generators(node.generators) + "}"

    def e_GeneratorExp(self, node, prec):
        return "(" + self.expr(node.elt, TEST) + self.generators(node.generators) + ")"

    def e_DictComp(self, node, prec):
        return ("{" + self.expr(node.key, TEST) + ": " + self.expr(node.value, TEST)
                + self.generators(node.generators) + "}")

    def e_Starred(self, node, prec):
        return "*" + self.expr(node.value, EXPR)

    def e_Attribute(self, node, prec):
        text = self.expr(node.value, ATOM)
        # 1 .real: an int literal needs a space before the dot.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            text += " "
        return text + "." + node.attr

    def e_Call(self, node, prec):
        parts = [self.expr(a, TEST) for a in node.args]
        parts += [self.other(k) for k in node.keywords]
        return self.expr(node.func, ATOM) + "(" + ", ".join(parts) + ")"

    def e_Subscript(self, node, prec):
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            inner = self.items([self.expr(e, TEST) for e in s.elts])
        else:
            inner = self.expr(s, TEST)
        return self.expr(node.value, ATOM) + "[" + inner + "]"

    def e_Slice(self, node, prec):
        text = self.expr(node.lower, TEST) if node.lower else ""
        text += ":"
        if node.upper:
            text += self.expr(node.upper, TEST)
        if node.step:
            text += ":" + self.expr(node.step, TEST)
        return text

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            return "".join([self.fstring_inner(v) for v in node.values])
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace("{", "{{").replace("}", "}}")
        if isinstance(node, FormattedValue):
            return self.e_FormattedValue(node, TEST)
        raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def e_FormattedValue(self, node, prec):
        inner = _Unparser(avoid_backslashes=True).expr(node.value, TEST + 1)
        if "\\" in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if inner.startswith("{") else "") + inner
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            text += ":" + self.fstring_inner(node.format_spec)
        return text + "}"

    def e_JoinedStr(self, node, prec):
        if self.avoid_backslashes:
            text, quotes = _str_literal(self.fstring_inner(node))
            return "f" + quotes[0] + text + quotes[0]
        pieces = [(self.fstring_inner(v), isinstance(v, Constant)) for v in node.values]
        quote_types = list(_ALL_QUOTES)
        written = []
        fallback = False
        for value, is_constant in pieces:
            value, new_quotes = _str_literal(value, quote_types, escape_whitespace=is_constant)
            written.append(value)
            if set(new_quotes).isdisjoint(quote_types):
                fallback = True
                break
            quote_types = new_quotes
        if fallback:
            quote_types = ["'''"]
            written = [repr('"' + value)[2:-1] for value, _c in pieces]
        return "f" + quote_types[0] + "".join(written) + quote_types[0]

    # -- the other nodes ------------------------------------------------------------------

    def other(self, node):
        kind = node.__class__.__name__
        if kind == "alias":
            return node.name + (" as " + node.asname if node.asname else "")
        if kind == "keyword":
            if node.arg is None:
                return "**" + self.expr(node.value, TEST)
            return node.arg + "=" + self.expr(node.value, TEST)
        if kind == "withitem":
            text = self.expr(node.context_expr, TEST)
            if node.optional_vars:
                text += " as " + self.expr(node.optional_vars, TEST)
            return text
        if kind == "arg":
            text = node.arg
            if node.annotation:
                text += ": " + self.expr(node.annotation, TEST)
            return text
        if kind == "arguments":
            return self.arguments(node)
        if kind == "comprehension":
            return self.generators([node])
        if isinstance(node, (expr_context, operator, unaryop, cmpop, boolop)):
            return ""
        raise ValueError("cannot unparse %s" % kind)

    def arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            text = self.other(a)
            if d:
                text += "=" + self.expr(d, TEST)
            parts.append(text)
            if i == len(node.posonlyargs):
                parts.append("/")
        if node.vararg or node.kwonlyargs:
            text = "*"
            if node.vararg:
                text += node.vararg.arg
                if node.vararg.annotation:
                    text += ": " + self.expr(node.vararg.annotation, TEST)
            parts.append(text)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            text = self.other(a)
            if d:
                text += "=" + self.expr(d, TEST)
            parts.append(text)
        if node.kwarg:
            text = "**" + node.kwarg.arg
            if node.kwarg.annotation:
                text += ": " + self.expr(node.kwarg.annotation, TEST)
            parts.append(text)
        return ", ".join(parts)


def unparse(ast_obj):
    """Source code that parses to a tree equal to ast_obj."""
    return _Unparser().run(ast_obj)
