// The start-up snapshot's warm-up (scripts/snapshot.mjs, docs/internals/performance.md
// "Start-up"). The snapshot is taken after this has run, so it holds the object bootstrap
// (types, builtins' natives) done and the functions every run needs compiled: V8 keeps their
// bytecode in the snapshot, where a cold start would compile them again.
//
// Nothing here may leave state a later run would see: the program runs in its own interpreter,
// writes to sinks, reads no stdin and imports nothing (module objects and native modules belong
// to the interpreter that imported them), and takes no random seed from Node (node:crypto's
// randomInt keeps a buffer of random bytes, which would be baked into the snapshot and repeat
// in every run). It assigns no object ids either, so id() in a run from the snapshot gives what
// it gives in a run without.
import { runSource } from "../index.js";

/** Exercises the paths every program takes: classes, calls, exceptions, printing, a traceback. */
const WARM_UP = `
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def squares(n):
    return [i * i for i in range(n) if i % 2 == 0]

def pairs(items):
    for i, item in enumerate(items):
        yield i, item

total = 0
for p in [Point(i, str(i)) for i in range(50)]:
    try:
        total += p.x + len(repr(p)) + sum(squares(10))
    except (TypeError, ValueError) as e:
        raise RuntimeError("unreachable") from e
data = {"k": [1, 2.5, None, True], "s": {1, 2}}
print("hello world", total, sorted(data), dict(pairs("ab")), sep=" ")
print(f"{total:>10}|{2.5:.3f}|{'x' * 3}", len(data), end="\\n")
raise KeyError("done")
`;

/**
 * Runs the warm-up program to its end (an uncaught KeyError: the traceback printer is warmed
 * too) and returns what it wrote to stderr if it did not end that way.
 */
export async function warmUp(): Promise<string | null> {
  let stderr = "";
  const result = await runSource(WARM_UP, {
    argv: ["-c"],
    stdout: () => {},
    stderr: (s) => {
      stderr += s;
    },
    stdin: "",
    hashSeed: 0,
    stdoutIsTTY: false,
    // A fixed schedule: the run must not ask Node for a random seed (see above).
    threads: { seed: 0 },
    // The host's networking is set up as in every run (node:net and node:dns loaded, about 4 ms
    // of each start otherwise), though no socket is opened.
    network: true,
  });
  const expected = result.exitCode === 1 && stderr.endsWith("KeyError: 'done'\n");
  return expected ? null : `exit ${result.exitCode}: ${stderr}`;
}
