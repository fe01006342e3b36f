import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AuditPage } from './features/audit/audit-page.tsx'
import { AcceptInvitationPage } from './features/auth/accept-invitation-page.tsx'
import { ForgotPasswordPage } from './features/auth/forgot-password-page.tsx'
import { LoginPage } from './features/auth/login-page.tsx'
import { RequireCapability } from './features/auth/require-capability.tsx'
import { RequireSession } from './features/auth/require-session.tsx'
import { ResetPasswordPage } from './features/auth/reset-password-page.tsx'
import { SignupPage } from './features/auth/signup-page.tsx'
import { CalendarPage } from './features/calendar/calendar-page.tsx'
import { RecallsPage } from './features/calendar/recalls-page.tsx'
import { TodayPage } from './features/calendar/today-page.tsx'
import { CataloguePage } from './features/catalogue/catalogue-page.tsx'
import { CollectionsPage } from './features/collections/collections-page.tsx'
import { ConsentCaptureRoute } from './features/consent/consent-capture-page.tsx'
import { ConsentTemplatesPage } from './features/consent-templates/consent-templates-page.tsx'
import { DevOutboxPage } from './features/dev-outbox/dev-outbox-page.tsx'
import { FormularyPage } from './features/formulary/formulary-page.tsx'
import { HomePage } from './features/home/home-page.tsx'
import { LabBoardPage } from './features/lab/lab-board-page.tsx'
import { DraftsPage } from './features/messaging/drafts-page.tsx'
import { InboxPage } from './features/messaging/inbox-page.tsx'
import { MessagingSettingsPage } from './features/messaging/messaging-settings-page.tsx'
import { TemplatesPage } from './features/messaging/templates-page.tsx'
import { ClinicalPage } from './features/notes/clinical-page.tsx'
import { NewPatientPage } from './features/patients/new-patient-page.tsx'
import { PatientRoute } from './features/patients/patient-page.tsx'
import { PatientsPage } from './features/patients/patients-page.tsx'
import { NotBookedPage } from './features/plans/not-booked-page.tsx'
import { ProfilePage } from './features/profile/profile-page.tsx'
import { ScheduleSetupPage } from './features/schedule-setup/schedule-setup-page.tsx'
import { SettingsPage } from './features/settings/settings-page.tsx'
import { TaxSettingsPage } from './features/settings/tax-settings-page.tsx'
import { StaffPage } from './features/staff/staff-page.tsx'
import { AppLayout } from './ui/app-layout.tsx'
import { ComingSoonPage } from './ui/coming-soon-page.tsx'
import { appModules } from './ui/modules.ts'
import { NotFoundPage } from './ui/not-found-page.tsx'
import { PublicLayout } from './ui/public-layout.tsx'

const comingSoonRoutes = appModules
  .filter((module) => !module.isBuilt)
  .map((module) => ({
    path: module.path,
    element: <ComingSoonPage labelKey={module.labelKey} />,
  }))

const router = createBrowserRouter([
  {
    // Pages for people who are not signed in (and the development outbox).
    element: <PublicLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/dev/outbox', element: <DevOutboxPage /> },
    ],
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      ...comingSoonRoutes,
      {
        path: '/patients',
        element: (
          <RequireCapability capability="patient.read" titleKey="nav.patients">
            <PatientsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/patients/new',
        element: (
          <RequireCapability capability="patient.write" titleKey="patients.newTitle">
            <NewPatientPage />
          </RequireCapability>
        ),
      },
      {
        path: '/patients/:id',
        element: (
          <RequireCapability capability="patient.read" titleKey="nav.patients">
            <PatientRoute />
          </RequireCapability>
        ),
      },
      {
        path: '/patients/:id/consent',
        element: (
          <RequireCapability capability="patient.write" titleKey="consent.captureTitle">
            <ConsentCaptureRoute />
          </RequireCapability>
        ),
      },
      {
        path: '/appointments/setup',
        element: (
          <RequireCapability capability="schedule.read" titleKey="scheduleSetup.title">
            <ScheduleSetupPage />
          </RequireCapability>
        ),
      },
      {
        path: '/appointments',
        element: (
          <RequireCapability capability="schedule.read" titleKey="calendar.title">
            <CalendarPage />
          </RequireCapability>
        ),
      },
      {
        path: '/appointments/today',
        element: (
          <RequireCapability capability="schedule.read" titleKey="today.title">
            <TodayPage />
          </RequireCapability>
        ),
      },
      {
        path: '/appointments/recalls',
        element: (
          <RequireCapability capability="patient.read" titleKey="recalls.title">
            <RecallsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/clinical',
        element: (
          <RequireCapability capability="clinical.chart_entry" titleKey="nav.clinical">
            <ClinicalPage />
          </RequireCapability>
        ),
      },
      {
        path: '/clinical/not-booked',
        element: (
          <RequireCapability capability="clinical.read" titleKey="plans.notBooked.title">
            <NotBookedPage />
          </RequireCapability>
        ),
      },
      {
        path: '/lab',
        element: (
          <RequireCapability capability="clinical.read" titleKey="nav.lab">
            <LabBoardPage />
          </RequireCapability>
        ),
      },
      {
        path: '/prescribing',
        element: (
          <RequireCapability capability="clinical.read" titleKey="nav.prescribing">
            <FormularyPage />
          </RequireCapability>
        ),
      },
      {
        path: '/billing',
        element: (
          <RequireCapability capability="billing.read" titleKey="nav.billing">
            <CollectionsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/catalogue',
        element: (
          <RequireCapability capability="catalogue.read" titleKey="nav.catalogue">
            <CataloguePage />
          </RequireCapability>
        ),
      },
      {
        path: '/messaging',
        element: (
          <RequireCapability capability="messaging.read" titleKey="inbox.title">
            <InboxPage />
          </RequireCapability>
        ),
      },
      {
        path: '/messaging/settings',
        element: (
          <RequireCapability capability="messaging.manage" titleKey="messaging.title">
            <MessagingSettingsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/messaging/templates',
        element: (
          <RequireCapability capability="messaging.manage" titleKey="templates.title">
            <TemplatesPage />
          </RequireCapability>
        ),
      },
      {
        path: '/messaging/drafts',
        element: (
          <RequireCapability capability="messaging.reply" titleKey="drafts.title">
            <DraftsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/staff',
        element: (
          <RequireCapability capability="staff.read" titleKey="nav.staff">
            <StaffPage />
          </RequireCapability>
        ),
      },
      {
        path: '/audit',
        element: (
          <RequireCapability capability="audit.read" titleKey="nav.audit">
            <AuditPage />
          </RequireCapability>
        ),
      },
      {
        path: '/settings',
        element: (
          <RequireCapability capability="clinic.settings" titleKey="nav.settings">
            <SettingsPage />
          </RequireCapability>
        ),
      },
      {
        path: '/consent-forms',
        element: (
          <RequireCapability capability="clinical.templates" titleKey="consentTemplates.title">
            <ConsentTemplatesPage />
          </RequireCapability>
        ),
      },
      {
        path: '/tax-settings',
        element: (
          <RequireCapability capability="tax.settings" titleKey="nav.taxSettings">
            <TaxSettingsPage />
          </RequireCapability>
        ),
      },
      { path: '/profile', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

export function App() {
  return <RouterProvider router={router} />
}
