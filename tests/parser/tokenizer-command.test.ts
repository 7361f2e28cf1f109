// `pyglass tokens FILE` against `python3 -m tokenize FILE` on files made to hit tokenize.py's
// corners: stdout, stderr and exit status must be the same.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { tokensCommand } from "../../src/cli/tokens-command.js";
import { askPython } from "../objects/python-oracle.js";

/** File contents as strings of code points 0-255 (the bytes). */
const FILES: Readonly<Record<string, string>> = {
  "plain.py": "def f(a, *, b=1):\n    return a ** b  # power\n",
  "no-newline.py": "if x:\n    y = 1",
  "comment-last.py": "x = 1\n    # trailing",
  "blank-last.py": "if x:\n    y\n   ",
  "crlf.py": "if x:\r\n    y = '''a\r\nb'''\r\n\r\n",
  "cr-only.py": "x = 1\ry = 2\r",
  "formfeed.py": "\fx = 1\n\f\n  \fy\n",
  "bom.py": "\xef\xbb\xbfprint('ok')\n",
  "latin1.py": "# -*- coding: latin-1 -*-\ns = '\xe9'\n",
  "bad-utf8.py": "s = '\xff'\n",
  "unknown-codec.py": "# coding: klingon\nx = 1\n",
  "bom-latin1.py": "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
  "eof-statement.py": "x = (1,\n     2,\n",
  "eof-string.py": "x = '''abc\ndef\n",
  "dedent.py": "if x:\n        a\n    b\n",
  "errortokens.py": "a = $b ? c! 'open\nd = \"x\\\n",
  "unicode.py": "é = '😀' + ² + x\u0301\nπ = 3\n",
  "numbers.py": "0777 1if 0x 1_000j 1e5 .5j 0b12\n",
  "continued.py": "x = 1 + \\\n    2\ny = 'a\\\nb'\n",
  "nul.py": "x = 1\n\x00\n",
  "tabs.py": "if x:\n\ty\n        z\n",
  "empty.py": "",
};

const PYTHON = `
import io, tokenize
real_out, real_err = sys.stdout, sys.stderr
out = {}
for name, path in data.items():
    o, e = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = o, e
    sys.argv = ["tokenize", path]
    status = 0
    try:
        tokenize.main()
    except SystemExit as x:
        status = x.code if isinstance(x.code, int) else 1
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    out[name] = [o.getvalue(), e.getvalue(), status]
print(json.dumps(out))
`;

test("pyglass tokens prints what python3 -m tokenize prints, errors and exit status included", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-tokens-"));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(FILES)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], Buffer.from(content, "latin1"));
  }
  paths["missing.py"] = join(dir, "missing.py");
  paths["a-directory"] = dir;
  const expected = askPython(PYTHON, paths) as Record<string, [string, string, number]>;
  for (const [name, path] of Object.entries(paths)) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await tokensCommand(path, {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
    });
    assert.deepEqual([out.join(""), err.join(""), status], expected[name], name);
  }
});
