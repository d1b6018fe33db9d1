import type { Block } from 'payload'

export const FaqList: Block = {
  slug: 'faqList',
  interfaceName: 'FaqListBlock',
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true, required: true },
  ],
}
