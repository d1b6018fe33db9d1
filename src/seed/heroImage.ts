import sharp from 'sharp'

/** A generated abstract hero image, so seeding never downloads anything. */
export const generateHeroImage = async (title: string, [from, to]: [string, string]) => {
  const escaped = title.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="1250" cy="260" r="220" fill="#ffffff" fill-opacity="0.18"/>
    <path d="M0 720 C 400 600, 900 860, 1600 680 L1600 900 L0 900 Z" fill="#ffffff" fill-opacity="0.22"/>
    <text x="90" y="470" font-family="sans-serif" font-size="64" fill="#ffffff">${escaped}</text>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
