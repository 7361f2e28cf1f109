import os
import shutil
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"))
print(shutil.which("sh", path="") , shutil.which("sh", path="/nonexistent-dir"))
print(shutil.which("/bin/sh"), shutil.which("/bin/definitely-not-here"), shutil.which("/bin"))
w = shutil.which("sh", path=os.pathsep.join(["/nonexistent", "/bin", "/usr/bin"]))
print(w)
print(shutil.which(b"sh", path=b"/bin"))
