/**
 * The cmath module (Modules/cmathmodule.c): complex versions of the elementary functions, with
 * "math domain error" (ValueError) and "math range error" (OverflowError) where CPython's errno
 * checks raise them. The arithmetic lives in complex-math.ts.
 */
import type { PyValue } from "../../objects/core.js";
import { None, typeOf } from "../../objects/core.js";
import { typeError, valueError } from "../../objects/exceptions.js";
import { PyComplex, PyFloat } from "../../objects/float.js";
import { parseArgs, typeName } from "../../objects/helpers.js";
import { PyModule } from "../../objects/misc.js";
import type { Kw, MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import { callMethod } from "../../objects/ops/call.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Thread } from "../../vm/thread.js";
import { asDouble, domainError, exactly, rangeError } from "../math/args.js";
import * as libm from "../math/libm/index.js";
import type { C, Result } from "./complex-math.js";
import * as cm from "./complex-math.js";

/** PyArg's 'D' converter: complex, __complex__, else a real number. */
function* asComplex(t: Thread, v: PyValue): Gen<C> {
  if (v instanceof PyComplex) return { re: v.real, im: v.imag };
  if (typeof v === "object" && !(v instanceof PyFloat)) {
    const m = typeOf(v).lookup("__complex__");
    if (m !== null && m !== None) {
      const r = yield* callMethod(t, m, v, []);
      if (!(r instanceof PyComplex))
        throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
      return { re: r.real, im: r.imag };
    }
  }
  return { re: yield* asDouble(t, v), im: 0 };
}

function toPy(r: Result): PyComplex {
  if (r.domain) throw domainError();
  if (r.range) throw rangeError();
  return new PyComplex(r.re, r.im);
}

function unary(name: string, fn: (z: C) => Result): MethodSpec {
  return {
    gen: function* (t, _s, args, kw) {
      exactly(name, args, kw, 1);
      return toPy(fn(yield* asComplex(t, args[0]!)));
    },
  };
}

function predicate(name: string, fn: (z: C) => boolean): MethodSpec {
  return {
    gen: function* (t, _s, args, kw) {
      exactly(name, args, kw, 1);
      return fn(yield* asComplex(t, args[0]!));
    },
  };
}

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw typeError(`${name}() takes no keyword arguments`);
}

const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

function functions(): Record<string, MethodSpec> {
  return {
    acos: unary("acos", cm.acos),
    acosh: unary("acosh", cm.acosh),
    asin: unary("asin", cm.asin),
    asinh: unary("asinh", cm.asinh),
    atan: unary("atan", cm.atan),
    atanh: unary("atanh", cm.atanh),
    cos: unary("cos", cm.cos),
    cosh: unary("cosh", cm.cosh),
    exp: unary("exp", cm.exp),
    sin: unary("sin", cm.sin),
    sinh: unary("sinh", cm.sinh),
    sqrt: unary("sqrt", cm.sqrt),
    tan: unary("tan", cm.tan),
    tanh: unary("tanh", cm.tanh),
    log10: unary("log10", (z) => {
      const r = cm.log(z);
      return { ...r, re: r.re / Math.LN10, im: r.im / Math.LN10 };
    }),
    log: {
      gen: function* (t, _s, args, kw) {
        noKw("log", kw);
        if (args.length < 1 || args.length > 2)
          throw typeError(
            `log expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`,
          );
        let r = cm.log(yield* asComplex(t, args[0]!));
        if (args.length === 2) {
          const b = cm.log(yield* asComplex(t, args[1]!));
          const q = cm.quot(r, b);
          r = { ...q, domain: !!(r.domain || b.domain || q.domain) };
        }
        return toPy(r);
      },
    },
    phase: {
      gen: function* (t, _s, args, kw) {
        exactly("phase", args, kw, 1);
        const z = yield* asComplex(t, args[0]!);
        return new PyFloat(libm.atan2(z.im, z.re));
      },
    },
    polar: {
      gen: function* (t, _s, args, kw) {
        exactly("polar", args, kw, 1);
        const z = yield* asComplex(t, args[0]!);
        const a = cm.cabs(z);
        if (a.range) throw rangeError();
        return new PyTuple([new PyFloat(a.value), new PyFloat(libm.atan2(z.im, z.re))]);
      },
    },
    rect: {
      gen: function* (t, _s, args, kw) {
        exactly("rect", args, kw, 2);
        const r = yield* asDouble(t, args[0]!);
        const phi = yield* asDouble(t, args[1]!);
        return toPy(cm.rect(r, phi));
      },
    },
    isfinite: predicate("isfinite", (z) => Number.isFinite(z.re) && Number.isFinite(z.im)),
    isinf: predicate("isinf", (z) => isInf(z.re) || isInf(z.im)),
    isnan: predicate("isnan", (z) => Number.isNaN(z.re) || Number.isNaN(z.im)),
    isclose: {
      gen: function* (t, _s, args, kw) {
        const [av, bv, rt, at] = parseArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, {
          kwOnlyFrom: 2,
        });
        const a = yield* asComplex(t, av!);
        const b = yield* asComplex(t, bv!);
        const relTol = rt === undefined ? 1e-9 : yield* asDouble(t, rt);
        const absTol = at === undefined ? 0.0 : yield* asDouble(t, at);
        if (relTol < 0.0 || absTol < 0.0) throw valueError("tolerances must be non-negative");
        if (a.re === b.re && a.im === b.im) return true;
        if (isInf(a.re) || isInf(a.im) || isInf(b.re) || isInf(b.im)) return false;
        const diff = cm.cabs({ re: a.re - b.re, im: a.im - b.im }).value;
        return diff <= relTol * cm.cabs(b).value || diff <= relTol * cm.cabs(a).value || diff <= absTol;
      },
    },
  };
}

export function makeCmathModule(): PyModule {
  const m = new PyModule("cmath");
  const d = m.dict!;
  for (const [name, fn] of nativeFunctions("cmath", functions())) d.setStr(name, fn);
  d.setStr("pi", new PyFloat(Math.PI));
  d.setStr("e", new PyFloat(Math.E));
  d.setStr("tau", new PyFloat(2 * Math.PI));
  d.setStr("inf", new PyFloat(Infinity));
  d.setStr("infj", new PyComplex(0, Infinity));
  d.setStr("nan", new PyFloat(NaN));
  d.setStr("nanj", new PyComplex(0, NaN));
  return m;
}
