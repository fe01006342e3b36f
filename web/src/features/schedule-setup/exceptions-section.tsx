import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { ExceptionForm } from './exception-form.tsx'
import { upcomingRange } from './exception-time.ts'
import { exceptionKindKey, exceptionWhen, exceptionWho } from './exception-words.ts'
import type { BookableDoctor, ScheduleException } from './schedule-types.ts'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** Leave and holidays in the next 90 days: listed for everyone, added and deleted by managers. */
export function ExceptionsSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const timeZone = useMe().clinic.timeZone
  // Fixed for the life of the tab, so the list's address (and its loading) does not change.
  const [range] = useState(() => upcomingRange(timeZone))
  const exceptions = useScheduleList<ScheduleException>(
    `/exceptions?from=${range.from}&to=${range.to}`,
  )
  const doctors = useScheduleList<BookableDoctor>('/doctors')
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
    <>
      <section className="card" aria-labelledby="leave-heading">
        <h2 id="leave-heading">{t('scheduleSetup.tab.leave')}</h2>
        <p className="muted">{t('scheduleSetup.leave.intro')}</p>
        <StatusMessage>{change.status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {items === null && failure === null && <p role="status">{t('app.loading')}</p>}
        {items?.length === 0 && <p>{t('scheduleSetup.leave.empty')}</p>}
        {items && items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('scheduleSetup.leave.when')}</th>
                  <th scope="col">{t('scheduleSetup.leave.who')}</th>
                  <th scope="col">{t('scheduleSetup.leave.kind')}</th>
                  <th scope="col">{t('scheduleSetup.leave.note')}</th>
                  {canConfigure && (
                    <th scope="col">
                      <span className="visually-hidden">{t('scheduleSetup.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {items.map((exception) => {
                  const words = describe(exception)
                  return (
                    <tr key={exception.id}>
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
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canConfigure && doctors.items && (
        <section className="card section-gap" aria-labelledby="add-leave-heading">
          <h2 id="add-leave-heading">{t('scheduleSetup.leave.addHeading')}</h2>
          <ExceptionForm
            doctors={doctors.items}
            timeZone={timeZone}
            onAdded={(added) => change.done(t('scheduleSetup.leave.added', describe(added)))}
          />
        </section>
      )}
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
    </>
  )
}
