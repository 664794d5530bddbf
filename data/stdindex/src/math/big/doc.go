package big
