'use client'
import type { WorkflowInfo } from './useWorkflow'

/** The claims check of the saved draft in one line, at the top of the sidebar. */
export const FindingsSummary = ({ info }: { info: WorkflowInfo | null }) => {
  if (!info) return null
  const { blocking, warnings, checkedAt } = info.findings
  if (!checkedAt) return <p className="relief-findings" data-blocking="0">Claims not checked yet: save the draft.</p>
  if (blocking === 0 && warnings === 0) {
    return <p className="relief-findings relief-findings--clear" data-blocking="0">No risky claims found.</p>
  }
  const parts = [
    blocking ? `${blocking} blocking` : '',
    warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean)
  return (
    <p className={`relief-findings${blocking ? ' relief-findings--blocking' : ''}`} data-blocking={blocking}>
      Claims check: {parts.join(', ')}
      {blocking ? ': submitting or approving needs an acknowledgement with a reason' : ''}. The findings are listed under
      Claims check.
    </p>
  )
}
