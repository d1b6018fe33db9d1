/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Changed: HTTP caching and CORS (src/delivery/withDelivery.ts), queries by GET, a rate limit per
   IP (src/lib/rateLimit), requests refused before execution answer 400
   (src/graphql/withRequestErrorStatus.ts), and a body that is not JSON answers 400 instead of an
   empty 500 (src/lib/http/withJsonErrors.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withPersistedQueries } from '@/delivery/persistedQueries'
import { registerDirectRead } from '@/delivery/directReads'
import { withDelivery } from '@/delivery/withDelivery'
import { withRequestErrorStatus } from '@/graphql/withRequestErrorStatus'
import { withJsonErrors } from '@/lib/http/withJsonErrors'
import { withRateLimit } from '@/lib/rateLimit/withRateLimit'

const graphql = withRateLimit('graphql', config, withJsonErrors(withRequestErrorStatus(GRAPHQL_POST(config))))

export const POST = withDelivery(graphql, config)
// Queries by GET, so HTTP caches can keep them; graphql-http refuses mutations by GET (405).
// Persisted queries (src/delivery/persistedQueries.ts) resolve to a plain GET query first.
export const GET = withPersistedQueries(withDelivery(graphql, config))
// Anonymous GET queries run GET without Next's routing from now on (src/delivery/cache/fastPath.ts).
registerDirectRead('graphql', GET, config)

export const OPTIONS = withDelivery(REST_OPTIONS(config), config)
