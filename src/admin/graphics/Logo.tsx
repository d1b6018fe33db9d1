import { Icon } from './Icon'

/** The login page's logo: the mark and the name. */
export const Logo = () => (
  <span className="relief-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }}>
    <Icon />
    <span style={{ fontSize: 28, fontWeight: 700, letterSpacing: '-0.01em' }}>Relief</span>
    <span style={{ fontSize: 14, opacity: 0.7 }}>content and medical review</span>
  </span>
)
