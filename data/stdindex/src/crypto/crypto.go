package crypto

import (
	"hash"
	"io"
	"strconv"
)

type Hash uint

func (h Hash) HashFunc() Hash

func (h Hash) String() string

const (
	MD4         Hash = 1 + iota 
	MD5                         
	SHA1                        
	SHA224                      
	SHA256                      
	SHA384                      
	SHA512                      
	MD5SHA1                     
	RIPEMD160                   
	SHA3_224                    
	SHA3_256                    
	SHA3_384                    
	SHA3_512                    
	SHA512_224                  
	SHA512_256                  
	BLAKE2s_256                 
	BLAKE2b_256                 
	BLAKE2b_384                 
	BLAKE2b_512                 
	maxHash
)

var digestSizes = []uint8{
	MD4:         16,
	MD5:         16,
	SHA1:        20,
	SHA224:      28,
	SHA256:      32,
	SHA384:      48,
	SHA512:      64,
	SHA512_224:  28,
	SHA512_256:  32,
	SHA3_224:    28,
	SHA3_256:    32,
	SHA3_384:    48,
	SHA3_512:    64,
	MD5SHA1:     36,
	RIPEMD160:   20,
	BLAKE2s_256: 32,
	BLAKE2b_256: 32,
	BLAKE2b_384: 48,
	BLAKE2b_512: 64,
}

func (h Hash) Size() int

var hashes = make([]func() hash.Hash, maxHash)

func (h Hash) New() hash.Hash

func (h Hash) Available() bool

func RegisterHash(h Hash, f func() hash.Hash)

type PublicKey any

type PrivateKey any

type Signer interface {
	Public() PublicKey
	Sign(rand io.Reader, digest []byte, opts SignerOpts) (signature []byte, err error)
}

type MessageSigner interface {
	Signer
	SignMessage(rand io.Reader, msg []byte, opts SignerOpts) (signature []byte, err error)
}

type SignerOpts interface {
	HashFunc() Hash
}

type Decrypter interface {
	Public() PublicKey
	Decrypt(rand io.Reader, msg []byte, opts DecrypterOpts) (plaintext []byte, err error)
}

type DecrypterOpts any

func SignMessage(signer Signer, rand io.Reader, msg []byte, opts SignerOpts) (signature []byte, err error)

type Decapsulator interface {
	Encapsulator() Encapsulator
	Decapsulate(ciphertext []byte) (sharedKey []byte, err error)
}

type Encapsulator interface {
	Bytes() []byte
	Encapsulate() (sharedKey, ciphertext []byte)
}
