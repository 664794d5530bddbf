package x509

import "internal/goos"

var certFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",                
	"/etc/pki/tls/certs/ca-bundle.crt",                  
	"/etc/ssl/ca-bundle.pem",                            
	"/etc/pki/tls/cacert.pem",                           
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", 
	"/etc/ssl/cert.pem",                                 
}

var certDirectories = []string{
	"/etc/ssl/certs",     
	"/etc/pki/tls/certs", 
}

func init()
