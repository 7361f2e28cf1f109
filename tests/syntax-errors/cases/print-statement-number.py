print 42
