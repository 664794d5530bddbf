package net

func parsePort(service string) (port int, needsLookup bool)
