from circbad_pkg.beta import b_value

a_value = "alpha"
