import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import {
  BLOCK_TYPES,
  findUnconvertedNodes,
  NODE_TYPES,
  reliefHTMLConverters,
  ReliefRichText,
  reliefJSXConverters,
  richTextToHTML,
} from '@/richtext'

import { everyNodeDocument, IMAGE, MEDICAL_DISCLAIMER } from './fixture'

const EXPECTED_TEXT = [
  'Fixture heading',
  'an external link',
  'an internal link',
  'A fixture quotation.',
  'bullet one',
  'number two',
  'check one',
  'Fixture linked article',
  'Fixture callout text.',
  'Fixture glide',
  'Fixture summary of a glide.',
  'Fixture technique note.',
  'Fixture questions',
  'Fixture question?',
  'Fixture answer with',
  'Fixture medical notice',
  'Fixture notice body: talk to a clinician.',
]

const renderReact = (locale = 'en') =>
  renderToStaticMarkup(ReliefRichText({ data: everyNodeDocument(), locale })!)

describe('rich-text converters', () => {
  it('should cover every node type and block the body editor can produce', async () => {
    // The editor's own configuration, not our list, says what can appear in a document.
    const config = await (await import('@payload-config')).default
    const bodyField = config.collections
      .find((c) => c.slug === 'articles')!
      .fields.find((f) => 'name' in f && f.name === 'body') as unknown as { editor: { editorConfig: SanitizedServerEditorConfig } }
    const editor = bodyField.editor.editorConfig
    const editorNodeTypes = editor.features.nodes.map(({ node }) => (node as unknown as { getType(): string }).getType())
    expect(editorNodeTypes.length).toBeGreaterThan(10)
    const blockSlugs = (editor.resolvedFeatureMap.get('blocks')?.sanitizedServerFeatureProps as { blocks?: { slug: string }[] })
      ?.blocks?.map((b) => b.slug)
    expect(new Set(blockSlugs)).toEqual(new Set(BLOCK_TYPES))

    for (const converters of [reliefHTMLConverters(), reliefJSXConverters()]) {
      const uncovered = editorNodeTypes.filter(
        (type) => type !== 'root' && type !== 'inlineBlock' && !(type in converters) && type !== 'block',
      )
      expect(uncovered).toEqual([])
      expect(Object.keys(converters.blocks ?? {}).sort()).toEqual([...BLOCK_TYPES].sort())
    }
    expect([...NODE_TYPES].sort()).toEqual(
      expect.arrayContaining(editorNodeTypes.filter((t) => t !== 'root' && t !== 'inlineBlock')),
    )
  }, 60_000)

  it('should find no unconverted node in a document containing every node and block', () => {
    const doc = everyNodeDocument()
    const types = new Set<string>()
    const walk = (node: { type?: string; children?: object[] }) => {
      if (node.type) types.add(node.type)
      for (const child of node.children ?? []) walk(child as never)
    }
    walk(doc.root)
    // The fixture really contains every node type we claim to support.
    expect([...types].filter((t) => t !== 'root').sort()).toEqual([...NODE_TYPES].sort())
    expect(findUnconvertedNodes(doc, reliefHTMLConverters())).toEqual([])
    expect(findUnconvertedNodes(doc, reliefJSXConverters())).toEqual([])
    // Payload's defaults alone miss our blocks and relationship nodes: the check has teeth.
    expect(findUnconvertedNodes(doc, { paragraph: () => '' })).toEqual(
      expect.arrayContaining(['block:disclaimer', 'block:faqList', 'block:techniqueCallout', 'block:callout', 'relationship']),
    )
  })

  it('should render every node and block to HTML without an "unknown node"', () => {
    const html = richTextToHTML(everyNodeDocument())
    expect(html).not.toMatch(/unknown node/i)
    for (const phrase of EXPECTED_TEXT) expect(html).toContain(phrase)
    for (const block of BLOCK_TYPES) expect(html).toContain(`data-block="${block}"`)
    expect(html).toContain('href="/techniques/fixture-glide"')
    expect(html).toContain('href="/articles/fixture-linked-article"')
    expect(html).toContain(`data-disclaimer-id="${MEDICAL_DISCLAIMER.id}"`)
    expect(html).toContain(`alt="${IMAGE.alt}"`)
    expect(html).toContain('<blockquote')
    expect(html).toContain('<hr')
    expect(html).toContain('<ol')
  })

  it('should render every node and block with React without an "unknown node"', () => {
    const markup = renderReact()
    expect(markup).not.toMatch(/unknown node/i)
    for (const phrase of EXPECTED_TEXT) expect(markup).toContain(phrase)
    for (const block of BLOCK_TYPES) expect(markup).toContain(`data-block="${block}"`)
    expect(markup).toContain('href="/techniques/fixture-glide"')
    expect(markup).toContain(`alt="${IMAGE.alt}"`)
  })

  it('should prefix internal links with the locale and use its block labels', () => {
    const markup = renderReact('th')
    expect(markup).toContain('href="/th/techniques/fixture-glide"')
    expect(markup).toContain('href="/th/articles/fixture-linked-article"')
    expect(markup).toContain('ข้อควรระวัง')
    expect(richTextToHTML(everyNodeDocument(), { locale: 'th' })).toContain('href="/th/techniques/fixture-glide"')
  })

  it('should render nothing for a block whose document the reader cannot see, not a broken box', () => {
    const doc = everyNodeDocument()
    for (const node of doc.root.children as { type: string; fields?: Record<string, unknown> }[]) {
      if (node.type !== 'block') continue
      if (node.fields!.blockType === 'disclaimer') node.fields!.disclaimer = 41
      if (node.fields!.blockType === 'techniqueCallout') node.fields!.technique = 7
    }
    const html = richTextToHTML(doc)
    expect(html).not.toContain('data-block="disclaimer"')
    expect(html).not.toContain('data-block="techniqueCallout"')
    expect(html).not.toMatch(/unknown node/i)
  })

  it('should escape text from blocks in HTML output', () => {
    const doc = everyNodeDocument()
    const callout = (doc.root.children as { type: string; fields?: Record<string, unknown> }[]).find(
      (n) => n.fields?.blockType === 'callout',
    )!
    callout.fields!.text = '<script>alert(1)</script>'
    const html = richTextToHTML(doc)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
})
