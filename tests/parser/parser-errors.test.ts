// Syntax errors from the parser: CPython's class, message and location for the mistakes people
// make. Each case was recorded from python3 3.11 with compile(source, "<test>", "exec",
// PyCF_ONLY_AST), once with the source as str and once as UTF-8 bytes: offsets count characters
// for a str, and stay UTF-8 byte offsets for bytes without a coding declaration, as CPython's do.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "../../src/parser/parser.js";
import { PyErrorCarrier } from "../../src/objects/error-carrier.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";

/** [class, msg, lineno, offset, end_lineno, end_offset, text], or null when it parses. */
type Expected = readonly [string, string, number | null, number | null, number, number, string] | null;

interface ErrorCase {
  readonly source: string;
  readonly str: Expected;
  readonly bytes: Expected;
}

const CASES: readonly ErrorCase[] = [
  {
    source: "if x\n    pass\n",
    str: ["SyntaxError", "expected ':'", 1, 5, 1, 5, "if x\n"],
    bytes: ["SyntaxError", "expected ':'", 1, 5, 1, 5, "if x\n"],
  },
  {
    source: "def f():\nreturn 1\n",
    str: [
      "IndentationError",
      "expected an indented block after function definition on line 1",
      2,
      1,
      2,
      7,
      "return 1\n",
    ],
    bytes: [
      "IndentationError",
      "expected an indented block after function definition on line 1",
      2,
      1,
      2,
      7,
      "return 1\n",
    ],
  },
  {
    source: "  x = 1\n",
    str: ["IndentationError", "unexpected indent", 1, 2, 1, -1, "  x = 1\n"],
    bytes: ["IndentationError", "unexpected indent", 1, 2, 1, -1, "  x = 1\n"],
  },
  {
    source: "x = = 1\n",
    str: ["SyntaxError", "invalid syntax", 1, 5, 1, 6, "x = = 1\n"],
    bytes: ["SyntaxError", "invalid syntax", 1, 5, 1, 6, "x = = 1\n"],
  },
  {
    source: "f() = 1\n",
    str: [
      "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?",
      1,
      1,
      1,
      4,
      "f() = 1\n",
    ],
    bytes: [
      "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?",
      1,
      1,
      1,
      4,
      "f() = 1\n",
    ],
  },
  {
    source: "a, f() = 1, 2\n",
    str: [
      "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?",
      1,
      4,
      1,
      7,
      "a, f() = 1, 2\n",
    ],
    bytes: [
      "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?",
      1,
      4,
      1,
      7,
      "a, f() = 1, 2\n",
    ],
  },
  {
    source: "x = f() = 1\n",
    str: ["SyntaxError", "cannot assign to function call", 1, 5, 1, 8, "x = f() = 1\n"],
    bytes: ["SyntaxError", "cannot assign to function call", 1, 5, 1, 8, "x = f() = 1\n"],
  },
  {
    source: "1 += 2\n",
    str: [
      "SyntaxError",
      "'literal' is an illegal expression for augmented assignment",
      1,
      1,
      1,
      2,
      "1 += 2\n",
    ],
    bytes: [
      "SyntaxError",
      "'literal' is an illegal expression for augmented assignment",
      1,
      1,
      1,
      2,
      "1 += 2\n",
    ],
  },
  {
    source: "(a, b) += 1\n",
    str: [
      "SyntaxError",
      "'tuple' is an illegal expression for augmented assignment",
      1,
      1,
      1,
      7,
      "(a, b) += 1\n",
    ],
    bytes: [
      "SyntaxError",
      "'tuple' is an illegal expression for augmented assignment",
      1,
      1,
      1,
      7,
      "(a, b) += 1\n",
    ],
  },
  {
    source: "[a]: int\n",
    str: ["SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4, "[a]: int\n"],
    bytes: ["SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4, "[a]: int\n"],
  },
  {
    source: "a, b: int\n",
    str: ["SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2, "a, b: int\n"],
    bytes: ["SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2, "a, b: int\n"],
  },
  {
    source: "del f()\n",
    str: ["SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n"],
    bytes: ["SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n"],
  },
  {
    source: "del *a\n",
    str: ["SyntaxError", "cannot delete starred", 1, 5, 1, 7, "del *a\n"],
    bytes: ["SyntaxError", "cannot delete starred", 1, 5, 1, 7, "del *a\n"],
  },
  {
    source: "for 1 in x: pass\n",
    str: ["SyntaxError", "cannot assign to literal", 1, 5, 1, 6, "for 1 in x: pass\n"],
    bytes: ["SyntaxError", "cannot assign to literal", 1, 5, 1, 6, "for 1 in x: pass\n"],
  },
  {
    source: "print 'hello'\n",
    str: [
      "SyntaxError",
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
      1,
      1,
      1,
      14,
      "print 'hello'\n",
    ],
    bytes: [
      "SyntaxError",
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
      1,
      1,
      1,
      14,
      "print 'hello'\n",
    ],
  },
  {
    source: "f(a for a in b, c)\n",
    str: ["SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n"],
    bytes: ["SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n"],
  },
  {
    source: "f(a=1, b)\n",
    str: ["SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10, "f(a=1, b)\n"],
    bytes: ["SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10, "f(a=1, b)\n"],
  },
  {
    source: "f(**k, *a)\n",
    str: [
      "SyntaxError",
      "iterable argument unpacking follows keyword argument unpacking",
      1,
      8,
      1,
      9,
      "f(**k, *a)\n",
    ],
    bytes: [
      "SyntaxError",
      "iterable argument unpacking follows keyword argument unpacking",
      1,
      8,
      1,
      9,
      "f(**k, *a)\n",
    ],
  },
  {
    source: "def f(a=1, b): pass\n",
    str: [
      "SyntaxError",
      "non-default argument follows default argument",
      1,
      12,
      1,
      13,
      "def f(a=1, b): pass\n",
    ],
    bytes: [
      "SyntaxError",
      "non-default argument follows default argument",
      1,
      12,
      1,
      13,
      "def f(a=1, b): pass\n",
    ],
  },
  {
    source: "def f(a, a): pass\n",
    str: null,
    bytes: null,
  },
  {
    source: "(a b)\n",
    str: ["SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"],
    bytes: ["SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"],
  },
  {
    source: "[x for x in y] = 1\n",
    str: [
      "SyntaxError",
      "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
      1,
      1,
      1,
      15,
      "[x for x in y] = 1\n",
    ],
    bytes: [
      "SyntaxError",
      "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
      1,
      1,
      1,
      15,
      "[x for x in y] = 1\n",
    ],
  },
  {
    source: "if x = 1: pass\n",
    str: [
      "SyntaxError",
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1,
      4,
      1,
      9,
      "if x = 1: pass\n",
    ],
    bytes: [
      "SyntaxError",
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1,
      4,
      1,
      9,
      "if x = 1: pass\n",
    ],
  },
  {
    source: "with open(p) as f\n    pass\n",
    str: ["SyntaxError", "expected ':'", 1, 18, 1, 18, "with open(p) as f\n"],
    bytes: ["SyntaxError", "expected ':'", 1, 18, 1, 18, "with open(p) as f\n"],
  },
  {
    source: "try:\n    pass\n",
    str: ["SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1, "    pass\n"],
    bytes: ["SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1, "    pass\n"],
  },
  {
    source: "try:\n    pass\nexcept A, B:\n    pass\n",
    str: ["SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12, "except A, B:\n"],
    bytes: ["SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12, "except A, B:\n"],
  },
  {
    source: "f'{}'\n",
    str: ["SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6, "f'{}'\n"],
    bytes: ["SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6, "f'{}'\n"],
  },
  {
    source: "f'{x!z}'\n",
    str: [
      "SyntaxError",
      "f-string: invalid conversion character: expected 's', 'r', or 'a'",
      1,
      9,
      1,
      9,
      "f'{x!z}'\n",
    ],
    bytes: [
      "SyntaxError",
      "f-string: invalid conversion character: expected 's', 'r', or 'a'",
      1,
      9,
      1,
      9,
      "f'{x!z}'\n",
    ],
  },
  {
    source: "f'{a b}'\n",
    str: ["SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"],
    bytes: ["SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"],
  },
  {
    source: "f'}'\n",
    str: ["SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5, "f'}'\n"],
    bytes: ["SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5, "f'}'\n"],
  },
  {
    source: "'\\x4'\n",
    str: [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
      1,
      6,
      1,
      6,
      "'\\x4'\n",
    ],
    bytes: [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
      1,
      6,
      1,
      6,
      "'\\x4'\n",
    ],
  },
  {
    source: "'a' b'b'\n",
    str: ["SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 9, "'a' b'b'\n"],
    bytes: ["SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 9, "'a' b'b'\n"],
  },
  {
    source: "é = (a b)\n",
    str: ["SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, "é = (a b)\n"],
    bytes: ["SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10, "é = (a b)\n"],
  },
  {
    source: "lambda: (yield)\nmatch x:\ncase 1: pass\n",
    str: [
      "IndentationError",
      "expected an indented block after 'match' statement on line 2",
      3,
      1,
      3,
      5,
      "case 1: pass\n",
    ],
    bytes: [
      "IndentationError",
      "expected an indented block after 'match' statement on line 2",
      3,
      1,
      3,
      5,
      "case 1: pass\n",
    ],
  },
  {
    source: "x = yield = 1\n",
    str: ["SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10, "x = yield = 1\n"],
    bytes: ["SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10, "x = yield = 1\n"],
  },
  {
    source: "{1: *a}\n",
    str: ["SyntaxError", "cannot use a starred expression in a dictionary value", 1, 5, 1, 7, "{1: *a}\n"],
    bytes: ["SyntaxError", "cannot use a starred expression in a dictionary value", 1, 5, 1, 7, "{1: *a}\n"],
  },
  {
    source: "(*a)\n",
    str: ["SyntaxError", "cannot use starred expression here", 1, 2, 1, 4, "(*a)\n"],
    bytes: ["SyntaxError", "cannot use starred expression here", 1, 2, 1, 4, "(*a)\n"],
  },
  {
    source: "class A\n    pass\n",
    str: ["SyntaxError", "expected ':'", 1, 8, 1, 8, "class A\n"],
    bytes: ["SyntaxError", "expected ':'", 1, 8, 1, 8, "class A\n"],
  },
];

function outcome(source: string | Uint8Array): Expected {
  try {
    parse(source, "<test>");
    return null;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.endLineno ?? -1, e.endOffset ?? -1, e.text ?? ""];
  }
}

for (const c of CASES) {
  test(`error for ${JSON.stringify(c.source)}`, () => {
    assert.deepEqual(outcome(c.source), c.str, "source given as str");
    assert.deepEqual(outcome(new TextEncoder().encode(c.source)), c.bytes, "source given as bytes");
  });
}

test("a source nested too deeply is a MemoryError, as pegen's stack limit gives", () => {
  // python3: ast.parse("-" * 100000 + "1") raises MemoryError (Parser/pegen.c, MAXSTACK).
  assert.throws(
    () => parse("-".repeat(100000) + "1", "<test>"),
    (e: unknown) => e instanceof PyErrorCarrier && e.pyType === "MemoryError",
  );
});
