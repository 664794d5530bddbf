package textproto

type MIMEHeader map[string][]string

func (h MIMEHeader) Add(key, value string)

func (h MIMEHeader) Set(key, value string)

func (h MIMEHeader) Get(key string) string

func (h MIMEHeader) Values(key string) []string

func (h MIMEHeader) Del(key string)
