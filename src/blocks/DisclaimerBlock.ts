import type { Block } from 'payload'

export const DisclaimerBlock: Block = {
  slug: 'disclaimer',
  interfaceName: 'DisclaimerBlock',
  fields: [
    { name: 'disclaimer', type: 'relationship', relationTo: 'disclaimers', required: true },
  ],
}
