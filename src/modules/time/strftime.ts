/** strftime and asctime in the C locale, as glibc formats them (time.strftime calls strftime(3)). */
import type { Tm } from "./calendar-math.js";
import { daysFromCivil, isLeap } from "./calendar-math.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number, width: number, fill = "0"): string => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? "-" + s : s;
};

/** ISO 8601 week-based year and week number (%G, %V). */
function isoWeek(tm: Tm): [number, number] {
  const [y, , , , , , wday, yday] = tm;
  const week = Math.floor((yday - 1 - wday + 10) / 7);
  if (week < 1) {
    const prev = y - 1;
    const decLast = daysFromCivil(prev, 12, 31);
    const wdLast = (((decLast + 3) % 7) + 7) % 7;
    const ydLast = isLeap(prev) ? 366 : 365;
    return [prev, Math.floor((ydLast - 1 - wdLast + 10) / 7)];
  }
  const weeksInYear = (yr: number): number => {
    const jan1 = (((daysFromCivil(yr, 1, 1) + 3) % 7) + 7) % 7;
    return jan1 === 3 || (isLeap(yr) && jan1 === 2) ? 53 : 52;
  };
  if (week > weeksInYear(y)) return [y + 1, 1];
  return [y, week];
}

export function strftime(format: string, tm: Tm, zone: string, gmtoff: number): string {
  const [y, mon, d, h, mi, s, wday, yday] = tm;
  const cWday = (wday + 1) % 7; // C's tm_wday: Sunday = 0
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const k = format[++i]!;
    switch (k) {
      case "a":
        out += DAYS[wday]!.slice(0, 3);
        break;
      case "A":
        out += DAYS[wday]!;
        break;
      case "b":
      case "h":
        out += MONTHS[mon - 1]!.slice(0, 3);
        break;
      case "B":
        out += MONTHS[mon - 1]!;
        break;
      case "c":
        out += strftime("%a %b %e %H:%M:%S %Y", tm, zone, gmtoff);
        break;
      case "C":
        out += pad(Math.floor(y / 100), 2);
        break;
      case "d":
        out += pad(d, 2);
        break;
      case "D":
        out += strftime("%m/%d/%y", tm, zone, gmtoff);
        break;
      case "e":
        out += pad(d, 2, " ");
        break;
      case "F":
        out += strftime("%Y-%m-%d", tm, zone, gmtoff);
        break;
      case "G":
        out += String(isoWeek(tm)[0]);
        break;
      case "g":
        out += pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
        break;
      case "H":
        out += pad(h, 2);
        break;
      case "I":
        out += pad(h % 12 === 0 ? 12 : h % 12, 2);
        break;
      case "j":
        out += pad(yday, 3);
        break;
      case "k":
        out += pad(h, 2, " ");
        break;
      case "l":
        out += pad(h % 12 === 0 ? 12 : h % 12, 2, " ");
        break;
      case "m":
        out += pad(mon, 2);
        break;
      case "M":
        out += pad(mi, 2);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += h < 12 ? "AM" : "PM";
        break;
      case "P":
        out += h < 12 ? "am" : "pm";
        break;
      case "r":
        out += strftime("%I:%M:%S %p", tm, zone, gmtoff);
        break;
      case "R":
        out += strftime("%H:%M", tm, zone, gmtoff);
        break;
      case "S":
        out += pad(s, 2);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
      case "X":
        out += strftime("%H:%M:%S", tm, zone, gmtoff);
        break;
      case "u":
        out += String(wday + 1);
        break;
      case "U":
        out += pad(Math.floor((yday - 1 + 7 - cWday) / 7), 2);
        break;
      case "V":
        out += pad(isoWeek(tm)[1], 2);
        break;
      case "w":
        out += String(cWday);
        break;
      case "W":
        out += pad(Math.floor((yday - 1 + 7 - wday) / 7), 2);
        break;
      case "x":
        out += strftime("%m/%d/%y", tm, zone, gmtoff);
        break;
      case "y":
        out += pad(((y % 100) + 100) % 100, 2);
        break;
      case "Y":
        out += String(y);
        break;
      case "z": {
        const a = Math.abs(gmtoff);
        out += (gmtoff < 0 ? "-" : "+") + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
        break;
      }
      case "Z":
        out += zone;
        break;
      case "%":
        out += "%";
        break;
      default:
        out += "%" + k;
    }
  }
  return out;
}

/** asctime's fixed layout ("%s %s%3d %.2d:%.2d:%.2d %d" in CPython's _asctime). */
export function asctime(tm: Tm): string {
  const [y, mon, d, h, mi, s, wday] = tm;
  return `${DAYS[wday]!.slice(0, 3)} ${MONTHS[mon - 1]!.slice(0, 3)}${String(d).padStart(3, " ")} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${y}`;
}

export { DAYS, MONTHS };
