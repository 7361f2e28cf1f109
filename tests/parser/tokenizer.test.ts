// The parser's token stream on tricky inputs, token by token. Each expectation was checked
// against CPython 3.11's own tokenizer (tokenize._generate_tokens_from_c_tokenizer); INDENT,
// DEDENT and ENDMARKER columns are ours (CPython leaves them at -1, see tokenizer.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../../src/parser/token.js";
import {
  Tokenizer,
  laterError,
  normalizeNewlines,
  tokenize,
  tokenizeAll,
} from "../../src/parser/tokenizer.js";

/** `TYPE "string" line,col-line,col` per token, columns in UTF-8 bytes. */
function show(tokens: readonly Token[]): string[] {
  return tokens.map(
    (t) =>
      `${t.type} ${JSON.stringify(t.string)} ${t.lineno},${t.colOffset}-${t.endLineno},${t.endColOffset}`,
  );
}

function check(source: string, expected: string[]): void {
  assert.deepEqual(show(tokenize(source)), expected);
}

test("indentation, comments and blank lines", () => {
  check("if x:\n    y = 1  # c\n\n  # only comment\n    z\n", [
    'NAME "if" 1,0-1,2',
    'NAME "x" 1,3-1,4',
    'OP ":" 1,4-1,5',
    'NEWLINE "" 1,5-1,5',
    'INDENT "" 2,4-2,4',
    'NAME "y" 2,4-2,5',
    'OP "=" 2,6-2,7',
    'NUMBER "1" 2,8-2,9',
    // The NEWLINE starts at the comment before it, as CPython's does.
    'NEWLINE "" 2,11-2,14',
    'NAME "z" 5,4-5,5',
    'NEWLINE "" 5,5-5,5',
    'DEDENT "" 5,6-5,6',
    'ENDMARKER "" 5,6-5,6',
  ]);
});

test("implicit joining in brackets and explicit joining with a backslash", () => {
  check("x = (1,\n     2) + \\\n  3\n", [
    'NAME "x" 1,0-1,1',
    'OP "=" 1,2-1,3',
    'OP "(" 1,4-1,5',
    'NUMBER "1" 1,5-1,6',
    'OP "," 1,6-1,7',
    'NUMBER "2" 2,5-2,6',
    'OP ")" 2,6-2,7',
    'OP "+" 2,8-2,9',
    'NUMBER "3" 3,2-3,3',
    'NEWLINE "" 3,3-3,3',
    'ENDMARKER "" 3,4-3,4',
  ]);
});

test("string prefixes in any case, triple quotes across lines; ur is a name", () => {
  check("rb'a' Rb\"b\" f'''x\ny''' u'z' bR'' Fr'' ur''\n", [
    "STRING \"rb'a'\" 1,0-1,5",
    'STRING "Rb\\"b\\"" 1,6-1,11',
    "STRING \"f'''x\\ny'''\" 1,12-2,4",
    "STRING \"u'z'\" 2,5-2,9",
    "STRING \"bR''\" 2,10-2,14",
    "STRING \"Fr''\" 2,15-2,19",
    'NAME "ur" 2,20-2,22',
    "STRING \"''\" 2,22-2,24",
    'NEWLINE "" 2,24-2,24',
    'ENDMARKER "" 2,25-2,25',
  ]);
});

test("numbers of every form; a keyword right after a number only warns", () => {
  const warnings: string[] = [];
  const tokens = tokenize("0x_1f 0o17 0b1_0 1_000.5e-3j .5 5. 1e5 0 00 0_0 1J 1if 1 else 2\n", {
    onWarning: (message, lineno) => {
      warnings.push(`${lineno}: ${message}`);
      return false;
    },
  });
  assert.deepEqual(show(tokens), [
    'NUMBER "0x_1f" 1,0-1,5',
    'NUMBER "0o17" 1,6-1,10',
    'NUMBER "0b1_0" 1,11-1,16',
    'NUMBER "1_000.5e-3j" 1,17-1,28',
    'NUMBER ".5" 1,29-1,31',
    'NUMBER "5." 1,32-1,34',
    'NUMBER "1e5" 1,35-1,38',
    'NUMBER "0" 1,39-1,40',
    'NUMBER "00" 1,41-1,43',
    'NUMBER "0_0" 1,44-1,47',
    'NUMBER "1J" 1,48-1,50',
    'NUMBER "1" 1,51-1,52',
    'NAME "if" 1,52-1,54',
    'NUMBER "1" 1,55-1,56',
    'NAME "else" 1,57-1,61',
    'NUMBER "2" 1,62-1,63',
    'NEWLINE "" 1,63-1,63',
    'ENDMARKER "" 1,64-1,64',
  ]);
  assert.deepEqual(warnings, ["1: invalid decimal literal"]);
});

test("a warning the filter turns into an error is a SyntaxError at the keyword", () => {
  const r = tokenizeAll("x = 1if y else 2\n", { onWarning: () => true });
  assert.equal(r.error?.msg, "invalid decimal literal");
  assert.equal(r.error?.offset, 5);
});

test("every operator, longest first; unknown characters are OP tokens for the parser to reject", () => {
  check(":= -> ... **= //= @= != <> < << <<= >>= ~ ^= |= &= %= $ ? !\n", [
    'OP ":=" 1,0-1,2',
    'OP "->" 1,3-1,5',
    'OP "..." 1,6-1,9',
    'OP "**=" 1,10-1,13',
    'OP "//=" 1,14-1,17',
    'OP "@=" 1,18-1,20',
    'OP "!=" 1,21-1,23',
    'OP "<>" 1,24-1,26',
    'OP "<" 1,27-1,28',
    'OP "<<" 1,29-1,31',
    'OP "<<=" 1,32-1,35',
    'OP ">>=" 1,36-1,39',
    'OP "~" 1,40-1,41',
    'OP "^=" 1,42-1,44',
    'OP "|=" 1,45-1,47',
    'OP "&=" 1,48-1,50',
    'OP "%=" 1,51-1,53',
    'OP "$" 1,54-1,55',
    'OP "?" 1,56-1,57',
    'OP "!" 1,58-1,59',
    'NEWLINE "" 1,59-1,59',
    'ENDMARKER "" 1,60-1,60',
  ]);
});

test("columns count UTF-8 bytes; start and end are JavaScript string offsets", () => {
  const source = "é = 'ü' + ñandú\ns = '😀'; t\n";
  const tokens = tokenize(source);
  assert.deepEqual(show(tokens), [
    'NAME "é" 1,0-1,2',
    'OP "=" 1,3-1,4',
    "STRING \"'ü'\" 1,5-1,9",
    'OP "+" 1,10-1,11',
    'NAME "ñandú" 1,12-1,19',
    'NEWLINE "" 1,19-1,19',
    'NAME "s" 2,0-2,1',
    'OP "=" 2,2-2,3',
    "STRING \"'😀'\" 2,4-2,10",
    'OP ";" 2,10-2,11',
    'NAME "t" 2,12-2,13',
    'NEWLINE "" 2,13-2,13',
    'ENDMARKER "" 2,14-2,14',
  ]);
  for (const t of tokens) {
    if (t.string !== "") assert.equal(source.slice(t.start, t.end), t.string);
  }
  assert.deepEqual(
    tokens.map((t) => [t.start, t.end]),
    [
      [0, 1],
      [2, 3],
      [4, 7],
      [8, 9],
      [10, 15],
      [15, 15],
      [16, 17],
      [18, 19],
      [20, 24],
      [24, 25],
      [26, 27],
      [27, 27],
      [28, 28],
    ],
  );
});

test("\\r\\n and \\r are newlines; a text ending in \\r\\n gets an extra empty line, as in CPython", () => {
  check("a = 1\r\nif a:\r\n  b\r\n", [
    'NAME "a" 1,0-1,1',
    'OP "=" 1,2-1,3',
    'NUMBER "1" 1,4-1,5',
    'NEWLINE "" 1,5-1,5',
    'NAME "if" 2,0-2,2',
    'NAME "a" 2,3-2,4',
    'OP ":" 2,4-2,5',
    'NEWLINE "" 2,5-2,5',
    'INDENT "" 3,2-3,2',
    'NAME "b" 3,2-3,3',
    'NEWLINE "" 3,3-3,3',
    'DEDENT "" 4,1-4,1',
    'ENDMARKER "" 4,1-4,1',
  ]);
  assert.equal(normalizeNewlines("x\r\ny\rz"), "x\ny\nz\n");
  assert.equal(normalizeNewlines("x\r\n"), "x\n\n");
  assert.equal(new Tokenizer("x\r\n").source, "x\n\n");
});

test("a missing final newline is supplied, then the pending DEDENTs", () => {
  check("x", ['NAME "x" 1,0-1,1', 'NEWLINE "" 1,1-1,1', 'ENDMARKER "" 1,2-1,2']);
  check("if 1:\n  x", [
    'NAME "if" 1,0-1,2',
    'NUMBER "1" 1,3-1,4',
    'OP ":" 1,4-1,5',
    'NEWLINE "" 1,5-1,5',
    'INDENT "" 2,2-2,2',
    'NAME "x" 2,2-2,3',
    'NEWLINE "" 2,3-2,3',
    'DEDENT "" 2,4-2,4',
    'ENDMARKER "" 2,4-2,4',
  ]);
});

test("a comment-only last line without newline produces no NEWLINE", () => {
  check("x = 1  # c\n# tail", [
    'NAME "x" 1,0-1,1',
    'OP "=" 1,2-1,3',
    'NUMBER "1" 1,4-1,5',
    'NEWLINE "" 1,7-1,10',
    'ENDMARKER "" 2,7-2,7',
  ]);
});

test("a backslash line: the first backslash's column decides the indentation", () => {
  check("if 1:\n    x\n\\\n    y\n", [
    'NAME "if" 1,0-1,2',
    'NUMBER "1" 1,3-1,4',
    'OP ":" 1,4-1,5',
    'NEWLINE "" 1,5-1,5',
    'INDENT "" 2,4-2,4',
    'NAME "x" 2,4-2,5',
    'NEWLINE "" 2,5-2,5',
    'NAME "y" 4,4-4,5',
    'NEWLINE "" 4,5-4,5',
    'DEDENT "" 4,6-4,6',
    'ENDMARKER "" 4,6-4,6',
  ]);
});

test("a form feed resets the indentation count", () => {
  check("if 1:\n\f  x\n  \fy\n", [
    'NAME "if" 1,0-1,2',
    'NUMBER "1" 1,3-1,4',
    'OP ":" 1,4-1,5',
    'NEWLINE "" 1,5-1,5',
    'INDENT "" 2,3-2,3',
    'NAME "x" 2,3-2,4',
    'NEWLINE "" 2,4-2,4',
    'DEDENT "" 3,3-3,3',
    'NAME "y" 3,3-3,4',
    'NEWLINE "" 3,4-3,4',
    'ENDMARKER "" 3,5-3,5',
  ]);
});

test("async and await are plain names", () => {
  const types = tokenize("async def f():\n  await x\n").map((t) => `${t.type}:${t.string}`);
  assert.deepEqual(types.slice(0, 2), ["NAME:async", "NAME:def"]);
  assert.ok(types.includes("NAME:await"));
});

test("the pull API yields the same tokens, then ENDMARKER again", () => {
  const source = "def f(a, *, b=1):\n    return a\n";
  const tokenizer = new Tokenizer(source);
  const pulled: Token[] = [];
  for (;;) {
    const t = tokenizer.next();
    pulled.push(t);
    if (t.type === "ENDMARKER") break;
  }
  assert.deepEqual(pulled, tokenize(source));
  assert.equal(tokenizer.next().type, "ENDMARKER");
});

test("tokenizeAll keeps the tokens before an error; the error repeats", () => {
  const r = tokenizeAll("x = 1\ny = 0x\n");
  assert.deepEqual(
    r.tokens.map((t) => t.string),
    ["x", "=", "1", "", "y", "="],
  );
  assert.equal(r.error?.msg, "invalid hexadecimal literal");
  const tokenizer = new Tokenizer("0x");
  assert.throws(() => tokenizer.next(), /invalid hexadecimal literal/);
  assert.throws(() => tokenizer.next(), /invalid hexadecimal literal/);
});

test("laterError: raised errors always win; an unclosed bracket only from an earlier line", () => {
  const raised = tokenizeAll("f(1 2\n'abc\n").error;
  assert.equal(laterError(raised, 1)?.msg, "unterminated string literal (detected at line 2)");
  const unclosed = tokenizeAll("x = (1 +\n2\n").error;
  assert.equal(unclosed?.family, "reported");
  assert.equal(laterError(unclosed, 2)?.msg, "'(' was never closed");
  assert.equal(laterError(unclosed, 1), null);
  const dedent = tokenizeAll("if x:\n  a\n b\n").error;
  assert.equal(laterError(dedent, 1), null);
  assert.equal(laterError(null, 1), null);
});
