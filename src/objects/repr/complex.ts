import { doubleToString } from "../format/float-string.js";

/**
 * repr(complex) and str(complex): follows complex_repr in Objects/complexobject.c. Each part is
 * written in repr's shortest form (without a forced ".0"); a real part of +0.0 is omitted
 * along with the parentheses, otherwise the imaginary part carries its sign:
 * 1j, (1+2j), (-0-0j), (nan+infj).
 */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${doubleToString(imag, "r", 0)}j`;
  const re = doubleToString(real, "r", 0);
  const im = doubleToString(imag, "r", 0, { sign: true });
  return `(${re}${im}j)`;
}
