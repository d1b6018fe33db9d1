import type { Block } from 'payload'

export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [
    {
      name: 'style',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: ['info', 'tip', 'warning'],
    },
    { name: 'text', type: 'textarea', required: true },
  ],
}
