# Imported by body_deaths.py: an object that dies while this module's body runs.
from _noisy import Noisy

t = Noisy("module body temporary")
t = None
print("module body continues")
kept = Noisy("module global")
