package os

const supportsCloseOnExec = true
