package strings

type stringFinder struct {
	pattern string
	badCharSkip [256]int
	goodSuffixSkip []int
}

func makeStringFinder(pattern string) *stringFinder

func longestCommonSuffix(a, b string) (i int)

func (f *stringFinder) next(text string) int
