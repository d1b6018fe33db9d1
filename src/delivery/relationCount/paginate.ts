import type { PaginatedDocs } from 'payload'

/**
 * The page fields exactly as Payload's list (`@payloadcms/drizzle` findMany) derives them from
 * its count, for a page that has documents (an empty page keeps the answer Payload gives it).
 */
export const paginate = <T>(result: PaginatedDocs<T>, totalDocs: number, limit: number, page: number): PaginatedDocs<T> => {
  if (totalDocs === 0) {
    // Payload's fallback when its count comes back empty: the page is the whole answer.
    return { ...result, totalDocs: result.docs.length, totalPages: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null }
  }
  const totalPages = Math.ceil(totalDocs / limit)
  const hasPrevPage = page > 1
  const hasNextPage = totalPages > page
  return {
    ...result,
    totalDocs,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage,
    hasNextPage,
    prevPage: hasPrevPage ? page - 1 : null,
    nextPage: hasNextPage ? page + 1 : null,
  }
}
