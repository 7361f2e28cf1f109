# Exception-heavy control flow: a tiny expression evaluator that signals errors with a custom
# hierarchy, retries and fallbacks driven by try/except/else/finally, exception chaining with
# `raise ... from`, re-raising, context managers whose __exit__ swallows some exceptions,
# StopIteration from hand-driven iterators, and KeyError/IndexError/ZeroDivisionError raised
# by builtins. Measures raising, unwinding and handler matching. Size: rounds.
import sys
import time


class EvalError(Exception):
    pass


class UnknownName(EvalError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


class BadArithmetic(EvalError):
    pass


class Suppress:
    """Swallows the exception types it was given, counting them."""

    def __init__(self, *types):
        self.types = types
        self.swallowed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.types):
            self.swallowed += 1
            return True
        return False


def lookup(env, name):
    try:
        return env[name]
    except KeyError:
        raise UnknownName(name) from None


def evaluate(expr, env):
    """expr is an int, a name, or a tuple (op, left, right)."""
    if isinstance(expr, int):
        return expr
    if isinstance(expr, str):
        return lookup(env, expr)
    op, left, right = expr
    a = evaluate(left, env)
    b = evaluate(right, env)
    try:
        if op == "+":
            return a + b
        if op == "/":
            return a // b
        if op == "[]":
            return env["table"][b]
    except ZeroDivisionError as e:
        raise BadArithmetic("division by zero") from e
    except IndexError as e:
        raise BadArithmetic("index out of range") from e
    raise EvalError(f"unknown operator {op}")


def safe_evaluate(expr, env, log):
    try:
        value = evaluate(expr, env)
    except UnknownName as e:
        log.append(e.name)
        return -1
    except BadArithmetic as e:
        log.append(type(e.__cause__).__name__)
        return -2
    except EvalError:
        return -3
    else:
        return value
    finally:
        env["calls"] = env.get("calls", 0) + 1


def drain(iterator):
    total = 0
    while True:
        try:
            total += next(iterator)
        except StopIteration:
            return total


def nested_cleanup(depth, counter):
    try:
        if depth == 0:
            raise ValueError("bottom")
        nested_cleanup(depth - 1, counter)
    finally:
        counter[0] += 1


def one_round(r, env, log):
    exprs = [
        ("+", r % 7, "x"),
        ("/", "x", r % 3),
        ("[]", 0, r % 12),
        ("+", "missing", 1),
        ("%", 1, 2),
        ("+", ("/", 10, "y"), ("[]", 0, "x")),
    ]
    total = 0
    for e in exprs:
        total += safe_evaluate(e, env, log)
    total += drain(iter(range(r % 10)))
    counter = [0]
    try:
        nested_cleanup(r % 5, counter)
    except ValueError:
        total += counter[0]
    guard = Suppress(KeyError, ZeroDivisionError)
    for k in range(4):
        with guard:
            if k % 2:
                {}[k]
            else:
                k // 0
    total += guard.swallowed
    try:
        try:
            raise EvalError("inner")
        except EvalError:
            raise
    except Exception as e:
        total += len(e.args[0])
    return total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    start = time.perf_counter()
    env = {"x": 5, "y": 0, "table": list(range(10))}
    log = []
    total = 0
    for r in range(rounds):
        total += one_round(r, env, log)
    elapsed = time.perf_counter() - start
    kinds = {}
    for entry in log:
        kinds[entry] = kinds.get(entry, 0) + 1
    summary = ",".join(f"{k}:{v}" for k, v in sorted(kinds.items()))
    print(f"checksum: total={total} calls={env['calls']} log={summary}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
