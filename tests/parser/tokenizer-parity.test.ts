// Parity on a fixed sample of 300 standard-library files (evenly spaced over the sorted list,
// site-packages left out so the sample is the same on every machine with python3.11):
// - `pyglass tokens` prints what `python3 -m tokenize` prints, byte for byte;
// - the parser's token stream equals CPython's C tokenizer's (tokenize's
//   _generate_tokens_from_c_tokenizer), positions included, except the columns CPython leaves
//   at -1 (INDENT, DEDENT) and ENDMARKER, which it does not yield.
// The whole library is scripts/parity-tokens.mjs (`npm run parity:tokens`).
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { tokenizeReport } from "../../src/cli/tokens-command.js";
import { decodeSource } from "../../src/parser/source.js";
import { tokenizeAll } from "../../src/parser/tokenizer.js";
import { askPython } from "../objects/python-oracle.js";

const SAMPLE = 300;

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "site-packages") walk(path, out);
    } else if (entry.isFile() && entry.name.endsWith(".py")) out.push(path);
  }
  return out;
}

const stdlib = askPython("print(json.dumps(__import__('sysconfig').get_paths()['stdlib']))", null) as string;
const all = walk(stdlib, []).sort();
const files = Array.from(
  { length: Math.min(SAMPLE, all.length) },
  (_, i) => all[Math.floor((i * all.length) / SAMPLE)]!,
);

test("pyglass tokens prints what python3 -m tokenize prints (300 stdlib files)", () => {
  const PY = `
import io, tokenize
real_out, real_err = sys.stdout, sys.stderr
out = []
for path in data:
    o, e = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = o, e
    sys.argv = ["tokenize", path]
    status = 0
    try:
        tokenize.main()
    except SystemExit as x:
        status = x.code if isinstance(x.code, int) else 1
    except BaseException:
        status = None
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    out.append(None if status is None else [o.getvalue(), e.getvalue(), status])
print(json.dumps(out))
`;
  const expected = askPython(PY, files) as ([string, string, number] | null)[];
  const failures: string[] = [];
  let compared = 0;
  files.forEach((path, i) => {
    const want = expected[i];
    if (want === null || want === undefined) return; // tokenize.py itself crashes on this file
    compared++;
    const got = tokenizeReport(readFileSync(path), path);
    if (got.stdout === want[0] && got.stderr === want[1] && got.status === want[2]) return;
    const a = want[0].split("\n");
    const b = got.stdout.split("\n");
    const line = a.findIndex((l, k) => l !== b[k]);
    failures.push(
      `${path}: line ${line + 1}\n  python3: ${a[line]}\n  pyglass: ${b[line]}\n  stderr: ${want[1]} | ${got.stderr}`,
    );
  });
  assert.ok(compared > SAMPLE * 0.9, `only ${compared} files compared`);
  assert.equal(failures.length, 0, failures.slice(0, 5).join("\n"));
});

test("the parser's tokens equal CPython's C tokenizer's (300 stdlib files)", () => {
  const PY = `
import tokenize, token
KEEP = {token.NAME, token.NUMBER, token.STRING, token.NEWLINE, token.INDENT, token.DEDENT}
out = []
for path in data:
    with open(path, "rb") as f:
        src = f.read()
    try:
        text = src.decode(tokenize.detect_encoding(iter(src.splitlines(True)).__next__)[0])
        toks = []
        for t in tokenize._generate_tokens_from_c_tokenizer(text.lstrip("\\ufeff")):
            kind = "NAME" if t.type in (token.ASYNC, token.AWAIT) else token.tok_name[t.type] if t.type in KEEP else "OP"
            toks.append("%s %s %d,%d-%d,%d" % ((kind, json.dumps(t.string, ensure_ascii=False)) + t.start + t.end))
        out.append(toks)
    except Exception:
        out.append(None)
print(json.dumps(out))
`;
  const expected = askPython(PY, files) as (string[] | null)[];
  const failures: string[] = [];
  files.forEach((path, i) => {
    const want = expected[i];
    if (want === null || want === undefined) return;
    const { tokens, error } = tokenizeAll(decodeSource(readFileSync(path), path).text);
    if (error !== null) {
      failures.push(`${path}: ${error.message}`);
      return;
    }
    const got = tokens
      .filter((t) => t.type !== "ENDMARKER")
      .map((t) => {
        const blind = t.type === "INDENT" || t.type === "DEDENT";
        const text = t.type === "NEWLINE" ? "" : t.string;
        const col = blind ? -1 : t.colOffset;
        const endCol = blind ? -1 : t.endColOffset;
        return `${t.type} ${JSON.stringify(text)} ${t.lineno},${col}-${t.endLineno},${endCol}`;
      });
    // CPython's NEWLINE carries the comment before it as its string; ours is empty.
    const normalized = want.map((w) => w.replace(/^NEWLINE ".*" /, 'NEWLINE "" '));
    const k = normalized.findIndex((w, j) => w !== got[j]);
    if (k >= 0 || got.length !== normalized.length) {
      failures.push(`${path}: token ${k}\n  python3: ${normalized[k]}\n  pyglass: ${got[k]}`);
    }
  });
  assert.equal(failures.length, 0, failures.slice(0, 5).join("\n"));
});
