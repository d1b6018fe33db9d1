import { describe, expect, it } from 'vitest'

import { countUnsafe, sanitizeLexical, stripUnsafeMarkup } from '@/import/safety'

const UNSAFE = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,alert(1)',
  'javascript&colon;alert(1)',
]

const linkState = (url: string, type = 'link') => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type, fields: { url }, children: [{ type: 'text', text: 'the sheet' }] }] }],
  },
})

describe('importer link safety', () => {
  it.each(UNSAFE)('should keep the text of a Markdown link to %s, drop the link and count it', (url) => {
    const source = `See [the sheet](${url}) or [our page](https://example.org/page).`
    expect(stripUnsafeMarkup(source)).toBe('See the sheet or [our page](https://example.org/page).')
    expect(countUnsafe(source).unsafeUrls).toBe(1)
  })

  it('should keep mailto, tel and relative Markdown links', () => {
    const source = '[mail](mailto:a@relief.test) [call](tel:+661234) [page](/faq) [anchor](#top)'
    expect(stripUnsafeMarkup(source)).toBe(source)
  })

  it('should count schemes hidden by a tab or an entity', () => {
    expect(countUnsafe('<a href="java\tscript:alert(1)">x</a> <a href="vbscript&#58;x">y</a>').unsafeUrls).toBe(2)
  })

  it.each([...UNSAFE, 'java\tscript:alert(1)', '&#106;avascript:alert(1)'])(
    'should replace a link or autolink node to %s by its text',
    (url) => {
      for (const type of ['link', 'autolink']) {
        const cleaned = sanitizeLexical(linkState(url, type))
        expect(cleaned.root.children[0]?.children).toEqual([{ type: 'text', text: 'the sheet' }])
      }
    },
  )

  it('should keep a tel: link node', () => {
    const state = linkState('tel:+661234')
    expect(sanitizeLexical(state)).toEqual(state)
  })
})
