package rsa

import "crypto/internal/boring"

func boringPublicKey(*PublicKey) (*boring.PublicKeyRSA, error)

func boringPrivateKey(*PrivateKey) (*boring.PrivateKeyRSA, error)
