/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { registerDirectRead } from '@/delivery/directReads'
import { withDelivery } from '@/delivery/withDelivery'

export const GET = withDelivery(REST_GET(config), config)
// Anonymous content reads run GET without Next's routing from now on (src/delivery/cache/fastPath.ts).
registerDirectRead('rest', GET, config)
export const POST = withDelivery(REST_POST(config), config)
export const DELETE = withDelivery(REST_DELETE(config), config)
export const PATCH = withDelivery(REST_PATCH(config), config)
export const PUT = withDelivery(REST_PUT(config), config)
export const OPTIONS = withDelivery(REST_OPTIONS(config), config)
