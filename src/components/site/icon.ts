/** The site's own mark: a teal circle with a white wave (a hand's stroke along the back). */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<circle cx="32" cy="32" r="30" fill="#2f6f73"/>
<path d="M14 38c6-10 12-10 18 0s12 10 18 0" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>
<circle cx="32" cy="20" r="5" fill="#a7d7c5"/>
</svg>`
