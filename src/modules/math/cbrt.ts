/**
 * Cube root as glibc computes it (sysdeps/ieee754/dbl-64/s_cbrt.c), whose results CPython's
 * math.cbrt returns: a degree-6 polynomial guess on the frexp mantissa, one rational (Halley)
 * refinement, and the exponent's remainder mod 3 folded in through a factor table. It is not
 * correctly rounded (cbrt(27) is 3.0000000000000004), so JavaScript's Math.cbrt differs from it.
 */
import { frexp, ldexp } from "./bits.js";

const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}
