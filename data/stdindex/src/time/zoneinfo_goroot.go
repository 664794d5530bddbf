package time

func gorootZoneSource(goroot string) (string, bool)
