#ifndef OFFPRINT_CBROTLI_SHIM_H
#define OFFPRINT_CBROTLI_SHIM_H
#include <brotli/decode.h>
#endif
