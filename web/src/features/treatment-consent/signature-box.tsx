import { type RefObject, useCallback, useId, useState } from 'react'
import type SignaturePad from 'signature_pad'
import { useT } from '../../i18n/use-t.ts'
import { SignatureCanvas } from '../plans/signature-canvas.tsx'

/**
 * The drawn-signature field of the consent and certificate screens: the plans' signing canvas
 * (imported, not copied), its hint, its error and a button to start again. The strings come from
 * the language around it, so on the patient's screen they are in the form's language.
 */
export function SignatureBox({
  padRef,
  error,
}: {
  padRef: RefObject<SignaturePad | null>
  error?: string | undefined
}) {
  const t = useT()
  const hintId = useId()
  const [hasSignature, setHasSignature] = useState(false)
  const onDraw = useCallback(() => setHasSignature(true), [])
  return (
    <fieldset
      name="signaturePng"
      className="signature-field"
      aria-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend>{t('treatmentConsent.signature')}</legend>
      <p id={hintId} className="field-hint">
        {t('treatmentConsent.signatureHint')}
      </p>
      <SignatureCanvas
        padRef={padRef}
        label={t('treatmentConsent.signatureArea')}
        describedBy={hintId}
        onDraw={onDraw}
      />
      {error && <p className="field-error">{error}</p>}
      <button
        type="button"
        className="button-secondary signing-clear"
        disabled={!hasSignature}
        onClick={() => {
          padRef.current?.clear()
          setHasSignature(false)
        }}
      >
        {t('treatmentConsent.clearSignature')}
      </button>
    </fieldset>
  )
}
