// Command-line options of `npm run bench` (scripts/bench.mjs).

export const USAGE = `usage: npm run bench -- [options] [NAME ...]

Runs each benchmark under CPython and under pyglass, alternately, and prints medians, the
pyglass/CPython ratio and its geometric mean. NAMEs pick benchmarks (default: all).

options:
  --runs N           timed runs per interpreter and benchmark (default 5)
  --warmup N         untimed runs before them, per interpreter (default 1)
  --quick            one timed run, no warm-up (a rough look, not a measurement)
  --tiny             run each program at its tiny test size (checks the harness; times mean nothing)
  --group G          core, later or all (default all); ignored when NAMEs are given
  --timeout S        seconds before one run is killed and reported as a timeout (default 300)
  --python CMD       CPython to compare with (default python3; its sys.executable is what runs)
  --dist DIR         pyglass build folder (default dist/, the one the pyglass command uses)
  --pyglass-arg ARG  pass ARG to pyglass before the script (repeatable)
  --cpython-only     measure CPython alone (e.g. to tune program sizes)
  --out FILE         where to write the JSON result (default bench/results/TIME-COMMIT.json)
  --no-save          do not write a JSON result
  --compare FILE     afterwards, compare with an earlier JSON result
  --startup          measure only hello-world start-up (wall, CPU, peak RSS)
  --list             list the benchmarks and exit
  -h, --help         show this help`;

const DEFAULTS = {
  names: [],
  runs: 5,
  warmup: 1,
  tiny: false,
  group: "all",
  timeout: 300,
  python: "python3",
  dist: null,
  pyglassArgs: [],
  cpythonOnly: false,
  out: null,
  save: true,
  compare: null,
  startup: false,
  list: false,
  help: false,
};

function count(flag, text, least) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < least) throw new Error(`${flag} wants an integer >= ${least}, got ${text}`);
  return n;
}

/** Parses argv (after the script name); throws an Error with a message on bad input. */
export function parseOptions(argv) {
  const o = { ...DEFAULTS, names: [], pyglassArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--runs":
        o.runs = count(arg, value(), 1);
        break;
      case "--warmup":
        o.warmup = count(arg, value(), 0);
        break;
      case "--quick":
        o.runs = 1;
        o.warmup = 0;
        break;
      case "--tiny":
        o.tiny = true;
        break;
      case "--group": {
        const g = value();
        if (!["core", "later", "all"].includes(g))
          throw new Error(`--group wants core, later or all, got ${g}`);
        o.group = g;
        break;
      }
      case "--timeout":
        o.timeout = count(arg, value(), 1);
        break;
      case "--python":
        o.python = value();
        break;
      case "--dist":
        o.dist = value();
        break;
      case "--pyglass-arg":
        o.pyglassArgs.push(value());
        break;
      case "--cpython-only":
        o.cpythonOnly = true;
        break;
      case "--out":
        o.out = value();
        break;
      case "--no-save":
        o.save = false;
        break;
      case "--compare":
        o.compare = value();
        break;
      case "--startup":
        o.startup = true;
        break;
      case "--list":
        o.list = true;
        break;
      case "-h":
      case "--help":
        o.help = true;
        break;
      default:
        if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
        o.names.push(arg);
    }
  }
  return o;
}
