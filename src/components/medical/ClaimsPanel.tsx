'use client'
import { useFormFields } from '@payloadcms/ui'

type Finding = { ruleId: string; severity: 'block' | 'warn'; message: string; excerpt: string; suggestion: string; path: string; locale?: string }

/** Shows reviewers what the claims checker found in the saved draft. */
export const ClaimsPanel = () => {
  const findings = useFormFields(([fields]) => fields['claims.findings']?.value) as Finding[] | undefined
  const list = Array.isArray(findings) ? findings : []
  return (
    <div className="relief-claims" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Claims check</h4>
      {list.length === 0 ? (
        <p style={{ margin: 0 }}>No risky claims found in the saved version.</p>
      ) : (
        <ul style={{ paddingLeft: 16, margin: 0 }}>
          {list.map((f, i) => (
            <li key={i} style={{ marginBottom: 8 }}>
              <strong style={{ color: f.severity === 'block' ? '#b91c1c' : '#92400e' }}>
                {f.severity === 'block' ? 'Blocking' : 'Warning'}
              </strong>{' '}
              <mark>{f.excerpt}</mark> <small>({f.path}{f.locale ? `, ${f.locale}` : ''})</small>
              <div>{f.message}</div>
              <div><em>Suggestion: {f.suggestion}</em></div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
