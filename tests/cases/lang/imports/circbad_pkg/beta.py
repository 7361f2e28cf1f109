from circbad_pkg.alpha import a_value

b_value = "beta"
