/** Proleptic Gregorian calendar arithmetic on UTC seconds, as gmtime / timegm do it. */

/** Days since 1970-01-01 of a civil date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date [year, month 1..12, day] of a day count since 1970-01-01. */
export function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Python's broken-down time: the nine struct_time fields (wday Monday = 0, yday from 1). */
export type Tm = [number, number, number, number, number, number, number, number, number];

/** gmtime of whole seconds since the epoch. */
export function tmFromSeconds(secs: number): Tm {
  const days = Math.floor(secs / 86400);
  const rem = secs - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const wday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (3)
  const yday = days - daysFromCivil(y, 1, 1) + 1;
  return [y, m, d, Math.floor(rem / 3600), Math.floor((rem % 3600) / 60), rem % 60, wday, yday, 0];
}

/** timegm: seconds since the epoch of a UTC broken-down time (fields may overflow). */
export function secondsFromTm(y: number, mon: number, d: number, h: number, mi: number, s: number): number {
  const y2 = y + Math.floor((mon - 1) / 12);
  const m2 = ((((mon - 1) % 12) + 12) % 12) + 1;
  return (daysFromCivil(y2, m2, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s;
}
