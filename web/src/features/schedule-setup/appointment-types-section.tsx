import {
  type AppointmentType,
  AppointmentTypeSchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { AppointmentTypeForm, type AppointmentTypeValues } from './appointment-type-form.tsx'
import { SetupEditDialog } from './setup-edit-dialog.tsx'
import { SetupItemRow } from './setup-item-row.tsx'
import { SetupListSection } from './setup-list-section.tsx'
import { useSetupItems } from './use-setup-items.ts'

/** What appointments are for: name, usual length and colour on the calendar. */
export function AppointmentTypesSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const types = useSetupItems<AppointmentType, AppointmentTypeValues>(
    '/appointment-types',
    AppointmentTypeSchema,
  )

  return (
    <SetupListSection
      headingId="types-heading"
      title={t('scheduleSetup.tab.types')}
      intro={t('scheduleSetup.types.intro')}
      emptyText={t('scheduleSetup.types.empty')}
      columns={[
        t('scheduleSetup.name'),
        t('scheduleSetup.types.length'),
        t('scheduleSetup.status'),
      ]}
      items={types.list.items}
      failure={types.list.error ?? types.change.error}
      status={types.change.status}
      canConfigure={canConfigure}
      renderRow={(type) => (
        <SetupItemRow
          item={type}
          canConfigure={canConfigure}
          {...types.actionsFor(type)}
          primary={
            <>
              {/* The colour only repeats what the name says, as on the calendar. */}
              <span
                className="colour-swatch"
                style={{ backgroundColor: type.colour }}
                aria-hidden="true"
              />
              {type.name}
            </>
          }
          cells={
            <td>
              {t('scheduleSetup.types.lengthValue', { minutes: String(type.defaultMinutes) })}
            </td>
          }
        />
      )}
      add={{
        headingId: 'add-type-heading',
        heading: t('scheduleSetup.types.addHeading'),
        form: (
          <AppointmentTypeForm
            isAdding
            submitLabel={t('scheduleSetup.types.add')}
            onSubmit={types.add}
          />
        ),
      }}
    >
      <SetupEditDialog editing={types.editing} onClose={() => types.setEditing(null)}>
        {(editing) => (
          <AppointmentTypeForm
            initial={editing}
            submitLabel={t('scheduleSetup.saveChanges')}
            onCancel={() => types.setEditing(null)}
            onSubmit={(values) => types.save(editing, values)}
          />
        )}
      </SetupEditDialog>
    </SetupListSection>
  )
}
