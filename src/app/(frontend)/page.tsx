import { getPublicPayload, PUBLIC_READ } from '@/lib/publicPayload'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const payload = await getPublicPayload()
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC_READ,
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
    select: { title: true, slug: true, excerpt: true },
  })
  return (
    <>
      <h1>Massage and sciatica care</h1>
      {docs.length === 0 && <p>No published articles yet.</p>}
      {docs.map((article) => (
        <a className="card" key={article.id} href={`/articles/${article.slug}`}>
          <h2>{article.title}</h2>
          {article.excerpt && <p>{article.excerpt}</p>}
        </a>
      ))}
    </>
  )
}
