#ifndef OFFPRINT_CZLIB_SHIM_H
#define OFFPRINT_CZLIB_SHIM_H
#include <zlib.h>
#endif
