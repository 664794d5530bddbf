package sync

import "unsafe"

func runtime_Semacquire(s *uint32)

func runtime_SemacquireWaitGroup(s *uint32, synctestDurable bool)

func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)

func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)

func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

func runtime_notifyListAdd(l *notifyList) uint32

func runtime_notifyListWait(l *notifyList, t uint32)

func runtime_notifyListNotifyAll(l *notifyList)

func runtime_notifyListNotifyOne(l *notifyList)

func runtime_notifyListCheck(size uintptr)

func init()

func throw(string)

func fatal(string)
