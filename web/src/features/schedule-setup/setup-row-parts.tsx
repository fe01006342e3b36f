import { useT } from '../../i18n/use-t.ts'

/** In use or not, in words (the row's grey text is only a second signal). */
export function ActivePill({ isActive }: { isActive: boolean }) {
  const t = useT()
  return (
    <span className={isActive ? 'pill pill-good' : 'pill pill-muted'}>
      {isActive ? t('scheduleSetup.active') : t('scheduleSetup.inactive')}
    </span>
  )
}

export interface RowActionsProps {
  name: string
  isActive: boolean
  isSending: boolean
  onEdit: () => void
  onToggleActive: () => void
}

/** Change, and take out of use or put back: each button names the row it acts on. */
export function RowActions({ name, isActive, isSending, onEdit, onToggleActive }: RowActionsProps) {
  const t = useT()
  return (
    <div className="button-row button-row-tight">
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t('scheduleSetup.editLabel', { name })}
        onClick={onEdit}
      >
        {t('scheduleSetup.edit')}
      </button>
      <button
        type="button"
        className={isActive ? 'button-danger-quiet button-small' : 'button-secondary button-small'}
        aria-label={t(
          isActive ? 'scheduleSetup.deactivateLabel' : 'scheduleSetup.reactivateLabel',
          { name },
        )}
        disabled={isSending}
        onClick={onToggleActive}
      >
        {t(isActive ? 'scheduleSetup.deactivate' : 'scheduleSetup.reactivate')}
      </button>
    </div>
  )
}
