/**
 * Scheduling set-up (issue #5, item 1): appointment types, chairs, recall rules, working hours,
 * leave and holidays. This file is the module's only public surface.
 */
export { scheduleSetupRoutes } from './routes.ts'
