import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { AppointmentTypeForm, type AppointmentTypeValues } from './appointment-type-form.tsx'
import type { AppointmentType } from './schedule-types.ts'
import { ActivePill, RowActions } from './setup-row-parts.tsx'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** What appointments are for: name, usual length and colour on the calendar. */
export function AppointmentTypesSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const types = useScheduleList<AppointmentType>('/appointment-types')
  const change = useSetupChange(types.reload)
  const [editing, setEditing] = useState<AppointmentType | null>(null)
  const failure = types.error ?? change.error

  const toggle = (type: AppointmentType) =>
    change.run(
      () =>
        api(`/schedule/appointment-types/${type.id}`, {
          method: 'PATCH',
          body: { isActive: !type.isActive },
        }),
      t(type.isActive ? 'scheduleSetup.deactivated' : 'scheduleSetup.reactivated', {
        name: type.name,
      }),
    )
  const add = async (values: AppointmentTypeValues) => {
    await api('/schedule/appointment-types', { method: 'POST', body: values })
    await change.done(t('scheduleSetup.added', { name: values.name }))
  }
  const save = async (type: AppointmentType, values: AppointmentTypeValues) => {
    await api(`/schedule/appointment-types/${type.id}`, { method: 'PATCH', body: values })
    setEditing(null)
    await change.done(t('scheduleSetup.saved', { name: values.name }))
  }

  return (
    <>
      <section className="card" aria-labelledby="types-heading">
        <h2 id="types-heading">{t('scheduleSetup.tab.types')}</h2>
        <p className="muted">{t('scheduleSetup.types.intro')}</p>
        <StatusMessage>{change.status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {types.items === null && failure === null && <p role="status">{t('app.loading')}</p>}
        {types.items?.length === 0 && <p>{t('scheduleSetup.types.empty')}</p>}
        {types.items && types.items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('scheduleSetup.name')}</th>
                  <th scope="col">{t('scheduleSetup.types.length')}</th>
                  <th scope="col">{t('scheduleSetup.status')}</th>
                  {canConfigure && (
                    <th scope="col">
                      <span className="visually-hidden">{t('scheduleSetup.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {types.items.map((type) => (
                  <tr key={type.id} className={type.isActive ? undefined : 'row-inactive'}>
                    <th scope="row">
                      <span className="cell-primary">
                        {/* The colour only repeats what the name says, as on the calendar. */}
                        <span
                          className="colour-swatch"
                          style={{ backgroundColor: type.colour }}
                          aria-hidden="true"
                        />
                        {type.name}
                      </span>
                    </th>
                    <td>
                      {t('scheduleSetup.types.lengthValue', {
                        minutes: String(type.defaultMinutes),
                      })}
                    </td>
                    <td>
                      <ActivePill isActive={type.isActive} />
                    </td>
                    {canConfigure && (
                      <td className="cell-actions">
                        <RowActions
                          name={type.name}
                          isActive={type.isActive}
                          isSending={change.isSending}
                          onEdit={() => setEditing(type)}
                          onToggleActive={() => void toggle(type)}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canConfigure && (
        <section className="card section-gap" aria-labelledby="add-type-heading">
          <h2 id="add-type-heading">{t('scheduleSetup.types.addHeading')}</h2>
          <AppointmentTypeForm isAdding submitLabel={t('scheduleSetup.types.add')} onSubmit={add} />
        </section>
      )}
      <ModalDialog
        isOpen={editing !== null}
        title={t('scheduleSetup.editHeading', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <AppointmentTypeForm
            initial={editing}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => setEditing(null)}
            onSubmit={(values) => save(editing, values)}
          />
        )}
      </ModalDialog>
    </>
  )
}
