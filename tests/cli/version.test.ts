import assert from "node:assert/strict";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";

function capture(): {
  out: string[];
  err: string[];
  io: { stdout(t: string): void; stderr(t: string): void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) } };
}

test("--version names the Python version and pyglass's", async () => {
  const c = capture();
  assert.equal(await main(["--version"], c.io), 0);
  assert.match(c.out.join(""), /^Python 3\.11\.\d+ \(pyglass \d+\.\d+\.\d+\)\n$/);
});

test("no arguments is a usage error with exit code 2", async () => {
  const c = capture();
  assert.equal(await main([], c.io), 2);
  assert.match(c.err.join(""), /^usage: pyglass /m);
});
