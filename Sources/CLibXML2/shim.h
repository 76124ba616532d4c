#ifndef CONCORDAT_LIBXML2_SHIM_H
#define CONCORDAT_LIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, so its encoding header pulls in the system's ICU headers,
   whose types clash with the ICU copy inside Swift's Foundation when one module sees both.
   Concordat never touches the ICU-specific fields (the tail of xmlCharEncodingHandler), so the
   headers are read as if ICU were off; the library itself is unchanged. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlstring.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects referring to the global function pointer xmlFree, which is not
   concurrency-safe; calling it from C sidesteps that. */
static inline void concordat_xml_free(void *pointer) { xmlFree(pointer); }
#endif
