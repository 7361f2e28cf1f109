print("importing a module with a syntax error")
import synerr_pkg.bad
