/**
 * Appointments: the calendar, bookings and their statuses, the waiting list, a patient's
 * attendance and recalls due. This file is the module's only public surface; server/app.ts
 * mounts the routes.
 */
export { attendanceRoutes, recallRoutes } from './patient-routes.ts'
export { planRecallReminders, recallJobHandler } from './recall-reminders.ts'
export { appointmentRoutes } from './routes.ts'
export { waitingListRoutes } from './waiting-list-routes.ts'
