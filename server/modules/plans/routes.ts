import { createRouter } from '../../http/router.ts'
import { planItemRoutes } from './item-routes.ts'
import { planLifecycleRoutes } from './plan-routes.ts'

/**
 * Mounted at /patients: a patient's treatment plans (issue #11, items 2 and 4): plans and their
 * versions and alternatives, items per tooth, and sittings. The estimate, acceptance and
 * not-booked routes sit beside these (acceptance-routes.ts, not-booked-routes.ts).
 */
export const planRoutes = createRouter().route('/', planLifecycleRoutes).route('/', planItemRoutes)
