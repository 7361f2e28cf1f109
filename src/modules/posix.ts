/**
 * posix: the host layer under lib/os.py and lib/posixpath.py (what CPython's posixmodule.c
 * provides): the current directory, file kinds, directory listings, the environment and
 * entropy. The embedder can switch file-system access off for a host; os then sees an empty
 * file system there.
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { newException, typeError, valueError } from "../objects/exceptions.js";
import { intValue, oneArg, parseArgs, strValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyBytes, PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import type { Host, HostFs, HostStat } from "../vm/host.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Thread } from "../vm/thread.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { bytesLike } from "../objects/bytes-methods.js";
import { E, PyBaseException } from "../objects/exceptions.js";
import { ERRNO } from "./_socket/errors.js";
import { hostEntropy } from "./_random-entropy.js";

/** errno and strerror(3) of glibc for file errors the socket table lacks. */
const FILE_ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EEXIST: [17, "File exists"],
  ENOTEMPTY: [39, "Directory not empty"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOSPC: [28, "No space left on device"],
  EROFS: [30, "Read-only file system"],
  ENAMETOOLONG: [36, "File name too long"],
  ELOOP: [40, "Too many levels of symbolic links"],
  EBUSY: [16, "Device or resource busy"],
  ENOSYS: [38, "Function not implemented"],
};

function hostErrorCode(e: unknown): string | undefined {
  if (e instanceof PyBaseException || typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * Runs a host file call; a host failure becomes OSError(errno, strerror[, filename[, 2, filename2]])
 * built by calling OSError, whose constructor picks the subclass (FileNotFoundError for 2, ...)
 * as Objects/exceptions.c does.
 */
function* fsCall<T>(t: Thread, fn: () => T, filename?: PyValue, filename2?: PyValue): Gen<T> {
  try {
    return fn();
  } catch (e) {
    const code = hostErrorCode(e);
    if (code === undefined) throw e;
    const [errno, text] = FILE_ERRNO[code] ?? ERRNO[code] ?? ERRNO.EIO!;
    const args: PyValue[] = [errno, text];
    if (filename !== undefined) args.push(filename);
    if (filename2 !== undefined) args.push(0, filename2);
    const exc = yield* call(t, E.OSError, args);
    throw exc;
  }
}

/** The host's file system; OSError ENOSYS when it has none or file access is switched off. */
function needFs(host: Host): HostFs {
  if (host.fs === undefined || fileAccessOff.has(host)) {
    const [errno, text] = FILE_ERRNO.ENOSYS!;
    throw newOsError(errno, text);
  }
  return host.fs;
}

function newOsError(errno: number, text: string): PyBaseException {
  const e = newException(E.OSError, errno, text);
  e.dict ??= new PyDict();
  e.dict.setStr("errno", errno);
  e.dict.setStr("strerror", text);
  e.dict.setStr("filename", None);
  e.dict.setStr("filename2", None);
  return e;
}

/** (st_mode, st_size, st_mtime): what os.stat_result is built from. */
function statTuple(s: HostStat): PyValue {
  return new PyTuple([s.mode, s.size, s.mtime]);
}

function intArg(name: string, v: PyValue | undefined): number {
  const n = v === undefined ? undefined : intValue(v);
  if (n === undefined) throw typeError(`${name}: an integer is required`);
  return Number(n);
}

function strArg(name: string, v: PyValue | undefined): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`${name}: path should be string`);
  return s;
}

/** A host that can also list directories (optional: hosts without it make listdir fail). */
interface ListingHost extends Host {
  listDir?(path: string): string[] | null;
}

const fileAccessOff = new WeakSet<Host>();

/** Switches the file-system functions of os and os.path on or off for programs run in a host. */
export function setPosixFileSystemAccess(host: Host, enabled: boolean): void {
  if (enabled) fileAccessOff.delete(host);
  else fileAccessOff.add(host);
}

function pathArg(name: string, args: PyValue[], kw: Parameters<typeof oneArg>[2]): string {
  const p = strValue(oneArg(name, args, kw));
  if (p === undefined) throw typeError(`${name}() argument must be str`);
  return p;
}

export function makePosixModule(interp: Interpreter): PyModule {
  const m = new PyModule("posix");
  const host = interp.host as ListingHost;
  const enabled = (): boolean => !fileAccessOff.has(host);
  for (const [name, fn] of nativeFunctions("posix", {
    getcwd: (): PyValue => host.cwd(),
    // "file", "dir" or None: the kind of what is at a path.
    _kind: (_t, _s, args, kw): PyValue => {
      const p = pathArg("_kind", args, kw);
      if (!enabled()) return None;
      if (host.isDirectory(p)) return "dir";
      if (host.isFile(p)) return "file";
      return None;
    },
    // The names in a directory, or None when the host cannot list directories.
    _listdir: (_t, _s, args, kw): PyValue => {
      const p = pathArg("_listdir", args, kw);
      if (enabled() && host.fs !== undefined) {
        const fsys = host.fs;
        try {
          return new PyList(fsys.listdir(p));
        } catch (e) {
          if (hostErrorCode(e) === undefined) throw e;
          return None;
        }
      }
      if (!enabled() || host.listDir === undefined) return None;
      const names = host.listDir(p);
      return names === null ? None : new PyList(names.slice());
    },
    _fs_enabled: (): PyValue => enabled(),
    // Descriptor-level file calls (os.open, os.read, ... in CPython's posixmodule.c).
    open: {
      gen: function* (t, _s, args, kw) {
        const [p, flags, mode] = parseArgs("open", args, kw, ["path", "flags", "mode"], 2);
        const path = strArg("open", p);
        const fsys = needFs(host);
        const m = mode === undefined ? 0o777 : intArg("open", mode);
        return yield* fsCall(t, () => fsys.open(path, intArg("open", flags), m), p);
      },
    },
    read: {
      gen: function* (t, _s, args, kw) {
        const [fd, n] = parseArgs("read", args, kw, ["fd", "length"], 2);
        const fsys = needFs(host);
        const count = intArg("read", n);
        if (count < 0) throw valueError("negative length");
        return new PyBytes(yield* fsCall(t, () => fsys.read(intArg("read", fd), count)));
      },
    },
    write: {
      gen: function* (t, _s, args, kw) {
        const [fd, data] = parseArgs("write", args, kw, ["fd", "data"], 2);
        const bytes = bytesLike(data!);
        if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data!)}'`);
        const n = intArg("write", fd);
        // The standard streams are the host's output, not descriptors of its file system.
        if (n === 1 || n === 2) {
          const text = new TextDecoder().decode(bytes);
          if (n === 1) host.writeStdout(text);
          else host.writeStderr(text);
          return bytes.length;
        }
        const fsys = needFs(host);
        return yield* fsCall(t, () => fsys.write(n, bytes.slice()));
      },
    },
    lseek: {
      gen: function* (t, _s, args, kw) {
        const [fd, pos, how] = parseArgs("lseek", args, kw, ["fd", "position", "whence"], 3);
        const fsys = needFs(host);
        return yield* fsCall(t, () =>
          fsys.seek(intArg("lseek", fd), intArg("lseek", pos), intArg("lseek", how)),
        );
      },
    },
    ftruncate: {
      gen: function* (t, _s, args, kw) {
        const [fd, len] = parseArgs("ftruncate", args, kw, ["fd", "length"], 2);
        const fsys = needFs(host);
        yield* fsCall(t, () => fsys.truncate(intArg("ftruncate", fd), intArg("ftruncate", len)));
        return None;
      },
    },
    close: {
      gen: function* (t, _s, args, kw) {
        const fd = intArg("close", oneArg("close", args, kw));
        const fsys = needFs(host);
        yield* fsCall(t, () => fsys.close(fd));
        return None;
      },
    },
    _fstat: {
      gen: function* (t, _s, args, kw) {
        const fd = intArg("fstat", oneArg("fstat", args, kw));
        const fsys = needFs(host);
        return statTuple(yield* fsCall(t, () => fsys.fstat(fd)));
      },
    },
    _stat: {
      gen: function* (t, _s, args, kw) {
        const p = oneArg("stat", args, kw);
        const path = strArg("stat", p);
        const fsys = needFs(host);
        return statTuple(yield* fsCall(t, () => fsys.stat(path), p));
      },
    },
    _has_fs: (): PyValue => enabled() && host.fs !== undefined,
    mkdir: {
      gen: function* (t, _s, args, kw) {
        const [p, mode] = parseArgs("mkdir", args, kw, ["path", "mode"], 1);
        const path = strArg("mkdir", p);
        const fsys = needFs(host);
        const m = mode === undefined ? 0o777 : intArg("mkdir", mode);
        yield* fsCall(t, () => fsys.mkdir(path, m), p);
        return None;
      },
    },
    rmdir: {
      gen: function* (t, _s, args, kw) {
        const p = oneArg("rmdir", args, kw);
        const path = strArg("rmdir", p);
        const fsys = needFs(host);
        yield* fsCall(t, () => fsys.rmdir(path), p);
        return None;
      },
    },
    unlink: {
      gen: function* (t, _s, args, kw) {
        const p = oneArg("unlink", args, kw);
        const path = strArg("unlink", p);
        const fsys = needFs(host);
        yield* fsCall(t, () => fsys.unlink(path), p);
        return None;
      },
    },
    chdir: {
      gen: function* (t, _s, args, kw) {
        const p = oneArg("chdir", args, kw);
        const path = strArg("chdir", p);
        const fsys = needFs(host);
        if (fsys.chdir === undefined) throw newOsError(...FILE_ERRNO.ENOSYS!);
        const chdir = fsys.chdir.bind(fsys);
        yield* fsCall(t, () => chdir(path), p);
        return None;
      },
    },
    rename: {
      gen: function* (t, _s, args, kw) {
        const [a, b] = parseArgs("rename", args, kw, ["src", "dst"], 2);
        const from = strArg("rename", a);
        const to = strArg("rename", b);
        const fsys = needFs(host);
        yield* fsCall(t, () => fsys.rename(from, to), a, b);
        return None;
      },
    },
    _environ: (): PyValue => {
      const d = new PyDict();
      for (const [k, v] of Object.entries(host.env)) d.setStr(k, v);
      return d;
    },
    urandom: (_t, _s, args, kw): PyValue => {
      const n = intValue(oneArg("urandom", args, kw));
      if (n === undefined) throw typeError("an integer is required");
      if (n < 0) throw valueError("negative argument not allowed");
      return new PyBytes(hostEntropy(Number(n)));
    },
  }))
    m.dict!.setStr(name, fn);
  return m;
}
