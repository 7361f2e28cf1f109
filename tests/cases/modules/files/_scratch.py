# The scratch folder of a file case: a fresh directory beside the cases, named after the case, that
# the case removes again with cleanup() in a finally, so a run leaves nothing behind.
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def cleanup(d):
    if not os.path.isdir(d):
        return
    for n in os.listdir(d):
        p = os.path.join(d, n)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(d)


def fresh_dir(case):
    d = os.path.join(HERE, "_tmp_" + case)
    cleanup(d)
    os.mkdir(d)
    return d
