package os

func rootCleanPath(s string, prefix, suffix []string) (string, error)
