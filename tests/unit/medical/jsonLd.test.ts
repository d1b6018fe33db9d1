import { describe, expect, it } from 'vitest'

import { buildMedicalWebPageJsonLd, serializeJsonLd } from '@/medical/jsonLd'

const reviewer = {
  name: 'Dr. Ana Lima',
  credentials: [
    { type: 'DPT', licenseNumber: 'PT-1', expiresOn: '2030-01-01T00:00:00.000Z' },
    { type: 'LMT', expiresOn: '2029-06-30T00:00:00.000Z' },
  ],
}

const base = { url: 'https://relief.test/articles/sciatica-basics', title: 'Sciatica basics' }

describe('buildMedicalWebPageJsonLd', () => {
  it('should describe a reviewed page as a schema.org MedicalWebPage with reviewedBy and lastReviewed', () => {
    const jsonLd = buildMedicalWebPageJsonLd({
      ...base,
      description: '  What sciatica is and when to see a doctor. ',
      dateModified: '2026-03-04T10:20:30.000Z',
      medicalReview: { reviewer, reviewedAt: '2026-03-01T15:00:00.000Z', nextReviewDue: '2027-03-01T15:00:00.000Z' },
    })
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: base.url,
      name: 'Sciatica basics',
      headline: 'Sciatica basics',
      description: 'What sciatica is and when to see a doctor.',
      dateModified: '2026-03-04T10:20:30.000Z',
      lastReviewed: '2026-03-01',
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Ana Lima',
        honorificSuffix: 'DPT, LMT',
        jobTitle: 'Doctor of Physical Therapy',
        hasCredential: [
          {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'license',
            name: 'Doctor of Physical Therapy (DPT)',
          },
          { '@type': 'EducationalOccupationalCredential', credentialCategory: 'license', name: 'Licensed Massage Therapist (LMT)' },
        ],
      },
    })
  })

  it('should omit reviewedBy and lastReviewed when the page has no medical review', () => {
    for (const medicalReview of [undefined, null, {}, { reviewer: null, reviewedAt: null, isReviewDue: false }]) {
      const jsonLd = buildMedicalWebPageJsonLd({ ...base, medicalReview })
      expect(jsonLd).not.toHaveProperty('reviewedBy')
      expect(jsonLd).not.toHaveProperty('lastReviewed')
      expect(jsonLd['@type']).toBe('MedicalWebPage')
    }
  })

  it('should omit reviewedBy but keep lastReviewed when the reviewer is not populated', () => {
    const jsonLd = buildMedicalWebPageJsonLd({ ...base, medicalReview: { reviewer: 7, reviewedAt: '2026-01-02T00:00:00Z' } })
    expect(jsonLd.lastReviewed).toBe('2026-01-02')
    expect(jsonLd).not.toHaveProperty('reviewedBy')
  })

  it('should omit reviewedBy when there is a reviewer but no review date', () => {
    const jsonLd = buildMedicalWebPageJsonLd({ ...base, medicalReview: { reviewer, reviewedAt: null } })
    expect(jsonLd).not.toHaveProperty('reviewedBy')
    expect(jsonLd).not.toHaveProperty('lastReviewed')
  })

  it('should leave out credentials that had expired before the review and "other" types', () => {
    const jsonLd = buildMedicalWebPageJsonLd({
      ...base,
      medicalReview: {
        reviewer: {
          name: 'Sam Reyes',
          credentials: [
            { type: 'RN', expiresOn: '2020-01-01T00:00:00.000Z' },
            { type: 'other' },
            { type: 'PT', expiresOn: '2031-01-01T00:00:00.000Z' },
            { type: 'PT', expiresOn: '2032-01-01T00:00:00.000Z' },
          ],
        },
        reviewedAt: new Date('2025-05-05T12:00:00.000Z'),
      },
    })
    expect(jsonLd.reviewedBy).toMatchObject({ name: 'Sam Reyes', honorificSuffix: 'PT', jobTitle: 'Physical Therapist' })
    expect(jsonLd.reviewedBy?.hasCredential).toHaveLength(1)
  })

  it('should name a reviewer without credentials and without jobTitle', () => {
    const jsonLd = buildMedicalWebPageJsonLd({
      ...base,
      medicalReview: { reviewer: { name: 'Kai', credentials: [] }, reviewedAt: '2026-02-02T00:00:00Z' },
    })
    expect(jsonLd.reviewedBy).toEqual({ '@type': 'Person', name: 'Kai' })
  })

  it('should ignore dates that do not parse', () => {
    const jsonLd = buildMedicalWebPageJsonLd({
      ...base,
      dateModified: 'not a date',
      medicalReview: { reviewer, reviewedAt: 'soon' },
    })
    expect(jsonLd).not.toHaveProperty('dateModified')
    expect(jsonLd).not.toHaveProperty('lastReviewed')
    expect(jsonLd).not.toHaveProperty('reviewedBy')
  })
})

describe('serializeJsonLd', () => {
  it('should escape "<" so a title cannot close the script element', () => {
    const text = serializeJsonLd(buildMedicalWebPageJsonLd({ ...base, title: 'Back pain </script><script>alert(1)' }))
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).name).toBe('Back pain </script><script>alert(1)')
  })
})
