/**
 * The elementary functions pyglass's math, cmath and float use in place of JavaScript's Math.*.
 * CPython calls the C library; V8's exp, sin, log, ... are a unit off in the last place from it
 * for a few percent of arguments. glibc 2.36 (CPython's libm on Linux) is correctly rounded but
 * for rare arguments in exp, exp2, log, log2, pow, sin, cos, tan, atan, atan2, asin and acos, so
 * those are the correctly rounded ones of this folder. Its log10 and hyperbolic functions are not
 * (they miss the correctly rounded result for 4-16% of arguments): composite.ts reproduces them
 * from their formulas; expm1 and log1p are the engine's, which follow the same algorithms as
 * glibc's. docs/internals/math.md has the measured agreement. The correctly rounded versions of
 * the others are exported as cr* (for the tests).
 */
export { exp, exp2 } from "./exp.js";
export { log, log2 } from "./log.js";
export { sin, cos, tan } from "./trig.js";
export { atan, atan2, asin, acos } from "./atan.js";
export { pow, powFinite, powFinitePositive } from "./pow.js";
export { expm1 as crExpm1 } from "./exp.js";
export { log10 as crLog10, log1p as crLog1p } from "./log.js";
export {
  sinh as crSinh,
  cosh as crCosh,
  tanh as crTanh,
  asinh as crAsinh,
  acosh as crAcosh,
  atanh as crAtanh,
} from "./hyper.js";

export { log10, sinh, cosh, tanh, asinh, acosh, atanh } from "./composite.js";
export const expm1 = Math.expm1;
export const log1p = Math.log1p;
export { hypot } from "./hypot.js";
