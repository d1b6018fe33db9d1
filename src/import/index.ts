// The article importer: checked source files → draft articles with FAQs, disclaimers,
// techniques and an author, one transaction per file. See README.md.
export { importPlugin } from './plugin'
export { Importer, ImportOptionsError, importSources } from './importer'
export type { ImportDetails, ImportOptions, ImportResult, ImportRow, ImportSummary } from './importer'
export { decodeSource, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type ImportSource } from './source'
