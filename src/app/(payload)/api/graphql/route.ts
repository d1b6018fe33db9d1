/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withDelivery } from '@/delivery/withDelivery'

export const POST = withDelivery(GRAPHQL_POST(config), config)
// Queries by GET, so HTTP caches can keep them; graphql-http refuses mutations by GET (405).
export const GET = withDelivery(GRAPHQL_POST(config), config)

export const OPTIONS = withDelivery(REST_OPTIONS(config), config)
