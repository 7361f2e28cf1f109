// A JavaScript error escaping the VM (an internal bug) must reach the user as a Python-level
// report: the traceback of where the program was and a SystemError line, exit status 1, and no
// JavaScript stack frames. The bug is simulated by a compiler that fails with a host TypeError
// when the program calls exec().
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDefaultCompiler, runSource } from "../../src/index.js";
import type { Compiler } from "../../src/vm/host.js";

test("an escaped host error is reported as a SystemError with the Python traceback", async () => {
  const real = await loadDefaultCompiler();
  let calls = 0;
  const broken: Compiler = (source, filename, mode, flags, onWarning) => {
    if (calls++ > 0) {
      const missing: { type: string } | undefined = undefined;
      return (missing as unknown as { type: { x: never } }).type.x;
    }
    return real(source, filename, mode, flags, onWarning);
  };
  let stdout = "";
  let stderr = "";
  const source = 'print("before")\ndef f():\n    exec("x = 1")\nf()\nprint("not reached")\n';
  const r = await runSource(source, {
    compile: broken,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  assert.equal(r.exitCode, 1);
  assert.equal(stdout, "before\n");
  const lines = stderr.split("\n");
  assert.equal(lines[0], "Traceback (most recent call last):");
  assert.ok(stderr.includes('  File "<string>", line 4, in <module>\n'), stderr);
  assert.ok(stderr.includes('  File "<string>", line 3, in f\n'), stderr);
  assert.match(
    stderr,
    /\nSystemError: pyglass internal error: TypeError: Cannot read properties of undefined \(reading 'type'\)\n$/,
  );
  assert.doesNotMatch(stderr, /^\s+at .*\.js/m);
});
