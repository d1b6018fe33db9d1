type RawTable = { columns: Record<string, { name: string }> }
export type RelationalAdapter = {
  rawTables: Record<string, RawTable | undefined>
  tableNameMap: Map<string, string>
}

const snake = (name: string) =>
  name
    .replace(/-/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()

const hasColumn = (table: RawTable | undefined, name: string) =>
  Boolean(table && Object.values(table.columns).some((column) => column.name === name))

/** A collection's main table as Payload's schema builder named it, and whether it has drafts. */
export const mainTableOf = (adapter: RelationalAdapter, collection: string) => {
  const main = adapter.tableNameMap.get(snake(collection))
  if (!main || !adapter.rawTables[main]) return null
  return { main, hasStatus: hasColumn(adapter.rawTables[main], '_status') }
}

/**
 * The column of `<main>_rels` that holds ids of `relationTo`; null when the schema is not the
 * one we expect, so the read falls back to Payload's count.
 */
export const relationColumnOf = (adapter: RelationalAdapter, main: string, relationTo: string) => {
  const target = adapter.tableNameMap.get(snake(relationTo))
  if (!target) return null
  const idColumn = `${target}_id`
  return hasColumn(adapter.rawTables[`${main}_rels`], idColumn) ? idColumn : null
}
