# Tracebacks keep the frames they name: their locals are intact after many more calls of the
# same functions.
def fail(n):
    secret = [n] * 2
    if n % 2:
        raise ValueError(n)
    return secret

def call(n):
    before = n - 1
    return fail(n)

saved = []
for i in range(10):
    try:
        call(i)
    except ValueError as e:
        saved.append(e)
for i in range(50):
    try:
        call(2 * i)
    except ValueError:
        pass
for e in saved:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    print(e, [f.f_code.co_name for f in frames], frames[1].f_locals["before"], frames[2].f_locals["secret"])

# The frame that caught the exception keeps its caller as f_back after both returned.
def catcher(n):
    try:
        fail(n)
    except ValueError as e:
        return e

def driver(n):
    marker = n * 100
    return catcher(n)

caught = []
for i in (1, 3, 5):
    caught.append(driver(i))
for i in range(40):
    driver(2 * i)
for e in caught:
    f = e.__traceback__.tb_frame
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_locals["marker"], f.f_back.f_back.f_code.co_name)
