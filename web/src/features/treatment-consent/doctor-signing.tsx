import { useRef } from 'react'
import type SignaturePad from 'signature_pad'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useForm } from '../../ui/use-form.ts'
import { FullScreenDialog } from './full-screen-dialog.tsx'
import { SignatureBox } from './signature-box.tsx'

/**
 * The doctor's signature on a consent form or a certificate: what is signed, a statement, the
 * drawn signature, then `onSign` with the PNG data URL. In the staff member's own language.
 */
export function DoctorSigning(props: {
  isOpen: boolean
  heading: string
  statement: string | null
  children?: React.ReactNode
  onClose: () => void
  onSign: (signaturePng: string) => Promise<void>
}) {
  return (
    <FullScreenDialog isOpen={props.isOpen} heading={props.heading} onClose={props.onClose}>
      <DoctorSigningForm {...props} />
    </FullScreenDialog>
  )
}

function DoctorSigningForm({
  statement,
  children,
  onClose,
  onSign,
}: Parameters<typeof DoctorSigning>[0]) {
  const t = useT()
  const form = useForm()
  const pad = useRef<SignaturePad | null>(null)
  const validate = (): Record<string, string> =>
    !pad.current || pad.current.isEmpty()
      ? { signaturePng: t('treatmentConsent.signatureRequired') }
      : {}
  const send = () => onSign(pad.current?.toDataURL('image/png') ?? '')
  return (
    <form
      ref={form.ref}
      noValidate
      className="signing-form"
      onSubmit={form.handleSubmit(send, validate)}
    >
      {children}
      {statement && <p className="signing-declaration">{statement}</p>}
      <ErrorAlert>{form.formError}</ErrorAlert>
      <SignatureBox padRef={pad} error={form.errorFor('signaturePng')} />
      <div className="button-row signing-actions">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('treatmentConsent.countersign')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
