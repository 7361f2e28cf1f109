// The coroutines example of examples/: cancellation delivered at the await point, cleanup run.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { runPyglass, runPython } from "./helpers.js";

const example = join(process.cwd(), "examples", "coroutines.py");

test("examples/coroutines.py prints what python3 prints", async () => {
  const expected = runPython(null, example);
  const got = await runPyglass(null, example);
  assert.equal(got.stderr, expected.stderr);
  assert.equal(got.stdout, expected.stdout);
  assert.equal(got.exitCode, expected.exitCode);
});

test("the cancelled task cleans up at its await and ends cancelled", async () => {
  const got = await runPyglass(null, example);
  const lines = got.stdout.split("\n");
  const cancelledAt = lines.indexOf("downloader: cancelled after 3 chunks, cleaning up");
  assert.ok(cancelledAt > 0, got.stdout);
  assert.deepEqual(lines.slice(cancelledAt, cancelledAt + 4), [
    "downloader: cancelled after 3 chunks, cleaning up",
    "downloader: temporary files removed",
    "downloader: finally",
    "main: the task is cancelled",
  ]);
  assert.ok(lines.includes("cancelled: True"));
  assert.ok(lines.includes("shared counter without a lock: 2000"));
});
