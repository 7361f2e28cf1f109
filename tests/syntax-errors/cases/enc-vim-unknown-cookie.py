# vim: set fileencoding=bogus :
x = 1
