// Decoding source files (source.ts) against python3 running the same bytes as a script: the
// decoded text when it runs, CPython's SyntaxError message when the encoding is wrong.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codecDecoder, DecodeFailure } from "../../src/parser/source-codecs.js";
import { decodeSource } from "../../src/parser/source.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";
import { askPython } from "../objects/python-oracle.js";

const latin1 = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Each case is the file's bytes, written as a string of code points 0-255. */
const CASES: readonly string[] = [
  "x = '\xff'\n",
  "# hello\nx = '\xe9\xff'\n",
  "# -*- coding: foobar -*-\nx = 1\n",
  "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
  "\xef\xbb\xbf# coding: utf8\nx = 1\n",
  "# coding: latin-1\nx = '\x80\xe9'\n",
  "# coding: ascii\nx = '\xe9'\n",
  "#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n",
  "x = 1\n# coding: latin-1\ny = '\xe9'\n",
  "# coding=cp1252\nx = '\x81'\n",
  "# coding: utf-16\nx = 1\n",
  "  # coding: latin_1\nx = '\xe9'\n",
  "\xef\xbb\xbfx = 'ok'\n",
  "\xef\xbb\xbf# coding: utf-8\nx = '\xc3\xa9'\n",
  "# coding: euc-jp\nx = '\xa4\xa2'\n",
  "\n\n# coding: latin-1\nx='\xe9'\n",
  "\\\n# coding: latin-1\nx='\xe9'\n",
  "x = '''\n\xff'''\n",
  "# coding: iso-8859-15\nx = '\xa4'\n",
  "# coding: latin9\nx = '\xa4'\n",
  "# coding: iso-8859-9\nx = '\x85\xd0'\n",
  "# coding: koi8-r\nx = '\xc1'\n",
  "#!/usr/bin/env python\n# -*- coding: Latin-1 -*-\nx = '\xa0'\n",
  "x = 1 # coding: latin-1\ny = '\xe9'\n",
  "x = 'caf\xc3\xa9 \xf0\x9f\x98\x80'\n",
  "x = '\xed\xa0\x80'\n",
];

const PYTHON = `
import os, subprocess, sys, tempfile, tokenize
d = tempfile.mkdtemp()
with open(os.path.join(d, "sitecustomize.py"), "w") as f:
    f.write("import sys, json\\n"
            "def hook(t, e, tb):\\n"
            "    print(json.dumps([t.__name__, getattr(e, 'msg', str(e)), getattr(e, 'lineno', None)]))\\n"
            "sys.excepthook = hook\\n")
out = []
for i, case in enumerate(data):
    path = os.path.join(d, "case%d.py" % i)
    with open(path, "wb") as f:
        f.write(bytes(case))
    r = subprocess.run([sys.executable, path], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": d})
    if r.stdout.strip():
        kind, msg, lineno = json.loads(r.stdout)
        out.append({"error": msg.replace(path, "FILE"), "kind": kind, "lineno": lineno})
    else:
        with tokenize.open(path) as f:
            out.append({"text": f.read()})
print(json.dumps(out))
`;

type Expected = { text: string } | { error: string; kind: string; lineno: number | null };

test("source decoding matches python3 running the file", () => {
  const expected = askPython(PYTHON, CASES.map(latin1)) as Expected[];
  const failures: string[] = [];
  CASES.forEach((c, i) => {
    let actual: Expected;
    try {
      actual = { text: decodeSource(Uint8Array.from(latin1(c)), "FILE").text };
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      actual = { error: e.msg, kind: e.kind, lineno: e.lineno === 0 ? null : e.lineno };
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

test("the encoding CPython settles on", () => {
  const enc = (s: string): string => decodeSource(Uint8Array.from(latin1(s)), "f.py").encoding;
  assert.equal(enc("x = 1\n"), "utf-8");
  assert.equal(enc("\xef\xbb\xbfx = 1\n"), "utf-8");
  assert.equal(enc("# coding: Latin_1\n"), "iso-8859-1");
  assert.equal(enc("# coding: UTF-8-unix\n"), "utf-8");
  assert.equal(enc("# vim: set fileencoding=cp1252 :\n"), "cp1252");
});

const SINGLE_BYTE_CODECS = [
  "ascii",
  "latin-1",
  ...["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874"],
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15].map((n) => `iso8859_${n}`),
  "koi8_r",
  "koi8_u",
];

test("single-byte codecs decode every byte as Python's codecs do", () => {
  const PY = `
out = {}
for name in data:
    row = []
    for b in range(256):
        try:
            row.append(ord(bytes([b]).decode(name)))
        except UnicodeDecodeError:
            row.append(-1)
    out[name] = row
print(json.dumps(out))
`;
  const expected = askPython(PY, SINGLE_BYTE_CODECS) as Record<string, number[]>;
  for (const name of SINGLE_BYTE_CODECS) {
    const decoder = codecDecoder(name);
    assert.ok(decoder !== null, name);
    const actual = Array.from({ length: 256 }, (_, b) => {
      try {
        return decoder(Uint8Array.of(b)).codePointAt(0)!;
      } catch (e) {
        if (e instanceof DecodeFailure) return -1;
        throw e;
      }
    });
    assert.deepEqual(actual, expected[name], name);
  }
});
