// Raw bytes → checked text. Everything a file can get wrong before parsing is caught here and
// reported as a per-file error with a reason a person can act on.
import { createHash } from 'node:crypto'
import path from 'node:path'

export type SourceFormat = 'txt' | 'md' | 'html'

import { MAX_IMPORT_FILE_BYTES } from '@/limits/constants'

export const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS)

/** A file as the importer receives it, from disk (CLI) or from a multipart upload (endpoint). */
export interface ImportSource {
  /** Stable identity of the source: the record key for idempotency. */
  sourcePath: string
  /** What the summary shows. */
  displayName: string
  /** The content, or a reader called when the file's turn comes (a large batch is not held in memory). */
  bytes: Uint8Array | (() => Uint8Array)
  /** The file's size when `bytes` was not read because it is over the limit. */
  size?: number
}

export class SourceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SourceError'
  }
}

export const formatOf = (fileName: string): SourceFormat | undefined => FORMATS[path.extname(fileName).toLowerCase()]

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Control characters other than tab, newline, form feed and carriage return. */
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g
/** Share of control characters above which a "text" file is really binary. */
const MAX_CONTROL_SHARE = 0.01

/**
 * Decodes and vets one file. Throws SourceError (a per-file failure) for: an unsupported
 * extension, more than MAX_FILE_BYTES (1 MB), no content, binary data (NUL bytes, UTF-16, or more than 1% control
 * characters) and invalid UTF-8. A UTF-8 byte-order mark is dropped.
 */
export function decodeSource(
  fileName: string,
  bytes: Uint8Array,
  size = bytes.byteLength,
): { text: string; format: SourceFormat } {
  const format = formatOf(fileName)
  if (!format) {
    throw new SourceError(
      `unsupported file type "${path.extname(fileName) || '(none)'}"; use ${SUPPORTED_EXTENSIONS.join(', ')}`,
    )
  }
  if (size > MAX_FILE_BYTES) {
    throw new SourceError(`file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}`)
  }
  if (size === 0) throw new SourceError('file is empty')
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError('file is UTF-16 text; save it as UTF-8')
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) throw new SourceError(`binary file (NUL byte at offset ${nul}), not text`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new SourceError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save the file as UTF-8`)
  }
  const controls = text.match(CONTROL)?.length ?? 0
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new SourceError(`binary file (${controls} control characters), not text`)
  }
  // Stray control characters in otherwise good text would only break the database or the editor.
  text = text.replace(CONTROL, '')
  if (!text.trim()) throw new SourceError('file is empty (only whitespace)')
  return { text, format }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] as number
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0) return index
    if (index + length > bytes.length) return index
    for (let next = 1; next < length; next += 1) {
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index
    }
    // Overlong, surrogate and out-of-range forms (the decoder rejects them too).
    const second = bytes[index + 1] as number
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second >= 0xa0)) return index
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second >= 0x90)) return index
    index += length
  }
  return -1
}
