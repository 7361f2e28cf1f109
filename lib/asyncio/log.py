"""asyncio's logger.

There is no logging package here, so this logger does what an unconfigured `logging` logger
does with asyncio's messages: records of level WARNING and above are written to sys.stderr
as "%(message)s", followed by the formatted traceback when exc_info is given (logging's
last-resort handler); lower levels are dropped.
"""

import sys

__all__ = ("logger",)

DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50


class _Logger:
    def __init__(self, name):
        self.name = name
        self.level = 0

    def setLevel(self, level):
        self.level = level

    def isEnabledFor(self, level):
        return level >= max(self.level, WARNING)

    def _log(self, level, msg, args, exc_info=None):
        if not self.isEnabledFor(level):
            return
        text = str(msg)
        if args:
            text = text % args
        if exc_info:
            if exc_info is True:
                exc_info = sys.exc_info()
            elif isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            if exc_info[0] is not None:
                import traceback
                tb = "".join(traceback.format_exception(*exc_info))
                if tb[-1:] == "\n":
                    tb = tb[:-1]
                if text[-1:] != "\n":
                    text = text + "\n"
                text = text + tb
        stream = sys.stderr
        if stream is not None:
            stream.write(text + "\n")
            try:
                stream.flush()
            except Exception:
                pass

    def debug(self, msg, *args, exc_info=None):
        self._log(DEBUG, msg, args, exc_info)

    def info(self, msg, *args, exc_info=None):
        self._log(INFO, msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None):
        self._log(WARNING, msg, args, exc_info)

    def error(self, msg, *args, exc_info=None):
        self._log(ERROR, msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._log(ERROR, msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._log(CRITICAL, msg, args, exc_info)

    def log(self, level, msg, *args, exc_info=None):
        self._log(level, msg, args, exc_info)


logger = _Logger(__package__)
