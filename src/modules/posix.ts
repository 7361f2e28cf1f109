/**
 * posix: the host layer under lib/os.py and lib/posixpath.py (what CPython's posixmodule.c
 * provides): the current directory, file kinds, directory listings, the environment and
 * entropy. The embedder can switch file-system access off for a host; os then sees an empty
 * file system there.
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { intValue, oneArg, strValue } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyBytes, PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import type { Host } from "../vm/host.js";
import type { Interpreter } from "../vm/interpreter.js";
import { hostEntropy } from "./_random-entropy.js";

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
      if (!enabled() || host.listDir === undefined) return None;
      const names = host.listDir(p);
      return names === null ? None : new PyList(names.slice());
    },
    _fs_enabled: (): PyValue => enabled(),
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
