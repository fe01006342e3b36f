import { useState } from 'react'
import {
  BookableDoctorSchema,
  type ScheduleException,
  ScheduleExceptionSchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { useMe } from '../auth/use-session.ts'
import { ExceptionForm } from './exception-form.tsx'
import { upcomingRange } from './exception-time.ts'
import { exceptionKindKey, exceptionWhen, exceptionWho } from './exception-words.ts'
import { SetupListSection } from './setup-list-section.tsx'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** Leave and holidays in the next 90 days: listed for everyone, added and deleted by managers. */
export function ExceptionsSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const timeZone = useMe().clinic.timeZone
  // Fixed for the life of the tab, so the list's address (and its loading) does not change.
  const [range] = useState(() => upcomingRange(timeZone))
  const exceptions = useScheduleList(
    `/exceptions?from=${range.from}&to=${range.to}`,
    ScheduleExceptionSchema,
  )
  const doctors = useScheduleList('/doctors', BookableDoctorSchema)
  const change = useSetupChange(exceptions.reload)
  const [deleting, setDeleting] = useState<ScheduleException | null>(null)
  const failure = exceptions.error ?? doctors.error ?? change.error
  const doctorList = doctors.items ?? []
  const describe = (exception: ScheduleException) => ({
    who: exceptionWho(t, exception, doctorList),
    kind: t(exceptionKindKey(exception.kind)),
    when: exceptionWhen(t, exception, timeZone),
  })
  const items = doctors.items === null ? null : exceptions.items

  return (
    <SetupListSection
      headingId="leave-heading"
      title={t('scheduleSetup.tab.leave')}
      intro={t('scheduleSetup.leave.intro')}
      emptyText={t('scheduleSetup.leave.empty')}
      columns={[
        t('scheduleSetup.leave.when'),
        t('scheduleSetup.leave.who'),
        t('scheduleSetup.leave.kind'),
        t('scheduleSetup.leave.note'),
      ]}
      items={items}
      failure={failure}
      status={change.status}
      canConfigure={canConfigure}
      renderRow={(exception) => {
        const words = describe(exception)
        return (
          <tr>
            <th scope="row" className="cell-nowrap">
              {words.when}
            </th>
            <td>{words.who}</td>
            <td>{words.kind}</td>
            <td>{exception.note ?? <span className="muted">—</span>}</td>
            {canConfigure && (
              <td className="cell-actions">
                <button
                  type="button"
                  className="button-danger-quiet button-small"
                  aria-label={t('scheduleSetup.leave.deleteLabel', words)}
                  onClick={() => setDeleting(exception)}
                >
                  {t('scheduleSetup.leave.delete')}
                </button>
              </td>
            )}
          </tr>
        )
      }}
      add={
        doctors.items && {
          headingId: 'add-leave-heading',
          heading: t('scheduleSetup.leave.addHeading'),
          form: (
            <ExceptionForm
              doctors={doctors.items}
              timeZone={timeZone}
              onAdded={(added) => change.done(t('scheduleSetup.leave.added', describe(added)))}
            />
          ),
        }
      }
    >
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('scheduleSetup.leave.deleteHeading')}
        body={deleting ? t('scheduleSetup.leave.deleteBody', describe(deleting)) : ''}
        confirmLabel={t('scheduleSetup.leave.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return
          await api(`/schedule/exceptions/${deleting.id}`, { method: 'DELETE' })
          await change.done(t('scheduleSetup.leave.deleted', describe(deleting)))
        }}
      />
    </SetupListSection>
  )
}
