import { useT } from '../i18n/use-t.ts'

/** A form's Cancel: a secondary button that sends nothing. */
export function CancelButton({ onClick }: { onClick: () => void }) {
  const t = useT()
  return (
    <button type="button" className="button-secondary" onClick={onClick}>
      {t('form.cancel')}
    </button>
  )
}
