/**
 * A rich-text document with every node type and block our editors produce, shaped as a depth-1
 * Local API or REST read returns it (relations populated).
 */
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})
const root = (...children: object[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
const block = (fields: Record<string, unknown>) => ({ type: 'block', format: '', version: 2, fields })

export const MEDICAL_DISCLAIMER = {
  id: 41,
  title: 'Fixture medical notice',
  kind: 'medical',
  body: root(paragraph(text('Fixture notice body: talk to a clinician.'))),
}
export const TECHNIQUE = { id: 7, name: 'Fixture glide', slug: 'fixture-glide', summary: 'Fixture summary of a glide.' }
export const FAQ = {
  id: 3,
  question: 'Fixture question?',
  answer: root(paragraph(text('Fixture answer with '), text('bold', 1), text(' words.'))),
}
export const ARTICLE = { id: 9, title: 'Fixture linked article', slug: 'fixture-linked-article' }
export const IMAGE = {
  id: 12,
  alt: 'Fixture image alt',
  url: '/api/media/file/fixture.webp',
  filename: 'fixture.webp',
  mimeType: 'image/webp',
  width: 800,
  height: 450,
  sizes: {},
}

export const everyNodeDocument = () =>
  root(
    { type: 'heading', tag: 'h2', children: [text('Fixture heading')], direction: 'ltr', format: '', indent: 0, version: 1 },
    paragraph(
      text('Plain, '),
      text('italic', 2),
      { type: 'linebreak', version: 1 },
      { type: 'tab', text: '\t', detail: 2, format: 0, mode: 'normal', style: '', version: 1 },
      {
        type: 'link',
        fields: { linkType: 'custom', url: 'https://example.org/fixture', newTab: true },
        children: [text('an external link')],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 3,
      },
      {
        type: 'link',
        fields: { linkType: 'internal', doc: { relationTo: 'techniques', value: TECHNIQUE }, newTab: false },
        children: [text('an internal link')],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 3,
      },
      {
        type: 'autolink',
        fields: { linkType: 'custom', url: 'https://example.org/auto' },
        children: [text('https://example.org/auto')],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 2,
      },
    ),
    {
      type: 'quote',
      children: [text('A fixture quotation.')],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
    ...(['bullet', 'number', 'check'] as const).map((listType) => ({
      type: 'list',
      listType,
      tag: listType === 'number' ? 'ol' : 'ul',
      start: 1,
      children: [
        { type: 'listitem', value: 1, checked: listType === 'check' ? true : undefined, children: [text(`${listType} one`)], direction: 'ltr', format: '', indent: 0, version: 1 },
        { type: 'listitem', value: 2, checked: listType === 'check' ? false : undefined, children: [text(`${listType} two`)], direction: 'ltr', format: '', indent: 0, version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    })),
    { type: 'horizontalrule', version: 1 },
    { type: 'relationship', relationTo: 'articles', value: ARTICLE, format: '', version: 2 },
    { type: 'upload', relationTo: 'media', value: IMAGE, fields: null, format: '', version: 3, id: 'u1' },
    block({ id: 'b1', blockName: '', blockType: 'callout', style: 'warning', text: 'Fixture callout text.' }),
    block({ id: 'b2', blockName: '', blockType: 'techniqueCallout', technique: TECHNIQUE, note: 'Fixture technique note.' }),
    block({ id: 'b3', blockName: '', blockType: 'faqList', heading: 'Fixture questions', faqs: [FAQ] }),
    block({ id: 'b4', blockName: '', blockType: 'disclaimer', disclaimer: MEDICAL_DISCLAIMER }),
  )
