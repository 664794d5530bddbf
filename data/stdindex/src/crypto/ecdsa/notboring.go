package ecdsa

import "crypto/internal/boring"

func boringPublicKey(*PublicKey) (*boring.PublicKeyECDSA, error)

func boringPrivateKey(*PrivateKey) (*boring.PrivateKeyECDSA, error)
