package os

const supportsCreateWithStickyBit = true
