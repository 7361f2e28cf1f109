// os and os.path over the host layer: what a host exposes is what programs see, directory
// listings need a host that can list, and the embedder's switch hides the file system.
import assert from "node:assert/strict";
import { test } from "node:test";
import { memoryHost, runInHost } from "../../../src/index.js";
import type { Host } from "../../../src/index.js";
import { setPosixFileSystemAccess } from "../../../src/modules/posix.js";

const PROGRAM = [
  "import os",
  "print(os.path.exists('/d/a.txt'), os.path.isfile('/d/a.txt'), os.path.isdir('/d'))",
  "try:",
  "    print(sorted(os.listdir('/d')))",
  "except OSError as e:",
  "    print(type(e).__name__, e.errno)",
  "print(os.getcwd(), os.environ.get('K'))",
].join("\n");

async function run(host: Host, out: string[]): Promise<string> {
  out.length = 0;
  const result = await runInHost(PROGRAM, "/d/prog.py", host);
  assert.equal(result.exitCode, 0, out.join(""));
  return out.join("");
}

function makeHost(out: string[], listing: boolean): Host {
  const base = memoryHost({
    files: { "/d/a.txt": "x", "/d/b.txt": "y" },
    stdout: (s) => out.push(s),
    stderr: (s) => out.push(s),
    cwd: "/d",
  });
  const env = { K: "v" };
  if (!listing) return { ...base, env };
  const listDir = (p: string): string[] | null => (p === "/d" ? ["b.txt", "a.txt"] : null);
  return { ...base, env, listDir } as Host;
}

test("os sees the host's files, cwd and environment", async () => {
  const out: string[] = [];
  const text = await run(makeHost(out, true), out);
  assert.equal(text, "True True True\n['a.txt', 'b.txt']\n/d v\n");
});

test("listdir fails cleanly on a host that cannot list directories", async () => {
  const out: string[] = [];
  const text = await run(makeHost(out, false), out);
  assert.equal(text, "True True True\nPermissionError 1\n/d v\n");
});

test("switching file access off hides the file system", async () => {
  const out: string[] = [];
  const host = makeHost(out, true);
  setPosixFileSystemAccess(host, false);
  assert.equal(await run(host, out), "False False False\nFileNotFoundError 2\n/d v\n");
  setPosixFileSystemAccess(host, true);
  assert.equal(await run(host, out), "True True True\n['a.txt', 'b.txt']\n/d v\n");
});
