import { useState } from 'react'
import {
  type FormularyDrug,
  FormularyDrugSchema,
  type NewClinicDrug,
} from '../../../../shared/contracts/formulary.ts'
import { ROUTE_WORDS } from '../../../../shared/prescriptions/words.ts'
import { useLanguage } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { ScrollRegion } from '../../ui/scroll-region.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { clinicDrugDraft, isDrugCategory } from './clinic-drug-draft.ts'
import { ClinicDrugForm } from './clinic-drug-form.tsx'
import { classLabel, presentationsText } from './drug-words.ts'
import { CLINIC_DRUGS, useClinicDrugs, useFormularyRefresh } from './formulary-api.ts'

/** The item's id in the API's paths: its code is 'clinic:<uuid>'. */
const idOf = (drug: FormularyDrug) => drug.code.replace(/^clinic:/, '')

export interface ClinicDrugsPanelProps {
  canWrite: boolean
}

/**
 * The clinic's own medicines (issue #13 §1): items the master lacks, offered in the pad's
 * type-ahead beside it. Archived items are kept (old prescriptions name them) but no longer
 * offered; they are listed apart, where one archived by mistake can be restored.
 */
export function ClinicDrugsPanel({ canWrite }: ClinicDrugsPanelProps) {
  const { t } = useLanguage()
  const list = useClinicDrugs()
  const refresh = useFormularyRefresh()
  const [editing, setEditing] = useState<FormularyDrug | 'new' | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [isSending, setSending] = useState(false)
  const drugs = list.data?.drugs ?? []
  const live = drugs.filter((drug) => !drug.isArchived)
  const archivedOnly = drugs.filter((drug) => drug.isArchived)

  const save = async (body: NewClinicDrug) => {
    const isNew = editing === 'new'
    const saved = await api(
      isNew ? CLINIC_DRUGS : `${CLINIC_DRUGS}/${idOf(editing as FormularyDrug)}`,
      {
        method: isNew ? 'POST' : 'PATCH',
        body,
        schema: FormularyDrugSchema,
      },
    )
    setEditing(null)
    await refresh(CLINIC_DRUGS)
    setStatus(t(isNew ? 'formulary.drugAdded' : 'formulary.drugSaved', { name: saved.generic }))
  }
  const setArchived = async (drug: FormularyDrug, isArchived: boolean) => {
    setSending(true)
    setFailure(null)
    try {
      const saved = await api(`${CLINIC_DRUGS}/${idOf(drug)}`, {
        method: 'PATCH',
        body: { isArchived },
        schema: FormularyDrugSchema,
      })
      await refresh(CLINIC_DRUGS)
      setStatus(
        t(isArchived ? 'formulary.drugArchived' : 'formulary.drugRestored', {
          name: saved.generic,
        }),
      )
    } catch (error) {
      setFailure(error)
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="card" aria-labelledby="formulary-clinic-drugs">
      <h2 id="formulary-clinic-drugs">{t('formulary.clinicDrugsHeading')}</h2>
      <p className="muted">{t('formulary.clinicDrugsIntro')}</p>
      {canWrite && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('new')}>
            {t('formulary.addDrug')}
          </button>
        </div>
      )}
      <StatusMessage>{status}</StatusMessage>
      {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
      {list.error != null && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
      {list.isPending && <p role="status">{t('app.loading')}</p>}
      {list.data && live.length === 0 && <p className="muted">{t('formulary.noClinicDrugs')}</p>}
      {live.length > 0 && (
        <DrugTable
          label={t('formulary.activeDrugs')}
          drugs={live}
          canWrite={canWrite}
          isSending={isSending}
          onEdit={setEditing}
          onArchive={(drug) => void setArchived(drug, true)}
        />
      )}
      {archivedOnly.length > 0 && (
        <>
          <h3 id="formulary-archived">{t('formulary.archivedDrugs')}</h3>
          <p className="muted">{t('formulary.archivedHint')}</p>
          <DrugTable
            label={t('formulary.archivedDrugs')}
            drugs={archivedOnly}
            canWrite={canWrite}
            isSending={isSending}
            onEdit={setEditing}
            onArchive={(drug) => void setArchived(drug, false)}
          />
        </>
      )}
      <ModalDialog
        isOpen={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('formulary.addDrug')
            : t('formulary.editDrug', { name: editing.generic })
        }
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <ClinicDrugForm
            key={editing === 'new' ? 'new' : editing.code}
            initial={clinicDrugDraft(editing === 'new' ? undefined : editing)}
            submitLabel={t(editing === 'new' ? 'formulary.addDrug' : 'formulary.save')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
    </section>
  )
}

interface DrugTableProps {
  label: string
  drugs: readonly FormularyDrug[]
  canWrite: boolean
  isSending: boolean
  onEdit: (drug: FormularyDrug) => void
  /** Archives a live item, restores an archived one. */
  onArchive: (drug: FormularyDrug) => void
}

function DrugTable({ label, drugs, canWrite, isSending, onEdit, onArchive }: DrugTableProps) {
  const { t, language } = useLanguage()
  return (
    <ScrollRegion label={label}>
      <table className="data-table formulary-clinic-drugs">
        <thead>
          <tr>
            <th scope="col">{t('formulary.column.medicine')}</th>
            <th scope="col">{t('formulary.column.forms')}</th>
            <th scope="col">{t('formulary.column.routes')}</th>
            <th scope="col">{t('formulary.column.schedule')}</th>
            <th scope="col">{t('formulary.column.category')}</th>
            {canWrite && (
              <th scope="col">
                <span className="visually-hidden">{t('formulary.column.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {drugs.map((drug) => (
            <tr key={drug.code} className={drug.isArchived ? 'row-inactive' : undefined}>
              <th scope="row">
                <span className="cell-primary">{drug.generic}</span>
                {drug.isArchived && (
                  <span className="pill pill-muted pill-inline">
                    {t('formulary.archivedBadge')}
                  </span>
                )}
                {drug.classes.length > 0 && (
                  <span className="muted formulary-classes">
                    {drug.classes.map(classLabel).join(', ')}
                  </span>
                )}
              </th>
              <td>{presentationsText(drug, language)}</td>
              <td>{drug.routes.map((route) => ROUTE_WORDS[language][route]).join(', ')}</td>
              <td>{t(`formulary.schedule.${drug.schedule}`)}</td>
              <td>
                {isDrugCategory(drug.category)
                  ? t(`formulary.category.${drug.category}`)
                  : drug.category}
              </td>
              {canWrite && (
                <td className="cell-actions">
                  <div className="button-row button-row-tight">
                    {!drug.isArchived && (
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('formulary.editLabel', { name: drug.generic })}
                        onClick={() => onEdit(drug)}
                      >
                        {t('formulary.edit')}
                      </button>
                    )}
                    <button
                      type="button"
                      className={
                        drug.isArchived
                          ? 'button-secondary button-small'
                          : 'button-danger-quiet button-small'
                      }
                      aria-label={t(
                        drug.isArchived ? 'formulary.restoreLabel' : 'formulary.archiveLabel',
                        { name: drug.generic },
                      )}
                      disabled={isSending}
                      onClick={() => onArchive(drug)}
                    >
                      {t(drug.isArchived ? 'formulary.restore' : 'formulary.archive')}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
