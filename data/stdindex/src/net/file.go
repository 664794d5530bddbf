package net

import "os"

type fileAddr string

func (fileAddr) Network() string

func (f fileAddr) String() string

func FileConn(f *os.File) (c Conn, err error)

func FileListener(f *os.File) (ln Listener, err error)

func FilePacketConn(f *os.File) (c PacketConn, err error)
