import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type SignaturePad from 'signature_pad'
import type { Estimate, NewAcceptance, Plan } from '../../../../shared/contracts/plans.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { EstimateTable } from './estimate-table.tsx'
import { planPath } from './plan-api.ts'
import { SignatureCanvas } from './signature-canvas.tsx'

export interface SigningScreenProps {
  isOpen: boolean
  patientId: string
  plan: Plan
  /** The estimate on screen: its SHA-256 goes with the signature, so a changed plan is refused. */
  estimate: Estimate
  onClose: () => void
  onAccepted: () => Promise<void>
}

/**
 * The screen handed to the patient on the tablet: the estimate in large type, the declaration,
 * who signs (the patient, or a guardian for a minor, by name), the signature drawn with a finger,
 * and "Accept and sign". A native modal dialog filling the screen: the rest of the app is inert
 * behind it, and Escape (or Cancel) hands the tablet back without accepting anything.
 */
export function SigningScreen(props: SigningScreenProps) {
  const { isOpen, onClose } = props
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (isOpen && !dialog.open) dialog.showModal()
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])
  return (
    <dialog ref={ref} className="signing-screen" aria-labelledby={titleId} onClose={onClose}>
      {isOpen && (
        <>
          <h2 id={titleId}>{t('plans.signHeading', { title: props.plan.title })}</h2>
          <SigningForm {...props} />
        </>
      )}
    </dialog>
  )
}

function SigningForm({ patientId, plan, estimate, onClose, onAccepted }: SigningScreenProps) {
  const t = useT()
  const form = useForm()
  const pad = useRef<SignaturePad | null>(null)
  const hintId = useId()
  const [signedBy, setSignedBy] = useState<'patient' | 'guardian'>('patient')
  const [guardianName, setGuardianName] = useState('')
  const [hasSignature, setHasSignature] = useState(false)
  const onDraw = useCallback(() => setHasSignature(true), [])

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (signedBy === 'guardian' && guardianName.trim() === '') {
      errors.guardianName = t('plans.guardianNameRequired')
    }
    if (!pad.current || pad.current.isEmpty()) errors.signaturePng = t('plans.signatureRequired')
    return errors
  }
  const send = async () => {
    const signaturePng = pad.current?.toDataURL('image/png') ?? ''
    const body: NewAcceptance = {
      signedBy,
      ...(signedBy === 'guardian' ? { guardianName: guardianName.trim() } : {}),
      signaturePng,
      estimateSha256: estimate.documentSha256,
      language: estimate.language,
    }
    await api(`${planPath(patientId, plan.id)}/acceptance`, { method: 'POST', body })
    await onAccepted()
  }
  return (
    <form
      ref={form.ref}
      noValidate
      className="signing-form"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <EstimateTable estimate={estimate} isLarge />
      <p className="signing-declaration">
        {t('plans.declaration', { total: formatPaise(estimate.totals.totalPaise) })}
      </p>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <RadioGroupField
        legend={t('plans.signedBy')}
        name="signedBy"
        value={signedBy}
        isInline
        options={[
          { value: 'patient', label: t('plans.signedBy.patient') },
          { value: 'guardian', label: t('plans.signedBy.guardian') },
        ]}
        onChange={(value) => setSignedBy(value as 'patient' | 'guardian')}
        error={form.errorFor('signedBy')}
      />
      {signedBy === 'guardian' && (
        <TextField
          label={t('plans.guardianName')}
          name="guardianName"
          value={guardianName}
          onChange={setGuardianName}
          error={form.errorFor('guardianName')}
          maxLength={120}
          autoComplete="off"
        />
      )}
      <fieldset
        name="signaturePng"
        className="signature-field"
        aria-invalid={form.errorFor('signaturePng') ? true : undefined}
        tabIndex={-1}
      >
        <legend>{t('plans.signature')}</legend>
        <p id={hintId} className="field-hint">
          {t('plans.signatureHint')}
        </p>
        <SignatureCanvas
          padRef={pad}
          label={t('plans.signatureArea')}
          describedBy={hintId}
          onDraw={onDraw}
        />
        {form.errorFor('signaturePng') && (
          <p className="field-error">{form.errorFor('signaturePng')}</p>
        )}
        <button
          type="button"
          className="button-secondary signing-clear"
          disabled={!hasSignature}
          onClick={() => {
            pad.current?.clear()
            setHasSignature(false)
          }}
        >
          {t('plans.clearSignature')}
        </button>
      </fieldset>
      <div className="button-row signing-actions">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('plans.acceptAndSign')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
