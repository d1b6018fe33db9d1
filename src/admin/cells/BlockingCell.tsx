type Claims = { blockingCount?: number | null; findings?: unknown } | null | undefined

/** List cell for `claims`: how many blocking findings the saved draft carries. */
export const BlockingCell = ({ cellData }: { cellData?: Claims }) => {
  const blocking = Number(cellData?.blockingCount ?? 0)
  const total = Array.isArray(cellData?.findings) ? cellData.findings.length : 0
  if (blocking === 0 && total === 0) return <span className="relief-blocking-cell">None</span>
  return (
    <span className="relief-blocking-cell" data-blocking={blocking} style={blocking ? { color: '#b91c1c', fontWeight: 600 } : undefined}>
      {blocking} blocking{total > blocking ? ` · ${total - blocking} warning${total - blocking === 1 ? '' : 's'}` : ''}
    </span>
  )
}
