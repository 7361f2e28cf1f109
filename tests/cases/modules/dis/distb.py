import dis
import io
import re
import sys


def fail(n):
    items = [1, 2, 3]
    return items[n]


try:
    fail(5)
except IndexError:
    tb = sys.exc_info()[2]
    out = io.StringIO()
    dis.distb(tb.tb_next, file=out)
    print(re.sub(r"0x[0-9a-f]+", "0x...", out.getvalue()))
    inner = tb.tb_next
    dis.disassemble(inner.tb_frame.f_code, inner.tb_lasti)
    bc = dis.Bytecode.from_traceback(tb)
    print(bc.current_offset == inner.tb_lasti, bc.codeobj is fail.__code__)
    print(bc.dis().count("-->"))
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
