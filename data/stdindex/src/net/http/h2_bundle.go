package http

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"math"
	"math/bits"
	mathrand "math/rand"
	"net"
	"net/http/httptrace"
	"net/http/internal/httpcommon"
	"net/textproto"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"golang.org/x/net/http/httpguts"
	"golang.org/x/net/http2/hpack"
	"golang.org/x/net/idna"
)

func http2asciiEqualFold(s, t string) bool

func http2lower(b byte) byte

func http2isASCIIPrint(s string) bool

func http2asciiToLower(s string) (lower string, ok bool)

const (
	http2cipher_TLS_NULL_WITH_NULL_NULL               uint16 = 0x0000
	http2cipher_TLS_RSA_WITH_NULL_MD5                 uint16 = 0x0001
	http2cipher_TLS_RSA_WITH_NULL_SHA                 uint16 = 0x0002
	http2cipher_TLS_RSA_EXPORT_WITH_RC4_40_MD5        uint16 = 0x0003
	http2cipher_TLS_RSA_WITH_RC4_128_MD5              uint16 = 0x0004
	http2cipher_TLS_RSA_WITH_RC4_128_SHA              uint16 = 0x0005
	http2cipher_TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5    uint16 = 0x0006
	http2cipher_TLS_RSA_WITH_IDEA_CBC_SHA             uint16 = 0x0007
	http2cipher_TLS_RSA_EXPORT_WITH_DES40_CBC_SHA     uint16 = 0x0008
	http2cipher_TLS_RSA_WITH_DES_CBC_SHA              uint16 = 0x0009
	http2cipher_TLS_RSA_WITH_3DES_EDE_CBC_SHA         uint16 = 0x000A
	http2cipher_TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA  uint16 = 0x000B
	http2cipher_TLS_DH_DSS_WITH_DES_CBC_SHA           uint16 = 0x000C
	http2cipher_TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA      uint16 = 0x000D
	http2cipher_TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA  uint16 = 0x000E
	http2cipher_TLS_DH_RSA_WITH_DES_CBC_SHA           uint16 = 0x000F
	http2cipher_TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA      uint16 = 0x0010
	http2cipher_TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA uint16 = 0x0011
	http2cipher_TLS_DHE_DSS_WITH_DES_CBC_SHA          uint16 = 0x0012
	http2cipher_TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA     uint16 = 0x0013
	http2cipher_TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA uint16 = 0x0014
	http2cipher_TLS_DHE_RSA_WITH_DES_CBC_SHA          uint16 = 0x0015
	http2cipher_TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA     uint16 = 0x0016
	http2cipher_TLS_DH_anon_EXPORT_WITH_RC4_40_MD5    uint16 = 0x0017
	http2cipher_TLS_DH_anon_WITH_RC4_128_MD5          uint16 = 0x0018
	http2cipher_TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA uint16 = 0x0019
	http2cipher_TLS_DH_anon_WITH_DES_CBC_SHA          uint16 = 0x001A
	http2cipher_TLS_DH_anon_WITH_3DES_EDE_CBC_SHA     uint16 = 0x001B
	http2cipher_TLS_KRB5_WITH_DES_CBC_SHA             uint16 = 0x001E
	http2cipher_TLS_KRB5_WITH_3DES_EDE_CBC_SHA        uint16 = 0x001F
	http2cipher_TLS_KRB5_WITH_RC4_128_SHA             uint16 = 0x0020
	http2cipher_TLS_KRB5_WITH_IDEA_CBC_SHA            uint16 = 0x0021
	http2cipher_TLS_KRB5_WITH_DES_CBC_MD5             uint16 = 0x0022
	http2cipher_TLS_KRB5_WITH_3DES_EDE_CBC_MD5        uint16 = 0x0023
	http2cipher_TLS_KRB5_WITH_RC4_128_MD5             uint16 = 0x0024
	http2cipher_TLS_KRB5_WITH_IDEA_CBC_MD5            uint16 = 0x0025
	http2cipher_TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA   uint16 = 0x0026
	http2cipher_TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA   uint16 = 0x0027
	http2cipher_TLS_KRB5_EXPORT_WITH_RC4_40_SHA       uint16 = 0x0028
	http2cipher_TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5   uint16 = 0x0029
	http2cipher_TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5   uint16 = 0x002A
	http2cipher_TLS_KRB5_EXPORT_WITH_RC4_40_MD5       uint16 = 0x002B
	http2cipher_TLS_PSK_WITH_NULL_SHA                 uint16 = 0x002C
	http2cipher_TLS_DHE_PSK_WITH_NULL_SHA             uint16 = 0x002D
	http2cipher_TLS_RSA_PSK_WITH_NULL_SHA             uint16 = 0x002E
	http2cipher_TLS_RSA_WITH_AES_128_CBC_SHA          uint16 = 0x002F
	http2cipher_TLS_DH_DSS_WITH_AES_128_CBC_SHA       uint16 = 0x0030
	http2cipher_TLS_DH_RSA_WITH_AES_128_CBC_SHA       uint16 = 0x0031
	http2cipher_TLS_DHE_DSS_WITH_AES_128_CBC_SHA      uint16 = 0x0032
	http2cipher_TLS_DHE_RSA_WITH_AES_128_CBC_SHA      uint16 = 0x0033
	http2cipher_TLS_DH_anon_WITH_AES_128_CBC_SHA      uint16 = 0x0034
	http2cipher_TLS_RSA_WITH_AES_256_CBC_SHA          uint16 = 0x0035
	http2cipher_TLS_DH_DSS_WITH_AES_256_CBC_SHA       uint16 = 0x0036
	http2cipher_TLS_DH_RSA_WITH_AES_256_CBC_SHA       uint16 = 0x0037
	http2cipher_TLS_DHE_DSS_WITH_AES_256_CBC_SHA      uint16 = 0x0038
	http2cipher_TLS_DHE_RSA_WITH_AES_256_CBC_SHA      uint16 = 0x0039
	http2cipher_TLS_DH_anon_WITH_AES_256_CBC_SHA      uint16 = 0x003A
	http2cipher_TLS_RSA_WITH_NULL_SHA256              uint16 = 0x003B
	http2cipher_TLS_RSA_WITH_AES_128_CBC_SHA256       uint16 = 0x003C
	http2cipher_TLS_RSA_WITH_AES_256_CBC_SHA256       uint16 = 0x003D
	http2cipher_TLS_DH_DSS_WITH_AES_128_CBC_SHA256    uint16 = 0x003E
	http2cipher_TLS_DH_RSA_WITH_AES_128_CBC_SHA256    uint16 = 0x003F
	http2cipher_TLS_DHE_DSS_WITH_AES_128_CBC_SHA256   uint16 = 0x0040
	http2cipher_TLS_RSA_WITH_CAMELLIA_128_CBC_SHA     uint16 = 0x0041
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA  uint16 = 0x0042
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA  uint16 = 0x0043
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA uint16 = 0x0044
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA uint16 = 0x0045
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA uint16 = 0x0046
	http2cipher_TLS_DHE_RSA_WITH_AES_128_CBC_SHA256 uint16 = 0x0067
	http2cipher_TLS_DH_DSS_WITH_AES_256_CBC_SHA256  uint16 = 0x0068
	http2cipher_TLS_DH_RSA_WITH_AES_256_CBC_SHA256  uint16 = 0x0069
	http2cipher_TLS_DHE_DSS_WITH_AES_256_CBC_SHA256 uint16 = 0x006A
	http2cipher_TLS_DHE_RSA_WITH_AES_256_CBC_SHA256 uint16 = 0x006B
	http2cipher_TLS_DH_anon_WITH_AES_128_CBC_SHA256 uint16 = 0x006C
	http2cipher_TLS_DH_anon_WITH_AES_256_CBC_SHA256 uint16 = 0x006D
	http2cipher_TLS_RSA_WITH_CAMELLIA_256_CBC_SHA        uint16 = 0x0084
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA     uint16 = 0x0085
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA     uint16 = 0x0086
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA    uint16 = 0x0087
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA    uint16 = 0x0088
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA    uint16 = 0x0089
	http2cipher_TLS_PSK_WITH_RC4_128_SHA                 uint16 = 0x008A
	http2cipher_TLS_PSK_WITH_3DES_EDE_CBC_SHA            uint16 = 0x008B
	http2cipher_TLS_PSK_WITH_AES_128_CBC_SHA             uint16 = 0x008C
	http2cipher_TLS_PSK_WITH_AES_256_CBC_SHA             uint16 = 0x008D
	http2cipher_TLS_DHE_PSK_WITH_RC4_128_SHA             uint16 = 0x008E
	http2cipher_TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA        uint16 = 0x008F
	http2cipher_TLS_DHE_PSK_WITH_AES_128_CBC_SHA         uint16 = 0x0090
	http2cipher_TLS_DHE_PSK_WITH_AES_256_CBC_SHA         uint16 = 0x0091
	http2cipher_TLS_RSA_PSK_WITH_RC4_128_SHA             uint16 = 0x0092
	http2cipher_TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA        uint16 = 0x0093
	http2cipher_TLS_RSA_PSK_WITH_AES_128_CBC_SHA         uint16 = 0x0094
	http2cipher_TLS_RSA_PSK_WITH_AES_256_CBC_SHA         uint16 = 0x0095
	http2cipher_TLS_RSA_WITH_SEED_CBC_SHA                uint16 = 0x0096
	http2cipher_TLS_DH_DSS_WITH_SEED_CBC_SHA             uint16 = 0x0097
	http2cipher_TLS_DH_RSA_WITH_SEED_CBC_SHA             uint16 = 0x0098
	http2cipher_TLS_DHE_DSS_WITH_SEED_CBC_SHA            uint16 = 0x0099
	http2cipher_TLS_DHE_RSA_WITH_SEED_CBC_SHA            uint16 = 0x009A
	http2cipher_TLS_DH_anon_WITH_SEED_CBC_SHA            uint16 = 0x009B
	http2cipher_TLS_RSA_WITH_AES_128_GCM_SHA256          uint16 = 0x009C
	http2cipher_TLS_RSA_WITH_AES_256_GCM_SHA384          uint16 = 0x009D
	http2cipher_TLS_DHE_RSA_WITH_AES_128_GCM_SHA256      uint16 = 0x009E
	http2cipher_TLS_DHE_RSA_WITH_AES_256_GCM_SHA384      uint16 = 0x009F
	http2cipher_TLS_DH_RSA_WITH_AES_128_GCM_SHA256       uint16 = 0x00A0
	http2cipher_TLS_DH_RSA_WITH_AES_256_GCM_SHA384       uint16 = 0x00A1
	http2cipher_TLS_DHE_DSS_WITH_AES_128_GCM_SHA256      uint16 = 0x00A2
	http2cipher_TLS_DHE_DSS_WITH_AES_256_GCM_SHA384      uint16 = 0x00A3
	http2cipher_TLS_DH_DSS_WITH_AES_128_GCM_SHA256       uint16 = 0x00A4
	http2cipher_TLS_DH_DSS_WITH_AES_256_GCM_SHA384       uint16 = 0x00A5
	http2cipher_TLS_DH_anon_WITH_AES_128_GCM_SHA256      uint16 = 0x00A6
	http2cipher_TLS_DH_anon_WITH_AES_256_GCM_SHA384      uint16 = 0x00A7
	http2cipher_TLS_PSK_WITH_AES_128_GCM_SHA256          uint16 = 0x00A8
	http2cipher_TLS_PSK_WITH_AES_256_GCM_SHA384          uint16 = 0x00A9
	http2cipher_TLS_DHE_PSK_WITH_AES_128_GCM_SHA256      uint16 = 0x00AA
	http2cipher_TLS_DHE_PSK_WITH_AES_256_GCM_SHA384      uint16 = 0x00AB
	http2cipher_TLS_RSA_PSK_WITH_AES_128_GCM_SHA256      uint16 = 0x00AC
	http2cipher_TLS_RSA_PSK_WITH_AES_256_GCM_SHA384      uint16 = 0x00AD
	http2cipher_TLS_PSK_WITH_AES_128_CBC_SHA256          uint16 = 0x00AE
	http2cipher_TLS_PSK_WITH_AES_256_CBC_SHA384          uint16 = 0x00AF
	http2cipher_TLS_PSK_WITH_NULL_SHA256                 uint16 = 0x00B0
	http2cipher_TLS_PSK_WITH_NULL_SHA384                 uint16 = 0x00B1
	http2cipher_TLS_DHE_PSK_WITH_AES_128_CBC_SHA256      uint16 = 0x00B2
	http2cipher_TLS_DHE_PSK_WITH_AES_256_CBC_SHA384      uint16 = 0x00B3
	http2cipher_TLS_DHE_PSK_WITH_NULL_SHA256             uint16 = 0x00B4
	http2cipher_TLS_DHE_PSK_WITH_NULL_SHA384             uint16 = 0x00B5
	http2cipher_TLS_RSA_PSK_WITH_AES_128_CBC_SHA256      uint16 = 0x00B6
	http2cipher_TLS_RSA_PSK_WITH_AES_256_CBC_SHA384      uint16 = 0x00B7
	http2cipher_TLS_RSA_PSK_WITH_NULL_SHA256             uint16 = 0x00B8
	http2cipher_TLS_RSA_PSK_WITH_NULL_SHA384             uint16 = 0x00B9
	http2cipher_TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256     uint16 = 0x00BA
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256  uint16 = 0x00BB
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256  uint16 = 0x00BC
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256 uint16 = 0x00BD
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256 uint16 = 0x00BE
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256 uint16 = 0x00BF
	http2cipher_TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256     uint16 = 0x00C0
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256  uint16 = 0x00C1
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256  uint16 = 0x00C2
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256 uint16 = 0x00C3
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256 uint16 = 0x00C4
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256 uint16 = 0x00C5
	http2cipher_TLS_EMPTY_RENEGOTIATION_INFO_SCSV uint16 = 0x00FF
	http2cipher_TLS_FALLBACK_SCSV uint16 = 0x5600
	http2cipher_TLS_ECDH_ECDSA_WITH_NULL_SHA                 uint16 = 0xC001
	http2cipher_TLS_ECDH_ECDSA_WITH_RC4_128_SHA              uint16 = 0xC002
	http2cipher_TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA         uint16 = 0xC003
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA          uint16 = 0xC004
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA          uint16 = 0xC005
	http2cipher_TLS_ECDHE_ECDSA_WITH_NULL_SHA                uint16 = 0xC006
	http2cipher_TLS_ECDHE_ECDSA_WITH_RC4_128_SHA             uint16 = 0xC007
	http2cipher_TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA        uint16 = 0xC008
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA         uint16 = 0xC009
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA         uint16 = 0xC00A
	http2cipher_TLS_ECDH_RSA_WITH_NULL_SHA                   uint16 = 0xC00B
	http2cipher_TLS_ECDH_RSA_WITH_RC4_128_SHA                uint16 = 0xC00C
	http2cipher_TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA           uint16 = 0xC00D
	http2cipher_TLS_ECDH_RSA_WITH_AES_128_CBC_SHA            uint16 = 0xC00E
	http2cipher_TLS_ECDH_RSA_WITH_AES_256_CBC_SHA            uint16 = 0xC00F
	http2cipher_TLS_ECDHE_RSA_WITH_NULL_SHA                  uint16 = 0xC010
	http2cipher_TLS_ECDHE_RSA_WITH_RC4_128_SHA               uint16 = 0xC011
	http2cipher_TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA          uint16 = 0xC012
	http2cipher_TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA           uint16 = 0xC013
	http2cipher_TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA           uint16 = 0xC014
	http2cipher_TLS_ECDH_anon_WITH_NULL_SHA                  uint16 = 0xC015
	http2cipher_TLS_ECDH_anon_WITH_RC4_128_SHA               uint16 = 0xC016
	http2cipher_TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA          uint16 = 0xC017
	http2cipher_TLS_ECDH_anon_WITH_AES_128_CBC_SHA           uint16 = 0xC018
	http2cipher_TLS_ECDH_anon_WITH_AES_256_CBC_SHA           uint16 = 0xC019
	http2cipher_TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA            uint16 = 0xC01A
	http2cipher_TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA        uint16 = 0xC01B
	http2cipher_TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA        uint16 = 0xC01C
	http2cipher_TLS_SRP_SHA_WITH_AES_128_CBC_SHA             uint16 = 0xC01D
	http2cipher_TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA         uint16 = 0xC01E
	http2cipher_TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA         uint16 = 0xC01F
	http2cipher_TLS_SRP_SHA_WITH_AES_256_CBC_SHA             uint16 = 0xC020
	http2cipher_TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA         uint16 = 0xC021
	http2cipher_TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA         uint16 = 0xC022
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256      uint16 = 0xC023
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384      uint16 = 0xC024
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256       uint16 = 0xC025
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384       uint16 = 0xC026
	http2cipher_TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256        uint16 = 0xC027
	http2cipher_TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384        uint16 = 0xC028
	http2cipher_TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256         uint16 = 0xC029
	http2cipher_TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384         uint16 = 0xC02A
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256      uint16 = 0xC02B
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384      uint16 = 0xC02C
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256       uint16 = 0xC02D
	http2cipher_TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384       uint16 = 0xC02E
	http2cipher_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256        uint16 = 0xC02F
	http2cipher_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384        uint16 = 0xC030
	http2cipher_TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256         uint16 = 0xC031
	http2cipher_TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384         uint16 = 0xC032
	http2cipher_TLS_ECDHE_PSK_WITH_RC4_128_SHA               uint16 = 0xC033
	http2cipher_TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA          uint16 = 0xC034
	http2cipher_TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA           uint16 = 0xC035
	http2cipher_TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA           uint16 = 0xC036
	http2cipher_TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256        uint16 = 0xC037
	http2cipher_TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384        uint16 = 0xC038
	http2cipher_TLS_ECDHE_PSK_WITH_NULL_SHA                  uint16 = 0xC039
	http2cipher_TLS_ECDHE_PSK_WITH_NULL_SHA256               uint16 = 0xC03A
	http2cipher_TLS_ECDHE_PSK_WITH_NULL_SHA384               uint16 = 0xC03B
	http2cipher_TLS_RSA_WITH_ARIA_128_CBC_SHA256             uint16 = 0xC03C
	http2cipher_TLS_RSA_WITH_ARIA_256_CBC_SHA384             uint16 = 0xC03D
	http2cipher_TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256          uint16 = 0xC03E
	http2cipher_TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384          uint16 = 0xC03F
	http2cipher_TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256          uint16 = 0xC040
	http2cipher_TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384          uint16 = 0xC041
	http2cipher_TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256         uint16 = 0xC042
	http2cipher_TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384         uint16 = 0xC043
	http2cipher_TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256         uint16 = 0xC044
	http2cipher_TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384         uint16 = 0xC045
	http2cipher_TLS_DH_anon_WITH_ARIA_128_CBC_SHA256         uint16 = 0xC046
	http2cipher_TLS_DH_anon_WITH_ARIA_256_CBC_SHA384         uint16 = 0xC047
	http2cipher_TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256     uint16 = 0xC048
	http2cipher_TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384     uint16 = 0xC049
	http2cipher_TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256      uint16 = 0xC04A
	http2cipher_TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384      uint16 = 0xC04B
	http2cipher_TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256       uint16 = 0xC04C
	http2cipher_TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384       uint16 = 0xC04D
	http2cipher_TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256        uint16 = 0xC04E
	http2cipher_TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384        uint16 = 0xC04F
	http2cipher_TLS_RSA_WITH_ARIA_128_GCM_SHA256             uint16 = 0xC050
	http2cipher_TLS_RSA_WITH_ARIA_256_GCM_SHA384             uint16 = 0xC051
	http2cipher_TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256         uint16 = 0xC052
	http2cipher_TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384         uint16 = 0xC053
	http2cipher_TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256          uint16 = 0xC054
	http2cipher_TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384          uint16 = 0xC055
	http2cipher_TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256         uint16 = 0xC056
	http2cipher_TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384         uint16 = 0xC057
	http2cipher_TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256          uint16 = 0xC058
	http2cipher_TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384          uint16 = 0xC059
	http2cipher_TLS_DH_anon_WITH_ARIA_128_GCM_SHA256         uint16 = 0xC05A
	http2cipher_TLS_DH_anon_WITH_ARIA_256_GCM_SHA384         uint16 = 0xC05B
	http2cipher_TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256     uint16 = 0xC05C
	http2cipher_TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384     uint16 = 0xC05D
	http2cipher_TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256      uint16 = 0xC05E
	http2cipher_TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384      uint16 = 0xC05F
	http2cipher_TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256       uint16 = 0xC060
	http2cipher_TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384       uint16 = 0xC061
	http2cipher_TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256        uint16 = 0xC062
	http2cipher_TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384        uint16 = 0xC063
	http2cipher_TLS_PSK_WITH_ARIA_128_CBC_SHA256             uint16 = 0xC064
	http2cipher_TLS_PSK_WITH_ARIA_256_CBC_SHA384             uint16 = 0xC065
	http2cipher_TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256         uint16 = 0xC066
	http2cipher_TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384         uint16 = 0xC067
	http2cipher_TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256         uint16 = 0xC068
	http2cipher_TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384         uint16 = 0xC069
	http2cipher_TLS_PSK_WITH_ARIA_128_GCM_SHA256             uint16 = 0xC06A
	http2cipher_TLS_PSK_WITH_ARIA_256_GCM_SHA384             uint16 = 0xC06B
	http2cipher_TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256         uint16 = 0xC06C
	http2cipher_TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384         uint16 = 0xC06D
	http2cipher_TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256         uint16 = 0xC06E
	http2cipher_TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384         uint16 = 0xC06F
	http2cipher_TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256       uint16 = 0xC070
	http2cipher_TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384       uint16 = 0xC071
	http2cipher_TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256 uint16 = 0xC072
	http2cipher_TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384 uint16 = 0xC073
	http2cipher_TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256  uint16 = 0xC074
	http2cipher_TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384  uint16 = 0xC075
	http2cipher_TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256   uint16 = 0xC076
	http2cipher_TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384   uint16 = 0xC077
	http2cipher_TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256    uint16 = 0xC078
	http2cipher_TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384    uint16 = 0xC079
	http2cipher_TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256         uint16 = 0xC07A
	http2cipher_TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384         uint16 = 0xC07B
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256     uint16 = 0xC07C
	http2cipher_TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384     uint16 = 0xC07D
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256      uint16 = 0xC07E
	http2cipher_TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384      uint16 = 0xC07F
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256     uint16 = 0xC080
	http2cipher_TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384     uint16 = 0xC081
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256      uint16 = 0xC082
	http2cipher_TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384      uint16 = 0xC083
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256     uint16 = 0xC084
	http2cipher_TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384     uint16 = 0xC085
	http2cipher_TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256 uint16 = 0xC086
	http2cipher_TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384 uint16 = 0xC087
	http2cipher_TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256  uint16 = 0xC088
	http2cipher_TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384  uint16 = 0xC089
	http2cipher_TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256   uint16 = 0xC08A
	http2cipher_TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384   uint16 = 0xC08B
	http2cipher_TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256    uint16 = 0xC08C
	http2cipher_TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384    uint16 = 0xC08D
	http2cipher_TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256         uint16 = 0xC08E
	http2cipher_TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384         uint16 = 0xC08F
	http2cipher_TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256     uint16 = 0xC090
	http2cipher_TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384     uint16 = 0xC091
	http2cipher_TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256     uint16 = 0xC092
	http2cipher_TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384     uint16 = 0xC093
	http2cipher_TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256         uint16 = 0xC094
	http2cipher_TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384         uint16 = 0xC095
	http2cipher_TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256     uint16 = 0xC096
	http2cipher_TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384     uint16 = 0xC097
	http2cipher_TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256     uint16 = 0xC098
	http2cipher_TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384     uint16 = 0xC099
	http2cipher_TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256   uint16 = 0xC09A
	http2cipher_TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384   uint16 = 0xC09B
	http2cipher_TLS_RSA_WITH_AES_128_CCM                     uint16 = 0xC09C
	http2cipher_TLS_RSA_WITH_AES_256_CCM                     uint16 = 0xC09D
	http2cipher_TLS_DHE_RSA_WITH_AES_128_CCM                 uint16 = 0xC09E
	http2cipher_TLS_DHE_RSA_WITH_AES_256_CCM                 uint16 = 0xC09F
	http2cipher_TLS_RSA_WITH_AES_128_CCM_8                   uint16 = 0xC0A0
	http2cipher_TLS_RSA_WITH_AES_256_CCM_8                   uint16 = 0xC0A1
	http2cipher_TLS_DHE_RSA_WITH_AES_128_CCM_8               uint16 = 0xC0A2
	http2cipher_TLS_DHE_RSA_WITH_AES_256_CCM_8               uint16 = 0xC0A3
	http2cipher_TLS_PSK_WITH_AES_128_CCM                     uint16 = 0xC0A4
	http2cipher_TLS_PSK_WITH_AES_256_CCM                     uint16 = 0xC0A5
	http2cipher_TLS_DHE_PSK_WITH_AES_128_CCM                 uint16 = 0xC0A6
	http2cipher_TLS_DHE_PSK_WITH_AES_256_CCM                 uint16 = 0xC0A7
	http2cipher_TLS_PSK_WITH_AES_128_CCM_8                   uint16 = 0xC0A8
	http2cipher_TLS_PSK_WITH_AES_256_CCM_8                   uint16 = 0xC0A9
	http2cipher_TLS_PSK_DHE_WITH_AES_128_CCM_8               uint16 = 0xC0AA
	http2cipher_TLS_PSK_DHE_WITH_AES_256_CCM_8               uint16 = 0xC0AB
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_128_CCM             uint16 = 0xC0AC
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_256_CCM             uint16 = 0xC0AD
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8           uint16 = 0xC0AE
	http2cipher_TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8           uint16 = 0xC0AF
	http2cipher_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256   uint16 = 0xCCA8
	http2cipher_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 uint16 = 0xCCA9
	http2cipher_TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256     uint16 = 0xCCAA
	http2cipher_TLS_PSK_WITH_CHACHA20_POLY1305_SHA256         uint16 = 0xCCAB
	http2cipher_TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256   uint16 = 0xCCAC
	http2cipher_TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256     uint16 = 0xCCAD
	http2cipher_TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256     uint16 = 0xCCAE
)

func http2isBadCipher(cipher uint16) bool

type http2ClientConnPool interface {
	GetClientConn(req *Request, addr string) (*http2ClientConn, error)
	MarkDead(*http2ClientConn)
}

type http2clientConnPoolIdleCloser interface {
	http2ClientConnPool
	closeIdleConnections()
}

var (
	_ http2clientConnPoolIdleCloser = (*http2clientConnPool)(nil)
	_ http2clientConnPoolIdleCloser = http2noDialClientConnPool{}
)

type http2clientConnPool struct {
	t *http2Transport
	mu sync.Mutex 
	conns        map[string][]*http2ClientConn 
	dialing      map[string]*http2dialCall     
	keys         map[*http2ClientConn][]string
	addConnCalls map[string]*http2addConnCall 
}

func (p *http2clientConnPool) GetClientConn(req *Request, addr string) (*http2ClientConn, error)

const (
	http2dialOnMiss   = true
	http2noDialOnMiss = false
)

func (p *http2clientConnPool) getClientConn(req *Request, addr string, dialOnMiss bool) (*http2ClientConn, error)

type http2dialCall struct {
	_ http2incomparable
	p *http2clientConnPool
	ctx  context.Context
	done chan struct{}    
	res  *http2ClientConn 
	err  error            
}

func (p *http2clientConnPool) getStartDialLocked(ctx context.Context, addr string) *http2dialCall

func (c *http2dialCall) dial(ctx context.Context, addr string)

func (p *http2clientConnPool) addConnIfNeeded(key string, t *http2Transport, c net.Conn) (used bool, err error)

type http2addConnCall struct {
	_    http2incomparable
	p    *http2clientConnPool
	done chan struct{} 
	err  error
}

func (c *http2addConnCall) run(t *http2Transport, key string, nc net.Conn)

func (p *http2clientConnPool) addConnLocked(key string, cc *http2ClientConn)

func (p *http2clientConnPool) MarkDead(cc *http2ClientConn)

func (p *http2clientConnPool) closeIdleConnections()

func http2filterOutClientConn(in []*http2ClientConn, exclude *http2ClientConn) []*http2ClientConn

type http2noDialClientConnPool struct{ *http2clientConnPool }

func (p http2noDialClientConnPool) GetClientConn(req *Request, addr string) (*http2ClientConn, error)

func http2shouldRetryDial(call *http2dialCall, req *Request) bool

type http2http2Config struct {
	MaxConcurrentStreams         uint32
	StrictMaxConcurrentRequests  bool
	MaxDecoderHeaderTableSize    uint32
	MaxEncoderHeaderTableSize    uint32
	MaxReadFrameSize             uint32
	MaxUploadBufferPerConnection int32
	MaxUploadBufferPerStream     int32
	SendPingTimeout              time.Duration
	PingTimeout                  time.Duration
	WriteByteTimeout             time.Duration
	PermitProhibitedCipherSuites bool
	CountError                   func(errType string)
}

func http2configFromServer(h1 *Server, h2 *http2Server) http2http2Config

func http2configFromTransport(h2 *http2Transport) http2http2Config

func http2setDefault[T ~int | ~int32 | ~uint32 | ~int64](v *T, minval, maxval, defval T)

func http2setConfigDefaults(conf *http2http2Config, server bool)

func http2adjustHTTP1MaxHeaderSize(n int64) int64

func http2fillNetHTTPConfig(conf *http2http2Config, h2 *HTTP2Config)

func http2http2ConfigStrictMaxConcurrentRequests(h2 *HTTP2Config) bool

var http2dataChunkPools = [...]sync.Pool{
	{New: func() interface{} { return new([1 << 10]byte) }},
	{New: func() interface{} { return new([2 << 10]byte) }},
	{New: func() interface{} { return new([4 << 10]byte) }},
	{New: func() interface{} { return new([8 << 10]byte) }},
	{New: func() interface{} { return new([16 << 10]byte) }},
}

func http2getDataBufferChunk(size int64) []byte

func http2putDataBufferChunk(p []byte)

type http2dataBuffer struct {
	chunks   [][]byte
	r        int   
	w        int   
	size     int   
	expected int64 
}

var http2errReadEmpty = errors.New("read from empty dataBuffer")

func (b *http2dataBuffer) Read(p []byte) (int, error)

func (b *http2dataBuffer) bytesFromFirstChunk() []byte

func (b *http2dataBuffer) Len() int

func (b *http2dataBuffer) Write(p []byte) (int, error)

func (b *http2dataBuffer) lastChunkOrAlloc(want int64) []byte

type http2ErrCode uint32

const (
	http2ErrCodeNo                 http2ErrCode = 0x0
	http2ErrCodeProtocol           http2ErrCode = 0x1
	http2ErrCodeInternal           http2ErrCode = 0x2
	http2ErrCodeFlowControl        http2ErrCode = 0x3
	http2ErrCodeSettingsTimeout    http2ErrCode = 0x4
	http2ErrCodeStreamClosed       http2ErrCode = 0x5
	http2ErrCodeFrameSize          http2ErrCode = 0x6
	http2ErrCodeRefusedStream      http2ErrCode = 0x7
	http2ErrCodeCancel             http2ErrCode = 0x8
	http2ErrCodeCompression        http2ErrCode = 0x9
	http2ErrCodeConnect            http2ErrCode = 0xa
	http2ErrCodeEnhanceYourCalm    http2ErrCode = 0xb
	http2ErrCodeInadequateSecurity http2ErrCode = 0xc
	http2ErrCodeHTTP11Required     http2ErrCode = 0xd
)

var http2errCodeName = map[http2ErrCode]string{
	http2ErrCodeNo:                 "NO_ERROR",
	http2ErrCodeProtocol:           "PROTOCOL_ERROR",
	http2ErrCodeInternal:           "INTERNAL_ERROR",
	http2ErrCodeFlowControl:        "FLOW_CONTROL_ERROR",
	http2ErrCodeSettingsTimeout:    "SETTINGS_TIMEOUT",
	http2ErrCodeStreamClosed:       "STREAM_CLOSED",
	http2ErrCodeFrameSize:          "FRAME_SIZE_ERROR",
	http2ErrCodeRefusedStream:      "REFUSED_STREAM",
	http2ErrCodeCancel:             "CANCEL",
	http2ErrCodeCompression:        "COMPRESSION_ERROR",
	http2ErrCodeConnect:            "CONNECT_ERROR",
	http2ErrCodeEnhanceYourCalm:    "ENHANCE_YOUR_CALM",
	http2ErrCodeInadequateSecurity: "INADEQUATE_SECURITY",
	http2ErrCodeHTTP11Required:     "HTTP_1_1_REQUIRED",
}

func (e http2ErrCode) String() string

func (e http2ErrCode) stringToken() string

type http2ConnectionError http2ErrCode

func (e http2ConnectionError) Error() string

type http2StreamError struct {
	StreamID uint32
	Code     http2ErrCode
	Cause    error 
}

var http2errFromPeer = errors.New("received from peer")

func http2streamError(id uint32, code http2ErrCode) http2StreamError

func (e http2StreamError) Error() string

type http2goAwayFlowError struct{}

func (http2goAwayFlowError) Error() string

type http2connError struct {
	Code   http2ErrCode 
	Reason string       
}

func (e http2connError) Error() string

type http2pseudoHeaderError string

func (e http2pseudoHeaderError) Error() string

type http2duplicatePseudoHeaderError string

func (e http2duplicatePseudoHeaderError) Error() string

type http2headerFieldNameError string

func (e http2headerFieldNameError) Error() string

type http2headerFieldValueError string

func (e http2headerFieldValueError) Error() string

var (
	http2errMixPseudoHeaderTypes = errors.New("mix of request and response pseudo headers")
	http2errPseudoAfterRegular   = errors.New("pseudo header field after regular")
)

const http2inflowMinRefresh = 4 << 10

const http2maxFlowWindow = (1 << 31) - 1

type http2inflow struct {
	avail  int32
	unsent int32
}

func (f *http2inflow) init(n int32)

func (f *http2inflow) add(n int) (connAdd int32)

func (f *http2inflow) take(n uint32) bool

func http2takeInflows(f1, f2 *http2inflow, n uint32) bool

type http2connOutflow struct {
	initial int32 
	n       int32 
	flowErr bool  
}

func (f *http2connOutflow) init()

func (f *http2connOutflow) changeInitialWindowSize(size int64) bool

func (f *http2connOutflow) add(n int32) bool

type http2outflow struct {
	_ http2incomparable
	delta int32
	conn *http2connOutflow
}

func (f *http2outflow) available() (int32, bool)

func (f *http2outflow) take(n int32)

func (f *http2outflow) add(n int32) bool

const http2frameHeaderLen = 9

var http2padZeros = make([]byte, 255)

type http2FrameType uint8

const (
	http2FrameData         http2FrameType = 0x0
	http2FrameHeaders      http2FrameType = 0x1
	http2FramePriority     http2FrameType = 0x2
	http2FrameRSTStream    http2FrameType = 0x3
	http2FrameSettings     http2FrameType = 0x4
	http2FramePushPromise  http2FrameType = 0x5
	http2FramePing         http2FrameType = 0x6
	http2FrameGoAway       http2FrameType = 0x7
	http2FrameWindowUpdate http2FrameType = 0x8
	http2FrameContinuation http2FrameType = 0x9
)

var http2frameNames = [...]string{
	http2FrameData:         "DATA",
	http2FrameHeaders:      "HEADERS",
	http2FramePriority:     "PRIORITY",
	http2FrameRSTStream:    "RST_STREAM",
	http2FrameSettings:     "SETTINGS",
	http2FramePushPromise:  "PUSH_PROMISE",
	http2FramePing:         "PING",
	http2FrameGoAway:       "GOAWAY",
	http2FrameWindowUpdate: "WINDOW_UPDATE",
	http2FrameContinuation: "CONTINUATION",
}

func (t http2FrameType) String() string

type http2Flags uint8

func (f http2Flags) Has(v http2Flags) bool

const (
	http2FlagDataEndStream http2Flags = 0x1
	http2FlagDataPadded    http2Flags = 0x8
	http2FlagHeadersEndStream  http2Flags = 0x1
	http2FlagHeadersEndHeaders http2Flags = 0x4
	http2FlagHeadersPadded     http2Flags = 0x8
	http2FlagHeadersPriority   http2Flags = 0x20
	http2FlagSettingsAck http2Flags = 0x1
	http2FlagPingAck http2Flags = 0x1
	http2FlagContinuationEndHeaders http2Flags = 0x4
	http2FlagPushPromiseEndHeaders http2Flags = 0x4
	http2FlagPushPromisePadded     http2Flags = 0x8
)

var http2flagName = map[http2FrameType]map[http2Flags]string{
	http2FrameData: {
		http2FlagDataEndStream: "END_STREAM",
		http2FlagDataPadded:    "PADDED",
	},
	http2FrameHeaders: {
		http2FlagHeadersEndStream:  "END_STREAM",
		http2FlagHeadersEndHeaders: "END_HEADERS",
		http2FlagHeadersPadded:     "PADDED",
		http2FlagHeadersPriority:   "PRIORITY",
	},
	http2FrameSettings: {
		http2FlagSettingsAck: "ACK",
	},
	http2FramePing: {
		http2FlagPingAck: "ACK",
	},
	http2FrameContinuation: {
		http2FlagContinuationEndHeaders: "END_HEADERS",
	},
	http2FramePushPromise: {
		http2FlagPushPromiseEndHeaders: "END_HEADERS",
		http2FlagPushPromisePadded:     "PADDED",
	},
}

type http2frameParser func(fc *http2frameCache, fh http2FrameHeader, countError func(string), payload []byte) (http2Frame, error)

var http2frameParsers = [...]http2frameParser{
	http2FrameData:         http2parseDataFrame,
	http2FrameHeaders:      http2parseHeadersFrame,
	http2FramePriority:     http2parsePriorityFrame,
	http2FrameRSTStream:    http2parseRSTStreamFrame,
	http2FrameSettings:     http2parseSettingsFrame,
	http2FramePushPromise:  http2parsePushPromise,
	http2FramePing:         http2parsePingFrame,
	http2FrameGoAway:       http2parseGoAwayFrame,
	http2FrameWindowUpdate: http2parseWindowUpdateFrame,
	http2FrameContinuation: http2parseContinuationFrame,
}

func http2typeFrameParser(t http2FrameType) http2frameParser

type http2FrameHeader struct {
	valid bool 
	Type http2FrameType
	Flags http2Flags
	Length uint32
	StreamID uint32
}

func (h http2FrameHeader) Header() http2FrameHeader

func (h http2FrameHeader) String() string

func (h http2FrameHeader) writeDebug(buf *bytes.Buffer)

func (h *http2FrameHeader) checkValid()

func (h *http2FrameHeader) invalidate()

var http2fhBytes = sync.Pool{
	New: func() interface{} {
		buf := make([]byte, http2frameHeaderLen)
		return &buf
	},
}

func http2invalidHTTP1LookingFrameHeader() http2FrameHeader

func http2ReadFrameHeader(r io.Reader) (http2FrameHeader, error)

func http2readFrameHeader(buf []byte, r io.Reader) (http2FrameHeader, error)

type http2Frame interface {
	Header() http2FrameHeader
	invalidate()
}

type http2Framer struct {
	r         io.Reader
	lastFrame http2Frame
	errDetail error
	countError func(errToken string)
	lastHeaderStream uint32
	lastFrameType http2FrameType
	maxReadSize uint32
	headerBuf   [http2frameHeaderLen]byte
	getReadBuf func(size uint32) []byte
	readBuf    []byte 
	maxWriteSize uint32 
	w    io.Writer
	wbuf []byte
	AllowIllegalWrites bool
	AllowIllegalReads bool
	ReadMetaHeaders *hpack.Decoder
	MaxHeaderListSize uint32
	logReads, logWrites bool
	debugFramer       *http2Framer 
	debugFramerBuf    *bytes.Buffer
	debugReadLoggerf  func(string, ...interface{})
	debugWriteLoggerf func(string, ...interface{})
	frameCache *http2frameCache 
}

func (fr *http2Framer) maxHeaderListSize() uint32

func (f *http2Framer) startWrite(ftype http2FrameType, flags http2Flags, streamID uint32)

func (f *http2Framer) endWrite() error

func (f *http2Framer) logWrite()

func (f *http2Framer) writeByte(v byte)

func (f *http2Framer) writeBytes(v []byte)

func (f *http2Framer) writeUint16(v uint16)

func (f *http2Framer) writeUint32(v uint32)

const (
	http2minMaxFrameSize = 1 << 14
	http2maxFrameSize    = 1<<24 - 1
)

func (fr *http2Framer) SetReuseFrames()

type http2frameCache struct {
	dataFrame http2DataFrame
}

func (fc *http2frameCache) getDataFrame() *http2DataFrame

func http2NewFramer(w io.Writer, r io.Reader) *http2Framer

func (fr *http2Framer) SetMaxReadFrameSize(v uint32)

func (fr *http2Framer) ErrorDetail() error

var http2ErrFrameTooLarge = errors.New("http2: frame too large")

func http2terminalReadFrameError(err error) bool

func (fr *http2Framer) ReadFrameHeader() (http2FrameHeader, error)

func (fr *http2Framer) ReadFrameForHeader(fh http2FrameHeader) (http2Frame, error)

func (fr *http2Framer) ReadFrame() (http2Frame, error)

func (fr *http2Framer) connError(code http2ErrCode, reason string) error

func (fr *http2Framer) checkFrameOrder(fh http2FrameHeader) error

type http2DataFrame struct {
	http2FrameHeader
	data []byte
}

func (f *http2DataFrame) StreamEnded() bool

func (f *http2DataFrame) Data() []byte

func http2parseDataFrame(fc *http2frameCache, fh http2FrameHeader, countError func(string), payload []byte) (http2Frame, error)

var (
	http2errStreamID    = errors.New("invalid stream ID")
	http2errDepStreamID = errors.New("invalid dependent stream ID")
	http2errPadLength   = errors.New("pad length too large")
	http2errPadBytes    = errors.New("padding bytes must all be zeros unless AllowIllegalWrites is enabled")
)

func http2validStreamIDOrZero(streamID uint32) bool

func http2validStreamID(streamID uint32) bool

func (f *http2Framer) WriteData(streamID uint32, endStream bool, data []byte) error

func (f *http2Framer) WriteDataPadded(streamID uint32, endStream bool, data, pad []byte) error

func (f *http2Framer) startWriteDataPadded(streamID uint32, endStream bool, data, pad []byte) error

type http2SettingsFrame struct {
	http2FrameHeader
	p []byte
}

func http2parseSettingsFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

func (f *http2SettingsFrame) IsAck() bool

func (f *http2SettingsFrame) Value(id http2SettingID) (v uint32, ok bool)

func (f *http2SettingsFrame) Setting(i int) http2Setting

func (f *http2SettingsFrame) NumSettings() int

func (f *http2SettingsFrame) HasDuplicates() bool

func (f *http2SettingsFrame) ForeachSetting(fn func(http2Setting) error) error

func (f *http2Framer) WriteSettings(settings ...http2Setting) error

func (f *http2Framer) WriteSettingsAck() error

type http2PingFrame struct {
	http2FrameHeader
	Data [8]byte
}

func (f *http2PingFrame) IsAck() bool

func http2parsePingFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), payload []byte) (http2Frame, error)

func (f *http2Framer) WritePing(ack bool, data [8]byte) error

type http2GoAwayFrame struct {
	http2FrameHeader
	LastStreamID uint32
	ErrCode      http2ErrCode
	debugData    []byte
}

func (f *http2GoAwayFrame) DebugData() []byte

func http2parseGoAwayFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

func (f *http2Framer) WriteGoAway(maxStreamID uint32, code http2ErrCode, debugData []byte) error

type http2UnknownFrame struct {
	http2FrameHeader
	p []byte
}

func (f *http2UnknownFrame) Payload() []byte

func http2parseUnknownFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

type http2WindowUpdateFrame struct {
	http2FrameHeader
	Increment uint32 
}

func http2parseWindowUpdateFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

func (f *http2Framer) WriteWindowUpdate(streamID, incr uint32) error

type http2HeadersFrame struct {
	http2FrameHeader
	Priority http2PriorityParam
	headerFragBuf []byte 
}

func (f *http2HeadersFrame) HeaderBlockFragment() []byte

func (f *http2HeadersFrame) HeadersEnded() bool

func (f *http2HeadersFrame) StreamEnded() bool

func (f *http2HeadersFrame) HasPriority() bool

func http2parseHeadersFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (_ http2Frame, err error)

type http2HeadersFrameParam struct {
	StreamID uint32
	BlockFragment []byte
	EndStream bool
	EndHeaders bool
	PadLength uint8
	Priority http2PriorityParam
}

func (f *http2Framer) WriteHeaders(p http2HeadersFrameParam) error

type http2PriorityFrame struct {
	http2FrameHeader
	http2PriorityParam
}

var http2defaultRFC9218Priority = http2PriorityParam{
	incremental: 0,
	urgency:     3,
}

type http2PriorityParam struct {
	StreamDep uint32
	Exclusive bool
	Weight uint8
	urgency uint8
	incremental uint8
}

func (p http2PriorityParam) IsZero() bool

func http2parsePriorityFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), payload []byte) (http2Frame, error)

func (f *http2Framer) WritePriority(streamID uint32, p http2PriorityParam) error

type http2RSTStreamFrame struct {
	http2FrameHeader
	ErrCode http2ErrCode
}

func http2parseRSTStreamFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

func (f *http2Framer) WriteRSTStream(streamID uint32, code http2ErrCode) error

type http2ContinuationFrame struct {
	http2FrameHeader
	headerFragBuf []byte
}

func http2parseContinuationFrame(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (http2Frame, error)

func (f *http2ContinuationFrame) HeaderBlockFragment() []byte

func (f *http2ContinuationFrame) HeadersEnded() bool

func (f *http2Framer) WriteContinuation(streamID uint32, endHeaders bool, headerBlockFragment []byte) error

type http2PushPromiseFrame struct {
	http2FrameHeader
	PromiseID     uint32
	headerFragBuf []byte 
}

func (f *http2PushPromiseFrame) HeaderBlockFragment() []byte

func (f *http2PushPromiseFrame) HeadersEnded() bool

func http2parsePushPromise(_ *http2frameCache, fh http2FrameHeader, countError func(string), p []byte) (_ http2Frame, err error)

type http2PushPromiseParam struct {
	StreamID uint32
	PromiseID uint32
	BlockFragment []byte
	EndHeaders bool
	PadLength uint8
}

func (f *http2Framer) WritePushPromise(p http2PushPromiseParam) error

func (f *http2Framer) WriteRawFrame(t http2FrameType, flags http2Flags, streamID uint32, payload []byte) error

func http2readByte(p []byte) (remain []byte, b byte, err error)

func http2readUint32(p []byte) (remain []byte, v uint32, err error)

type http2streamEnder interface {
	StreamEnded() bool
}

type http2headersEnder interface {
	HeadersEnded() bool
}

type http2headersOrContinuation interface {
	http2headersEnder
	HeaderBlockFragment() []byte
}

type http2MetaHeadersFrame struct {
	*http2HeadersFrame
	Fields []hpack.HeaderField
	Truncated bool
}

func (mh *http2MetaHeadersFrame) PseudoValue(pseudo string) string

func (mh *http2MetaHeadersFrame) RegularFields() []hpack.HeaderField

func (mh *http2MetaHeadersFrame) PseudoFields() []hpack.HeaderField

func (mh *http2MetaHeadersFrame) checkPseudos() error

func (fr *http2Framer) maxHeaderStringLen() int

func (fr *http2Framer) readMetaFrame(hf *http2HeadersFrame) (http2Frame, error)

func http2summarizeFrame(f http2Frame) string

var http2DebugGoroutines = os.Getenv("DEBUG_HTTP2_GOROUTINES") == "1"

var http2disableDebugGoroutines atomic.Bool

type http2goroutineLock uint64

func http2newGoroutineLock() http2goroutineLock

func (g http2goroutineLock) check()

func (g http2goroutineLock) checkNotOn()

var http2goroutineSpace = []byte("goroutine ")

func http2curGoroutineID() uint64

var http2littleBuf = sync.Pool{
	New: func() interface{} {
		buf := make([]byte, 64)
		return &buf
	},
}

func http2parseUintBytes(s []byte, base int, bitSize int) (n uint64, err error)

func http2cutoff64(base int) uint64

var (
	http2VerboseLogs    bool
	http2logFrameWrites bool
	http2logFrameReads  bool
	http2disableExtendedConnectProtocol = true
)

func init()

const (
	http2ClientPreface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
	http2initialMaxFrameSize = 16384
	http2NextProtoTLS = "h2"
	http2initialHeaderTableSize = 4096
	http2initialWindowSize = 65535 
	http2defaultMaxReadFrameSize = 1 << 20
)

var (
	http2clientPreface = []byte(http2ClientPreface)
)

type http2streamState int

const (
	http2stateIdle http2streamState = iota
	http2stateOpen
	http2stateHalfClosedLocal
	http2stateHalfClosedRemote
	http2stateClosed
)

var http2stateName = [...]string{
	http2stateIdle:             "Idle",
	http2stateOpen:             "Open",
	http2stateHalfClosedLocal:  "HalfClosedLocal",
	http2stateHalfClosedRemote: "HalfClosedRemote",
	http2stateClosed:           "Closed",
}

func (st http2streamState) String() string

type http2Setting struct {
	ID http2SettingID
	Val uint32
}

func (s http2Setting) String() string

func (s http2Setting) Valid() error

type http2SettingID uint16

const (
	http2SettingHeaderTableSize       http2SettingID = 0x1
	http2SettingEnablePush            http2SettingID = 0x2
	http2SettingMaxConcurrentStreams  http2SettingID = 0x3
	http2SettingInitialWindowSize     http2SettingID = 0x4
	http2SettingMaxFrameSize          http2SettingID = 0x5
	http2SettingMaxHeaderListSize     http2SettingID = 0x6
	http2SettingEnableConnectProtocol http2SettingID = 0x8
)

var http2settingName = map[http2SettingID]string{
	http2SettingHeaderTableSize:       "HEADER_TABLE_SIZE",
	http2SettingEnablePush:            "ENABLE_PUSH",
	http2SettingMaxConcurrentStreams:  "MAX_CONCURRENT_STREAMS",
	http2SettingInitialWindowSize:     "INITIAL_WINDOW_SIZE",
	http2SettingMaxFrameSize:          "MAX_FRAME_SIZE",
	http2SettingMaxHeaderListSize:     "MAX_HEADER_LIST_SIZE",
	http2SettingEnableConnectProtocol: "ENABLE_CONNECT_PROTOCOL",
}

func (s http2SettingID) String() string

func http2validWireHeaderFieldName(v string) bool

func http2httpCodeString(code int) string

type http2stringWriter interface {
	WriteString(s string) (n int, err error)
}

type http2closeWaiter chan struct{}

func (cw *http2closeWaiter) Init()

func (cw http2closeWaiter) Close()

func (cw http2closeWaiter) Wait()

type http2bufferedWriter struct {
	_           http2incomparable
	conn        net.Conn      
	bw          *bufio.Writer 
	byteTimeout time.Duration 
}

func http2newBufferedWriter(conn net.Conn, timeout time.Duration) *http2bufferedWriter

const http2bufWriterPoolBufferSize = 4 << 10

var http2bufWriterPool = sync.Pool{
	New: func() interface{} {
		return bufio.NewWriterSize(nil, http2bufWriterPoolBufferSize)
	},
}

func (w *http2bufferedWriter) Available() int

func (w *http2bufferedWriter) Write(p []byte) (n int, err error)

func (w *http2bufferedWriter) Flush() error

type http2bufferedWriterTimeoutWriter http2bufferedWriter

func (w *http2bufferedWriterTimeoutWriter) Write(p []byte) (n int, err error)

func http2writeWithByteTimeout(conn net.Conn, timeout time.Duration, p []byte) (n int, err error)

func http2mustUint31(v int32) uint32

func http2bodyAllowedForStatus(status int) bool

type http2httpError struct {
	_       http2incomparable
	msg     string
	timeout bool
}

func (e *http2httpError) Error() string

func (e *http2httpError) Timeout() bool

func (e *http2httpError) Temporary() bool

var http2errTimeout error = &http2httpError{msg: "http2: timeout awaiting response headers", timeout: true}

type http2connectionStater interface {
	ConnectionState() tls.ConnectionState
}

var http2sorterPool = sync.Pool{New: func() interface{} { return new(http2sorter) }}

type http2sorter struct {
	v []string 
}

func (s *http2sorter) Len() int

func (s *http2sorter) Swap(i, j int)

func (s *http2sorter) Less(i, j int) bool

func (s *http2sorter) Keys(h Header) []string

func (s *http2sorter) SortStrings(ss []string)

type http2incomparable [0]func()

type http2pipe struct {
	mu       sync.Mutex
	c        sync.Cond       
	b        http2pipeBuffer 
	unread   int             
	err      error           
	breakErr error           
	donec    chan struct{}   
	readFn   func()          
}

type http2pipeBuffer interface {
	Len() int
	io.Writer
	io.Reader
}

func (p *http2pipe) setBuffer(b http2pipeBuffer)

func (p *http2pipe) Len() int

func (p *http2pipe) Read(d []byte) (n int, err error)

var (
	http2errClosedPipeWrite        = errors.New("write on closed buffer")
	http2errUninitializedPipeWrite = errors.New("write on uninitialized buffer")
)

func (p *http2pipe) Write(d []byte) (n int, err error)

func (p *http2pipe) CloseWithError(err error)

func (p *http2pipe) BreakWithError(err error)

func (p *http2pipe) closeWithErrorAndCode(err error, fn func())

func (p *http2pipe) closeWithError(dst *error, err error, fn func())

func (p *http2pipe) closeDoneLocked()

func (p *http2pipe) Err() error

func (p *http2pipe) Done() <-chan struct{}

const (
	http2prefaceTimeout        = 10 * time.Second
	http2firstSettingsTimeout  = 2 * time.Second 
	http2handlerChunkWriteSize = 4 << 10
	http2defaultMaxStreams     = 250 
	http2maxQueuedControlFrames = 10000
)

var (
	http2errClientDisconnected = errors.New("client disconnected")
	http2errClosedBody         = errors.New("body closed by handler")
	http2errHandlerComplete    = errors.New("http2: request body closed due to handler exiting")
	http2errStreamClosed       = errors.New("http2: stream closed")
)

var http2responseWriterStatePool = sync.Pool{
	New: func() interface{} {
		rws := &http2responseWriterState{}
		rws.bw = bufio.NewWriterSize(http2chunkWriter{rws}, http2handlerChunkWriteSize)
		return rws
	},
}

var (
	http2testHookOnConn        func()
	http2testHookGetServerConn func(*http2serverConn)
	http2testHookOnPanicMu     *sync.Mutex 
	http2testHookOnPanic       func(sc *http2serverConn, panicVal interface{}) (rePanic bool)
)

type http2Server struct {
	MaxHandlers int
	MaxConcurrentStreams uint32
	MaxDecoderHeaderTableSize uint32
	MaxEncoderHeaderTableSize uint32
	MaxReadFrameSize uint32
	PermitProhibitedCipherSuites bool
	IdleTimeout time.Duration
	ReadIdleTimeout time.Duration
	PingTimeout time.Duration
	WriteByteTimeout time.Duration
	MaxUploadBufferPerConnection int32
	MaxUploadBufferPerStream int32
	NewWriteScheduler func() http2WriteScheduler
	CountError func(errType string)
	state *http2serverInternalState
}

type http2serverInternalState struct {
	mu          sync.Mutex
	activeConns map[*http2serverConn]struct{}
	errChanPool sync.Pool
}

func (s *http2serverInternalState) registerConn(sc *http2serverConn)

func (s *http2serverInternalState) unregisterConn(sc *http2serverConn)

func (s *http2serverInternalState) startGracefulShutdown()

var http2errChanPool = sync.Pool{
	New: func() any { return make(chan error, 1) },
}

func (s *http2serverInternalState) getErrChan() chan error

func (s *http2serverInternalState) putErrChan(ch chan error)

func http2ConfigureServer(s *Server, conf *http2Server) error

type http2ServeConnOpts struct {
	Context context.Context
	BaseConfig *Server
	Handler Handler
	UpgradeRequest *Request
	Settings []byte
	SawClientPreface bool
}

func (o *http2ServeConnOpts) context() context.Context

func (o *http2ServeConnOpts) baseConfig() *Server

func (o *http2ServeConnOpts) handler() Handler

func (s *http2Server) ServeConn(c net.Conn, opts *http2ServeConnOpts)

func (s *http2Server) serveConn(c net.Conn, opts *http2ServeConnOpts, newf func(*http2serverConn))

func http2serverConnBaseContext(c net.Conn, opts *http2ServeConnOpts) (ctx context.Context, cancel func())

func (sc *http2serverConn) rejectConn(err http2ErrCode, debug string)

type http2serverConn struct {
	srv              *http2Server
	hs               *Server
	conn             net.Conn
	bw               *http2bufferedWriter 
	handler          Handler
	baseCtx          context.Context
	framer           *http2Framer
	doneServing      chan struct{}               
	readFrameCh      chan http2readFrameResult   
	wantWriteFrameCh chan http2FrameWriteRequest 
	wroteFrameCh     chan http2frameWriteResult  
	bodyReadCh       chan http2bodyReadMsg       
	serveMsgCh       chan interface{}            
	flow             http2connOutflow            
	inflow           http2inflow                 
	tlsState         *tls.ConnectionState        
	remoteAddrStr    string
	writeSched       http2WriteScheduler
	countErrorFunc   func(errType string)
	serveG                      http2goroutineLock 
	pushEnabled                 bool
	sawClientPreface            bool 
	sawFirstSettings            bool 
	needToSendSettingsAck       bool
	unackedSettings             int    
	pendingEncoderTableSize     bool   
	encoderTableSizeMin         uint32 
	encoderTableSize            uint32 
	queuedControlFrames         int    
	clientMaxStreams            uint32 
	advMaxStreams               uint32 
	curClientStreams            uint32 
	curPushedStreams            uint32 
	curHandlers                 uint32 
	maxClientStreamID           uint32 
	maxPushPromiseID            uint32 
	streams                     map[uint32]*http2stream
	unstartedHandlers           []http2unstartedHandler
	initialStreamRecvWindowSize int32
	maxFrameSize                int32
	peerMaxHeaderListSize       uint32            
	canonHeader                 map[string]string 
	canonHeaderKeysSize         int               
	writingFrame                bool              
	writingFrameAsync           bool              
	needsFrameFlush             bool              
	inGoAway                    bool              
	inFrameScheduleLoop         bool              
	needToSendGoAway            bool              
	pingSent                    bool
	sentPingData                [8]byte
	goAwayCode                  http2ErrCode
	shutdownTimer               *time.Timer 
	idleTimer                   *time.Timer 
	readIdleTimeout             time.Duration
	pingTimeout                 time.Duration
	readIdleTimer               *time.Timer 
	headerWriteBuf bytes.Buffer
	hpackEncoder   *hpack.Encoder
	shutdownOnce sync.Once
}

func (sc *http2serverConn) maxHeaderListSize() uint32

func (sc *http2serverConn) curOpenStreams() uint32

type http2stream struct {
	sc        *http2serverConn
	id        uint32
	body      *http2pipe 
	reqBody   *http2requestBody
	cw        http2closeWaiter 
	ctx       context.Context
	cancelCtx func()
	bodyBytes        int64        
	declBodyBytes    int64        
	flow             http2outflow 
	inflow           http2inflow  
	state            http2streamState
	resetQueued      bool        
	gotTrailerHeader bool        
	wroteHeaders     bool        
	readDeadline     *time.Timer 
	writeDeadline    *time.Timer 
	closeErr         error       
	trailer    Header 
	reqTrailer Header 
}

func (sc *http2serverConn) Framer() *http2Framer

func (sc *http2serverConn) CloseConn() error

func (sc *http2serverConn) Flush() error

func (sc *http2serverConn) HeaderEncoder() (*hpack.Encoder, *bytes.Buffer)

func (sc *http2serverConn) state(streamID uint32) (http2streamState, *http2stream)

func (sc *http2serverConn) setConnState(state ConnState)

func (sc *http2serverConn) vlogf(format string, args ...interface{})

func (sc *http2serverConn) logf(format string, args ...interface{})

func http2errno(v error) uintptr

func http2isClosedConnError(err error) bool

func (sc *http2serverConn) condlogf(err error, format string, args ...interface{})

const http2maxCachedCanonicalHeadersKeysSize = 2048

func (sc *http2serverConn) canonicalHeader(v string) string

type http2readFrameResult struct {
	f   http2Frame 
	err error
	readMore func()
}

func (sc *http2serverConn) readFrames()

type http2frameWriteResult struct {
	_   http2incomparable
	wr  http2FrameWriteRequest 
	err error                  
}

func (sc *http2serverConn) writeFrameAsync(wr http2FrameWriteRequest, wd *http2writeData)

func (sc *http2serverConn) closeAllStreamsOnConnClose()

func (sc *http2serverConn) stopShutdownTimer()

func (sc *http2serverConn) notePanic()

func (sc *http2serverConn) serve(conf http2http2Config)

func (sc *http2serverConn) handlePingTimer(lastFrameReadTime time.Time)

type http2serverMessage int

var (
	http2settingsTimerMsg    = new(http2serverMessage)
	http2idleTimerMsg        = new(http2serverMessage)
	http2readIdleTimerMsg    = new(http2serverMessage)
	http2shutdownTimerMsg    = new(http2serverMessage)
	http2gracefulShutdownMsg = new(http2serverMessage)
	http2handlerDoneMsg      = new(http2serverMessage)
)

func (sc *http2serverConn) onSettingsTimer()

func (sc *http2serverConn) onIdleTimer()

func (sc *http2serverConn) onReadIdleTimer()

func (sc *http2serverConn) onShutdownTimer()

func (sc *http2serverConn) sendServeMsg(msg interface{})

var http2errPrefaceTimeout = errors.New("timeout waiting for client preface")

func (sc *http2serverConn) readPreface() error

var http2writeDataPool = sync.Pool{
	New: func() interface{} { return new(http2writeData) },
}

func (sc *http2serverConn) writeDataFromHandler(stream *http2stream, data []byte, endStream bool) error

func (sc *http2serverConn) writeFrameFromHandler(wr http2FrameWriteRequest) error

func (sc *http2serverConn) writeFrame(wr http2FrameWriteRequest)

func (sc *http2serverConn) startFrameWrite(wr http2FrameWriteRequest)

var http2errHandlerPanicked = errors.New("http2: handler panicked")

func (sc *http2serverConn) wroteFrame(res http2frameWriteResult)

func (sc *http2serverConn) scheduleFrameWrite()

func (sc *http2serverConn) startGracefulShutdown()

var http2goAwayTimeout = 1 * time.Second

func (sc *http2serverConn) startGracefulShutdownInternal()

func (sc *http2serverConn) goAway(code http2ErrCode)

func (sc *http2serverConn) shutDownIn(d time.Duration)

func (sc *http2serverConn) resetStream(se http2StreamError)

func (sc *http2serverConn) processFrameFromReader(res http2readFrameResult) bool

func (sc *http2serverConn) processFrame(f http2Frame) error

func (sc *http2serverConn) processPing(f *http2PingFrame) error

func (sc *http2serverConn) processWindowUpdate(f *http2WindowUpdateFrame) error

func (sc *http2serverConn) processResetStream(f *http2RSTStreamFrame) error

func (sc *http2serverConn) closeStream(st *http2stream, err error)

func (sc *http2serverConn) processSettings(f *http2SettingsFrame) error

func (sc *http2serverConn) processSetting(s http2Setting) error

func (sc *http2serverConn) processSettingInitialWindowSize(val uint32) error

func (sc *http2serverConn) processData(f *http2DataFrame) error

func (sc *http2serverConn) processGoAway(f *http2GoAwayFrame) error

func (st *http2stream) isPushed() bool

func (st *http2stream) endStream()

func (st *http2stream) copyTrailersToHandlerRequest()

func (st *http2stream) onReadTimeout()

func (st *http2stream) onWriteTimeout()

func (sc *http2serverConn) processHeaders(f *http2MetaHeadersFrame) error

func (sc *http2serverConn) upgradeRequest(req *Request)

func (st *http2stream) processTrailerHeaders(f *http2MetaHeadersFrame) error

func (sc *http2serverConn) checkPriority(streamID uint32, p http2PriorityParam) error

func (sc *http2serverConn) processPriority(f *http2PriorityFrame) error

func (sc *http2serverConn) newStream(id, pusherID uint32, state http2streamState) *http2stream

func (sc *http2serverConn) newWriterAndRequest(st *http2stream, f *http2MetaHeadersFrame) (*http2responseWriter, *Request, error)

func (sc *http2serverConn) newWriterAndRequestNoBody(st *http2stream, rp httpcommon.ServerRequestParam) (*http2responseWriter, *Request, error)

func (sc *http2serverConn) newResponseWriter(st *http2stream, req *Request) *http2responseWriter

type http2unstartedHandler struct {
	streamID uint32
	rw       *http2responseWriter
	req      *Request
	handler  func(ResponseWriter, *Request)
	body     *http2pipe
}

func (sc *http2serverConn) scheduleHandler(st *http2stream, rw *http2responseWriter, req *Request, handler func(ResponseWriter, *Request)) error

func (sc *http2serverConn) handlerDone()

func (sc *http2serverConn) runHandler(rw *http2responseWriter, req *Request, handler func(ResponseWriter, *Request))

func http2handleHeaderListTooLong(w ResponseWriter, r *Request)

func (sc *http2serverConn) writeHeaders(st *http2stream, headerData *http2writeResHeaders) error

func (sc *http2serverConn) write100ContinueHeaders(st *http2stream)

type http2bodyReadMsg struct {
	st *http2stream
	n  int
}

func (sc *http2serverConn) noteBodyReadFromHandler(st *http2stream, n int, err error)

func (sc *http2serverConn) noteBodyRead(st *http2stream, n int)

func (sc *http2serverConn) sendWindowUpdate32(st *http2stream, n int32)

func (sc *http2serverConn) sendWindowUpdate(st *http2stream, n int)

type http2requestBody struct {
	_             http2incomparable
	stream        *http2stream
	conn          *http2serverConn
	closeOnce     sync.Once  
	sawEOF        bool       
	pipe          *http2pipe 
	needsContinue bool       
}

func (b *http2requestBody) Close() error

func (b *http2requestBody) Read(p []byte) (n int, err error)

type http2responseWriter struct {
	rws *http2responseWriterState
}

var (
	_ CloseNotifier     = (*http2responseWriter)(nil)
	_ Flusher           = (*http2responseWriter)(nil)
	_ http2stringWriter = (*http2responseWriter)(nil)
)

type http2responseWriterState struct {
	stream *http2stream
	req    *Request
	conn   *http2serverConn
	bw *bufio.Writer 
	handlerHeader Header   
	snapHeader    Header   
	trailers      []string 
	status        int      
	wroteHeader   bool     
	sentHeader    bool     
	handlerDone   bool     
	sentContentLen int64 
	wroteBytes     int64
	closeNotifierMu sync.Mutex 
	closeNotifierCh chan bool  
}

type http2chunkWriter struct{ rws *http2responseWriterState }

func (cw http2chunkWriter) Write(p []byte) (n int, err error)

func (rws *http2responseWriterState) hasTrailers() bool

func (rws *http2responseWriterState) hasNonemptyTrailers() bool

func (rws *http2responseWriterState) declareTrailer(k string)

func (rws *http2responseWriterState) writeChunk(p []byte) (n int, err error)

const http2TrailerPrefix = "Trailer:"

func (rws *http2responseWriterState) promoteUndeclaredTrailers()

func (w *http2responseWriter) SetReadDeadline(deadline time.Time) error

func (w *http2responseWriter) SetWriteDeadline(deadline time.Time) error

func (w *http2responseWriter) EnableFullDuplex() error

func (w *http2responseWriter) Flush()

func (w *http2responseWriter) FlushError() error

func (w *http2responseWriter) CloseNotify() <-chan bool

func (w *http2responseWriter) Header() Header

func http2checkWriteHeaderCode(code int)

func (w *http2responseWriter) WriteHeader(code int)

func (rws *http2responseWriterState) writeHeader(code int)

func http2cloneHeader(h Header) Header

func (w *http2responseWriter) Write(p []byte) (n int, err error)

func (w *http2responseWriter) WriteString(s string) (n int, err error)

func (w *http2responseWriter) write(lenData int, dataB []byte, dataS string) (n int, err error)

func (w *http2responseWriter) handlerDone()

var (
	http2ErrRecursivePush    = errors.New("http2: recursive push not allowed")
	http2ErrPushLimitReached = errors.New("http2: push would exceed peer's SETTINGS_MAX_CONCURRENT_STREAMS")
)

var _ Pusher = (*http2responseWriter)(nil)

func (w *http2responseWriter) Push(target string, opts *PushOptions) error

type http2startPushRequest struct {
	parent *http2stream
	method string
	url    *url.URL
	header Header
	done   chan error
}

func (sc *http2serverConn) startPush(msg *http2startPushRequest)

func http2foreachHeaderElement(v string, fn func(string))

var http2connHeaders = []string{
	"Connection",
	"Keep-Alive",
	"Proxy-Connection",
	"Transfer-Encoding",
	"Upgrade",
}

func http2checkValidHTTP2RequestHeaders(h Header) error

func http2new400Handler(err error) HandlerFunc

func http2h1ServerKeepAlivesDisabled(hs *Server) bool

func (sc *http2serverConn) countError(name string, err error) error

const (
	http2transportDefaultConnFlow = 1 << 30
	http2transportDefaultStreamFlow = 4 << 20
	http2defaultUserAgent = "Go-http-client/2.0"
	http2initialMaxConcurrentStreams = 100
	http2defaultMaxConcurrentStreams = 1000
)

type http2Transport struct {
	DialTLSContext func(ctx context.Context, network, addr string, cfg *tls.Config) (net.Conn, error)
	DialTLS func(network, addr string, cfg *tls.Config) (net.Conn, error)
	TLSClientConfig *tls.Config
	ConnPool http2ClientConnPool
	DisableCompression bool
	AllowHTTP bool
	MaxHeaderListSize uint32
	MaxReadFrameSize uint32
	MaxDecoderHeaderTableSize uint32
	MaxEncoderHeaderTableSize uint32
	StrictMaxConcurrentStreams bool
	IdleConnTimeout time.Duration
	ReadIdleTimeout time.Duration
	PingTimeout time.Duration
	WriteByteTimeout time.Duration
	CountError func(errType string)
	t1 *Transport
	connPoolOnce  sync.Once
	connPoolOrDef http2ClientConnPool 
	*http2transportTestHooks
}

type http2transportTestHooks struct {
	newclientconn func(*http2ClientConn)
}

func (t *http2Transport) maxHeaderListSize() uint32

func (t *http2Transport) disableCompression() bool

func http2ConfigureTransport(t1 *Transport) error

func http2ConfigureTransports(t1 *Transport) (*http2Transport, error)

func http2configureTransports(t1 *Transport) (*http2Transport, error)

type http2unencryptedTransport http2Transport

func (t *http2unencryptedTransport) RoundTrip(req *Request) (*Response, error)

func (t *http2Transport) connPool() http2ClientConnPool

func (t *http2Transport) initConnPool()

type http2ClientConn struct {
	t             *http2Transport
	tconn         net.Conn             
	tlsState      *tls.ConnectionState 
	atomicReused  uint32               
	singleUse     bool                 
	getConnCalled bool                 
	readerDone chan struct{} 
	readerErr  error         
	idleTimeout time.Duration 
	idleTimer   *time.Timer
	mu               sync.Mutex       
	cond             *sync.Cond       
	flow             http2connOutflow 
	inflow           http2inflow      
	doNotReuse       bool             
	closing          bool
	closed           bool
	closedOnIdle     bool                          
	seenSettings     bool                          
	seenSettingsChan chan struct{}                 
	wantSettingsAck  bool                          
	goAway           *http2GoAwayFrame             
	goAwayDebug      string                        
	streams          map[uint32]*http2clientStream 
	streamsReserved  int                           
	nextStreamID     uint32
	pendingRequests  int                       
	pings            map[[8]byte]chan struct{} 
	br               *bufio.Reader
	lastActive       time.Time
	lastIdle         time.Time 
	maxFrameSize                uint32
	maxConcurrentStreams        uint32
	peerMaxHeaderListSize       uint64
	peerMaxHeaderTableSize      uint32
	initialStreamRecvWindowSize int32
	readIdleTimeout             time.Duration
	pingTimeout                 time.Duration
	extendedConnectAllowed      bool
	strictMaxConcurrentStreams  bool
	rstStreamPingsBlocked bool
	pendingResets int
	readBeforeStreamID uint32
	reqHeaderMu chan struct{}
	internalStateHook func()
	wmu  sync.Mutex
	bw   *bufio.Writer
	fr   *http2Framer
	werr error        
	hbuf bytes.Buffer 
	henc *hpack.Encoder
}

type http2clientStream struct {
	cc *http2ClientConn
	ctx       context.Context
	reqCancel <-chan struct{}
	trace         *httptrace.ClientTrace 
	ID            uint32
	bufPipe       http2pipe 
	requestedGzip bool
	isHead        bool
	abortOnce sync.Once
	abort     chan struct{} 
	abortErr  error         
	peerClosed chan struct{} 
	donec      chan struct{} 
	on100      chan struct{} 
	respHeaderRecv chan struct{} 
	res            *Response     
	flow        http2outflow 
	inflow      http2inflow  
	bytesRemain int64        
	readErr     error        
	reqBody              io.ReadCloser
	reqBodyContentLength int64         
	reqBodyClosed        chan struct{} 
	sentEndStream bool 
	sentHeaders   bool
	firstByte       bool  
	pastHeaders     bool  
	pastTrailers    bool  
	readClosed      bool  
	readAborted     bool  
	totalHeaderSize int64 
	trailer    Header  
	resTrailer *Header 
}

var http2got1xxFuncForTests func(int, textproto.MIMEHeader) error

func (cs *http2clientStream) get1xxTraceFunc() func(int, textproto.MIMEHeader) error

func (cs *http2clientStream) abortStream(err error)

func (cs *http2clientStream) abortStreamLocked(err error)

func (cs *http2clientStream) abortRequestBodyWrite()

func (cs *http2clientStream) closeReqBodyLocked()

type http2stickyErrWriter struct {
	conn    net.Conn
	timeout time.Duration
	err     *error
}

func (sew http2stickyErrWriter) Write(p []byte) (n int, err error)

type http2noCachedConnError struct{}

func (http2noCachedConnError) IsHTTP2NoCachedConnError()

func (http2noCachedConnError) Error() string

func http2isNoCachedConnError(err error) bool

var http2ErrNoCachedConn error = http2noCachedConnError{}

type http2RoundTripOpt struct {
	OnlyCachedConn bool
	allowHTTP bool 
}

func (t *http2Transport) RoundTrip(req *Request) (*Response, error)

func http2authorityAddr(scheme string, authority string) (addr string)

func (t *http2Transport) RoundTripOpt(req *Request, opt http2RoundTripOpt) (*Response, error)

func (t *http2Transport) CloseIdleConnections()

var (
	http2errClientConnClosed         = errors.New("http2: client conn is closed")
	http2errClientConnUnusable       = errors.New("http2: client conn not usable")
	http2errClientConnNotEstablished = errors.New("http2: client conn could not be established")
	http2errClientConnGotGoAway      = errors.New("http2: Transport received Server's graceful shutdown GOAWAY")
	http2errClientConnForceClosed    = errors.New("http2: client connection force closed via ClientConn.Close")
)

func http2shouldRetryRequest(req *Request, err error) (*Request, error)

func http2canRetryError(err error) bool

func (t *http2Transport) dialClientConn(ctx context.Context, addr string, singleUse bool) (*http2ClientConn, error)

func (t *http2Transport) newTLSConfig(host string) *tls.Config

func (t *http2Transport) dialTLS(ctx context.Context, network, addr string, tlsCfg *tls.Config) (net.Conn, error)

func (t *http2Transport) disableKeepAlives() bool

func (t *http2Transport) expectContinueTimeout() time.Duration

func (t *http2Transport) NewClientConn(c net.Conn) (*http2ClientConn, error)

func (t *http2Transport) newClientConn(c net.Conn, singleUse bool, internalStateHook func()) (*http2ClientConn, error)

func (cc *http2ClientConn) healthCheck()

func (cc *http2ClientConn) SetDoNotReuse()

func (cc *http2ClientConn) setGoAway(f *http2GoAwayFrame)

func (cc *http2ClientConn) CanTakeNewRequest() bool

func (cc *http2ClientConn) ReserveNewRequest() bool

type http2ClientConnState struct {
	Closed bool
	Closing bool
	StreamsActive int
	StreamsReserved int
	StreamsPending int
	MaxConcurrentStreams uint32
	LastIdle time.Time
}

func (cc *http2ClientConn) State() http2ClientConnState

type http2clientConnIdleState struct {
	canTakeNewRequest bool
}

func (cc *http2ClientConn) idleState() http2clientConnIdleState

func (cc *http2ClientConn) idleStateLocked() (st http2clientConnIdleState)

func (cc *http2ClientConn) isUsableLocked() bool

func (cc *http2ClientConn) canReserveLocked() bool

func (cc *http2ClientConn) currentRequestCountLocked() int

func (cc *http2ClientConn) canTakeNewRequestLocked() bool

func (cc *http2ClientConn) availableLocked() int

func (cc *http2ClientConn) tooIdleLocked() bool

func (cc *http2ClientConn) onIdleTimeout()

func (cc *http2ClientConn) closeConn()

func (cc *http2ClientConn) forceCloseConn()

func (cc *http2ClientConn) closeIfIdle()

func (cc *http2ClientConn) isDoNotReuseAndIdle() bool

var http2shutdownEnterWaitStateHook = func() {}

func (cc *http2ClientConn) Shutdown(ctx context.Context) error

func (cc *http2ClientConn) sendGoAway() error

func (cc *http2ClientConn) goAwayAndClose(code http2ErrCode)

func (cc *http2ClientConn) closeForError(err error)

func (cc *http2ClientConn) Close() error

func (cc *http2ClientConn) closeForLostPing()

var http2errRequestCanceled = errors.New("net/http: request canceled")

func (cc *http2ClientConn) responseHeaderTimeout() time.Duration

func http2actualContentLength(req *Request) int64

func (cc *http2ClientConn) decrStreamReservations()

func (cc *http2ClientConn) decrStreamReservationsLocked()

func (cc *http2ClientConn) RoundTrip(req *Request) (*Response, error)

func (cc *http2ClientConn) roundTrip(req *Request, streamf func(*http2clientStream)) (*Response, error)

func (cs *http2clientStream) doRequest(req *Request, streamf func(*http2clientStream))

var http2errExtendedConnectNotSupported = errors.New("net/http: extended connect not supported by peer")

func (cs *http2clientStream) writeRequest(req *Request, streamf func(*http2clientStream)) (err error)

func (cs *http2clientStream) encodeAndWriteHeaders(req *Request) error

func http2encodeRequestHeaders(req *Request, addGzipHeader bool, peerMaxHeaderListSize uint64, headerf func(name, value string)) (httpcommon.EncodeHeadersResult, error)

func (cs *http2clientStream) cleanupWriteRequest(err error)

func (cc *http2ClientConn) awaitOpenSlotForStreamLocked(cs *http2clientStream) error

func (cc *http2ClientConn) writeHeaders(streamID uint32, endStream bool, maxFrameSize int, hdrs []byte) error

var (
	http2errStopReqBodyWrite = errors.New("http2: aborting request body write")
	http2errStopReqBodyWriteAndCancel = errors.New("http2: canceling request")
	http2errReqBodyTooLong = errors.New("http2: request body larger than specified content length")
)

func (cs *http2clientStream) frameScratchBufferLen(maxFrameSize int) int

var http2bufPools [7]sync.Pool

func http2bufPoolIndex(size int) int

func (cs *http2clientStream) writeRequestBody(req *Request) (err error)

func (cs *http2clientStream) awaitFlowControl(maxBytes int) (taken int32, err error)

func (cc *http2ClientConn) encodeTrailers(trailer Header) ([]byte, error)

func (cc *http2ClientConn) writeHeader(name, value string)

type http2resAndError struct {
	_   http2incomparable
	res *Response
	err error
}

func (cc *http2ClientConn) addStreamLocked(cs *http2clientStream)

func (cc *http2ClientConn) forgetStreamID(id uint32)

type http2clientConnReadLoop struct {
	_  http2incomparable
	cc *http2ClientConn
}

func (cc *http2ClientConn) readLoop()

type http2GoAwayError struct {
	LastStreamID uint32
	ErrCode      http2ErrCode
	DebugData    string
}

func (e http2GoAwayError) Error() string

func http2isEOFOrNetReadError(err error) bool

func (rl *http2clientConnReadLoop) cleanup()

func (cc *http2ClientConn) countReadFrameError(err error)

func (rl *http2clientConnReadLoop) run() error

func (rl *http2clientConnReadLoop) processHeaders(f *http2MetaHeadersFrame) error

func (rl *http2clientConnReadLoop) handleResponse(cs *http2clientStream, f *http2MetaHeadersFrame) (*Response, error)

func (rl *http2clientConnReadLoop) processTrailers(cs *http2clientStream, f *http2MetaHeadersFrame) error

type http2transportResponseBody struct {
	cs *http2clientStream
}

func (b http2transportResponseBody) Read(p []byte) (n int, err error)

var http2errClosedResponseBody = errors.New("http2: response body closed")

func (b http2transportResponseBody) Close() error

func (rl *http2clientConnReadLoop) processData(f *http2DataFrame) error

func (rl *http2clientConnReadLoop) endStream(cs *http2clientStream)

func (rl *http2clientConnReadLoop) endStreamError(cs *http2clientStream, err error)

func (rl *http2clientConnReadLoop) endStreamErrorLocked(cs *http2clientStream, err error)

const (
	http2headerOrDataFrame    = true
	http2notHeaderOrDataFrame = false
)

func (rl *http2clientConnReadLoop) streamByID(id uint32, headerOrData bool) *http2clientStream

func (rl *http2clientConnReadLoop) streamByIDLocked(id uint32, headerOrData bool) *http2clientStream

func (cs *http2clientStream) copyTrailers()

func (rl *http2clientConnReadLoop) processGoAway(f *http2GoAwayFrame) error

func (rl *http2clientConnReadLoop) processSettings(f *http2SettingsFrame) error

func (rl *http2clientConnReadLoop) processSettingsNoWrite(f *http2SettingsFrame) error

func (rl *http2clientConnReadLoop) processWindowUpdate(f *http2WindowUpdateFrame) error

func (rl *http2clientConnReadLoop) processResetStream(f *http2RSTStreamFrame) error

func (cc *http2ClientConn) Ping(ctx context.Context) error

func (rl *http2clientConnReadLoop) processPing(f *http2PingFrame) error

func (rl *http2clientConnReadLoop) processPushPromise(f *http2PushPromiseFrame) error

func (cc *http2ClientConn) writeStreamReset(streamID uint32, code http2ErrCode, ping bool, err error)

var (
	http2errResponseHeaderListSize = errors.New("http2: response header list larger than advertised limit")
	http2errRequestHeaderListSize  = httpcommon.ErrRequestHeaderListSize
)

func (cc *http2ClientConn) logf(format string, args ...interface{})

func (cc *http2ClientConn) vlogf(format string, args ...interface{})

func (t *http2Transport) vlogf(format string, args ...interface{})

func (t *http2Transport) logf(format string, args ...interface{})

var http2noBody io.ReadCloser = http2noBodyReader{}

type http2noBodyReader struct{}

func (http2noBodyReader) Close() error

func (http2noBodyReader) Read([]byte) (int, error)

type http2missingBody struct{}

func (http2missingBody) Close() error

func (http2missingBody) Read([]byte) (int, error)

func http2strSliceContains(ss []string, s string) bool

type http2erringRoundTripper struct{ err error }

func (rt http2erringRoundTripper) RoundTripErr() error

func (rt http2erringRoundTripper) RoundTrip(*Request) (*Response, error)

var http2errConcurrentReadOnResBody = errors.New("http2: concurrent read on response body")

type http2gzipReader struct {
	_    http2incomparable
	body io.ReadCloser 
	mu   sync.Mutex    
	zr   *gzip.Reader  
	zerr error         
}

type http2eofReader struct{}

func (http2eofReader) Read([]byte) (int, error)

func (http2eofReader) ReadByte() (byte, error)

var http2gzipPool = sync.Pool{New: func() any { return new(gzip.Reader) }}

func http2gzipPoolGet(r io.Reader) (*gzip.Reader, error)

func http2gzipPoolPut(zr *gzip.Reader)

func (gz *http2gzipReader) acquire() (*gzip.Reader, error)

func (gz *http2gzipReader) release(zr *gzip.Reader)

func (gz *http2gzipReader) close()

func (gz *http2gzipReader) Read(p []byte) (n int, err error)

func (gz *http2gzipReader) Close() error

type http2errorReader struct{ err error }

func (r http2errorReader) Read(p []byte) (int, error)

func http2isConnectionCloseRequest(req *Request) bool

func http2registerHTTPSProtocol(t *Transport, rt http2noDialH2RoundTripper) (err error)

type http2noDialH2RoundTripper struct{ *http2Transport }

func (rt http2noDialH2RoundTripper) RoundTrip(req *Request) (*Response, error)

func (rt http2noDialH2RoundTripper) NewClientConn(conn net.Conn, internalStateHook func()) (RoundTripper, error)

type http2netHTTPClientConn struct {
	cc *http2ClientConn
}

func (cc http2netHTTPClientConn) RoundTrip(req *Request) (*Response, error)

func (cc http2netHTTPClientConn) Close() error

func (cc http2netHTTPClientConn) Err() error

func (cc http2netHTTPClientConn) Reserve() error

func (cc http2netHTTPClientConn) Release()

func (cc http2netHTTPClientConn) Available() int

func (cc http2netHTTPClientConn) InFlight() int

func (cc *http2ClientConn) maybeCallStateHook()

func (t *http2Transport) idleConnTimeout() time.Duration

func http2traceGetConn(req *Request, hostPort string)

func http2traceGotConn(req *Request, cc *http2ClientConn, reused bool)

func http2traceWroteHeaders(trace *httptrace.ClientTrace)

func http2traceGot100Continue(trace *httptrace.ClientTrace)

func http2traceWait100Continue(trace *httptrace.ClientTrace)

func http2traceWroteRequest(trace *httptrace.ClientTrace, err error)

func http2traceFirstResponseByte(trace *httptrace.ClientTrace)

func http2traceGot1xxResponseFunc(trace *httptrace.ClientTrace) func(int, textproto.MIMEHeader) error

func (t *http2Transport) dialTLSWithContext(ctx context.Context, network, addr string, cfg *tls.Config) (*tls.Conn, error)

const http2nextProtoUnencryptedHTTP2 = "unencrypted_http2"

func http2unencryptedNetConnFromTLSConn(tc *tls.Conn) (net.Conn, error)

type http2writeFramer interface {
	writeFrame(http2writeContext) error
	staysWithinBuffer(size int) bool
}

type http2writeContext interface {
	Framer() *http2Framer
	Flush() error
	CloseConn() error
	HeaderEncoder() (*hpack.Encoder, *bytes.Buffer)
}

func http2writeEndsStream(w http2writeFramer) bool

type http2flushFrameWriter struct{}

func (http2flushFrameWriter) writeFrame(ctx http2writeContext) error

func (http2flushFrameWriter) staysWithinBuffer(max int) bool

type http2writeSettings []http2Setting

func (s http2writeSettings) staysWithinBuffer(max int) bool

func (s http2writeSettings) writeFrame(ctx http2writeContext) error

type http2writeGoAway struct {
	maxStreamID uint32
	code        http2ErrCode
}

func (p *http2writeGoAway) writeFrame(ctx http2writeContext) error

func (*http2writeGoAway) staysWithinBuffer(max int) bool

type http2writeData struct {
	streamID  uint32
	p         []byte
	endStream bool
}

func (w *http2writeData) String() string

func (w *http2writeData) writeFrame(ctx http2writeContext) error

func (w *http2writeData) staysWithinBuffer(max int) bool

type http2handlerPanicRST struct {
	StreamID uint32
}

func (hp http2handlerPanicRST) writeFrame(ctx http2writeContext) error

func (hp http2handlerPanicRST) staysWithinBuffer(max int) bool

func (se http2StreamError) writeFrame(ctx http2writeContext) error

func (se http2StreamError) staysWithinBuffer(max int) bool

type http2writePing struct {
	data [8]byte
}

func (w http2writePing) writeFrame(ctx http2writeContext) error

func (w http2writePing) staysWithinBuffer(max int) bool

type http2writePingAck struct{ pf *http2PingFrame }

func (w http2writePingAck) writeFrame(ctx http2writeContext) error

func (w http2writePingAck) staysWithinBuffer(max int) bool

type http2writeSettingsAck struct{}

func (http2writeSettingsAck) writeFrame(ctx http2writeContext) error

func (http2writeSettingsAck) staysWithinBuffer(max int) bool

func http2splitHeaderBlock(ctx http2writeContext, headerBlock []byte, fn func(ctx http2writeContext, frag []byte, firstFrag, lastFrag bool) error) error

type http2writeResHeaders struct {
	streamID    uint32
	httpResCode int      
	h           Header   
	trailers    []string 
	endStream   bool
	date          string
	contentType   string
	contentLength string
}

func http2encKV(enc *hpack.Encoder, k, v string)

func (w *http2writeResHeaders) staysWithinBuffer(max int) bool

func (w *http2writeResHeaders) writeFrame(ctx http2writeContext) error

func (w *http2writeResHeaders) writeHeaderBlock(ctx http2writeContext, frag []byte, firstFrag, lastFrag bool) error

type http2writePushPromise struct {
	streamID uint32   
	method   string   
	url      *url.URL 
	h        Header
	allocatePromisedID func() (uint32, error)
	promisedID         uint32
}

func (w *http2writePushPromise) staysWithinBuffer(max int) bool

func (w *http2writePushPromise) writeFrame(ctx http2writeContext) error

func (w *http2writePushPromise) writeHeaderBlock(ctx http2writeContext, frag []byte, firstFrag, lastFrag bool) error

type http2write100ContinueHeadersFrame struct {
	streamID uint32
}

func (w http2write100ContinueHeadersFrame) writeFrame(ctx http2writeContext) error

func (w http2write100ContinueHeadersFrame) staysWithinBuffer(max int) bool

type http2writeWindowUpdate struct {
	streamID uint32 
	n        uint32
}

func (wu http2writeWindowUpdate) staysWithinBuffer(max int) bool

func (wu http2writeWindowUpdate) writeFrame(ctx http2writeContext) error

func http2encodeHeaders(enc *hpack.Encoder, h Header, keys []string)

type http2WriteScheduler interface {
	OpenStream(streamID uint32, options http2OpenStreamOptions)
	CloseStream(streamID uint32)
	AdjustStream(streamID uint32, priority http2PriorityParam)
	Push(wr http2FrameWriteRequest)
	Pop() (wr http2FrameWriteRequest, ok bool)
}

type http2OpenStreamOptions struct {
	PusherID uint32
	priority http2PriorityParam
}

type http2FrameWriteRequest struct {
	write http2writeFramer
	stream *http2stream
	done chan error
}

func (wr http2FrameWriteRequest) StreamID() uint32

func (wr http2FrameWriteRequest) isControl() bool

func (wr http2FrameWriteRequest) DataSize() int

func (wr http2FrameWriteRequest) Consume(n int32) (http2FrameWriteRequest, http2FrameWriteRequest, int)

func (wr http2FrameWriteRequest) String() string

func (wr *http2FrameWriteRequest) replyToWriter(err error)

type http2writeQueue struct {
	currQueue []http2FrameWriteRequest
	nextQueue []http2FrameWriteRequest
	currPos   int
	prev, next *http2writeQueue
}

func (q *http2writeQueue) empty() bool

func (q *http2writeQueue) push(wr http2FrameWriteRequest)

func (q *http2writeQueue) shift() http2FrameWriteRequest

func (q *http2writeQueue) peek() *http2FrameWriteRequest

func (q *http2writeQueue) consume(n int32) (http2FrameWriteRequest, bool)

type http2writeQueuePool []*http2writeQueue

func (p *http2writeQueuePool) put(q *http2writeQueue)

func (p *http2writeQueuePool) get() *http2writeQueue

const http2priorityDefaultWeightRFC7540 = 15

type http2PriorityWriteSchedulerConfig struct {
	MaxClosedNodesInTree int
	MaxIdleNodesInTree int
	ThrottleOutOfOrderWrites bool
}

func http2NewPriorityWriteScheduler(cfg *http2PriorityWriteSchedulerConfig) http2WriteScheduler

type http2priorityNodeStateRFC7540 int

const (
	http2priorityNodeOpenRFC7540 http2priorityNodeStateRFC7540 = iota
	http2priorityNodeClosedRFC7540
	http2priorityNodeIdleRFC7540
)

type http2priorityNodeRFC7540 struct {
	q            http2writeQueue               
	id           uint32                        
	weight       uint8                         
	state        http2priorityNodeStateRFC7540 
	bytes        int64                         
	subtreeBytes int64                         
	parent     *http2priorityNodeRFC7540
	kids       *http2priorityNodeRFC7540 
	prev, next *http2priorityNodeRFC7540 
}

func (n *http2priorityNodeRFC7540) setParent(parent *http2priorityNodeRFC7540)

func (n *http2priorityNodeRFC7540) addBytes(b int64)

func (n *http2priorityNodeRFC7540) walkReadyInOrder(openParent bool, tmp *[]*http2priorityNodeRFC7540, f func(*http2priorityNodeRFC7540, bool) bool) bool

type http2sortPriorityNodeSiblingsRFC7540 []*http2priorityNodeRFC7540

func (z http2sortPriorityNodeSiblingsRFC7540) Len() int

func (z http2sortPriorityNodeSiblingsRFC7540) Swap(i, k int)

func (z http2sortPriorityNodeSiblingsRFC7540) Less(i, k int) bool

type http2priorityWriteSchedulerRFC7540 struct {
	root http2priorityNodeRFC7540
	nodes map[uint32]*http2priorityNodeRFC7540
	maxID uint32
	closedNodes, idleNodes []*http2priorityNodeRFC7540
	maxClosedNodesInTree int
	maxIdleNodesInTree   int
	writeThrottleLimit   int32
	enableWriteThrottle  bool
	tmp []*http2priorityNodeRFC7540
	queuePool http2writeQueuePool
}

func (ws *http2priorityWriteSchedulerRFC7540) OpenStream(streamID uint32, options http2OpenStreamOptions)

func (ws *http2priorityWriteSchedulerRFC7540) CloseStream(streamID uint32)

func (ws *http2priorityWriteSchedulerRFC7540) AdjustStream(streamID uint32, priority http2PriorityParam)

func (ws *http2priorityWriteSchedulerRFC7540) Push(wr http2FrameWriteRequest)

func (ws *http2priorityWriteSchedulerRFC7540) Pop() (wr http2FrameWriteRequest, ok bool)

func (ws *http2priorityWriteSchedulerRFC7540) addClosedOrIdleNode(list *[]*http2priorityNodeRFC7540, maxSize int, n *http2priorityNodeRFC7540)

func (ws *http2priorityWriteSchedulerRFC7540) removeNode(n *http2priorityNodeRFC7540)

type http2streamMetadata struct {
	location *http2writeQueue
	priority http2PriorityParam
}

type http2priorityWriteSchedulerRFC9218 struct {
	control http2writeQueue
	heads [8][2]*http2writeQueue
	streams map[uint32]http2streamMetadata
	queuePool http2writeQueuePool
	prioritizeIncremental bool
}

func http2newPriorityWriteSchedulerRFC9218() http2WriteScheduler

func (ws *http2priorityWriteSchedulerRFC9218) OpenStream(streamID uint32, opt http2OpenStreamOptions)

func (ws *http2priorityWriteSchedulerRFC9218) CloseStream(streamID uint32)

func (ws *http2priorityWriteSchedulerRFC9218) AdjustStream(streamID uint32, priority http2PriorityParam)

func (ws *http2priorityWriteSchedulerRFC9218) Push(wr http2FrameWriteRequest)

func (ws *http2priorityWriteSchedulerRFC9218) Pop() (http2FrameWriteRequest, bool)

func http2NewRandomWriteScheduler() http2WriteScheduler

type http2randomWriteScheduler struct {
	zero http2writeQueue
	sq map[uint32]*http2writeQueue
	queuePool http2writeQueuePool
}

func (ws *http2randomWriteScheduler) OpenStream(streamID uint32, options http2OpenStreamOptions)

func (ws *http2randomWriteScheduler) CloseStream(streamID uint32)

func (ws *http2randomWriteScheduler) AdjustStream(streamID uint32, priority http2PriorityParam)

func (ws *http2randomWriteScheduler) Push(wr http2FrameWriteRequest)

func (ws *http2randomWriteScheduler) Pop() (http2FrameWriteRequest, bool)

type http2roundRobinWriteScheduler struct {
	control http2writeQueue
	streams map[uint32]*http2writeQueue
	head *http2writeQueue
	queuePool http2writeQueuePool
}

func http2newRoundRobinWriteScheduler() http2WriteScheduler

func (ws *http2roundRobinWriteScheduler) OpenStream(streamID uint32, options http2OpenStreamOptions)

func (ws *http2roundRobinWriteScheduler) CloseStream(streamID uint32)

func (ws *http2roundRobinWriteScheduler) AdjustStream(streamID uint32, priority http2PriorityParam)

func (ws *http2roundRobinWriteScheduler) Push(wr http2FrameWriteRequest)

func (ws *http2roundRobinWriteScheduler) Pop() (http2FrameWriteRequest, bool)
