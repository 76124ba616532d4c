#ifndef CONCORDAT_ZIP_SHIM_H
#define CONCORDAT_ZIP_SHIM_H
#include <zip.h>
#endif
