/**
 * Flags for every script we run with tsx. Lexical's "node" entry picks its build with a
 * top-level await that, on Node 20, sometimes never settles (the process then exits with code
 * 13 or hangs); the "production" condition loads the production build directly.
 */
export const TSX_FLAGS = ['--conditions=production']
