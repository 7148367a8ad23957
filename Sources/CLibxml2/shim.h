#ifndef OFFPRINT_CLIBXML2_SHIM_H
#define OFFPRINT_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, and its headers then include ICU's, which clash with the ICU
// that Foundation bundles. Offprint only walks documents (xmlNode, xmlAttr, xmlDoc), whose
// layout does not depend on ICU, so the ICU parts of the headers are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#endif
