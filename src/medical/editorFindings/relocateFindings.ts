/**
 * Keeps findings on their words while the text changes between two checks: a finding whose
 * excerpt is no longer at its offsets moves to the nearest place the excerpt still occurs, and is
 * dropped when the words are gone (deleted or reworded), so a highlight never sits on other words.
 */
export const relocateFindings = <T extends { start: number; end: number; excerpt: string }>(
  findings: readonly T[],
  text: string,
): T[] => {
  const kept: T[] = []
  for (const finding of findings) {
    if (!finding.excerpt) continue
    if (text.slice(finding.start, finding.end) === finding.excerpt) {
      kept.push(finding)
      continue
    }
    const before = text.lastIndexOf(finding.excerpt, finding.start)
    const after = text.indexOf(finding.excerpt, finding.start)
    const candidates = [before, after].filter((index) => index >= 0)
    if (!candidates.length) continue
    const start = candidates.reduce((best, index) =>
      Math.abs(index - finding.start) < Math.abs(best - finding.start) ? index : best,
    )
    kept.push({ ...finding, start, end: start + finding.excerpt.length })
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}
