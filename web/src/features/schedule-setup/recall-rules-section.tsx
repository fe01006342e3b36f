import {
  AppointmentTypeSchema,
  type RecallRule,
  RecallRuleSchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { RecallRuleForm, type RecallRuleValues } from './recall-rule-form.tsx'
import { SetupEditDialog } from './setup-edit-dialog.tsx'
import { SetupItemRow } from './setup-item-row.tsx'
import { SetupListSection } from './setup-list-section.tsx'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupItems } from './use-setup-items.ts'

/** When patients are due back: so many months after any visit, or after one kind of appointment. */
export function RecallRulesSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const rules = useSetupItems<RecallRule, RecallRuleValues>('/recall-rules', RecallRuleSchema)
  const types = useScheduleList('/appointment-types', AppointmentTypeSchema)
  const typeName = (id: string | null) =>
    id === null
      ? t('scheduleSetup.recalls.anyVisit')
      : (types.items?.find((type) => type.id === id)?.name ?? '—')
  const every = (months: number) =>
    months === 1
      ? t('scheduleSetup.recalls.everyMonth')
      : t('scheduleSetup.recalls.every', { months: String(months) })

  return (
    <SetupListSection
      headingId="recalls-heading"
      title={t('scheduleSetup.tab.recalls')}
      intro={t('scheduleSetup.recalls.intro')}
      emptyText={t('scheduleSetup.recalls.empty')}
      columns={[
        t('scheduleSetup.name'),
        t('scheduleSetup.recalls.interval'),
        t('scheduleSetup.recalls.after'),
        t('scheduleSetup.status'),
      ]}
      items={rules.list.items}
      failure={rules.list.error ?? types.error ?? rules.change.error}
      status={rules.change.status}
      canConfigure={canConfigure}
      renderRow={(rule) => (
        <SetupItemRow
          item={rule}
          canConfigure={canConfigure}
          {...rules.actionsFor(rule)}
          cells={
            <>
              <td>{every(rule.intervalMonths)}</td>
              <td>{typeName(rule.afterTypeId)}</td>
            </>
          }
        />
      )}
      add={
        types.items && {
          headingId: 'add-recall-heading',
          heading: t('scheduleSetup.recalls.addHeading'),
          form: (
            <RecallRuleForm
              isAdding
              types={types.items}
              submitLabel={t('scheduleSetup.recalls.add')}
              onSubmit={rules.add}
            />
          ),
        }
      }
    >
      <SetupEditDialog editing={rules.editing} onClose={() => rules.setEditing(null)}>
        {(editing) => (
          <RecallRuleForm
            initial={editing}
            types={types.items ?? []}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => rules.setEditing(null)}
            onSubmit={(values) => rules.save(editing, values)}
          />
        )}
      </SetupEditDialog>
    </SetupListSection>
  )
}
