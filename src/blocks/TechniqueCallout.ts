import type { Block } from 'payload'

export const TechniqueCallout: Block = {
  slug: 'techniqueCallout',
  interfaceName: 'TechniqueCalloutBlock',
  fields: [
    { name: 'technique', type: 'relationship', relationTo: 'techniques', required: true },
    { name: 'note', type: 'textarea' },
  ],
}
