import { serializeJsonLd } from '@/medical/jsonLd'

export const JsonLdScript = ({ data }: { data: object }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
)
