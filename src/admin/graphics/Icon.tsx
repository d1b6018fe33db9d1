/** The Relief mark: a leaf over a spine curve, in the nav and the browser tab. */
export const Icon = () => (
  <svg className="relief-icon" width="28" height="28" viewBox="0 0 32 32" role="img" aria-label="Relief">
    <circle cx="16" cy="16" r="15" fill="#166534" />
    <path d="M16 6c5 3 7 8 4 13-2 3-4 4-4 7-1-3-3-4-4-7-3-5-1-10 4-13z" fill="#dcfce7" />
    <path d="M16 9v17" stroke="#166534" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
)
