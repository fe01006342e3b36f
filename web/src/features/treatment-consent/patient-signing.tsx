import { useRef, useState } from 'react'
import type SignaturePad from 'signature_pad'
import type {
  ConsentForm,
  PatientSignature,
} from '../../../../shared/contracts/treatment-consent.ts'
import { ScopedLanguage } from '../../i18n/scoped-language.tsx'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { consentPath } from './consent-api.ts'
import { FullScreenDialog } from './full-screen-dialog.tsx'
import { SignatureBox } from './signature-box.tsx'

interface PatientSigningProps {
  isOpen: boolean
  patientId: string
  form: ConsentForm
  onClose: () => void
  onSigned: () => Promise<void>
}

/**
 * The screen handed to the patient on the tablet, in the form's language (whatever the staff
 * member's own): the text to read in large type, who signs (the patient, or a parent or guardian
 * by name and relationship) and the signature drawn with a finger.
 */
export function PatientSigning(props: PatientSigningProps) {
  return (
    <ScopedLanguage language={props.form.language}>
      <FullScreenDialog isOpen={props.isOpen} heading={props.form.title} onClose={props.onClose}>
        <SigningForm {...props} />
      </FullScreenDialog>
    </ScopedLanguage>
  )
}

function SigningForm({ patientId, form: consent, onClose, onSigned }: PatientSigningProps) {
  const t = useT()
  const form = useForm()
  const pad = useRef<SignaturePad | null>(null)
  const [signedBy, setSignedBy] = useState<'patient' | 'guardian'>('patient')
  const [guardianName, setGuardianName] = useState('')
  const [relationship, setRelationship] = useState('')

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (signedBy === 'guardian' && guardianName.trim() === '') {
      errors.guardianName = t('treatmentConsent.guardianNameRequired')
    }
    if (signedBy === 'guardian' && relationship.trim() === '') {
      errors.guardianRelationship = t('treatmentConsent.relationshipRequired')
    }
    if (!pad.current || pad.current.isEmpty()) {
      errors.signaturePng = t('treatmentConsent.signatureRequired')
    }
    return errors
  }
  const send = async () => {
    const body: PatientSignature = {
      signedBy,
      ...(signedBy === 'guardian'
        ? { guardianName: guardianName.trim(), guardianRelationship: relationship.trim() }
        : {}),
      signaturePng: pad.current?.toDataURL('image/png') ?? '',
    }
    await api(`${consentPath(patientId, consent.id)}/sign-patient`, { method: 'POST', body })
    await onSigned()
  }
  return (
    <form
      ref={form.ref}
      noValidate
      className="signing-form"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <p className="signing-declaration">{t('treatmentConsent.readAndSign')}</p>
      <div className="consent-text" lang={consent.language}>
        {consent.body}
      </div>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <RadioGroupField
        legend={t('treatmentConsent.signedBy')}
        name="signedBy"
        value={signedBy}
        isInline
        options={[
          { value: 'patient', label: t('treatmentConsent.signedBy.patient') },
          { value: 'guardian', label: t('treatmentConsent.signedBy.guardian') },
        ]}
        onChange={(value) => setSignedBy(value as 'patient' | 'guardian')}
        error={form.errorFor('signedBy')}
      />
      {signedBy === 'guardian' && (
        <>
          <TextField
            label={t('treatmentConsent.guardianName')}
            name="guardianName"
            value={guardianName}
            onChange={setGuardianName}
            error={form.errorFor('guardianName')}
            maxLength={120}
            autoComplete="off"
          />
          <TextField
            label={t('treatmentConsent.guardianRelationship')}
            name="guardianRelationship"
            value={relationship}
            onChange={setRelationship}
            error={form.errorFor('guardianRelationship')}
            maxLength={40}
            autoComplete="off"
          />
        </>
      )}
      <SignatureBox padRef={pad} error={form.errorFor('signaturePng')} />
      <div className="button-row signing-actions">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('treatmentConsent.agreeAndSign')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
