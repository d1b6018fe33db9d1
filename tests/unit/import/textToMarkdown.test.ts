import { describe, expect, it } from 'vitest'

import { textToMarkdown } from '../../../src/import/parse'
import { headingLines, listBlocks, readFixture } from './helpers'

const lines = (...parts: string[]): string => parts.join('\n')

describe('textToMarkdown', () => {
  it('should make the first non-empty line the title', () => {
    const markdown = textToMarkdown(lines('', '   Stretching Basics  ', '', 'Body text goes here.'))
    expect(markdown.startsWith('# Stretching Basics\n')).toBe(true)
  })

  it('should return an empty string for blank input', () => {
    expect(textToMarkdown(' \n\n\t')).toBe('')
  })

  it('should turn short standalone lines into headings and strip a closing colon', () => {
    const markdown = textToMarkdown(
      lines('Title', '', 'Warming Up Your Lower Back:', '', 'Start slowly and breathe.', '', 'Cooling down', '', 'Walk it off.'),
    )
    expect(headingLines(markdown)).toEqual(['# Title', '## Warming Up Your Lower Back', '## Cooling down'])
  })

  it('should keep sentence-case lead-ins ending in a colon as paragraphs', () => {
    const markdown = textToMarkdown(lines('Title', '', 'Common triggers include:', '', '• Sitting too long'))
    expect(markdown).toContain('\n\nCommon triggers include:\n\n- Sitting too long')
  })

  it('should not make headings of lines ending in a period or exclamation mark', () => {
    const markdown = textToMarkdown(lines('Title', '', 'Short and done.', '', 'Try it today!'))
    expect(headingLines(markdown)).toEqual(['# Title'])
  })

  it('should make short questions headings, and FAQ questions level-three headings', () => {
    const markdown = textToMarkdown(
      lines('Title', '', 'Why does it hurt?', '', 'Because.', '', 'FAQs', '', 'Is it safe?', '', 'Usually.', '', 'Next Steps', '', 'Rest.'),
    )
    expect(headingLines(markdown)).toEqual(['# Title', '## Why does it hurt?', '## FAQs', '### Is it safe?', '## Next Steps'])
  })

  it('should convert every bullet marker, at any indentation, into a flat list', () => {
    const markdown = textToMarkdown(lines('Title', '', '• one', '  • two', '    • three', '• four', '', '- five', '* six', '– seven'))
    expect(listBlocks(markdown)).toEqual(['- one\n- two\n- three\n- four\n- five\n- six\n- seven'])
  })

  it('should nest deeper-indented items under the previous item', () => {
    const markdown = textToMarkdown(lines('Title', '', '• outer', '      ◦ inner', '• outer again'))
    expect(markdown).toContain('- outer\n    - inner\n- outer again')
  })

  it('should convert 1. and 1) numbering into an ordered list, across blank lines', () => {
    const markdown = textToMarkdown(lines('Title', '', '1. First step', '', '2) Second step', '', '3. Third step'))
    expect(listBlocks(markdown)).toEqual(['1. First step\n2. Second step\n3. Third step'])
  })

  it('should turn consecutive Label: text lines into a list with bold labels', () => {
    const markdown = textToMarkdown(lines('Title', '', 'Duration: 30 minutes', 'Pressure: firm'))
    expect(listBlocks(markdown)).toEqual(['- **Duration:** 30 minutes\n- **Pressure:** firm'])
  })

  it('should bold the label inside a bullet item', () => {
    const markdown = textToMarkdown(lines('Title', '', '• Hot stones: warm the tissue first'))
    expect(markdown).toContain('- **Hot stones:** warm the tissue first')
  })

  it('should leave a single Label: line as a paragraph', () => {
    const markdown = textToMarkdown(lines('Title', '', 'Note: bring loose clothing to the session.'))
    expect(markdown).toContain('\n\nNote: bring loose clothing to the session.')
  })

  it('should drop captions, navigation and tiny fragments', () => {
    const markdown = textToMarkdown(
      lines('Title', 'Home > Blog > Sciatica', '', 'Image: a therapist at work', 'Photo by Someone', '', 'Real paragraph here.', '', 'Read more', '', 'click to enlarge', '', '3 min read'),
    )
    expect(markdown).toBe('# Title\n\nReal paragraph here.\n')
  })

  it('should drop a strip of glued gallery captions', () => {
    const markdown = textToMarkdown(lines('Title', 'Back Rub - Warm OilsFoot Care - Hot TowelsChair Massage', '', 'Kept.'))
    expect(markdown).toBe('# Title\n\nKept.\n')
  })

  it('should strip alt text fused onto the start of a paragraph', () => {
    const markdown = textToMarkdown(
      lines('Title', '', 'Relaxing Back MassageMany people wonder why the leg tingles after sitting. Here is why.'),
    )
    expect(markdown).toContain('\n\nMany people wonder why')
    expect(markdown).not.toContain('MassageMany')
  })

  it('should re-join hard-wrapped lines into one paragraph', () => {
    const markdown = textToMarkdown(lines('Title', '', 'The nerve runs from the lower back', 'down through the leg.'))
    expect(markdown).toContain('\n\nThe nerve runs from the lower back down through the leg.\n')
  })

  it('should normalise odd whitespace but keep curly quotes', () => {
    const markdown = textToMarkdown(lines('Title', '', 'It\u2019s\u00a0a  \u201cgentle\u201d\tstart.'))
    expect(markdown).toContain('It\u2019s a \u201cgentle\u201d start.')
  })

  it('should escape Markdown characters so prose is not misread', () => {
    const markdown = textToMarkdown(
      lines('Title', '', 'Use *light* pressure on the_upper `glute` area.', '', '# of sessions varies.', '', '2024. A year of growth.'),
    )
    expect(markdown).toContain('Use \\*light\\* pressure on the\\_upper \\`glute\\` area.')
    expect(markdown).toContain('\n\n\\# of sessions varies.')
    expect(markdown).toContain('\n\n2024\\. A year of growth.')
  })

  it('should structure the plain-text fixture', () => {
    const markdown = textToMarkdown(readFixture('hamstring-routine.txt'))
    expect(headingLines(markdown)).toContain('## Why hamstrings matter for sciatica')
    expect(headingLines(markdown)).toContain('### Can I use a foam roller every day?')
    expect(listBlocks(markdown)).toHaveLength(3)
    expect(markdown).toContain('    - An optional strap for stretching')
    expect(markdown).toContain('- **Best time:** after a warm shower')
    expect(markdown).not.toMatch(/Home >|Photo by|Click here|Image:/)
  })
})
