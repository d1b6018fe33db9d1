import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'

import { MAX_IMPORT_FILES_PER_REQUEST, MAX_IMPORT_REQUEST_BYTES } from '@/limits/constants'

import { type ImportSource, MAX_FILE_BYTES } from './source'
import { ImportOptionsError } from './types'

/** At most this many files per request; larger batches belong to the CLI. */
export const MAX_UPLOAD_FILES = MAX_IMPORT_FILES_PER_REQUEST
/** The whole multipart body. */
const MAX_BODY_BYTES = MAX_IMPORT_REQUEST_BYTES

function fail(message: string, status: number, data?: Record<string, unknown>): never {
  const error = new APIError(message, status, data, true)
  // Named here: production builds minify class names, and Payload reports an error without a
  // name as "An unknown error occurred" instead of this message.
  error.name = 'ImportError'
  throw error
}

const BOOLEAN_VALUES: Record<string, boolean> = { true: true, '1': true, yes: true, on: true, false: false, '0': false, no: false, off: false, '': false }

const readForm = async (req: PayloadRequest): Promise<FormData> => {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    fail('Send multipart/form-data with one or more files in the field "files"', 400, { field: 'files' })
  }
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    fail(`The upload is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; import large batches with npm run import`, 413)
  }
  try {
    return await (req as unknown as Request).formData()
  } catch {
    fail('The multipart body could not be read', 400, { field: 'files' })
  }
}

const textField = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  if (value === null) return undefined
  if (typeof value !== 'string') fail(`Form field "${name}" must be text, not a file`, 400, { field: name })
  return value.trim()
}

/** A file name as the summary shows it: no directories, no control characters. */
const cleanName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001F\u007F]/g, '').slice(0, 255) || 'unnamed'

/**
 * `POST /api/import` (admin only): multipart `files` (one or more), optional `dryRun`,
 * `locale` and `author` (a therapist slug). Answers 200 with the same summary the CLI prints,
 * per-file failures included; 400 for a request without files or with bad options.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) fail('Sign in as an admin to import articles', 401)
    if (!hasRole(req.user as { roles?: string[] | null }, 'admin')) fail('Only admins can import articles', 403)

    const form = await readForm(req)
    const files = form.getAll('files')
    if (files.some((file) => typeof file === 'string')) {
      fail('Field "files" must hold files, not text', 400, { field: 'files' })
    }
    if (files.length === 0) fail('No files: send one or more files in the multipart field "files"', 400, { field: 'files' })
    if (files.length > MAX_UPLOAD_FILES) {
      fail(`At most ${MAX_UPLOAD_FILES} files per request; use npm run import for larger batches`, 400, { field: 'files' })
    }
    const dryRunText = textField(form, 'dryRun')?.toLowerCase()
    if (dryRunText !== undefined && !(dryRunText in BOOLEAN_VALUES)) {
      fail('Form field "dryRun" must be true or false', 400, { field: 'dryRun' })
    }
    // Refused whole, before any file is parsed: nothing of an oversized request is imported.
    const oversized = (files as File[]).find((file) => file.size > MAX_FILE_BYTES)
    if (oversized) {
      const name = cleanName(oversized.name)
      fail(`File "${name}" is ${oversized.size} bytes; the limit is ${MAX_FILE_BYTES} bytes per file`, 413, {
        field: 'files',
        file: name,
        maxBytes: MAX_FILE_BYTES,
      })
    }
    const locale = textField(form, 'locale') || undefined
    const author = textField(form, 'author') || undefined

    const sources: ImportSource[] = await Promise.all(
      (files as File[]).map(async (file) => {
        const name = cleanName(file.name)
        const bytes = new Uint8Array(await file.arrayBuffer())
        return { sourcePath: `upload:${name}`, displayName: name, bytes, size: file.size }
      }),
    )
    // Loaded on first use: the HTML tool chain (jsdom, sanitize-html) need not slow every start.
    const { importSources } = await import('./importer')
    try {
      const summary = await importSources(req.payload, sources, {
        dryRun: dryRunText !== undefined && BOOLEAN_VALUES[dryRunText] === true,
        ...(locale ? { locale } : {}),
        ...(author ? { author } : {}),
        user: req.user,
      })
      return Response.json(summary, { status: 200, headers: { 'Cache-Control': 'private, no-store' } })
    } catch (error) {
      if (error instanceof ImportOptionsError) fail(error.message, 400, { field: error.field })
      throw error
    }
  },
}
