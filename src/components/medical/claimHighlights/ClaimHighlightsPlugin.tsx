'use client'
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useConfig, useLocale } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'

import type { ClaimFinding } from '@/medical/claims/types'
import { findingSpans, type NodeSpan } from '@/medical/editorFindings/findingSpans'
import { lexicalTextMap, type LexicalTextMap } from '@/medical/editorFindings/lexicalTextMap'
import { relocateFindings } from '@/medical/editorFindings/relocateFindings'

import { checkedFindings, rememberFindings } from './checkCache'
import { clearOwnedRanges, type HighlightName, isHighlightSupported, setOwnedRanges } from './highlightRegistry'
import './claimHighlights.css'

/** How long the editor must be still before the text is checked again. */
export const CHECK_DELAY_MS = 700
/**
 * The endpoint allows 120 checks a minute per account and address (src/lib/rateLimit/limits.ts): one field
 * never asks more often than every 2 s, and a text already checked is not sent again.
 */
const MIN_INTERVAL_MS = 2_000

type Painted = { finding: ClaimFinding; ranges: Range[] }
/** `marked`: findings drawn in the text (a finding in a block's fields has no words to mark). */
type Status = {
  phase: 'idle' | 'checking' | 'done' | 'error'
  blocking: number
  warnings: number
  marked: number
  error?: string
}
type Hovered = { findings: ClaimFinding[]; left: number; top: number }

const SEVERITY_HIGHLIGHT: Record<ClaimFinding['severity'], HighlightName> = {
  block: 'relief-claim-block',
  warn: 'relief-claim-warn',
}
const FINDING_NAMES: HighlightName[] = ['relief-claim-block', 'relief-claim-warn']

const $nodeAtPath = (path: readonly number[]): LexicalNode | null => {
  let node: LexicalNode | null = $getRoot()
  for (const index of path) {
    if (!node || !$isElementNode(node)) return null
    node = node.getChildAtIndex(index)
  }
  return node
}

const firstTextOf = (element: HTMLElement): Text | null => {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  return walker.nextNode() as Text | null
}

/** DOM ranges of the text-node spans, read from the editor's current DOM. */
const rangesOf = (editor: LexicalEditor, spans: readonly NodeSpan[]): Range[] =>
  editor.read(() => {
    const ranges: Range[] = []
    for (const span of spans) {
      const node = $nodeAtPath(span.path)
      const element = node ? editor.getElementByKey(node.getKey()) : null
      const textNode = element ? firstTextOf(element) : null
      if (!textNode) continue
      const range = textNode.ownerDocument.createRange()
      range.setStart(textNode, Math.min(span.startOffset, textNode.length))
      range.setEnd(textNode, Math.min(span.endOffset, textNode.length))
      if (!range.collapsed) ranges.push(range)
    }
    return ranges
  })

const isInside = (range: Range, x: number, y: number) =>
  Array.from(range.getClientRects()).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)

const summary = ({ phase, blocking, warnings, error }: Status): string => {
  if (phase === 'error') return `Claims check unavailable: ${error ?? 'try again'}`
  if (phase === 'idle') return ''
  const counts =
    blocking || warnings
      ? [blocking ? `${blocking} blocking` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '']
          .filter(Boolean)
          .join(', ')
      : 'no risky claims'
  return `Claims check of this text as you type: ${counts}${phase === 'checking' ? ' (checking…)' : ''}${
    blocking || warnings ? '. Point at a marked passage to read why.' : '.'
  }`
}

/**
 * Checks the editor's text with `POST /api/medical-claims/check` shortly after every change and
 * marks what it finds with the CSS Custom Highlight API: nothing is written into the document,
 * so the saved wording and its reviewed hash stay exactly what the editor typed. Works the same
 * in a read-only editor (a reviewer's view).
 */
export const ClaimHighlightsPlugin = () => {
  const [editor] = useLexicalComposerContext()
  const locale = useLocale()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const owner = useId()
  const [status, setStatus] = useState<Status>({ phase: 'idle', blocking: 0, warnings: 0, marked: 0 })
  const [hovered, setHovered] = useState<Hovered | null>(null)
  const localeCode = locale?.code === 'en' || locale?.code === 'th' ? locale.code : undefined

  useEffect(() => {
    let map: LexicalTextMap = lexicalTextMap(editor.getEditorState().toJSON())
    let findings: ClaimFinding[] = []
    let painted: Painted[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    let frame = 0
    let controller: AbortController | undefined
    let isDisposed = false
    let lastSentAt = 0

    const report = (phase: Status['phase'], error?: string) => {
      const blocking = findings.filter((finding) => finding.severity === 'block').length
      const warnings = findings.length - blocking
      setStatus((previous) => ({ marked: previous.marked, phase, blocking, warnings, error }))
    }

    const paint = () => {
      painted = findings.map((finding) => ({ finding, ranges: rangesOf(editor, findingSpans(finding, map.pieces)) }))
      setOwnedRanges(
        owner,
        [...FINDING_NAMES, 'relief-claim-active'],
        painted.flatMap(({ finding, ranges }) => ranges.map((range) => ({ name: SEVERITY_HIGHLIGHT[finding.severity], range }))),
      )
      const marked = painted.filter(({ ranges }) => ranges.length).length
      setStatus((previous) => (previous.marked === marked ? previous : { ...previous, marked }))
      setHovered(null)
    }

    const check = async () => {
      timer = undefined
      controller?.abort()
      const sent = map
      const body = JSON.stringify({ text: sent.text, locale: localeCode, citations: sent.citations })
      if (!sent.text.trim()) {
        findings = []
        report('idle')
        paint()
        return
      }
      const known = checkedFindings(body)
      if (known) {
        findings = relocateFindings(known, map.text)
        report('done')
        paint()
        return
      }
      const request = new AbortController()
      controller = request
      lastSentAt = Date.now()
      report('checking')
      try {
        const response = await fetch(`${api}/medical-claims/check`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: request.signal,
        })
        const answer = await response.json().catch(() => null)
        if (request.signal.aborted || isDisposed) return
        if (response.status === 429) {
          const seconds = Number(response.headers.get('Retry-After')) || 10
          report('error', `too many checks, trying again in ${seconds} s`)
          if (!timer) timer = setTimeout(() => void check(), seconds * 1000)
          return
        }
        if (!response.ok) {
          report('error', answer?.errors?.[0]?.message ?? `request failed (${response.status})`)
          return
        }
        const received = (answer?.findings ?? []) as ClaimFinding[]
        rememberFindings(body, received)
        // The text may have changed while the request was out: findings follow their words.
        findings = relocateFindings(received, map.text)
        report(timer ? 'checking' : 'done')
        paint()
      } catch (error) {
        if (request.signal.aborted || isDisposed) return
        report('error', error instanceof Error ? error.message : String(error))
      }
    }

    const schedule = () => {
      if (timer) clearTimeout(timer)
      const delay = Math.max(CHECK_DELAY_MS, lastSentAt + MIN_INTERVAL_MS - Date.now())
      timer = setTimeout(() => void check(), delay)
    }

    const refresh = () => {
      frame = 0
      // A read flushes pending updates first: the text map and the DOM describe the same state.
      const next = editor.read(() => lexicalTextMap(editor.getEditorState().toJSON()))
      const isTextChanged = next.text !== map.text
      map = next
      if (isTextChanged) {
        findings = relocateFindings(findings, map.text)
        schedule()
        report('checking')
      }
      // Lexical may have replaced the text nodes even when the words stayed: ranges are redrawn.
      paint()
    }

    const onMove = (event: MouseEvent) => {
      const hits = painted.filter(({ ranges }) => ranges.some((range) => isInside(range, event.clientX, event.clientY)))
      if (!hits.length) {
        setOwnedRanges(owner, ['relief-claim-active'], [])
        setHovered(null)
        return
      }
      const rects = hits.flatMap(({ ranges }) => ranges.flatMap((range) => Array.from(range.getClientRects())))
      const under = rects.find((rect) => event.clientY >= rect.top && event.clientY <= rect.bottom) ?? rects[0]
      setOwnedRanges(
        owner,
        ['relief-claim-active'],
        hits.flatMap(({ ranges }) => ranges.map((range) => ({ name: 'relief-claim-active' as const, range }))),
      )
      setHovered((previous) => {
        const findingsHere = hits.map(({ finding }) => finding)
        if (
          previous &&
          previous.top === under.bottom &&
          previous.findings.length === findingsHere.length &&
          previous.findings.every((finding, index) => finding === findingsHere[index])
        ) {
          return previous
        }
        return { findings: findingsHere, left: under.left, top: under.bottom }
      })
    }
    const onLeave = () => {
      setOwnedRanges(owner, ['relief-claim-active'], [])
      setHovered(null)
    }

    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousemove', onMove)
      previous?.removeEventListener('mouseleave', onLeave)
      root?.addEventListener('mousemove', onMove)
      root?.addEventListener('mouseleave', onLeave)
    })
    const unregisterUpdate = editor.registerUpdateListener(() => {
      if (!frame) frame = requestAnimationFrame(refresh)
    })
    void check()

    return () => {
      isDisposed = true
      if (timer) clearTimeout(timer)
      if (frame) cancelAnimationFrame(frame)
      controller?.abort()
      unregisterUpdate()
      unregisterRoot()
      const root = editor.getRootElement()
      root?.removeEventListener('mousemove', onMove)
      root?.removeEventListener('mouseleave', onLeave)
      clearOwnedRanges(owner)
    }
  }, [api, editor, localeCode, owner])

  const text = summary(status)
  return (
    <>
      {text ? (
        <p
          aria-live="polite"
          className="relief-claim-status"
          data-blocking={status.blocking}
          data-marked={status.marked}
          data-phase={status.phase}
          data-warnings={status.warnings}
        >
          {text}
          {!isHighlightSupported() && status.blocking + status.warnings > 0
            ? ' This browser cannot mark the passages; the Claims check list in the sidebar names them after a save.'
            : ''}
        </p>
      ) : null}
      {hovered && typeof document !== 'undefined'
        ? createPortal(
            <div className="relief-claim-tooltip" role="tooltip" style={{ left: hovered.left, top: hovered.top + 6 }}>
              {hovered.findings.map((finding, index) => (
                <div className="relief-claim-tooltip__item" data-severity={finding.severity} key={`${finding.ruleId}-${index}`}>
                  <div className="relief-claim-tooltip__head">
                    <strong>{finding.severity === 'block' ? 'Blocking' : 'Warning'}</strong>
                    <span>
                      {finding.kind} · {Math.round(finding.confidence * 100)}% sure · {finding.source}
                    </span>
                  </div>
                  <p className="relief-claim-tooltip__message">{finding.message}</p>
                  <p className="relief-claim-tooltip__suggestion">
                    <em>Suggestion:</em> {finding.suggestion}
                  </p>
                </div>
              ))}
            </div>,
            document.body,
          )
        : null}
    </>
  )
}
