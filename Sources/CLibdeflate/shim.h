#ifndef OFFPRINT_CLIBDEFLATE_SHIM_H
#define OFFPRINT_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
