'use client'
import { useCallback, useEffect, useState } from 'react'

import { ageOf, callApi } from './api'

import './review.css'

type Item = {
  id: number
  label: string
  title: string
  collection: string
  actor: string | null
  comment: string | null
  toState: string | null
  createdAt: string
  isUnread: boolean
  href: string
}
type Activity = { unread: number; items: Item[] }

const POLL_MS = 60_000

/** Header bell: workflow events about the user's documents and reviews, unread ones counted. */
export const ActivityBell = () => {
  const [activity, setActivity] = useState<Activity | null>(null)
  const [isOpen, setIsOpen] = useState(false)

  const reload = useCallback(async () => {
    try {
      setActivity(await callApi<Activity>('/workflow/activity'))
    } catch {
      // Readers without a role get 403; the bell simply stays away.
      setActivity(null)
    }
  }, [])

  useEffect(() => {
    void reload()
    const timer = setInterval(() => void reload(), POLL_MS)
    return () => clearInterval(timer)
  }, [reload])

  if (!activity) return null
  const markRead = async () => {
    await callApi('/workflow/activity/read', { method: 'POST' }).catch(() => null)
    await reload()
  }
  return (
    <div className="relief-bell" data-testid="activity-bell">
      <button type="button" aria-expanded={isOpen} aria-label={`Workflow activity, ${activity.unread} unread`} onClick={() => setIsOpen(!isOpen)}>
        🔔{activity.unread > 0 && <span className="relief-bell__count" data-testid="activity-unread">{activity.unread}</span>}
      </button>
      {isOpen && (
        <div className="relief-bell__list" data-testid="activity-list">
          <button type="button" onClick={markRead} disabled={activity.unread === 0}>
            Mark all read
          </button>
          {activity.items.length === 0 && <p>Nothing new about your documents or reviews.</p>}
          <ul>
            {activity.items.map((item) => (
              <li key={item.id} className={item.isUnread ? 'relief-bell__item--unread' : undefined} data-unread={item.isUnread}>
                <a href={item.href}>{item.title}</a> <small>({item.collection})</small>
                <div>
                  {item.label}
                  {item.toState ? ` → ${item.toState}` : ''} by {item.actor ?? 'the system'} · {ageOf(item.createdAt)} ago
                </div>
                {item.comment && <div className="relief-queue__meta">“{item.comment}”</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
