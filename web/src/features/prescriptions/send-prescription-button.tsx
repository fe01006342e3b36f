import { can } from '../../../../shared/contracts/auth.ts'
import type { Prescription } from '../../../../shared/contracts/prescriptions.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { SendDocumentButton } from '../messaging/send-document-button.tsx'

/**
 * "Send to patient" on an issued prescription: the PDF as issued. Shown to those who read the
 * clinical record (clinical.read); the server also asks that the patient be on their care team,
 * as for reading the prescription at all.
 */
export function SendPrescriptionButton({ prescription }: { prescription: Prescription }) {
  const t = useT()
  const me = useMe()
  if (prescription.status !== 'issued' || !can(me, 'clinical.read')) return null
  return (
    <SendDocumentButton
      what="prescription"
      id={prescription.id}
      label={t('prescriptions.sendToPatient')}
    />
  )
}
