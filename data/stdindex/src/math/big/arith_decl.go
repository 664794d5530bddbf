package big

import _ "unsafe"

func addVV(z, x, y []Word) (c Word)

func subVV(z, x, y []Word) (c Word)

func shlVU(z, x []Word, s uint) (c Word)

func lshVU(z, x []Word, s uint) (c Word)

func rshVU(z, x []Word, s uint) (c Word)

func mulAddVWW(z, x []Word, m, a Word) (c Word)

func addMulVVW(z, x []Word, y Word) (c Word)

func addMulVVWW(z, x, y []Word, m, a Word) (c Word)
