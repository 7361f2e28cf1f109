"""Signals: the _signal functions, with signal numbers and the SIG_DFL / SIG_IGN handlers as
IntEnum members (Signals, Handlers), as python3's signal module presents them."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64
    # Second names of the same numbers (aliases of the members above).
    SIGIOT = 6
    SIGCLD = 17
    SIGPOLL = 29


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _as_int(value):
    # Enum members go to _signal as plain ints; handlers that are functions pass unchanged.
    return int(value) if isinstance(value, int) else value


def _as_member(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    return _as_member(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_member(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_as_member(n, Signals) for n in _signal.valid_signals()}
