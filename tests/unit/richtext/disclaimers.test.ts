import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Highlight } from '@/components/site/Highlight'
import { disclaimersAfterBody, inlineDisclaimerIds } from '@/richtext/disclaimers'
import { localizedPath, pathFor } from '@/richtext/paths'

import { everyNodeDocument, MEDICAL_DISCLAIMER } from './fixture'

describe('disclaimers shown once', () => {
  it('should find the disclaimers a body places inline, populated or as ids', () => {
    expect(inlineDisclaimerIds(everyNodeDocument())).toEqual([MEDICAL_DISCLAIMER.id])
    const doc = everyNodeDocument()
    const block = (doc.root.children as { fields?: Record<string, unknown> }[]).find((n) => n.fields?.blockType === 'disclaimer')!
    block.fields!.disclaimer = 77
    expect(inlineDisclaimerIds(doc)).toEqual([77])
    expect(inlineDisclaimerIds(null)).toEqual([])
  })

  it('should list after the body only the field disclaimers the body did not show, once each, in order', () => {
    const emergency = { id: 42, title: 'Emergency' }
    const general = { id: 43, title: 'General' }
    const field = [general, { ...MEDICAL_DISCLAIMER }, emergency, general]
    expect(disclaimersAfterBody(field, everyNodeDocument()).map((d) => d.id)).toEqual([43, 42])
    expect(disclaimersAfterBody([41, 42], null)).toEqual([41, 42])
    expect(disclaimersAfterBody(null, everyNodeDocument())).toEqual([])
  })
})

describe('site paths', () => {
  it('should keep English unprefixed and prefix Thai with /th', () => {
    expect(localizedPath('/', 'en')).toBe('/')
    expect(localizedPath('/', 'th')).toBe('/th')
    expect(pathFor('articles', { slug: 'a-b' }, 'th')).toBe('/th/articles/a-b')
    expect(pathFor('faqs', { id: 5 }, 'en')).toBe('/faq#faq-5')
    expect(pathFor('disclaimers', { id: 5, slug: 'x' })).toBeNull()
    expect(pathFor('articles', 12)).toBeNull()
  })
})

describe('search highlights', () => {
  it('should turn only <mark> into markup and keep everything else as text', () => {
    const html = renderToStaticMarkup(Highlight({ html: 'a &lt;script&gt; <mark>massage</mark> &amp; <b>bold</b>' }))
    expect(html).toContain('<mark>massage</mark>')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;')
  })
})
