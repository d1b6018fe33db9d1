import { readDatabaseSettings } from './settings'

export const UNAVAILABLE_MESSAGE = 'The database is busy or unavailable. Please retry shortly.'

export const retryAfterHeader = () => String(readDatabaseSettings().retryAfterSeconds)

/** The answer for any request the database cannot serve right now. */
export const unavailableResponse = () =>
  Response.json(
    { errors: [{ message: UNAVAILABLE_MESSAGE }] },
    { status: 503, headers: { 'Retry-After': retryAfterHeader(), 'Cache-Control': 'no-store' } },
  )
