package big

import "internal/cpu"

var hasADX = cpu.X86.HasADX && cpu.X86.HasBMI2
