import { createRouter } from '../../http/router.ts'
import { appointmentTypeRoutes } from './appointment-type-routes.ts'
import { chairRoutes } from './chair-routes.ts'
import { exceptionRoutes } from './exception-routes.ts'
import { recallRuleRoutes } from './recall-rule-routes.ts'
import { workingHoursRoutes } from './working-hours-routes.ts'

/**
 * Mounted at /schedule: a clinic's scheduling set-up (issue #5, item 1). Everyone
 * with schedule.read sees it; owners and admins (schedule.configure) change it.
 */
export const scheduleSetupRoutes = createRouter()
  .route('/', appointmentTypeRoutes)
  .route('/', chairRoutes)
  .route('/', exceptionRoutes)
  .route('/', recallRuleRoutes)
  .route('/', workingHoursRoutes)
