"""Shallow and deep copy operations (the copy module).

copy(x) and deepcopy(x) first use a per-type handler (immutable and built-in containers),
then the object's __copy__ / __deepcopy__, then copyreg's dispatch table, and finally the
object's reduction (__reduce_ex__(4)), rebuilding the object from it.
"""

import types
import copyreg
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _reductor(x, cls):
    # The reduction that object.__reduce_ex__(4) would give; classes overriding
    # __reduce_ex__ or __reduce__ are asked directly.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if getattr(cls, "__reduce_ex__", None) is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    if getattr(cls, "__reduce__", None) is not _object_reduce:
        return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        # As set.__reduce__: the items as a list, then the instance state.
        return cls, (list(x),), copyreg._getstate(x)
    return copyreg._reduce_newobj(x)


_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reductor(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type,
          range, slice, property, types.BuiltinFunctionType, type(Ellipsis),
          type(NotImplemented), types.FunctionType, types.CodeType):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy


def _copy_bytearray(x):
    return bytearray(x)


d[bytearray] = _copy_bytearray

del d, t


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reductor(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # An object is its own deep copy when it is immutable and holds only atomic values.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
          bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
          types.FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a mutable) was already copied.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    # Keeps x alive for as long as memo is, so that its id cannot be reused meanwhile.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
