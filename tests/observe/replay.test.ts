// --record FILE / --replay FILE: a recorded --switch-points=any race replays to the same output
// and the same trace; a recording replayed against another program stops with a clear report.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { cli, cliProcessTraced, tempFile } from "./cli-run.js";

const RACE = "examples/threads/counter_race.py";

test("a recorded race replays to the same stdout and trace", async () => {
  const rec = tempFile("race.rec.json");
  const recorded = cliProcessTraced("--seed", "9", "--switch-points=any", "--record", rec, RACE);
  assert.equal(recorded.err, "");
  const doc = JSON.parse(readFileSync(rec, "utf8")) as {
    program: string;
    options: { switchPoints: string; seed: number };
    decisions: [number, number, string][];
  };
  assert.equal(doc.program, RACE);
  assert.deepEqual(doc.options, { switchPoints: "any", seed: 9 });
  assert.ok(doc.decisions.length > 10);
  assert.ok(doc.decisions.every(([ticks, tid, why]) => ticks > 0 && tid > 0 && why.length > 0));
  // No --seed and no --switch-points: both come from the recording.
  const replayed = cliProcessTraced("--replay", rec, RACE);
  assert.equal(replayed.err, "");
  assert.equal(replayed.code, 0);
  assert.equal(replayed.out, recorded.out);
  assert.ok(replayed.trace === recorded.trace, "the replayed trace differs");
  // A different seed's run is a different schedule: the recording is what made the output.
  const other = await cli("--seed", "10", "--switch-points=any", RACE);
  assert.notEqual(other.out, recorded.out);
});

test("replaying against another program stops with a report, not a crash", async () => {
  const rec = tempFile("race.rec.json");
  await cli("--seed", "9", "--switch-points=any", "--record", rec, RACE);
  const source = [
    "import sys, threading",
    "sys.setswitchinterval(1e-5)",
    "n = 0",
    "def work():",
    "    global n",
    "    for _ in range(50_000): n += 1",
    "ts = [threading.Thread(target=work) for _ in range(3)]",
    "for t in ts: t.start()",
    "for t in ts: t.join()",
    "print(n)",
  ].join("\n");
  const r = await cli("--replay", rec, "-c", source);
  assert.equal(r.code, 2);
  assert.match(r.err, /^pyglass: --replay .*race\.rec\.json: the program did not follow the recording: /m);
  assert.match(
    r.err,
    /decision 1 was recorded at instruction \d+, the run reached a decision at instruction \d+\n$/,
  );
  assert.doesNotMatch(r.err, /internal error|SystemError| {4}at /);
  // A single-threaded program makes no decision: the recording is left unused, which is reported.
  const single = await cli("--replay", rec, "-c", "print(1)");
  assert.equal(single.code, 2);
  assert.equal(single.out, "1\n");
  assert.match(single.err, /recorded decisions not made/);
});

test("an unreadable recording is a usage error", async () => {
  const bad = tempFile("bad.json");
  writeFileSync(bad, "{ not json");
  const r = await cli("--replay", bad, RACE);
  assert.equal(r.code, 2);
  assert.match(r.err, /^pyglass: --replay .*bad\.json: not JSON/);
  const missing = await cli("--replay", tempFile("missing.json"), RACE);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^pyglass: --replay /);
});
