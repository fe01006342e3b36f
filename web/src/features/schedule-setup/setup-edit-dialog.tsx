import type { ReactNode } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ModalDialog } from '../../ui/modal-dialog.tsx'

/** The dialog that changes one set-up item, open while `editing` is not null. */
export function SetupEditDialog<T extends { name: string }>({
  editing,
  onClose,
  children,
}: {
  editing: T | null
  onClose: () => void
  /** The form, given the item being changed. */
  children: (item: T) => ReactNode
}) {
  const t = useT()
  return (
    <ModalDialog
      isOpen={editing !== null}
      title={t('scheduleSetup.editHeading', { name: editing?.name ?? '' })}
      onClose={onClose}
    >
      {editing && children(editing)}
    </ModalDialog>
  )
}
