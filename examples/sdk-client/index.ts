/** `RELIEF_API=http://localhost:3000/api npx tsx examples/sdk-client/index.ts` prints JSON. */
import { createClient, latestArticles, selfMassageTechniques } from './client'

const sdk = createClient(process.env.RELIEF_API ?? 'http://localhost:3000/api')
console.log(JSON.stringify({ articles: await latestArticles(sdk), techniques: await selfMassageTechniques(sdk) }, null, 2))
