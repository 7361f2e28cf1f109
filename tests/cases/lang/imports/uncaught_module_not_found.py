import sys

print("before the failing import")
import no_such_module_here
