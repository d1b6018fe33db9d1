import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `run` in one database transaction on `req`: every nested Local API call that is passed
 * the same `req` commits with it, or nothing does.
 */
export const withTransaction = async <T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> => {
  await initTransaction(req)
  try {
    const result = await run()
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
