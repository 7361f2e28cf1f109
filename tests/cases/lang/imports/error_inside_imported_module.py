print("importing")
import errmod_pkg.broken

print("never")
