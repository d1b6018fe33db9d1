// The article importer: checked source files → draft articles with FAQs, disclaimers,
// techniques and an author, one transaction per file. See README.md.
export { importPlugin } from './plugin'
export { Importer, importSources } from './importer'
export { ImportOptionsError } from './types'
export type { ImportDetails, ImportOptions, ImportResult, ImportRow, ImportSummary } from './types'
export { decodeSource, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type ImportSource } from './source'
