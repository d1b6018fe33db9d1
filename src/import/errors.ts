import { APIError, ValidationError } from 'payload'

/** Database errors carry their message on the cause; unique violations deserve plain words. */
const databaseReason = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: string; detail?: string; constraint?: string } })?.cause
  const code = (error as { code?: string })?.code ?? cause?.code
  if (code === '23505') return `already exists (${cause?.constraint ?? 'unique constraint'}); another import of the same file may have run at the same time`
  return undefined
}

/** One line a person can act on, with the field path for validation errors. */
export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    const fields = error.data?.errors ?? []
    if (fields.length) return fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  }
  const database = databaseReason(error)
  if (database) return database
  if (error instanceof APIError || error instanceof Error) {
    const nested = (error as Error & { cause?: unknown }).cause
    return error.message || (nested ? describeError(nested) : error.name)
  }
  return String(error)
}
