raise ValueError, 'msg'
