package sort

func Search(n int, f func(int) bool) int

func Find(n int, cmp func(int) int) (i int, found bool)

func SearchInts(a []int, x int) int

func SearchFloat64s(a []float64, x float64) int

func SearchStrings(a []string, x string) int

func (p IntSlice) Search(x int) int

func (p Float64Slice) Search(x float64) int

func (p StringSlice) Search(x string) int
