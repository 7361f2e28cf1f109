"""Disassembling code objects (the interface of 3.11's dis module).

The instructions and their printed layout come from the interpreter (_pyglass_dis, the same
formatter `pyglass dis` uses), so what dis.dis() prints is what pyglass runs.
"""

import sys
import types
import collections

import _pyglass_dis
from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _inline_cache_entries

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
CACHE = opmap["CACHE"]

MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")
FORMAT_VALUE_CONVERTERS = (
    (None, ""),
    (str, "str"),
    (repr, "repr"),
    (ascii, "ascii"),
)


def _try_compile(source, name):
    # An expression is compiled in eval mode (so its value shows), anything else in exec mode.
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def _unwrap(x):
    # A method's function, a function's code, a generator's or coroutine's code; else x itself.
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    for field in ("gi_code", "ag_code", "cr_code"):
        if hasattr(x, field):
            return getattr(x, field)
    return x


def _code_of(x):
    """The code object behind x (a function, method, generator, coroutine, source, code)."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _get_code_object(x):
    return _code_of(x)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines, source or code."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, "__dict__"):
        # A class or a module: each member that has code, by name.
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches,
                        adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (the last one by default), marking the failing instruction."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object; `-->` marks the instruction at offset lasti."""
    print(_pyglass_dis.disassemble(co, lasti), end="", file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def code_info(x):
    """Formatted details of the code object behind x."""
    return _pyglass_dis.code_info(_code_of(x))


def show_code(co, *, file=None):
    """Print details of the code object behind co."""
    print(code_info(co), file=file)


_Positions = collections.namedtuple(
    "_Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"], defaults=[None] * 4)


class Positions(_Positions):
    __slots__ = ()


_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_Instruction):
    """One bytecode instruction, as get_instructions() describes it."""

    __slots__ = ()

    _OPNAME_WIDTH = 20
    _OPARG_WIDTH = 5

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(self._OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(self._OPARG_WIDTH))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def _instructions(co, line_offset=0, handler_labels=True):
    # Bytecode and dis mark exception handlers as jump targets too; get_instructions does not.
    positions = list(co.co_positions())
    labels = None if handler_labels else set(findlabels(co.co_code))
    for (opname, opcode, arg, argval, argrepr, offset, starts_line,
         is_jump_target) in _pyglass_dis.instructions(co):
        if starts_line is not None:
            starts_line += line_offset
        if labels is not None:
            is_jump_target = offset in labels
        yield Instruction(opname, opcode, arg, argval, argrepr, offset, starts_line,
                          is_jump_target, Positions(*positions[offset // 2]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of the code behind x (first_line renumbers lines)."""
    co = _code_of(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, line_offset, handler_labels=False)


def _unpack_opargs(code):
    # (offset, opcode, arg) of raw bytecode: EXTENDED_ARG folded in, inline caches skipped.
    extended_arg = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        caches = _inline_cache_entries[op]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield i, op, arg


def findlinestarts(code):
    """The (offset, lineno) pairs where a new line starts in the code."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def findlabels(code):
    """The offsets that jumps in the raw bytecode go to, in the order the jumps appear."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        if op in hasjrel:
            if "JUMP_BACKWARD" in opname[op]:
                arg = -arg
            label = offset + 2 + arg * 2
        elif op in hasjabs:
            label = arg * 2
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


class Bytecode:
    """The bytecode of a function, method, source string or code object, as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _code_of(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        return _pyglass_dis.code_info(self.codeobj)

    def dis(self):
        offset = -1 if self.current_offset is None else self.current_offset
        if self._line_offset == 0:
            return _pyglass_dis.disassemble(self.codeobj, offset)
        return _format_instructions(self.codeobj, list(self), offset)


def _format_instructions(co, instructions, lasti):
    # The formatter's layout, for line numbers shifted by first_line.
    starts = [i.starts_line for i in instructions if i.starts_line is not None]
    lineno_width = 0
    if starts:
        lineno_width = max(3, len(str(max(starts)))) if max(starts) >= 1000 else 3
    maxoffset = len(co.co_code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    out = []
    for ins in instructions:
        if lineno_width and ins.starts_line is not None and ins.offset > 0:
            out.append("")
        out.append(ins._disassemble(lineno_width, ins.offset == lasti, offset_width))
    return "".join(line + "\n" for line in out)


def _test():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
