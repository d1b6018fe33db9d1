'use client'
import { useCallback, useEffect, useState } from 'react'

import { callApi } from './api'

type Info = {
  assignment: { reviewer: { id: number; name: string | null }; how: string; dueAt: string | null } | null
  mayAssign: boolean
  mayClaim: boolean
  reviewers: { id: number; name: string }[]
}

/** Who reviews this draft and by when; assign (editors, admins) or claim (reviewers) per the rules. */
export const AssignmentBox = ({ collection, id }: { collection: string; id: number | string }) => {
  const [info, setInfo] = useState<Info | null>(null)
  const [reviewer, setReviewer] = useState('')
  const [due, setDue] = useState('')
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setInfo(await callApi<Info>(`/review-assignments/of?collection=${collection}&id=${id}`))
    } catch (e) {
      setError((e as Error).message)
    }
  }, [collection, id])

  useEffect(() => {
    void reload()
  }, [reload])

  const send = async (path: string, body: Record<string, unknown>) => {
    setError(null)
    try {
      await callApi(path, { method: 'POST', body: { collection, id: Number(id), ...body, ...(due ? { dueAt: new Date(due).toISOString() } : {}) } })
      await reload()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  if (!info) return error ? <div className="relief-threads__error">{error}</div> : null
  const { assignment } = info
  return (
    <div data-testid="assignment">
      <div>
        Reviewer: <strong>{assignment ? (assignment.reviewer.name ?? `User ${assignment.reviewer.id}`) : 'nobody yet'}</strong>
        {assignment?.dueAt ? ` · due ${new Date(assignment.dueAt).toLocaleDateString()}` : ''}
      </div>
      {error && <div className="relief-threads__error" role="alert">{error}</div>}
      {(info.mayAssign || (info.mayClaim && !assignment)) && (
        <input type="date" aria-label="Review due" value={due} onChange={(e) => setDue(e.target.value)} />
      )}
      {info.mayAssign && (
        <div className="relief-thread__buttons">
          <select aria-label="Assign reviewer" value={reviewer} onChange={(e) => setReviewer(e.target.value)}>
            <option value="">Choose a reviewer</option>
            {info.reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={!reviewer} onClick={() => send('/review-assignments/assign', { reviewer: Number(reviewer) })}>
            Assign
          </button>
        </div>
      )}
      {info.mayClaim && !assignment && (
        <button type="button" onClick={() => send('/review-assignments/claim', {})}>
          Claim this review
        </button>
      )}
    </div>
  )
}
