// The body of a float loop (`t = t + x * y - x; x = x * 1.0000001` over a range) written by hand
// in the shapes a compile tier could give it, to measure what each shape costs in V8 before
// building it (docs/internals/vm.md, "The compile tier"):
//   slots    what src/vm/jit/ writes today: every value through the frame's slot array, `lasti`
//            and the budget stored at every instruction;
//   no-lasti the same without the per-instruction `lasti`/budget stores;
//   locals   the value stack in JavaScript locals within a run, the budget taken once per run,
//            `lasti` only where an instruction can leave (the slow paths would store it).
// Objects are made as pyglass makes floats (a base constructor, src/objects/float.ts).
// Run: node bench/experiments/compile-tier-shapes.mjs [iterations] [rounds]
const floatType = { name: "float" };
function PyFloat(value) {
  this.type = floatType;
  this.value = value;
}
class RangeIter {
  constructor(cur, step, remaining) {
    this.cur = cur;
    this.step = step;
    this.remaining = remaining;
  }
}
function slowPath() {
  throw new Error("the experiment never takes a slow path");
}
const isFloat = (v) => v instanceof PyFloat && v.type === floatType;

// The slot-array shape, as src/vm/jit/emit.ts writes it: generated source, one block per
// instruction, with or without the per-instruction `lasti`/budget stores.
function slotsShape(perInstruction) {
  const step = (at) => (perInstruction ? `lasti = ${at}; budget--;` : "");
  const load = (k) => `if ((v = s[${k}]) == null) slowPath(); s[sp++] = v;`;
  const store = (k) => `s[${k}] = s[--sp]; s[sp] = null;`;
  const binary = (js) =>
    `w = s[--sp]; v = s[sp - 1]; s[sp] = null;
     if (!(v instanceof PyFloat && w instanceof PyFloat && v.type === floatType && w.type === floatType)) slowPath();
     s[sp - 1] = new PyFloat(v.value ${js} w.value);`;
  const body = [
    [23, store(4)],
    [24, load(3)],
    [25, load(1)],
    [26, load(2)],
    [27, binary("*")],
    [29, binary("+")],
    [31, load(1)],
    [32, binary("-")],
    [34, store(3)],
    [35, load(1)],
    [36, "s[sp++] = consts[0];"],
    [37, binary("*")],
    [39, store(1)],
    [40, ""],
  ]
    .map(([at, code]) => `${step(at)} ${code}`)
    .join("\n");
  const src = `return function slots(s, consts, n) {
    let sp = 5, lasti = 0, budget = 1e12, v, w;
    s[sp++] = new RangeIter(0, 1, n);
    for (;;) {
      ${step(22)}
      v = s[sp - 1];
      if (!(v.remaining > 0)) break;
      v.remaining--; s[sp++] = v.cur; v.cur += v.step;
      if (budget < 14) slowPath();
      ${body}
    }
    return [s[3], lasti];
  };`;
  return new Function("PyFloat", "floatType", "RangeIter", "slowPath", src)(
    PyFloat,
    floatType,
    RangeIter,
    slowPath,
  );
}

function locals(s, consts, n) {
  let budget = 1e12;
  const it = new RangeIter(0, 1, n);
  for (;;) {
    budget--;
    if (!(it.remaining > 0)) break;
    const i = it.cur;
    it.remaining--;
    it.cur += it.step;
    if (budget < 14) slowPath();
    budget -= 14;
    s[4] = i;
    let a = s[3];
    let b = s[1];
    const c = s[2];
    if (a == null || b == null || c == null) slowPath();
    if (!isFloat(b) || !isFloat(c)) slowPath();
    b = new PyFloat(b.value * c.value);
    if (!isFloat(a)) slowPath();
    a = new PyFloat(a.value + b.value);
    b = s[1];
    if (b == null || !isFloat(b)) slowPath();
    s[3] = new PyFloat(a.value - b.value);
    a = s[1];
    b = consts[0];
    if (a == null || !isFloat(a) || !isFloat(b)) slowPath();
    s[1] = new PyFloat(a.value * b.value);
  }
  return [s[3], 0];
}

const shapes = { slots: slotsShape(true), "no-lasti": slotsShape(false), locals };
const n = Number(process.argv[2] ?? 3e6);
const rounds = Number(process.argv[3] ?? 9);
const times = Object.fromEntries(Object.keys(shapes).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(shapes)) {
    const s = new Array(12).fill(null);
    s[1] = new PyFloat(0.5);
    s[2] = new PyFloat(1.25);
    s[3] = new PyFloat(0);
    const start = process.hrtime.bigint();
    const [t] = run(s, [new PyFloat(1.0000001)], n);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r === 0) console.log(name, "result", t.value);
  }
}
for (const [name, ms] of Object.entries(times)) {
  const sorted = ms.slice(1).sort((a, b) => a - b);
  console.log(
    name.padEnd(9),
    "median",
    sorted[sorted.length >> 1].toFixed(0),
    "ms  min",
    sorted[0].toFixed(0),
    "ms",
  );
}
