package x509

import "strconv"

func _()

const (
	_KeyUsage_name_0 = "digitalSignaturecontentCommitment"
	_KeyUsage_name_1 = "keyEncipherment"
	_KeyUsage_name_2 = "dataEncipherment"
	_KeyUsage_name_3 = "keyAgreement"
	_KeyUsage_name_4 = "keyCertSign"
	_KeyUsage_name_5 = "cRLSign"
	_KeyUsage_name_6 = "encipherOnly"
	_KeyUsage_name_7 = "decipherOnly"
)

var (
	_KeyUsage_index_0 = [...]uint8{0, 16, 33}
)

func (i KeyUsage) String() string

func _()

const _ExtKeyUsage_name = "anyExtendedKeyUsageserverAuthclientAuthcodeSigningemailProtectionipsecEndSystemipsecTunnelipsecUsertimeStampingOCSPSigningmsSGCnsSGCmsCodeCommsKernelCode"

var _ExtKeyUsage_index = [...]uint8{0, 19, 29, 39, 50, 65, 79, 90, 99, 111, 122, 127, 132, 141, 153}

func (i ExtKeyUsage) String() string
