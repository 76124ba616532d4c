#ifndef CONCORDAT_LIBXML2_SHIM_H
#define CONCORDAT_LIBXML2_SHIM_H
#include <libxml/xmlwriter.h>
#include <libxml/xmlstring.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects referring to the global function pointer xmlFree, which is not
   concurrency-safe; calling it from C sidesteps that. */
static inline void concordat_xml_free(void *pointer) { xmlFree(pointer); }
#endif
