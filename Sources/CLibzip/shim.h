#ifndef OFFPRINT_CLIBZIP_SHIM_H
#define OFFPRINT_CLIBZIP_SHIM_H
#include <zip.h>
#endif
