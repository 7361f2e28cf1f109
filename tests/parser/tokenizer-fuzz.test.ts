// Differential fuzzing with a fixed seed: pieces of stdlib files with random edits (quotes,
// brackets, backslashes, odd numbers, non-ASCII and control characters, `\r`, NUL) are tokenized
// by us and by python3, in both views:
// - the parser's stream against CPython's C tokenizer (_generate_tokens_from_c_tokenizer): the
//   same tokens, and the same SyntaxError when the tokenizer raises one (errors CPython only
//   reports through the parser end its token stream, so there the tokens must stop at the same
//   place);
// - the `tokenize` module's view against tokenize.generate_tokens, errors included.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { TokenizeModuleError, generateTokens, splitLines } from "../../src/parser/tokenizer-module.js";
import { tokenizeAll } from "../../src/parser/tokenizer.js";
import { TestRandom, askPython } from "../objects/python-oracle.js";

const COUNT = 600;
const PIECES = [
  "'",
  '"',
  "'''",
  '"""',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "\\",
  "\\\n",
  "\\\r\n",
  "\n",
  "\t",
  "    ",
  " ",
  "#",
  "0",
  "1",
  "0x",
  "0o",
  "0b",
  "_",
  ".",
  "e",
  "j",
  "1e",
  "0777",
  "1_",
  "é",
  "€",
  "😀",
  "²",
  "\u0301",
  "\u00a0",
  "\u200b",
  "$",
  "?",
  "!",
  "\r\n",
  "\r",
  "\f",
  "\u0001",
  "if",
  "rb'",
  'f"',
  "u'",
  ":=",
  "->",
  "...",
];

const stdlib = askPython("print(json.dumps(__import__('sysconfig').get_paths()['stdlib']))", null) as string;
const corpus = ["os.py", "json/decoder.py", "textwrap.py", "string.py", "tokenize.py", "ast.py"].map((f) =>
  readFileSync(join(stdlib, f), "utf8"),
);

function cases(seed: number): string[] {
  const r = new TestRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const text = r.pick(corpus);
    const start = r.below(text.length - 400);
    let src = text.slice(start, start + 20 + r.below(300));
    const edits = 1 + r.below(4);
    for (let e = 0; e < edits; e++) {
      const at = r.below(src.length + 1);
      src = src.slice(0, at) + r.pick(PIECES) + src.slice(at + r.below(3));
    }
    if (r.below(3) === 0) src = src.replace(/^[ \t]+/, "");
    if (r.below(4) === 0) src = src.replace(/\n$/, "");
    out.push(src);
  }
  return out;
}

test("the parser's tokens and errors equal CPython's C tokenizer's on edited sources", () => {
  const sources = cases(20231);
  const PY = `
import tokenize, token
KEEP = {token.NAME, token.NUMBER, token.STRING, token.NEWLINE, token.INDENT, token.DEDENT}
out = []
for src in data:
    toks, err = [], None
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            kind = "NAME" if t.type in (token.ASYNC, token.AWAIT) else token.tok_name[t.type] if t.type in KEEP else "OP"
            text = "" if kind == "NEWLINE" else t.string
            toks.append("%s %s %d,%d-%d,%d" % ((kind, json.dumps(text, ensure_ascii=False)) + t.start + t.end))
    except SyntaxError as e:
        err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    out.append([toks, err])
print(json.dumps(out, ensure_ascii=False))
`;
  const expected = askPython(PY, sources) as [string[], unknown[] | null][];
  const failures: string[] = [];
  sources.forEach((src, i) => {
    const [want, wantError] = expected[i]!;
    const { tokens, error } = tokenizeAll(src);
    const got = tokens
      .filter((t) => t.type !== "ENDMARKER")
      .map((t) => {
        const blind = t.type === "INDENT" || t.type === "DEDENT";
        const text = t.type === "NEWLINE" ? "" : t.string;
        return `${t.type} ${JSON.stringify(text)} ${t.lineno},${blind ? -1 : t.colOffset}-${t.endLineno},${blind ? -1 : t.endColOffset}`;
      });
    const raised =
      error !== null && error.family === "raised"
        ? [error.kind, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset, error.text]
        : null;
    if (
      JSON.stringify(got) !== JSON.stringify(want) ||
      JSON.stringify(raised) !== JSON.stringify(wantError)
    ) {
      const k = want.findIndex((w, j) => w !== got[j]);
      failures.push(
        `${JSON.stringify(src)}\n  token ${k}: ${want[k]} | ${got[k]}\n  error: ${JSON.stringify(wantError)} | ${JSON.stringify(raised)}`,
      );
    }
  });
  assert.equal(failures.length, 0, failures.slice(0, 5).join("\n"));
});

test("the tokenize module's view equals tokenize.generate_tokens on edited sources", () => {
  const sources = cases(777);
  const PY = `
import io, tokenize
out = []
for src in data:
    toks, err = [], None
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append([tokenize.tok_name[t.type], t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
    except IndentationError as e:
        err = ["IndentationError", e.args[0], e.args[1][1], e.args[1][2]]
    except tokenize.TokenError as e:
        err = ["TokenError", e.args[0], e.args[1][0], e.args[1][1]]
    out.append([toks, err])
print(json.dumps(out, ensure_ascii=False))
`;
  const expected = askPython(PY, sources) as [unknown[][], unknown[] | null][];
  const failures: string[] = [];
  sources.forEach((src, i) => {
    const [want, wantError] = expected[i]!;
    const got: unknown[][] = [];
    let error: unknown[] | null = null;
    try {
      for (const t of generateTokens(splitLines(src))) got.push([t.type, t.string, ...t.start, ...t.end]);
    } catch (e) {
      if (!(e instanceof TokenizeModuleError)) throw e;
      error = [e.kind, e.msg, e.lineno, e.column];
    }
    if (JSON.stringify([got, error]) !== JSON.stringify([want, wantError])) {
      const k = want.findIndex((w, j) => JSON.stringify(w) !== JSON.stringify(got[j]));
      failures.push(
        `${JSON.stringify(src)}\n  token ${k}: ${JSON.stringify(want[k])} | ${JSON.stringify(got[k])}\n  error: ${JSON.stringify(wantError)} | ${JSON.stringify(error)}`,
      );
    }
  });
  assert.equal(failures.length, 0, failures.slice(0, 5).join("\n"));
});
