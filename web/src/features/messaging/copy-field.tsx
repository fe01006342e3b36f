import { useId, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'

/**
 * A value to paste elsewhere (a webhook address, a verify token): shown read-only, so it can
 * also be selected by hand, with a Copy button. The clipboard API exists only on https and
 * localhost; a clinic server reached over plain http on its LAN falls back to the older copy
 * command, and failing that asks the person to copy the selected text.
 */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null)

  const copy = async () => {
    setOutcome(null)
    try {
      if (navigator.clipboard) await navigator.clipboard.writeText(value)
      else if (!copyBySelecting(inputRef.current)) throw new Error('copy refused')
      setOutcome('copied')
    } catch {
      inputRef.current?.select()
      setOutcome('failed')
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input
          ref={inputRef}
          id={id}
          value={value}
          readOnly
          spellCheck={false}
          aria-describedby={`${id}-copied`}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button-secondary"
          aria-label={t('sender.copyNamed', { what: label })}
          onClick={copy}
        >
          {t('sender.copy')}
        </button>
      </div>
      <p id={`${id}-copied`} role="status" className="field-hint">
        {outcome === 'copied'
          ? t('sender.copied')
          : outcome === 'failed'
            ? t('sender.copyFailed')
            : null}
      </p>
    </div>
  )
}

function copyBySelecting(input: HTMLInputElement | null): boolean {
  if (!input) return false
  input.select()
  // Note: execCommand is deprecated, but it is the only copy without the clipboard API (http).
  return document.execCommand('copy')
}
