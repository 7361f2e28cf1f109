/**
 * The Node implementation of the host file-system interface (HostFs in src/vm/host.ts) over
 * node:fs's synchronous calls. Node has no lseek, so each descriptor's position is kept here
 * and passed to readSync/writeSync; O_APPEND writes go through the kernel (position null) and
 * then leave the position at the end, as write(2) does. The program sees descriptors numbered
 * as a fresh POSIX process would (the lowest free one from 3 up), not Node's own numbers.
 * Descriptors still open when a program ends are closed by `closeAll`.
 */
import * as fs from "node:fs";
import type { HostFs, HostStat } from "../vm/host.js";

export interface NodeFs extends HostFs {
  /** Closes every descriptor the program left open. */
  closeAll(): void;
}

// Linux's O_* values (the interface's flags) and Node's equivalents on this platform.
const LINUX_FLAGS: readonly (readonly [number, number])[] = [
  [0o1, fs.constants.O_WRONLY],
  [0o2, fs.constants.O_RDWR],
  [0o100, fs.constants.O_CREAT],
  [0o200, fs.constants.O_EXCL],
  [0o1000, fs.constants.O_TRUNC],
  [0o2000, fs.constants.O_APPEND],
];

function nodeFlags(flags: number): number {
  let out = 0;
  for (const [linux, node] of LINUX_FLAGS) if ((flags & linux) !== 0) out |= node;
  return out;
}

function statOf(s: fs.Stats): HostStat {
  return { isDir: s.isDirectory(), isFile: s.isFile(), size: s.size, mode: s.mode, mtime: s.mtimeMs / 1000 };
}

function badFd(): Error {
  return Object.assign(new Error("bad file descriptor"), { code: "EBADF" });
}

interface OpenFile {
  /** Node's descriptor. */
  readonly fd: number;
  pos: number;
  readonly append: boolean;
}

export function nodeFs(): NodeFs {
  const open = new Map<number, OpenFile>();
  const entry = (fd: number): OpenFile => {
    const e = open.get(fd);
    if (e === undefined) throw badFd();
    return e;
  };
  return {
    open: (path, flags, mode) => {
      const real = fs.openSync(path, nodeFlags(flags), mode);
      let fd = 3;
      while (open.has(fd)) fd++;
      open.set(fd, { fd: real, pos: 0, append: (flags & 0o2000) !== 0 });
      return fd;
    },
    read: (fd, n) => {
      const e = entry(fd);
      const buf = new Uint8Array(n);
      const got = fs.readSync(e.fd, buf, 0, n, e.pos);
      e.pos += got;
      return got === n ? buf : buf.slice(0, got);
    },
    write: (fd, data) => {
      const e = entry(fd);
      const n = fs.writeSync(e.fd, data, 0, data.length, e.append ? null : e.pos);
      e.pos = e.append ? fs.fstatSync(e.fd).size : e.pos + n;
      return n;
    },
    seek: (fd, offset, whence) => {
      const e = entry(fd);
      const base = whence === 0 ? 0 : whence === 1 ? e.pos : fs.fstatSync(e.fd).size;
      const pos = base + offset;
      if (pos < 0 || whence < 0 || whence > 2) throw Object.assign(new Error("seek"), { code: "EINVAL" });
      e.pos = pos;
      return pos;
    },
    truncate: (fd, size) => fs.ftruncateSync(entry(fd).fd, size),
    close: (fd) => {
      const e = entry(fd);
      open.delete(fd);
      fs.closeSync(e.fd);
    },
    fstat: (fd) => statOf(fs.fstatSync(entry(fd).fd)),
    stat: (path) => statOf(fs.statSync(path)),
    listdir: (path) => fs.readdirSync(path),
    mkdir: (path, mode) => fs.mkdirSync(path, { mode }),
    rmdir: (path) => fs.rmdirSync(path),
    unlink: (path) => fs.unlinkSync(path),
    rename: (from, to) => fs.renameSync(from, to),
    chdir: (path) => process.chdir(path),
    closeAll: () => {
      for (const e of open.values()) {
        try {
          fs.closeSync(e.fd);
        } catch {
          // Already gone: nothing to release.
        }
      }
      open.clear();
    },
  };
}
