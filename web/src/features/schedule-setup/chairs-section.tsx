import { type Chair, ChairSchema } from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { ChairForm } from './chair-form.tsx'
import { SetupEditDialog } from './setup-edit-dialog.tsx'
import { SetupItemRow } from './setup-item-row.tsx'
import { SetupListSection } from './setup-list-section.tsx'
import { useSetupItems } from './use-setup-items.ts'

/** The chairs (operatories) appointments are booked in: list, add, rename, take out of use. */
export function ChairsSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const chairs = useSetupItems<Chair, { name: string }>('/chairs', ChairSchema)

  return (
    <SetupListSection
      headingId="chairs-heading"
      title={t('scheduleSetup.tab.chairs')}
      intro={t('scheduleSetup.chairs.intro')}
      emptyText={t('scheduleSetup.chairs.empty')}
      columns={[t('scheduleSetup.name'), t('scheduleSetup.status')]}
      items={chairs.list.items}
      failure={chairs.list.error ?? chairs.change.error}
      status={chairs.change.status}
      canConfigure={canConfigure}
      renderRow={(chair) => (
        <SetupItemRow item={chair} canConfigure={canConfigure} {...chairs.actionsFor(chair)} />
      )}
      add={{
        headingId: 'add-chair-heading',
        heading: t('scheduleSetup.chairs.addHeading'),
        form: (
          <ChairForm
            isAdding
            submitLabel={t('scheduleSetup.chairs.add')}
            onSubmit={(name) => chairs.add({ name })}
          />
        ),
      }}
    >
      <SetupEditDialog editing={chairs.editing} onClose={() => chairs.setEditing(null)}>
        {(renaming) => (
          <ChairForm
            initialName={renaming.name}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => chairs.setEditing(null)}
            onSubmit={(name) => chairs.save(renaming, { name })}
          />
        )}
      </SetupEditDialog>
    </SetupListSection>
  )
}
