// SIGINT delivered to a running `pyglass FILE` (src/cli/sigint.ts, src/vm/signals.ts): the
// traceback, the way the process ends and what handlers do are compared with python3 run the
// same way. Each program prints "start" once it is ready for the signal.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { cliLauncher } from "./helpers.js";

const { dir, launcher } = cliLauncher("pyglass-sigint-");

interface Outcome {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs argv, sends SIGINT `delayMs` after "start" appears on stdout, and collects the outcome. */
function interrupt(argv: string[], delayMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const killer = setTimeout(() => child.kill("SIGKILL"), 20000);
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (!sent && stdout.includes("start\n")) {
        sent = true;
        setTimeout(() => child.kill("SIGINT"), delayMs);
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(killer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

async function compare(name: string, source: string, extra: string[] = []): Promise<Outcome> {
  const file = join(dir, name);
  writeFileSync(file, source);
  const expected = await interrupt(["python3", file], 200);
  const got = await interrupt([process.execPath, launcher, ...extra, file], 600);
  assert.deepEqual(got, expected);
  return got;
}

test("SIGINT in a busy loop: KeyboardInterrupt's traceback, then death by SIGINT", async () => {
  const r = await compare("busy.py", 'print("start", flush=True)\nwhile True:\n    pass\n');
  assert.equal(r.signal, "SIGINT");
  assert.match(r.stderr, /KeyboardInterrupt\n$/);
});

test("SIGINT during time.sleep in real time interrupts the sleep", async () => {
  const r = await compare("sleep.py", 'import time\nprint("start", flush=True)\ntime.sleep(100)\n', [
    "--real-time",
  ]);
  assert.match(r.stderr, /time\.sleep\(100\)\nKeyboardInterrupt\n$/);
});

test("try/except KeyboardInterrupt catches the interrupt", async () => {
  const src =
    'print("start", flush=True)\ntry:\n    n = 0\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught")\nprint("end")\n';
  const r = await compare("caught.py", src);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "start\ncaught\nend\n");
});

test("a signal.signal handler runs in the main thread and may end the program", async () => {
  const src = [
    "import signal, time",
    "def handler(signum, frame):",
    "    print('handler', signum, frame.f_code.co_name)",
    "    raise SystemExit(7)",
    "signal.signal(signal.SIGINT, handler)",
    "print('start', flush=True)",
    "time.sleep(100)",
    "",
  ].join("\n");
  const r = await compare("handler.py", src, ["--real-time"]);
  assert.equal(r.status, 7);
});

test("SIG_IGN ignores SIGINT; SIG_DFL lets it kill the process without a traceback", async () => {
  const ignored = [
    "import signal, time",
    "signal.signal(signal.SIGINT, signal.SIG_IGN)",
    "print('start', flush=True)",
    "time.sleep(1.5)",
    "print('done')",
    "",
  ].join("\n");
  const r = await compare("ignored.py", ignored, ["--real-time"]);
  assert.equal(r.stdout, "start\ndone\n");
  const dfl = [
    "import signal",
    "signal.signal(signal.SIGINT, signal.SIG_DFL)",
    "print('start', flush=True)",
    "while True:",
    "    pass",
    "",
  ].join("\n");
  const d = await compare("default.py", dfl);
  assert.equal(d.signal, "SIGINT");
  assert.equal(d.stderr, "");
});

test("an unhandled KeyboardInterrupt raised by the program also ends the process by SIGINT", () => {
  const file = join(dir, "raised.py");
  writeFileSync(file, "print('before')\nraise KeyboardInterrupt\n");
  const expected = spawnSync("python3", [file], { encoding: "utf8" });
  const got = spawnSync(process.execPath, [launcher, file], { encoding: "utf8" });
  assert.equal(expected.signal, "SIGINT");
  assert.deepEqual(
    { status: got.status, signal: got.signal, stdout: got.stdout, stderr: got.stderr },
    { status: expected.status, signal: expected.signal, stdout: expected.stdout, stderr: expected.stderr },
  );
});
