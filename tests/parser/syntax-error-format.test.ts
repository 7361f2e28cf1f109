// The syntax-error report against python3's own: SyntaxError objects built with chosen fields are
// printed by CPython's top-level hook (sys.__excepthook__, the C print_exception), and real
// `python3 -c` runs are compared whole.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";
import type { SyntaxErrorFields } from "../../src/parser/syntax-error-format.js";
import { formatSyntaxError } from "../../src/parser/syntax-error-format.js";
import { runPython, runPythonJson } from "../syntax-errors/python.js";

/** Prints each case with CPython's hook and returns the texts, in order. */
const PRINT_WITH_CPYTHON = `
import io, json, sys
out = []
for c in json.load(sys.stdin):
    cls = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}[c["kind"]]
    e = cls(c["msg"], (c["filename"], c["lineno"], c["offset"], c["text"], c["endLineno"], c["endOffset"]))
    buf = io.StringIO()
    sys.stderr, saved = buf, sys.stderr
    try:
        sys.__excepthook__(cls, e, None)
    finally:
        sys.stderr = saved
    out.append(buf.getvalue())
print(json.dumps(out))
`;

function cpythonReports(cases: readonly SyntaxErrorFields[]): string[] {
  return runPythonJson<string[]>(PRINT_WITH_CPYTHON, cases);
}

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("hand-picked reports equal CPython's", () => {
  const base = { kind: "SyntaxError", msg: "invalid syntax", filename: "t.py", lineno: 3, endLineno: 3 };
  const cases: SyntaxErrorFields[] = [
    { ...base, offset: 5, text: "x = = 1\n", endOffset: 6 },
    { ...base, offset: 9, text: "    if x = 1:\n", endOffset: 14 },
    { ...base, offset: 1, text: "\t\f  print 'x'\n", endOffset: 12 },
    // Non-ASCII before the error: carets are placed by characters, clipped by bytes.
    { ...base, offset: 7, text: "é = ñ + €€ )\n", endOffset: 8 },
    { ...base, offset: 40, text: "ééé\n", endOffset: 41 },
    // Offset past the end is clipped to the line's length.
    { ...base, offset: 99, text: "abc\n", endOffset: 100 },
    // Multi-line text: the lines before the offset are skipped, later ones are printed too.
    { ...base, offset: 7, text: "a = (\n  1 +\n", endOffset: 9, endLineno: 4 },
    { ...base, offset: 2, text: "a = (\n  1 +\n", endOffset: 3 },
    // Spanning lines underlines to the end of the first.
    { ...base, offset: 5, text: "x = (1,\n", endOffset: 2, endLineno: 5 },
    // Unknown positions.
    { ...base, offset: null, text: "abc\n", endOffset: null, endLineno: null },
    { ...base, offset: 0, text: "abc", endOffset: 0 },
    { ...base, offset: 3, text: null, endOffset: 4 },
    // Subclasses get a single caret whatever their end.
    {
      ...base,
      kind: "IndentationError",
      msg: "unexpected indent",
      offset: 5,
      text: "    y = 2\n",
      endOffset: 10,
    },
    { ...base, kind: "TabError", msg: "inconsistent use of tabs", offset: 2, text: "\tz\n", endOffset: 9 },
    { ...base, msg: "", offset: 1, text: "a\n", endOffset: 2 },
    { ...base, filename: null, offset: 1, text: "a\0b\n", endOffset: 4 },
    { ...base, offset: 2, text: "x𝔘y = 1\n", endOffset: 3 },
    // No line number (decoding errors): no location, and the message is str(exception).
    { ...base, lineno: null, offset: null, text: null, endLineno: null, endOffset: null },
    { ...base, filename: "dir/t.py", lineno: null, offset: 3, text: "abc\n", endOffset: 4 },
    { ...base, filename: null, lineno: null, offset: null, text: null, endOffset: null, endLineno: null },
  ];
  const expected = cpythonReports(cases);
  cases.forEach((c, i) => assert.equal(formatSyntaxError(c), expected[i], JSON.stringify(c)));
});

test("a PythonSyntaxError formats through the same fields", () => {
  const e = new PythonSyntaxError("SyntaxError", "expected ':'", "a.py", 1, 5, "if x\n", 1, 6);
  const [expected] = cpythonReports([e]);
  assert.equal(formatSyntaxError(e), expected);
});

test("2,000 random field combinations print as CPython prints them", () => {
  const next = random(20261121);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pieces = ["a", "bc", " ", "\t", "\f", "\n", "é", "€", "𝔘", "x = 1", "(", "  ", "\r"];
  const cases: SyntaxErrorFields[] = [];
  for (let i = 0; i < 2000; i++) {
    const lineno = int(1, 3);
    let text: string | null = null;
    if (next() < 0.95) {
      text = "";
      for (let n = int(0, 8); n > 0; n--) text += pick(pieces);
    }
    cases.push({
      kind: pick(["SyntaxError", "SyntaxError", "IndentationError", "TabError"]),
      msg: pick(["invalid syntax", "", "x"]),
      filename: "f.py",
      lineno,
      offset: next() < 0.1 ? null : int(-2, 15),
      text,
      endLineno: pick([null, lineno, lineno + 1, lineno - 1]),
      endOffset: next() < 0.1 ? null : int(-2, 20),
    });
  }
  const expected = cpythonReports(cases);
  let mismatches = 0;
  cases.forEach((c, i) => {
    if (formatSyntaxError(c) !== expected[i]) {
      mismatches++;
      if (mismatches <= 5) assert.equal(formatSyntaxError(c), expected[i], JSON.stringify(c));
    }
  });
  assert.equal(mismatches, 0);
});

/** Compiles each source with CPython and returns the SyntaxError's fields. */
const COMPILE_FIELDS = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<string>", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "msg": e.msg, "filename": e.filename, "lineno": e.lineno,
                    "offset": e.offset, "text": e.text, "endLineno": e.end_lineno, "endOffset": e.end_offset})
print(json.dumps(out))
`;

test("python3 -c prints what the formatter prints for the error's fields", () => {
  const sources = [
    "x = (1,\n",
    "if x\n  pass",
    "for x in y:\nprint(x)",
    "print 'hello'",
    "f(a for a in b, c)",
    "d = {'a': 1 'b': 2}",
    "  x = 1",
    "s = 'abc",
    "é = 1 +* 2",
    "x = 1 if y",
  ];
  const fields = runPythonJson<(SyntaxErrorFields | null)[]>(COMPILE_FIELDS, sources);
  sources.forEach((source, i) => {
    const f = fields[i];
    assert.ok(f, `python3 compiled ${JSON.stringify(source)}`);
    const run = runPython(["-c", source]);
    assert.equal(run.status, 1);
    assert.equal(formatSyntaxError(f), run.stderr, JSON.stringify(source));
  });
});

test("formatting python3's own fields for every corpus snippet gives python3's stderr", () => {
  const path = join(process.cwd(), "tests", "syntax-errors", "expected.json");
  const corpus = JSON.parse(readFileSync(path, "utf8")) as {
    cases: Record<string, SyntaxErrorFields & { stderr: string }>;
  };
  const entries = Object.entries(corpus.cases);
  assert.ok(entries.length >= 150);
  for (const [name, c] of entries) assert.equal(formatSyntaxError(c), c.stderr, name);
});
