# set_threshold takes one to three values; a zero first threshold turns automatic collection off.
import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(50, 2, 3)
print(gc.get_threshold())
gc.set_threshold(-5)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.isenabled())
