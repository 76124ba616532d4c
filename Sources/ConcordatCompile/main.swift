// Parses and validates the built-in catalogue (Clauses/ over Templates/, read from the package
// root with the library's own code) and writes its compact form as one Swift file, so the binary
// does no YAML or Markdown parsing for built-in clauses. An error in the built-in catalogue fails
// the build, printed as FILE:LINE:COLUMN: error: … with the file's full path, as compilers do.
// Usage: ConcordatCompile OUTPUT.swift PACKAGE-ROOT
CatalogueCompiler.run(CommandLine.arguments)
