import { useState } from 'react'
import {
  type Favourite,
  FavouriteSchema,
  type FormularyLine,
} from '../../../../shared/contracts/formulary.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { ScrollRegion } from '../../ui/scroll-region.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useFavourites } from '../prescriptions/prescription-api.ts'
import { FavouriteForm } from './favourite-form.tsx'
import { FAVOURITES, useFormularyRefresh } from './formulary-api.ts'
import { draftOfLine } from './line-draft.ts'
import { LineSummary } from './line-summary.tsx'

/**
 * The signed-in prescriber's favourites (issue #13 §2): each a drug with its usual line, offered
 * first in the pad's type-ahead. Only their own; changing them needs clinical.write.
 */
export function FavouritesPanel({ canWrite }: { canWrite: boolean }) {
  const t = useT()
  const list = useFavourites()
  const refresh = useFormularyRefresh()
  const [editing, setEditing] = useState<Favourite | 'new' | null>(null)
  const [removing, setRemoving] = useState<Favourite | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const favourites = list.data?.favourites ?? []

  const save = async (line: FormularyLine) => {
    const isNew = editing === 'new'
    const saved = await api(isNew ? FAVOURITES : `${FAVOURITES}/${editing?.id}`, {
      method: isNew ? 'POST' : 'PUT',
      body: line,
      schema: FavouriteSchema,
    })
    setEditing(null)
    await refresh(FAVOURITES)
    setStatus(
      t(isNew ? 'formulary.favouriteAdded' : 'formulary.favouriteSaved', { name: saved.drugName }),
    )
  }
  const remove = async (favourite: Favourite) => {
    await api(`${FAVOURITES}/${favourite.id}`, { method: 'DELETE' })
    await refresh(FAVOURITES)
    setStatus(t('formulary.favouriteRemoved', { name: favourite.drugName }))
  }

  return (
    <section className="card" aria-labelledby="formulary-favourites">
      <h2 id="formulary-favourites">{t('formulary.favouritesHeading')}</h2>
      <p className="muted">{t('formulary.favouritesIntro')}</p>
      {canWrite && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('new')}>
            {t('formulary.addFavourite')}
          </button>
        </div>
      )}
      <StatusMessage>{status}</StatusMessage>
      {list.error != null && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
      {list.isPending && <p role="status">{t('app.loading')}</p>}
      {list.data && favourites.length === 0 && (
        <p className="muted">{t('formulary.noFavourites')}</p>
      )}
      {favourites.length > 0 && (
        <ScrollRegion label={t('formulary.favouritesHeading')}>
          <table className="data-table formulary-favourites">
            <thead>
              <tr>
                <th scope="col">{t('formulary.column.medicine')}</th>
                <th scope="col">{t('formulary.column.usualLine')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('formulary.column.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {favourites.map((favourite) => (
                <tr key={favourite.id}>
                  <th scope="row">
                    <span className="cell-primary">{favourite.drugName}</span>
                  </th>
                  <td>
                    <LineSummary line={favourite} />
                  </td>
                  {canWrite && (
                    <td className="cell-actions">
                      <div className="button-row button-row-tight">
                        <button
                          type="button"
                          className="button-secondary button-small"
                          aria-label={t('formulary.editLabel', { name: favourite.drugName })}
                          onClick={() => setEditing(favourite)}
                        >
                          {t('formulary.edit')}
                        </button>
                        <button
                          type="button"
                          className="button-danger-quiet button-small"
                          aria-label={t('formulary.removeLabel', { name: favourite.drugName })}
                          onClick={() => setRemoving(favourite)}
                        >
                          {t('formulary.remove')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <ModalDialog
        isOpen={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('formulary.addFavourite')
            : t('formulary.editFavourite', { name: editing.drugName })
        }
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <FavouriteForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={editing === 'new' ? null : draftOfLine(editing)}
            submitLabel={t(editing === 'new' ? 'formulary.addFavourite' : 'formulary.save')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('formulary.removeFavouriteTitle', { name: removing?.drugName ?? '' })}
        body={t('formulary.removeFavouriteBody')}
        confirmLabel={t('formulary.remove')}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve())}
        onClose={() => setRemoving(null)}
      />
    </section>
  )
}
