#ifndef CONCORDAT_CRYPTO_SHIM_H
#define CONCORDAT_CRYPTO_SHIM_H
// OpenSSL's libcrypto, for SHA-256 only. libzip already links it, so using it here adds no
// library to the binary and no compiled dependency to the build.
#include <openssl/sha.h>
#endif
