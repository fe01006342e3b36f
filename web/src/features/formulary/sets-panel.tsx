import { useState } from 'react'
import {
  type NewPrescriptionSet,
  type PrescriptionSet,
  PrescriptionSetSchema,
} from '../../../../shared/contracts/formulary.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { usePrescriptionSets } from '../prescriptions/prescription-api.ts'
import { SETS, useFormularyRefresh } from './formulary-api.ts'
import { draftOfLine } from './line-draft.ts'
import { LineSummary } from './line-summary.tsx'
import { nextLineKey, type SetDraft, SetForm } from './set-form.tsx'

const draftOfSet = (set: PrescriptionSet | 'new'): SetDraft =>
  set === 'new'
    ? { name: '', lines: [] }
    : {
        name: set.name,
        lines: set.lines.map((line) => ({ key: nextLineKey(), draft: draftOfLine(line) })),
      }

/**
 * The clinic's per-diagnosis sets (issue #13 §2): one pick on the pad adds all their lines.
 * Every clinical role reads them; clinical.write changes them (the server decides; the
 * controls are only shown to those it allows).
 */
export function SetsPanel({ canWrite }: { canWrite: boolean }) {
  const t = useT()
  const list = usePrescriptionSets()
  const refresh = useFormularyRefresh()
  const [editing, setEditing] = useState<PrescriptionSet | 'new' | null>(null)
  const [removing, setRemoving] = useState<PrescriptionSet | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const sets = list.data?.sets ?? []

  const save = async (body: NewPrescriptionSet) => {
    const isNew = editing === 'new'
    const saved = await api(isNew ? SETS : `${SETS}/${editing?.id}`, {
      method: isNew ? 'POST' : 'PUT',
      body,
      schema: PrescriptionSetSchema,
    })
    setEditing(null)
    await refresh(SETS)
    setStatus(t(isNew ? 'formulary.setAdded' : 'formulary.setSaved', { name: saved.name }))
  }
  const remove = async (set: PrescriptionSet) => {
    await api(`${SETS}/${set.id}`, { method: 'DELETE' })
    await refresh(SETS)
    setStatus(t('formulary.setRemoved', { name: set.name }))
  }

  return (
    <section className="card" aria-labelledby="formulary-sets">
      <h2 id="formulary-sets">{t('formulary.setsHeading')}</h2>
      <p className="muted">{t('formulary.setsIntro')}</p>
      {!canWrite && <p className="alert alert-info">{t('formulary.setsReadOnly')}</p>}
      {canWrite && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('new')}>
            {t('formulary.addSet')}
          </button>
        </div>
      )}
      <StatusMessage>{status}</StatusMessage>
      {list.error != null && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
      {list.isPending && <p role="status">{t('app.loading')}</p>}
      {list.data && sets.length === 0 && <p className="muted">{t('formulary.noSets')}</p>}
      <ul className="formulary-sets">
        {sets.map((set) => (
          <li key={set.id} className="formulary-set">
            <h3 id={`set-${set.id}`}>
              {set.name}{' '}
              {!set.isCustom && <span className="rx-badge">{t('formulary.starterSet')}</span>}
            </h3>
            <ol aria-labelledby={`set-${set.id}`}>
              {set.lines.map((line, index) => (
                // Lines have no id; a set may name a drug twice, so the position keys them.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole on save.
                <li key={index}>
                  <strong>{line.drugName}</strong> <LineSummary line={line} />
                </li>
              ))}
            </ol>
            {canWrite && (
              <div className="button-row button-row-tight">
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('formulary.editLabel', { name: set.name })}
                  onClick={() => setEditing(set)}
                >
                  {t('formulary.edit')}
                </button>
                <button
                  type="button"
                  className="button-danger-quiet button-small"
                  aria-label={t('formulary.deleteLabel', { name: set.name })}
                  onClick={() => setRemoving(set)}
                >
                  {t('formulary.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ModalDialog
        isOpen={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('formulary.addSet')
            : t('formulary.editSet', { name: editing.name })
        }
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <SetForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={draftOfSet(editing)}
            submitLabel={t(editing === 'new' ? 'formulary.addSet' : 'formulary.save')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('formulary.deleteSetTitle', { name: removing?.name ?? '' })}
        body={t('formulary.deleteSetBody')}
        confirmLabel={t('formulary.delete')}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve())}
        onClose={() => setRemoving(null)}
      />
    </section>
  )
}
