/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withJsonErrors } from '@/lib/http/withJsonErrors'

// Not generated: a body that is not JSON answers 400 instead of an empty 500.
export const POST = withJsonErrors(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
