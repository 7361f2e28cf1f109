# The gc functions check their arguments as CPython's do (METH_NOARGS, METH_O, Argument Clinic).
import gc

calls = ["gc.enable(1)", "gc.disable(1)", "gc.isenabled(1)", "gc.collect(1, 2)", "gc.collect(x=1)",
         "gc.collect(generation=5)", "gc.collect(1.5)", "gc.collect(None)", "gc.collect(-1)",
         "gc.collect(3)", "gc.collect(2**70)", "gc.get_count(1)", "gc.get_threshold(1)",
         "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold(a=1)",
         "gc.set_threshold(1.5)", "gc.set_threshold(2**70)", "gc.get_debug(1)", "gc.set_debug()",
         "gc.set_debug(1, 2)", "gc.set_debug(flags=0)", "gc.set_debug('x')", "gc.set_debug(2**70)",
         "gc.get_objects(1, 2)", "gc.get_objects(generation=-2)", "gc.get_objects(gen=1)",
         "gc.get_objects('a')", "gc.get_objects(1.0)", "gc.get_objects(3)", "gc.get_objects(2**70)",
         "gc.get_stats(1)", "gc.get_referrers(x=1)", "gc.get_referents(x=1)", "gc.is_tracked()",
         "gc.is_tracked(1, 2)", "gc.is_tracked(obj=1)", "gc.is_finalized()", "gc.is_finalized(1, 2)",
         "gc.freeze(1)", "gc.unfreeze(1)", "gc.get_freeze_count(1)"]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", r)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
gc.set_threshold(700, 10, 10)
gc.set_debug(0)
