// The parser on constructs where CPython's tree is easy to get wrong: exact ast.dump output,
// positions included where they are the point. Expected dumps were recorded from python3 3.11
// (`ast.dump(ast.parse(source), include_attributes=...)`); ast-parity.test.ts compares whole
// stdlib files against python3 at test time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dump } from "../../src/parser/ast-dump.js";
import { parse } from "../../src/parser/parser.js";

interface Case {
  readonly name: string;
  readonly source: string;
  /** Whether the dump includes positions (include_attributes=True). */
  readonly attributes: boolean;
  readonly dump: string;
}

const CASES: readonly Case[] = [
  {
    name: "parenthesised operand starts its parent at the paren",
    source: "(a) + b",
    attributes: true,
    dump: "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])",
  },
  {
    name: "chained comparison with two-token operators",
    source: "a < b <= c is not d not in e",
    attributes: false,
    dump: "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])",
  },
  {
    name: "power binds tighter than unary minus on its left",
    source: "-a ** -b",
    attributes: false,
    dump: "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])",
  },
  {
    name: "boolean operators flatten",
    source: "a or b or c and d",
    attributes: false,
    dump: "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])]))], type_ignores=[])",
  },
  {
    name: "conditional expression and lambda",
    source: "lambda x, *y, z=1, **k: x if y else z",
    attributes: false,
    dump: "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='k'), defaults=[]), body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load()))))], type_ignores=[])",
  },
  {
    name: "walrus in a comprehension condition",
    source: "[y for x in data if (y := f(x))]",
    attributes: true,
    dump: "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='data', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), ifs=[NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], keywords=[], lineno=1, col_offset=26, end_lineno=1, end_col_offset=30), lineno=1, col_offset=21, end_lineno=1, end_col_offset=30)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])",
  },
  {
    name: "slices and starred subscripts",
    source: "a[1:2, ::3, *b]",
    attributes: true,
    dump: "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
  },
  {
    name: "empty slice spans its colon",
    source: "a[:]",
    attributes: true,
    dump: "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])",
  },
  {
    name: "trailing comma makes a tuple that includes it",
    source: "x = 1,",
    attributes: true,
    dump: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])",
  },
  {
    name: "generator expression owns the call parentheses",
    source: "f(x for x in y)",
    attributes: true,
    dump: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
  },
  {
    name: "call arguments of every kind",
    source: "f(a, *b, c=d, *e, **g)",
    attributes: false,
    dump: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='e', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='g', ctx=Load()))]))], type_ignores=[])",
  },
  {
    name: "dict with unpacking",
    source: "{**a, 'b': 1}",
    attributes: false,
    dump: "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[])",
  },
  {
    name: "set and dict comprehensions",
    source: "{x for x in y}; {k: v for k, v in z}",
    attributes: false,
    dump: "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])",
  },
  {
    name: "async comprehension and await",
    source: "async def f():\n    return [await x async for x in y]",
    attributes: false,
    dump: "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Await(value=Name(id='x', ctx=Load())), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])",
  },
  {
    name: "numbers: int, float, hex, octal, binary, underscores, imaginary, overflow",
    source: "x = (10, 1.5e10, 0x1f, 0o17, 0b1, 1_000, 2j, 1e400, 0.1)",
    attributes: false,
    dump: "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=10), Constant(value=15000000000.0), Constant(value=31), Constant(value=15), Constant(value=1), Constant(value=1000), Constant(value=2j), Constant(value=inf), Constant(value=0.1)], ctx=Load()))], type_ignores=[])",
  },
  {
    name: "implicit concatenation and the u kind",
    source: "u'a' 'b'",
    attributes: true,
    dump: "Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])",
  },
  {
    name: "bytes concatenation and escapes",
    source: "b'\\x00\\n' b'\\101'",
    attributes: false,
    dump: "Module(body=[Expr(value=Constant(value=b'\\x00\\nA'))], type_ignores=[])",
  },
  {
    name: "escapes: octal above 0o377, \\N{...}, invalid escape kept",
    source: "'\\777 \\N{EM DASH} \\d'",
    attributes: false,
    dump: "Module(body=[Expr(value=Constant(value='ǿ — \\\\d'))], type_ignores=[])",
  },
  {
    name: "f-string: conversion, nested format spec, literal braces",
    source: "f'{{a}} {x!r:>{w}} {y=}'",
    attributes: true,
    dump: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{a} ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value=' y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])",
  },
  {
    name: "f-string spread over concatenation",
    source: "f'a{x}' 'b' f'{y}'",
    attributes: true,
    dump: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])",
  },
  {
    name: "f-string expression on a later line of a triple-quoted string",
    source: "s = f'''ab\n  {x} {\ny}'''",
    attributes: true,
    dump: "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='ab\\n  ', lineno=1, col_offset=4, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=5), Constant(value=' ', lineno=1, col_offset=4, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='y', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=5)], lineno=1, col_offset=4, end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[])",
  },
  {
    name: "f-string self-documenting with a format spec",
    source: "f'{x = :>3}'",
    attributes: false,
    dump: "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))]))], type_ignores=[])",
  },
  {
    name: "f-string holding a tuple",
    source: "f'{a, b}'",
    attributes: true,
    dump: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])",
  },
  {
    name: "assignment targets: starred, nested, attribute, subscript",
    source: "a, *b, (c, d), e.f, g[0] = x",
    attributes: false,
    dump: "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store()), Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Store()), Subscript(value=Name(id='g', ctx=Load()), slice=Constant(value=0), ctx=Store())], ctx=Store())], value=Name(id='x', ctx=Load()))], type_ignores=[])",
  },
  {
    name: "annotated assignments, simple and not",
    source: "x: int = 1\n(y): str\nz.w: float",
    attributes: false,
    dump: "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='z', ctx=Load()), attr='w', ctx=Store()), annotation=Name(id='float', ctx=Load()), simple=0)], type_ignores=[])",
  },
  {
    name: "augmented assignment",
    source: "x.y += 1",
    attributes: false,
    dump: "Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])",
  },
  {
    name: "del targets keep Load inside",
    source: "del a, b[c], d.e",
    attributes: false,
    dump: "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Del()), Attribute(value=Name(id='d', ctx=Load()), attr='e', ctx=Del())])], type_ignores=[])",
  },
  {
    name: "decorated function with all parameter kinds",
    source: "@dec\ndef f(a, /, b=1, *c, d, e=2, **g) -> int:\n    pass",
    attributes: true,
    dump: "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], args=[arg(arg='b', lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], vararg=arg(arg='c', lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), arg(arg='e', lineno=2, col_offset=24, end_lineno=2, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=2, col_offset=26, end_lineno=2, end_col_offset=27)], kwarg=arg(arg='g', lineno=2, col_offset=31, end_lineno=2, end_col_offset=32), defaults=[Constant(value=1, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)]), body=[Pass(lineno=3, col_offset=4, end_lineno=3, end_col_offset=8)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], returns=Name(id='int', ctx=Load(), lineno=2, col_offset=37, end_lineno=2, end_col_offset=40), lineno=2, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])",
  },
  {
    name: "class with bases and keywords",
    source: "class A(B, metaclass=M):\n    x = 1",
    attributes: false,
    dump: "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])",
  },
  {
    name: "if / elif / else nest",
    source: "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    attributes: true,
    dump: "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])",
  },
  {
    name: "for / while with else",
    source: "for i in x:\n    break\nelse:\n    pass\nwhile y:\n    continue",
    attributes: false,
    dump: "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()]), While(test=Name(id='y', ctx=Load()), body=[Continue()], orelse=[])], type_ignores=[])",
  },
  {
    name: "with: parenthesised items versus a tuple",
    source: "with (a, b as c):\n    pass\nwith (a, b) as c:\n    pass",
    attributes: false,
    dump: "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])",
  },
  {
    name: "try / except* ",
    source: "try:\n    pass\nexcept* E as e:\n    pass",
    attributes: false,
    dump: "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])",
  },
  {
    name: "try with everything",
    source:
      "try:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    attributes: false,
    dump: "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])",
  },
  {
    name: "imports",
    source: "import a.b as c, d\nfrom .. import (e as f, g,)\nfrom h import *",
    attributes: true,
    dump: "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), alias(name='d', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), ImportFrom(names=[alias(name='e', asname='f', lineno=2, col_offset=16, end_lineno=2, end_col_offset=22), alias(name='g', lineno=2, col_offset=24, end_lineno=2, end_col_offset=25)], level=2, lineno=2, col_offset=0, end_lineno=2, end_col_offset=27), ImportFrom(module='h', names=[alias(name='*', lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)], level=0, lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)], type_ignores=[])",
  },
  {
    name: "global, nonlocal, assert, raise",
    source: "global a, b\nassert x, 'm'\nraise E from F",
    attributes: false,
    dump: "Module(body=[Global(names=['a', 'b']), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m')), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load()))], type_ignores=[])",
  },
  {
    name: "match: sequence, star, or, as, guard",
    source: "match x:\n    case [1, *rest, (2 | 3) as b] if b:\n        pass",
    attributes: true,
    dump: "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18), MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=2, lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), MatchValue(value=Constant(value=3, lineno=2, col_offset=25, end_lineno=2, end_col_offset=26), lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=21, end_lineno=2, end_col_offset=26), name='b', lineno=2, col_offset=20, end_lineno=2, end_col_offset=32)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=33), guard=Name(id='b', ctx=Load(), lineno=2, col_offset=37, end_lineno=2, end_col_offset=38), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])",
  },
  {
    name: "match: mapping, class, value, singleton, complex",
    source:
      "match x:\n    case {1: a, 'b': c, **r}: pass\n    case C(1, a=b): pass\n    case M.K | None: pass\n    case -1 + 2j: pass",
    attributes: false,
    dump: "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value='b')], patterns=[MatchAs(name='a'), MatchAs(name='c')], rest='r'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Attribute(value=Name(id='M', ctx=Load()), attr='K', ctx=Load())), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), body=[Pass()])])], type_ignores=[])",
  },
  {
    name: "soft keywords as names",
    source: "match = case = _ = 1\nmatch(x)\nmatch[x]: int",
    attributes: false,
    dump: "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), Name(id='_', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), AnnAssign(target=Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', ctx=Load()), ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])",
  },
  {
    name: "yield forms",
    source: "def g():\n    x = yield\n    y = yield from z\n    await_ = (yield a, b)",
    attributes: false,
    dump: "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Assign(targets=[Name(id='await_', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[])], type_ignores=[])",
  },
  {
    name: "non-ASCII: byte columns and NFKC identifiers",
    source: "é = 'ü' + ﬁ",
    attributes: true,
    dump: "Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=BinOp(left=Constant(value='ü', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), op=Add(), right=Name(id='fi', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=5, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
  },
];

for (const c of CASES) {
  test(c.name, () => {
    assert.equal(dump(parse(c.source, "<test>"), { includeAttributes: c.attributes }), c.dump);
  });
}

// ast.dump's other options, recorded from python3 like the cases above.
const DUMP_SOURCE =
  'def f(a, *, b=None):\n    return [x async for x in a if x], {**b}, 1.5, -0.0, 1e16j, ..., b"\\x00"';

test("dump with indent=2", () => {
  assert.equal(
    dump(parse(DUMP_SOURCE), { indent: 2 }),
    "Module(\n  body=[\n    FunctionDef(\n      name='f',\n      args=arguments(\n        posonlyargs=[],\n        args=[\n          arg(arg='a')],\n        kwonlyargs=[\n          arg(arg='b')],\n        kw_defaults=[\n          Constant(value=None)],\n        defaults=[]),\n      body=[\n        Return(\n          value=Tuple(\n            elts=[\n              ListComp(\n                elt=Name(id='x', ctx=Load()),\n                generators=[\n                  comprehension(\n                    target=Name(id='x', ctx=Store()),\n                    iter=Name(id='a', ctx=Load()),\n                    ifs=[\n                      Name(id='x', ctx=Load())],\n                    is_async=1)]),\n              Dict(\n                keys=[\n                  None],\n                values=[\n                  Name(id='b', ctx=Load())]),\n              Constant(value=1.5),\n              UnaryOp(\n                op=USub(),\n                operand=Constant(value=0.0)),\n              Constant(value=1e+16j),\n              Constant(value=Ellipsis),\n              Constant(value=b'\\x00')],\n            ctx=Load()))],\n      decorator_list=[])],\n  type_ignores=[])",
  );
});

test("dump with a tab indent and attributes", () => {
  assert.equal(
    dump(parse(DUMP_SOURCE), { indent: "\t", includeAttributes: true }),
    "Module(\n\tbody=[\n\t\tFunctionDef(\n\t\t\tname='f',\n\t\t\targs=arguments(\n\t\t\t\tposonlyargs=[],\n\t\t\t\targs=[\n\t\t\t\t\targ(\n\t\t\t\t\t\targ='a',\n\t\t\t\t\t\tlineno=1,\n\t\t\t\t\t\tcol_offset=6,\n\t\t\t\t\t\tend_lineno=1,\n\t\t\t\t\t\tend_col_offset=7)],\n\t\t\t\tkwonlyargs=[\n\t\t\t\t\targ(\n\t\t\t\t\t\targ='b',\n\t\t\t\t\t\tlineno=1,\n\t\t\t\t\t\tcol_offset=12,\n\t\t\t\t\t\tend_lineno=1,\n\t\t\t\t\t\tend_col_offset=13)],\n\t\t\t\tkw_defaults=[\n\t\t\t\t\tConstant(\n\t\t\t\t\t\tvalue=None,\n\t\t\t\t\t\tlineno=1,\n\t\t\t\t\t\tcol_offset=14,\n\t\t\t\t\t\tend_lineno=1,\n\t\t\t\t\t\tend_col_offset=18)],\n\t\t\t\tdefaults=[]),\n\t\t\tbody=[\n\t\t\t\tReturn(\n\t\t\t\t\tvalue=Tuple(\n\t\t\t\t\t\telts=[\n\t\t\t\t\t\t\tListComp(\n\t\t\t\t\t\t\t\telt=Name(\n\t\t\t\t\t\t\t\t\tid='x',\n\t\t\t\t\t\t\t\t\tctx=Load(),\n\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\tcol_offset=12,\n\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\tend_col_offset=13),\n\t\t\t\t\t\t\t\tgenerators=[\n\t\t\t\t\t\t\t\t\tcomprehension(\n\t\t\t\t\t\t\t\t\t\ttarget=Name(\n\t\t\t\t\t\t\t\t\t\t\tid='x',\n\t\t\t\t\t\t\t\t\t\t\tctx=Store(),\n\t\t\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\t\t\tcol_offset=24,\n\t\t\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\t\t\tend_col_offset=25),\n\t\t\t\t\t\t\t\t\t\titer=Name(\n\t\t\t\t\t\t\t\t\t\t\tid='a',\n\t\t\t\t\t\t\t\t\t\t\tctx=Load(),\n\t\t\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\t\t\tcol_offset=29,\n\t\t\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\t\t\tend_col_offset=30),\n\t\t\t\t\t\t\t\t\t\tifs=[\n\t\t\t\t\t\t\t\t\t\t\tName(\n\t\t\t\t\t\t\t\t\t\t\t\tid='x',\n\t\t\t\t\t\t\t\t\t\t\t\tctx=Load(),\n\t\t\t\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\t\t\t\tcol_offset=34,\n\t\t\t\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\t\t\t\tend_col_offset=35)],\n\t\t\t\t\t\t\t\t\t\tis_async=1)],\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=11,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=36),\n\t\t\t\t\t\t\tDict(\n\t\t\t\t\t\t\t\tkeys=[\n\t\t\t\t\t\t\t\t\tNone],\n\t\t\t\t\t\t\t\tvalues=[\n\t\t\t\t\t\t\t\t\tName(\n\t\t\t\t\t\t\t\t\t\tid='b',\n\t\t\t\t\t\t\t\t\t\tctx=Load(),\n\t\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\t\tcol_offset=41,\n\t\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\t\tend_col_offset=42)],\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=38,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=43),\n\t\t\t\t\t\t\tConstant(\n\t\t\t\t\t\t\t\tvalue=1.5,\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=45,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=48),\n\t\t\t\t\t\t\tUnaryOp(\n\t\t\t\t\t\t\t\top=USub(),\n\t\t\t\t\t\t\t\toperand=Constant(\n\t\t\t\t\t\t\t\t\tvalue=0.0,\n\t\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\t\tcol_offset=51,\n\t\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\t\tend_col_offset=54),\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=50,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=54),\n\t\t\t\t\t\t\tConstant(\n\t\t\t\t\t\t\t\tvalue=1e+16j,\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=56,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=61),\n\t\t\t\t\t\t\tConstant(\n\t\t\t\t\t\t\t\tvalue=Ellipsis,\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=63,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=66),\n\t\t\t\t\t\t\tConstant(\n\t\t\t\t\t\t\t\tvalue=b'\\x00',\n\t\t\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\t\t\tcol_offset=68,\n\t\t\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\t\t\tend_col_offset=75)],\n\t\t\t\t\t\tctx=Load(),\n\t\t\t\t\t\tlineno=2,\n\t\t\t\t\t\tcol_offset=11,\n\t\t\t\t\t\tend_lineno=2,\n\t\t\t\t\t\tend_col_offset=75),\n\t\t\t\t\tlineno=2,\n\t\t\t\t\tcol_offset=4,\n\t\t\t\t\tend_lineno=2,\n\t\t\t\t\tend_col_offset=75)],\n\t\t\tdecorator_list=[],\n\t\t\tlineno=1,\n\t\t\tcol_offset=0,\n\t\t\tend_lineno=2,\n\t\t\tend_col_offset=75)],\n\ttype_ignores=[])",
  );
});

test("dump with annotate_fields=False names fields after an omitted one", () => {
  assert.equal(
    dump(parse(DUMP_SOURCE), { annotateFields: false }),
    "Module([FunctionDef('f', arguments([], [arg('a')], kwonlyargs=[arg('b')], kw_defaults=[Constant(None)], defaults=[]), [Return(Tuple([ListComp(Name('x', Load()), [comprehension(Name('x', Store()), Name('a', Load()), [Name('x', Load())], 1)]), Dict([None], [Name('b', Load())]), Constant(1.5), UnaryOp(USub(), Constant(0.0)), Constant(1e+16j), Constant(Ellipsis), Constant(b'\\x00')], Load()))], [])], [])",
  );
});

test("dump with indent=0 breaks lines without indenting", () => {
  assert.equal(
    dump(parse("x", "<unknown>", "eval"), { indent: 0 }),
    "Expression(\nbody=Name(id='x', ctx=Load()))",
  );
});
