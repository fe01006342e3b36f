import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import {
  LAB_CASE_STATUSES,
  LabCaseListSchema,
  LabListSchema,
} from '../../../../shared/contracts/lab.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { CaseActions } from './case-actions.tsx'
import { CaseTable } from './case-table.tsx'
import { BOARD_PATH, LABS_PATH, statusKey } from './lab-api.ts'
import { LabsSection } from './labs-section.tsx'
import { RemakeDialog } from './remake-dialog.tsx'
import { useCaseSteps } from './use-case-steps.ts'
import './lab.css'

/**
 * /lab: the lab case board. Overdue cases first (still at the lab and due before the clinic's
 * today, with how many days), then the cases by status and lab, then the clinic's labs. Doctors
 * and assistants see their care teams' patients' cases (the database limits the rows).
 */
export function LabBoardPage() {
  const t = useT()
  const me = useMe()
  const canManage = can(me, 'lab.manage')
  const [status, setStatus] = useState<string | null>(null)
  const [params, setParams] = useSearchParams()
  // Filters live in the address (?status=received&lab=…), so a view can be bookmarked; the
  // board itself is one read, filtered here.
  const shown = params.get('status') ?? ''
  const labId = params.get('lab') ?? ''
  const read = useApiQuery(BOARD_PATH, { schema: LabCaseListSchema })
  const labs = useApiQuery(LABS_PATH, { schema: LabListSchema })
  const steps = useCaseSteps(setStatus)
  const all = read.data?.cases ?? []
  const ofLab = labId === '' ? all : all.filter((row) => row.labId === labId)
  const overdue = ofLab.filter((row) => row.daysOverdue !== null)
  const listed = ofLab.filter((row) =>
    shown === '' ? row.status === 'sent' || row.status === 'received' : row.status === shown,
  )
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value === '') next.delete(name)
    else next.set(name, value)
    setParams(next, { replace: true })
  }
  const actions = canManage
    ? {
        actions: (row: (typeof all)[number]) => (
          <CaseActions row={row} isBusy={steps.busyId === row.id} {...steps} />
        ),
      }
    : {}

  return (
    <section className="page page-wide lab-board" aria-labelledby="page-heading">
      <PageHeader title={t('lab.board.title')} intro={t('lab.board.intro')} />
      <StatusMessage>{status}</StatusMessage>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      <ErrorAlert>{steps.error}</ErrorAlert>
      {!read.data && read.error == null && <p role="status">{t('app.loading')}</p>}
      {read.data && (
        <>
          <p className="muted">{t('lab.board.today', { date: formatDate(read.data.today) })}</p>
          <section className="card section-gap" aria-labelledby="lab-overdue-heading">
            <h2 id="lab-overdue-heading">{t('lab.board.overdueHeading')}</h2>
            {overdue.length === 0 ? (
              <p className="muted">{t('lab.board.overdueEmpty')}</p>
            ) : (
              <CaseTable
                caption={t('lab.board.overdueHeading')}
                cases={overdue}
                isPatientShown
                isOverdueShown
                {...actions}
              />
            )}
          </section>
          <section className="card section-gap" aria-labelledby="lab-cases-heading">
            <h2 id="lab-cases-heading">{t('lab.board.casesHeading')}</h2>
            <div className="lab-filters">
              <label>
                {t('lab.board.statusFilter')}{' '}
                <select
                  name="status"
                  value={shown}
                  onChange={(event) => setFilter('status', event.target.value)}
                >
                  <option value="">{t('lab.board.open')}</option>
                  {LAB_CASE_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {t(statusKey(value))}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('lab.board.labFilter')}{' '}
                <select
                  name="lab"
                  value={labId}
                  onChange={(event) => setFilter('lab', event.target.value)}
                >
                  <option value="">{t('lab.board.allLabs')}</option>
                  {(labs.data?.labs ?? []).map((lab) => (
                    <option key={lab.id} value={lab.id}>
                      {lab.name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {listed.length === 0 ? (
              <p className="muted">{t('lab.board.empty')}</p>
            ) : (
              <CaseTable
                caption={t('lab.board.casesHeading')}
                cases={listed}
                isPatientShown
                {...actions}
              />
            )}
          </section>
        </>
      )}
      <LabsSection canManage={canManage} onStatus={setStatus} />
      <RemakeDialog row={steps.remaking} onClose={steps.closeRemake} onRemake={steps.remake} />
    </section>
  )
}
