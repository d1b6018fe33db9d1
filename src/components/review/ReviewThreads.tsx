'use client'
import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { AssignmentBox } from './AssignmentBox'
import { callApi } from './api'

import './review.css'

type Comment = {
  id: number
  body: string
  fieldPath: string
  locale?: string | null
  quote?: string | null
  status: 'open' | 'resolved'
  authorName: string | null
  resolvedByName: string | null
  createdAt: string
  event?: number | null
}
type Thread = Comment & { replies: Comment[] }

const FIELD_HINTS = ['title', 'name', 'question', 'excerpt', 'summary', 'body', 'answer', 'bio', 'precautions']

/**
 * Sidebar: the document's review threads (staff only), with reply, resolve and reopen; a new
 * thread anchored at a field and the selected words; and the two transitions that carry
 * threads (request changes pointing at ticked threads, resubmit with a reply), offered only
 * when the server's `allowedActions` include them.
 */
export const ReviewThreads = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const [threads, setThreads] = useState<Thread[]>([])
  const [allowed, setAllowed] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [fieldPath, setFieldPath] = useState('body')
  const [quote, setQuote] = useState('')
  const [body, setBody] = useState('')
  const [replies, setReplies] = useState<Record<number, string>>({})
  const [ticked, setTicked] = useState<number[]>([])
  const [requestComment, setRequestComment] = useState('')
  const [resubmitReply, setResubmitReply] = useState('')

  const reload = useCallback(async () => {
    if (!id || !collectionSlug) return
    try {
      const [list, workflow] = await Promise.all([
        callApi<{ threads: Thread[] }>(`/review-comments/threads?collection=${collectionSlug}&id=${id}`),
        callApi<{ allowedActions: string[] }>(`/${collectionSlug}/${id}/workflow`),
      ])
      setThreads(list.threads)
      setAllowed(workflow.allowedActions)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [id, collectionSlug])

  useEffect(() => {
    void reload()
  }, [reload])

  const run = async (work: () => Promise<unknown>, done?: string, isReloadingPage = false) => {
    setError(null)
    setNotice(null)
    try {
      await work()
      if (done) setNotice(done)
      // The workflow panel reads its state on mount; a transition changes it.
      if (isReloadingPage) window.location.reload()
      else await reload()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  if (!id || !collectionSlug) return null
  const open = threads.filter((t) => t.status === 'open')
  const canRequest = allowed.includes('request_changes')
  const canSubmit = allowed.includes('submit')

  const addThread = () =>
    run(async () => {
      await callApi('/review-comments', {
        method: 'POST',
        body: { collection: collectionSlug, documentId: String(id), fieldPath, locale: locale.code, quote: quote || undefined, body },
      })
      setBody('')
      setQuote('')
    }, 'Comment added')

  return (
    <div className="relief-threads" data-testid="review-threads">
      <h4>Review comments ({open.length} open)</h4>
      <AssignmentBox collection={collectionSlug} id={id} />
      {error && <div className="relief-threads__error" role="alert">{error}</div>}
      {notice && <div className="relief-threads__notice">{notice}</div>}
      {threads.length === 0 && <div>No comments yet.</div>}
      {threads.map((thread) => (
        <div
          key={thread.id}
          className={`relief-thread relief-thread--${thread.status}`}
          data-testid="review-thread"
          data-thread-id={thread.id}
          data-status={thread.status}
        >
          <div className="relief-thread__anchor">
            {thread.fieldPath}
            {thread.locale ? ` · ${thread.locale}` : ''} · {thread.status === 'open' ? 'Open' : `Resolved${thread.resolvedByName ? ` by ${thread.resolvedByName}` : ''}`}
          </div>
          {thread.quote && <blockquote>{thread.quote}</blockquote>}
          {[thread, ...thread.replies].map((c) => (
            <div key={c.id} className="relief-thread__msg" data-testid="review-comment">
              <span className="relief-thread__meta">
                {c.authorName ?? 'Someone'} · {new Date(c.createdAt).toLocaleString()}
                {c.event ? ' · with a workflow action' : ''}
              </span>
              <span>{c.body}</span>
            </div>
          ))}
          {canRequest && thread.status === 'open' && (
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(thread.id)}
                onChange={(e) => setTicked(e.target.checked ? [...ticked, thread.id] : ticked.filter((t) => t !== thread.id))}
                style={{ width: 'auto' }}
              />{' '}
              Point the change request at this
            </label>
          )}
          <textarea
            aria-label="Reply"
            placeholder="Reply"
            rows={2}
            value={replies[thread.id] ?? ''}
            onChange={(e) => setReplies({ ...replies, [thread.id]: e.target.value })}
          />
          <div className="relief-thread__buttons">
            <button
              type="button"
              onClick={() =>
                run(async () => {
                  await callApi('/review-comments', {
                    method: 'POST',
                    body: { collection: collectionSlug, documentId: String(id), fieldPath: thread.fieldPath, parent: thread.id, body: replies[thread.id] ?? '' },
                  })
                  setReplies({ ...replies, [thread.id]: '' })
                }, 'Reply added')
              }
            >
              Reply
            </button>
            <button
              type="button"
              onClick={() =>
                run(() => callApi(`/review-comments/${thread.id}/${thread.status === 'open' ? 'resolve' : 'reopen'}`, { method: 'POST' }))
              }
            >
              {thread.status === 'open' ? 'Resolve' : 'Reopen'}
            </button>
          </div>
        </div>
      ))}

      <details data-testid="new-thread">
        <summary>Comment on a passage</summary>
        <label>
          Field
          <input list="relief-field-hints" value={fieldPath} onChange={(e) => setFieldPath(e.target.value)} aria-label="Field" />
        </label>
        <datalist id="relief-field-hints">
          {FIELD_HINTS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <label>
          Quoted words ({locale.code})
          <input value={quote} onChange={(e) => setQuote(e.target.value)} aria-label="Quoted words" />
        </label>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setQuote(window.getSelection()?.toString().trim() ?? '')}>
          Use selected text
        </button>
        <textarea aria-label="Comment" placeholder="Comment" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <button type="button" onClick={addThread}>
          Add comment
        </button>
      </details>

      {canRequest && (
        <div data-testid="request-on-threads">
          <textarea
            aria-label="Change request"
            placeholder="What needs to change (required)"
            rows={2}
            value={requestComment}
            onChange={(e) => setRequestComment(e.target.value)}
          />
          <button
            type="button"
            onClick={() =>
              run(
                () =>
                  callApi(`/${collectionSlug}/${id}/workflow`, {
                    method: 'POST',
                    body: { action: 'request_changes', comment: requestComment, comments: ticked },
                  }),
                'Changes requested',
                true,
              )
            }
          >
            Request changes on {ticked.length} ticked thread(s)
          </button>
        </div>
      )}
      {canSubmit && open.length > 0 && (
        <div data-testid="resubmit-with-reply">
          <textarea
            aria-label="Reply to open threads"
            placeholder="Reply to the open threads"
            rows={2}
            value={resubmitReply}
            onChange={(e) => setResubmitReply(e.target.value)}
          />
          <button
            type="button"
            onClick={() =>
              run(
                () => callApi(`/${collectionSlug}/${id}/workflow`, { method: 'POST', body: { action: 'submit', reply: resubmitReply } }),
                'Resubmitted',
                true,
              )
            }
          >
            Reply and resubmit
          </button>
        </div>
      )}
    </div>
  )
}
