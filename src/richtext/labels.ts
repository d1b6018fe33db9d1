/** The few words the block converters print themselves; everything else is reviewed content. */
export const BLOCK_LABELS = {
  en: { technique: 'Technique', faq: 'Questions and answers', tip: 'Tip', info: 'Note', warning: 'Caution' },
  th: { technique: 'เทคนิค', faq: 'คำถามและคำตอบ', tip: 'เคล็ดลับ', info: 'หมายเหตุ', warning: 'ข้อควรระวัง' },
} as const

export const blockLabels = (locale?: string) => (locale === 'th' ? BLOCK_LABELS.th : BLOCK_LABELS.en)
