import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { ChairForm } from './chair-form.tsx'
import type { Chair } from './schedule-types.ts'
import { ActivePill, RowActions } from './setup-row-parts.tsx'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** The chairs (operatories) appointments are booked in: list, add, rename, take out of use. */
export function ChairsSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const chairs = useScheduleList<Chair>('/chairs')
  const change = useSetupChange(chairs.reload)
  const [renaming, setRenaming] = useState<Chair | null>(null)
  const failure = chairs.error ?? change.error

  const toggle = (chair: Chair) =>
    change.run(
      () =>
        api(`/schedule/chairs/${chair.id}`, {
          method: 'PATCH',
          body: { isActive: !chair.isActive },
        }),
      t(chair.isActive ? 'scheduleSetup.deactivated' : 'scheduleSetup.reactivated', {
        name: chair.name,
      }),
    )

  return (
    <>
      <section className="card" aria-labelledby="chairs-heading">
        <h2 id="chairs-heading">{t('scheduleSetup.tab.chairs')}</h2>
        <p className="muted">{t('scheduleSetup.chairs.intro')}</p>
        <StatusMessage>{change.status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {chairs.items === null && failure === null && <p role="status">{t('app.loading')}</p>}
        {chairs.items?.length === 0 && <p>{t('scheduleSetup.chairs.empty')}</p>}
        {chairs.items && chairs.items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('scheduleSetup.name')}</th>
                  <th scope="col">{t('scheduleSetup.status')}</th>
                  {canConfigure && (
                    <th scope="col">
                      <span className="visually-hidden">{t('scheduleSetup.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {chairs.items.map((chair) => (
                  <tr key={chair.id} className={chair.isActive ? undefined : 'row-inactive'}>
                    <th scope="row">
                      <span className="cell-primary">{chair.name}</span>
                    </th>
                    <td>
                      <ActivePill isActive={chair.isActive} />
                    </td>
                    {canConfigure && (
                      <td className="cell-actions">
                        <RowActions
                          name={chair.name}
                          isActive={chair.isActive}
                          isSending={change.isSending}
                          onEdit={() => setRenaming(chair)}
                          onToggleActive={() => void toggle(chair)}
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
        <section className="card section-gap" aria-labelledby="add-chair-heading">
          <h2 id="add-chair-heading">{t('scheduleSetup.chairs.addHeading')}</h2>
          <ChairForm
            isAdding
            submitLabel={t('scheduleSetup.chairs.add')}
            onSubmit={async (name) => {
              await api('/schedule/chairs', { method: 'POST', body: { name } })
              await change.done(t('scheduleSetup.added', { name }))
            }}
          />
        </section>
      )}
      <ModalDialog
        isOpen={renaming !== null}
        title={t('scheduleSetup.editHeading', { name: renaming?.name ?? '' })}
        onClose={() => setRenaming(null)}
      >
        {renaming && (
          <ChairForm
            initialName={renaming.name}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => setRenaming(null)}
            onSubmit={async (name) => {
              await api(`/schedule/chairs/${renaming.id}`, { method: 'PATCH', body: { name } })
              setRenaming(null)
              await change.done(t('scheduleSetup.saved', { name }))
            }}
          />
        )}
      </ModalDialog>
    </>
  )
}
