/**
 * The _random module (Modules/_randommodule.c): the Random type, a Mersenne Twister with
 * seed, random, getrandbits, getstate and setstate. Everything else random offers is written in
 * Python on top of it (lib/random.py), as in CPython.
 */
import type { PyType, PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType, typeOf } from "../objects/core.js";
import { carry, typeError, valueError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { clinicArgs, intValue, noKw, oneArg, typeName } from "../objects/helpers.js";
import { norm } from "../objects/int.js";
import { PyBytes, PyModule } from "../objects/misc.js";
import { defineMethods, defineStatic, nativeFunctions } from "../objects/native.js";
import { hash } from "../objects/ops/hash.js";
import { PyTuple } from "../objects/tuple.js";
import { MersenneTwister } from "./random/mt19937.js";
import { hostEntropy } from "./_random-entropy.js";

/** A _random.Random instance (or an instance of a subclass): its generator state. */
export class PyRandom extends PyObject {
  readonly mt = new MersenneTwister();
  constructor(type: PyType) {
    super(type);
    seedFromEntropy(this.mt);
  }
}

/** random_seed_urandom: 624 words of host entropy. */
function seedFromEntropy(mt: MersenneTwister): void {
  const bytes = hostEntropy(624 * 4);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, 624);
  mt.seedWords(words);
}

export const randomType = defineBuiltinType("Random", { alloc: (t) => new PyRandom(t) });
randomType.ns.set("__module__", "_random");
randomType.hasDict = false;

function self_(v: PyValue): PyRandom {
  if (v instanceof PyRandom) return v;
  throw typeError(`descriptor requires a '_random.Random' object but received '${typeName(v)}'`);
}

defineStatic(randomType, {
  __new__: (_t, _s, args) => {
    const cls = args[0] as PyType;
    return cls.alloc(cls);
  },
});

defineMethods(randomType, {
  // random_init: a direct Random(...) takes no keywords and at most one argument.
  __init__: {
    gen: function* (t, self, args, kwnames) {
      const r = self_(self);
      const init = typeOf(self).lookup("__init__");
      if ((typeOf(self) === randomType || init === randomType.ns.get("__init__")) && kwnames?.length)
        throw typeError("Random() takes no keyword arguments");
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 1) throw typeError("Random() requires 0 or 1 argument");
      yield* seedWith(t, r, npos === 1 ? args[0]! : None);
      return None;
    },
  },
  seed: {
    gen: function* (t, self, args, kwnames) {
      noKw("seed", kwnames);
      clinicArgs("seed", args, 0, 1);
      yield* seedWith(t, self_(self), args.length ? args[0]! : None);
      return None;
    },
  },
  random: (_t, self, args, kwnames) => {
    clinicArgs("random", args, 0, 0);
    noKw("random", kwnames);
    return new PyFloat(self_(self).mt.random());
  },
  getrandbits: (_t, self, args, kwnames) => {
    const k = intValue(oneArg("getrandbits", args, kwnames));
    if (k === undefined)
      throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
    return norm(carry(() => self_(self).mt.getrandbits(k)));
  },
  getstate: (_t, self) =>
    new PyTuple(
      self_(self)
        .mt.getState()
        .map((w) => norm(w)),
    ),
  setstate: (_t, self, args, kwnames) => {
    const state = oneArg("setstate", args, kwnames);
    if (!(state instanceof PyTuple)) throw typeError("state vector must be a tuple");
    const words: bigint[] = [];
    for (const item of state.items) {
      const v = intValue(item);
      if (v === undefined) throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`);
      words.push(BigInt(v));
    }
    carry(() => self_(self).mt.setState(words));
    return None;
  },
});

/** random_seed: None draws from the host, an int seeds by its absolute value, anything else by its hash. */
function* seedWith(t: Parameters<typeof hash>[0], r: PyRandom, arg: PyValue) {
  if (arg === None) {
    seedFromEntropy(r.mt);
    return;
  }
  const iv = intValue(arg);
  if (iv !== undefined) {
    r.mt.seedInt(BigInt(iv));
    return;
  }
  const h = yield* hash(t, arg);
  r.mt.seedHash(BigInt(h));
}

export function makeRandomModule(): PyModule {
  const m = new PyModule("_random");
  m.dict!.setStr("Random", randomType);
  // Host entropy for random.SystemRandom where no os.urandom exists (a browser build).
  for (const [name, fn] of nativeFunctions("_random", {
    _urandom: (_t, _s, args, kw) => {
      const n = intValue(oneArg("_urandom", args, kw));
      if (n === undefined) throw typeError("an integer is required");
      if (n < 0) throw valueError("negative argument not allowed");
      return new PyBytes(hostEntropy(Number(n)));
    },
  }))
    m.dict!.setStr(name, fn);
  return m;
}
