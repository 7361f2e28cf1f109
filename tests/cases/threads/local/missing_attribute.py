import threading

data = threading.local()
data.x = 1
errors = []

def job():
    try:
        data.x
    except AttributeError as e:
        errors.append(str(e))
    errors.append(hasattr(data, "x"))

t = threading.Thread(target=job)
t.start()
t.join()
print(errors)
try:
    threading.local().y
except AttributeError as e:
    print(e)
