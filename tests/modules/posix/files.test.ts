// open() and the os file functions over the host's file system (Host.fs): a host without one,
// or with file access switched off, makes open fail with OSError; with Node's implementation
// files round-trip and descriptors are numbered from 3.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { memoryHost, runInHost } from "../../../src/index.js";
import type { Host } from "../../../src/index.js";
import { nodeFs } from "../../../src/host-node/fs.js";
import { setPosixFileSystemAccess } from "../../../src/modules/posix.js";

async function run(host: Host, out: string[], program: string): Promise<string> {
  out.length = 0;
  const result = await runInHost(program, "/prog.py", host);
  assert.equal(result.exitCode, 0, out.join(""));
  return out.join("");
}

const OPEN_FAILS = [
  "try:",
  "    open('x.txt', 'w')",
  "except OSError as e:",
  "    print(type(e).__name__, e.errno)",
].join("\n");

test("open() raises OSError on a host without a file system", async () => {
  const out: string[] = [];
  const host = memoryHost({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
  assert.equal(await run(host, out, OPEN_FAILS), "OSError 38\n");
});

test("files round-trip through Node's file system; access can be switched off", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-files-"));
  const files = nodeFs();
  try {
    const out: string[] = [];
    const base = memoryHost({ stdout: (s) => out.push(s), stderr: (s) => out.push(s), cwd: dir });
    const host: Host = { ...base, fs: files };
    const path = JSON.stringify(join(dir, "a.txt"));
    const program = [
      "import os",
      `with open(${path}, "w") as f:`,
      "    print(f.fileno(), f.write('one\\ntwo\\n'))",
      `with open(${path}, "a") as f:`,
      "    f.write('three\\n')",
      `with open(${path}) as f:`,
      "    print(f.readlines())",
      `print(os.stat(${path}).st_size)`,
    ].join("\n");
    assert.equal(await run(host, out, program), "3 8\n['one\\n', 'two\\n', 'three\\n']\n14\n");
    assert.equal(readFileSync(join(dir, "a.txt"), "utf8"), "one\ntwo\nthree\n");
    setPosixFileSystemAccess(host, false);
    assert.equal(await run(host, out, OPEN_FAILS), "OSError 38\n");
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});
