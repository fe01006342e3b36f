import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { RecallRuleForm, type RecallRuleValues } from './recall-rule-form.tsx'
import type { AppointmentType, RecallRule } from './schedule-types.ts'
import { ActivePill, RowActions } from './setup-row-parts.tsx'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** When patients are due back: so many months after any visit, or after one kind of appointment. */
export function RecallRulesSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const rules = useScheduleList<RecallRule>('/recall-rules')
  const types = useScheduleList<AppointmentType>('/appointment-types')
  const change = useSetupChange(rules.reload)
  const [editing, setEditing] = useState<RecallRule | null>(null)
  const failure = rules.error ?? types.error ?? change.error
  const typeName = (id: string | null) =>
    id === null
      ? t('scheduleSetup.recalls.anyVisit')
      : (types.items?.find((type) => type.id === id)?.name ?? '—')
  const every = (months: number) =>
    months === 1
      ? t('scheduleSetup.recalls.everyMonth')
      : t('scheduleSetup.recalls.every', { months: String(months) })

  const toggle = (rule: RecallRule) =>
    change.run(
      () =>
        api(`/schedule/recall-rules/${rule.id}`, {
          method: 'PATCH',
          body: { isActive: !rule.isActive },
        }),
      t(rule.isActive ? 'scheduleSetup.deactivated' : 'scheduleSetup.reactivated', {
        name: rule.name,
      }),
    )
  const add = async (values: RecallRuleValues) => {
    await api('/schedule/recall-rules', { method: 'POST', body: values })
    await change.done(t('scheduleSetup.added', { name: values.name }))
  }
  const save = async (rule: RecallRule, values: RecallRuleValues) => {
    await api(`/schedule/recall-rules/${rule.id}`, { method: 'PATCH', body: values })
    setEditing(null)
    await change.done(t('scheduleSetup.saved', { name: values.name }))
  }

  return (
    <>
      <section className="card" aria-labelledby="recalls-heading">
        <h2 id="recalls-heading">{t('scheduleSetup.tab.recalls')}</h2>
        <p className="muted">{t('scheduleSetup.recalls.intro')}</p>
        <StatusMessage>{change.status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {rules.items === null && failure === null && <p role="status">{t('app.loading')}</p>}
        {rules.items?.length === 0 && <p>{t('scheduleSetup.recalls.empty')}</p>}
        {rules.items && rules.items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('scheduleSetup.name')}</th>
                  <th scope="col">{t('scheduleSetup.recalls.interval')}</th>
                  <th scope="col">{t('scheduleSetup.recalls.after')}</th>
                  <th scope="col">{t('scheduleSetup.status')}</th>
                  {canConfigure && (
                    <th scope="col">
                      <span className="visually-hidden">{t('scheduleSetup.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rules.items.map((rule) => (
                  <tr key={rule.id} className={rule.isActive ? undefined : 'row-inactive'}>
                    <th scope="row">
                      <span className="cell-primary">{rule.name}</span>
                    </th>
                    <td>{every(rule.intervalMonths)}</td>
                    <td>{typeName(rule.afterTypeId)}</td>
                    <td>
                      <ActivePill isActive={rule.isActive} />
                    </td>
                    {canConfigure && (
                      <td className="cell-actions">
                        <RowActions
                          name={rule.name}
                          isActive={rule.isActive}
                          isSending={change.isSending}
                          onEdit={() => setEditing(rule)}
                          onToggleActive={() => void toggle(rule)}
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
      {canConfigure && types.items && (
        <section className="card section-gap" aria-labelledby="add-recall-heading">
          <h2 id="add-recall-heading">{t('scheduleSetup.recalls.addHeading')}</h2>
          <RecallRuleForm
            isAdding
            types={types.items}
            submitLabel={t('scheduleSetup.recalls.add')}
            onSubmit={add}
          />
        </section>
      )}
      <ModalDialog
        isOpen={editing !== null}
        title={t('scheduleSetup.editHeading', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <RecallRuleForm
            initial={editing}
            types={types.items ?? []}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => setEditing(null)}
            onSubmit={(values) => save(editing, values)}
          />
        )}
      </ModalDialog>
    </>
  )
}
