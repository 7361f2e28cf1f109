import sys
import threading

events = []

def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name.startswith("job"):
        events.append((threading.current_thread().name, frame.f_code.co_name))
    return None

def job_one():
    return 1

def job_two():
    return job_one() + 1

threading.settrace(tracer)
print(threading.gettrace() is tracer)
t = threading.Thread(target=job_two, name="traced")
t.start()
t.join()
sys.settrace(None)
threading.settrace(None)
print(threading.gettrace())
u = threading.Thread(target=job_two, name="untraced")
u.start()
u.join()
print(events)
