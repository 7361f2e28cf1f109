import sys
import threading

calls = []

def profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "job":
        calls.append(threading.current_thread().name)

def job():
    pass

print(threading.getprofile())
threading.setprofile(profiler)
print(threading.getprofile() is profiler)
sys.setprofile(None)
ts = [threading.Thread(target=job, name="p%d" % i) for i in range(3)]
for t in ts:
    t.start()
    t.join()
threading.setprofile(None)
print(calls)
