import type { Acceptance } from '../../../../shared/contracts/plans.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'

/** Who accepted which version, when, witnessed by whom, and the signed document to open. */
export function AcceptanceSummary({ acceptance }: { acceptance: Acceptance }) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const signer =
    acceptance.signedBy === 'guardian' && acceptance.guardianName
      ? t('plans.acceptedByGuardian', { name: acceptance.guardianName })
      : t('plans.acceptedByPatient')
  return (
    <p className="plan-acceptance">
      {t('plans.acceptedLine', {
        version: String(acceptance.planVersion),
        signer,
        at: formatDateTime(acceptance.acceptedAt, zone),
        witness: acceptance.witnessName,
      })}{' '}
      <a
        href={`/api/v1/documents/${acceptance.signedDocumentId}/content`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('plans.openSigned')}
      </a>
    </p>
  )
}
