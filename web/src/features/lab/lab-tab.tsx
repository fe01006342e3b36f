import { can } from '../../../../shared/contracts/auth.ts'
import { LabCaseListSchema, LabListSchema } from '../../../../shared/contracts/lab.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { CaseActions } from './case-actions.tsx'
import { CaseTable } from './case-table.tsx'
import { BOARD_PATH, LABS_PATH, patientCasesPath } from './lab-api.ts'
import { RemakeDialog } from './remake-dialog.tsx'
import { SendCaseForm } from './send-case-form.tsx'
import { useCaseSteps } from './use-case-steps.ts'
import './lab.css'

/**
 * The patient's lab work: send a case (lab.manage: assistants too, on the care team), and mark
 * cases received and fitted. Reading the list is recorded in the audit log, once per opening.
 */
export function LabTab({ patientId, onStatus }: ClinicalTabProps) {
  const t = useT()
  const me = useMe()
  const cache = useApiCache()
  const canManage = can(me, 'lab.manage')
  const path = patientCasesPath(patientId)
  const read = useApiQuery(path, { schema: LabCaseListSchema, isAuditedRead: true })
  const labs = useApiQuery(canManage ? LABS_PATH : null, { schema: LabListSchema })
  const steps = useCaseSteps(onStatus)

  return (
    <section className="card section-gap lab" aria-labelledby="lab-heading">
      <h2 id="lab-heading">{t('lab.heading')}</h2>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      <ErrorAlert>{steps.error}</ErrorAlert>
      {!read.data && read.error == null && <p role="status">{t('app.loading')}</p>}
      {read.data?.cases.length === 0 && <p className="muted">{t('lab.empty')}</p>}
      {read.data && read.data.cases.length > 0 && (
        <CaseTable
          caption={t('lab.heading')}
          cases={read.data.cases}
          isPatientShown={false}
          isOverdueShown
          {...(canManage
            ? {
                actions: (row) => (
                  <CaseActions row={row} isBusy={steps.busyId === row.id} {...steps} />
                ),
              }
            : {})}
        />
      )}
      {canManage && (
        <SendCaseForm
          patientId={patientId}
          labs={labs.data?.labs ?? []}
          onSending={() => onStatus(null)}
          onSent={async () => {
            await Promise.all([cache.invalidate(path), cache.invalidate(BOARD_PATH)])
            onStatus(t('lab.sent'))
          }}
        />
      )}
      <RemakeDialog row={steps.remaking} onClose={steps.closeRemake} onRemake={steps.remake} />
    </section>
  )
}
