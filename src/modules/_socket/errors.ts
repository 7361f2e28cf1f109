/**
 * Socket errors as CPython raises them on Linux: OSError(errno, strerror), whose constructor picks
 * the subclass (ConnectionRefusedError for 111, ...). Host error names (POSIX names, as Node and
 * libuv report them) map to Linux's numbers and strerror texts.
 */
import type { PyValue } from "../../objects/core.js";
import { None } from "../../objects/core.js";
import { PyDict } from "../../objects/dict.js";
import type { PyBaseException } from "../../objects/exceptions.js";
import { E, EXCEPTION_TYPES, newException } from "../../objects/exceptions.js";

/** errno and strerror(3) of glibc for the errors sockets meet. */
export const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  EINTR: [4, "Interrupted system call"],
  EBADF: [9, "Bad file descriptor"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  EACCES: [13, "Permission denied"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  EPIPE: [32, "Broken pipe"],
  ENOTSOCK: [88, "Socket operation on non-socket"],
  EDESTADDRREQ: [89, "Destination address required"],
  EPROTOTYPE: [91, "Protocol wrong type for socket"],
  ENOPROTOOPT: [92, "Protocol not available"],
  EPROTONOSUPPORT: [93, "Protocol not supported"],
  EOPNOTSUPP: [95, "Operation not supported"],
  EAFNOSUPPORT: [97, "Address family not supported by protocol"],
  EADDRINUSE: [98, "Address already in use"],
  EADDRNOTAVAIL: [99, "Cannot assign requested address"],
  ENETDOWN: [100, "Network is down"],
  ENETUNREACH: [101, "Network is unreachable"],
  ECONNABORTED: [103, "Software caused connection abort"],
  ECONNRESET: [104, "Connection reset by peer"],
  ENOBUFS: [105, "No buffer space available"],
  EISCONN: [106, "Transport endpoint is already connected"],
  ENOTCONN: [107, "Transport endpoint is not connected"],
  ETIMEDOUT: [110, "Connection timed out"],
  ECONNREFUSED: [111, "Connection refused"],
  EHOSTUNREACH: [113, "No route to host"],
  EALREADY: [114, "Operation already in progress"],
  EINPROGRESS: [115, "Operation now in progress"],
  EIO: [5, "Input/output error"],
};

/** Subclasses of OSError by errno (Objects/exceptions.c, errnomap). */
const SUBCLASS: Readonly<Record<number, string>> = {
  11: "BlockingIOError",
  114: "BlockingIOError",
  115: "BlockingIOError",
  32: "BrokenPipeError",
  103: "ConnectionAbortedError",
  104: "ConnectionResetError",
  111: "ConnectionRefusedError",
  110: "TimeoutError",
  4: "InterruptedError",
  1: "PermissionError",
  13: "PermissionError",
  2: "FileNotFoundError",
};

/** The errno of a host error name (EIO for names this table lacks). */
export function errnoOf(code: string): number {
  return (ERRNO[code] ?? ERRNO.EIO!)[0];
}

/** OSError(errno, strerror) for a host error name, with the attributes OSError.__init__ sets. */
export function osError(code: string): PyBaseException {
  const [errno, text] = ERRNO[code] ?? ERRNO.EIO!;
  const sub = SUBCLASS[errno];
  const type = (sub === undefined ? undefined : EXCEPTION_TYPES.get(sub)) ?? E.OSError;
  const e = newException(type, errno, text);
  const attrs: Record<string, PyValue> = { errno, strerror: text, filename: None, filename2: None };
  e.dict ??= new PyDict();
  for (const [k, v] of Object.entries(attrs)) e.dict.setStr(k, v);
  return e;
}

/** socket.timeout (TimeoutError) "timed out", as sock_call raises it. */
export function timedOut(): PyBaseException {
  const e = newException(EXCEPTION_TYPES.get("TimeoutError") ?? E.OSError, "timed out");
  e.dict ??= new PyDict();
  for (const k of ["errno", "strerror", "filename", "filename2"]) e.dict.setStr(k, None);
  return e;
}
