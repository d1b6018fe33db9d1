import { notFound } from 'next/navigation'

/** Unknown paths get the site's 404 inside its layout (with `lang`), not a bare one. */
export default function UnknownPage() {
  notFound()
}
