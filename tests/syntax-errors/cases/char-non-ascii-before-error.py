naïve = été +* 2
