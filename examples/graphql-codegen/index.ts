/** `RELIEF_GRAPHQL=http://localhost:3000/api/graphql npx tsx examples/graphql-codegen/index.ts` prints JSON. */
import { createGraphqlClient, latestArticles, selfMassageTechniques } from './client'

const client = createGraphqlClient(process.env.RELIEF_GRAPHQL ?? 'http://localhost:3000/api/graphql')
console.log(JSON.stringify({ articles: await latestArticles(client), techniques: await selfMassageTechniques(client) }, null, 2))
