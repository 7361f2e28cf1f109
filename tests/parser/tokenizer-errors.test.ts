// The tokenizer's errors, each compared with what python3 reports for the same source: class,
// message, lineno, offset, end position and text. python3 compiles every case in one process,
// from a file, as `compile(open(F).read(), F, "exec")` does.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeSource } from "../../src/parser/source.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";
import { tokenizeAll } from "../../src/parser/tokenizer.js";
import { askPython } from "../objects/python-oracle.js";

interface Case {
  readonly source: string;
  /** Run with warnings turned into errors (`-W error`). */
  readonly warningsAsErrors?: boolean;
}

const nested = (depth: number): string =>
  Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}if x:\n`).join("") + `${" ".repeat(depth)}pass\n`;

const CASES: readonly Case[] = [
  // numbers
  ...[
    "1abc",
    "0x1g",
    "0x",
    "x = 0x_",
    "0o8",
    "0o18",
    "0o",
    "0b2",
    "0b12",
    "0b",
    "01",
    "0777",
    "x = 00012 + 1",
    "0_",
    "1_",
    "1__2",
    "1_000_",
    "1.5_",
    "1e5_",
    "1e",
    "1e+",
    "1jx",
    "1.5abc",
    "1andy",
    "é = 01",
    'x = "é" + 0x',
  ].map((source) => ({ source })),
  // strings
  ...[
    "'abc",
    '"""abc',
    "x = rb'abc",
    "x = '''\nabc\n\ndef",
    'x = "abc\\\ndef',
    "a = 1\nb = 'é\n",
    "f'''\n",
    "x = 'a' + 'b",
  ].map((source) => ({ source })),
  // characters
  ...[
    "€",
    "ab€",
    "x = 1€",
    "a\u00a0b",
    "a\u0001b",
    "a\u000bb",
    "_€",
    "é€",
    "😀 = 1",
    "x = \u200b",
    "x = a\u00adb",
  ].map((source) => ({ source })),
  // line continuation
  ...[
    "x = 1 \\ 2",
    "x = 1\\ 2",
    "a\nb\nx = 1 \\ 2",
    '"é" \\ 2',
    "x = 1 + \\\n  2 \\ 3",
    "\\",
    "x = 1 +\\",
    "  \\\n",
    "x = 1\n  \\\n",
    "if 1:\n  x = 1 \\\n",
  ].map((source) => ({ source })),
  // brackets
  ...[
    ")",
    "x = 1]",
    "(]",
    "(\n]",
    "foo(\n1,\n2\n]",
    "x = [1, 2)",
    "x = {'a': (1, 2]}",
    "(1,",
    "x = (1 2",
    "{\n(1,\n",
    'print("x")\n(1,\n2',
    "x = (\n1 +\\",
    "f(\n  [1,\n   2,\n",
    "(".repeat(201),
  ].map((source) => ({ source })),
  // indentation
  ...[
    "if x:\n  a\n b\n",
    "if x:\n  a\n b",
    "if x:\n\ta\n        b\n",
    "if x:\n        a\n\tb\n",
    "if x:\n    a\n\tb\n",
    "for x in y:\n  pass\n else",
    "if 1:\n    x\n  \\\n  y\n",
    "if 1:\n  é = 1\n é\n",
    nested(100),
  ].map((source) => ({ source })),
  // warnings that the "error" filter turns into SyntaxErrors
  ...["1if x else 2", "x = 0x1for y in z", "x = [0b1and 1]", "y = 1e5in x", "z = 1jis x"].map((source) => ({
    source,
    warningsAsErrors: true,
  })),
];

const PYTHON = `
import os, tempfile, warnings
out = []
d = tempfile.mkdtemp()
for i, case in enumerate(data):
    path = os.path.join(d, "case%d.py" % i)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(case["source"])
    with warnings.catch_warnings():
        warnings.simplefilter("error" if case.get("warningsAsErrors") else "ignore")
        try:
            with open(path, encoding="utf-8") as f:
                compile(f.read(), path, "exec")
            out.append(None)
        except SyntaxError as e:
            out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text])
print(json.dumps(out))
`;

type Report =
  [string, string, number | null, number | null, number | null, number | null, string | null] | null;

test("tokenizer errors match python3's class, message, position and text", () => {
  const expected = askPython(PYTHON, CASES) as Report[];
  const failures: string[] = [];
  CASES.forEach((c, i) => {
    const { error } = tokenizeAll(c.source, {
      filename: "case.py",
      onWarning: () => c.warningsAsErrors === true,
    });
    const actual: Report =
      error === null
        ? null
        : [error.kind, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset, error.text];
    try {
      assert.deepEqual(actual, expected[i]);
    } catch {
      failures.push(
        `${JSON.stringify(c.source)}\n  python3: ${JSON.stringify(expected[i])}\n  pyglass: ${JSON.stringify(actual)}`,
      );
    }
  });
  assert.equal(failures.length, 0, failures.join("\n"));
});

test("every case is an error in python3 (the table tests something)", () => {
  const expected = askPython(PYTHON, CASES) as Report[];
  const accepted = CASES.filter((_, i) => expected[i] === null).map((c) => c.source);
  assert.deepEqual(accepted, []);
});

test("a NUL byte: the line is rejected when it is read (values from python3 running the file)", () => {
  const { error, tokens } = tokenizeAll("x = 1\ny = 2\u0000\n");
  assert.deepEqual(
    [error?.msg, error?.lineno, error?.offset, error?.endLineno, error?.endOffset, error?.text],
    ["source code cannot contain null bytes", 2, 0, 2, 0, "y = 2"],
  );
  assert.deepEqual(
    tokens.map((t) => t.type),
    ["NAME", "OP", "NUMBER", "NEWLINE"],
  );
});

/** Sources given as bytes (code points 0-255), as compile(), exec() and ast.parse() take them. */
const BYTES_CASES: readonly string[] = [
  "x\xff = 1\n",
  "\xff = 1\n",
  "x = 1 \xff\n",
  "a\xe2\x80 = 1\n",
  "a\xe2\x80\xe2 = 1\n",
  "\xe2\x82\xac\xff = 1\n",
  "x = 1\r\ny\xff = 2\n",
  "x = 1\n\xf0\x9f\x98 = 2\n",
  "x = 1\n\xed\xa0\x80 = 2\n",
  "# \xff\nx = 1\n",
  "\xef\xbb\xbfx = 1 # \xff\n",
  "# coding: utf-8\nx = 1 # \xff\n",
  "# coding: utf8\nx = 1 # \xff\n",
  "# coding: euc-jp\nx = 1 # \xff\xff\n",
  "# coding: ascii\nx = 1 # \xe9\n",
  "# coding: cp1252\r\nx = 1\r\n# \x81\n",
  "# coding: foobar\n",
  "\xef\xbb\xbf# coding: latin-1\nx=1\n",
  "x = 1\x00\n",
  "# coding: latin-1\n\xef\xbb\xbf = 1\n",
  // Errors pegen reports keep byte columns when no encoding is declared.
  "if 1:\n  \xc3\xa9=1\n \xc3\xa9\n",
  "x = '\xc3\xa9' \\ 2\n",
  "\xc3\xa9 = (1,\n",
  "# coding: utf-8\nif 1:\n  \xc3\xa9=1\n \xc3\xa9\n",
  "\xef\xbb\xbfx = '\xc3\xa9' \\ 2\n",
];

test("sources given as bytes: decoding and tokenizer errors match python3's compile(bytes)", () => {
  const PY = `
out = []
for case in data:
    try:
        compile(bytes(case), "case.py", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text])
print(json.dumps(out))
`;
  const expected = askPython(
    PY,
    BYTES_CASES.map((c) => Array.from(c, (ch) => ch.charCodeAt(0))),
  ) as Report[];
  const failures: string[] = [];
  BYTES_CASES.forEach((c, i) => {
    let actual: Report;
    try {
      const decoded = decodeSource(Buffer.from(c, "latin1"), "case.py", "bytes");
      const { error } = tokenizeAll(decoded.text, { filename: "case.py", offsetsInBytes: !decoded.declared });
      actual =
        error === null
          ? null
          : [error.kind, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset, error.text];
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      actual = [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
    }
    try {
      assert.deepEqual(actual, expected[i]);
    } catch {
      failures.push(
        `${JSON.stringify(c)}\n  python3: ${JSON.stringify(expected[i])}\n  pyglass: ${JSON.stringify(actual)}`,
      );
    }
  });
  assert.equal(failures.length, 0, failures.join("\n"));
});
