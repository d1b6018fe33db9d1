'use client'
import { useEffect, useState } from 'react'

import type { QueueRow } from '@/review/queue'

import { ageOf, callApi } from '../review/api'

import '../review/review.css'
import './badge.css'

/** A card as the server sends it; its rows are the server's own type. */
type Card = { key: string; title: string; count: number; rows: QueueRow[] }

const SHOWN = 8

/**
 * The review queue, as the server computes it (`GET /api/workflow/queue`: the transition table
 * and its four-eyes guards decide what is whose), for every content collection.
 */
export const ReviewDashboard = () => {
  const [cards, setCards] = useState<Card[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    callApi<{ cards: Card[] }>('/workflow/queue')
      .then((queue) => setCards(queue.cards))
      .catch((e: Error) => setError(e.message))
  }, [])

  if (error) return null
  if (!cards) return <section className="relief-dashboard" aria-label="Review work" aria-busy="true" />
  return (
    <section className="relief-dashboard" aria-label="Review work">
      {cards.map((card) => (
        <div className="relief-dashboard__panel" key={card.key} data-panel={card.key}>
          <h3>{card.title}</h3>
          <div className="relief-dashboard__count">{card.count}</div>
          {card.rows.length === 0 && <div className="relief-queue__empty">Nothing here.</div>}
          {card.rows.slice(0, SHOWN).map((row) => (
            <div className="relief-queue__row" key={`${row.collection}-${row.id}`} data-doc={`${row.collection}:${row.id}`}>
              <a href={row.href}>{row.title}</a>
              <span className="relief-queue__meta">
                {row.collection} · {row.submitter ? `by ${row.submitter.name}` : 'not submitted'} · {ageOf(row.since)} ·{' '}
                {row.findings} finding(s){row.blocking ? `, ${row.blocking} blocking` : ''}
                {row.assignee ? ` · reviewer ${row.assignee.name}` : ''}
                {row.dueAt ? ` · due ${new Date(row.dueAt).toLocaleDateString()}` : ''}
              </span>
            </div>
          ))}
          {card.count > SHOWN && <div className="relief-queue__meta">and {card.count - SHOWN} more</div>}
        </div>
      ))}
    </section>
  )
}
