import { useMemo, useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import {
  type NewProcedure,
  PROCEDURE_CATEGORIES,
  type Procedure,
  ProcedureListSchema,
  ProcedureSchema,
} from '../../../../shared/contracts/catalogue.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { draftOf } from './procedure-draft.ts'
import { ProcedureForm } from './procedure-form.tsx'
import { ProcedureTable } from './procedure-rows.tsx'

const LIST = '/catalogue/procedures'

/** What the search box matches: the code or any word of the name, ignoring case. */
function matches(item: Procedure, search: string): boolean {
  const wanted = search.trim().toLowerCase()
  if (!wanted) return true
  return item.code.toLowerCase().includes(wanted) || item.name.toLowerCase().includes(wanted)
}

/**
 * The procedure catalogue (issue #11): the clinic's price list by category. Doctors, the front
 * desk and accountants read it (catalogue.read); owners and admins add, change and archive
 * items (catalogue.manage). Archived items are kept, never deleted: plans made from them still
 * name them.
 */
export function CataloguePage() {
  const t = useT()
  const me = useMe()
  const canManage = can(me, 'catalogue.manage')
  const cache = useApiCache()
  const list = useApiQuery(canManage ? `${LIST}?includeArchived=true` : LIST, {
    schema: ProcedureListSchema,
  })
  const [search, setSearch] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<Procedure | 'new' | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [isSending, setSending] = useState(false)

  const shown = useMemo(
    () =>
      (list.data?.procedures ?? []).filter(
        (item) => (showArchived || !item.isArchived) && matches(item, search),
      ),
    [list.data, search, showArchived],
  )
  const groups = PROCEDURE_CATEGORIES.map((category) => ({
    category,
    items: shown.filter((item) => item.category === category),
  })).filter((group) => group.items.length > 0)

  const done = async (message: string) => {
    await cache.invalidate(LIST)
    setStatus(message)
  }
  const add = async (body: NewProcedure) => {
    await api(LIST, { method: 'POST', body, schema: ProcedureSchema })
    setEditing(null)
    await done(t('catalogue.added', { name: body.name }))
  }
  const save = async (item: Procedure, body: NewProcedure) => {
    await api(`${LIST}/${item.id}`, { method: 'PATCH', body, schema: ProcedureSchema })
    setEditing(null)
    await done(t('catalogue.saved', { name: body.name }))
  }
  const toggleArchived = async (item: Procedure) => {
    setSending(true)
    setFailure(null)
    try {
      await api(`${LIST}/${item.id}`, {
        method: 'PATCH',
        body: { isArchived: !item.isArchived },
        schema: ProcedureSchema,
      })
      await done(
        t(item.isArchived ? 'catalogue.restored' : 'catalogue.archived', { name: item.name }),
      )
    } catch (error) {
      setFailure(error)
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="page catalogue" aria-labelledby="page-heading">
      <PageHeader title={t('catalogue.title')} intro={t('catalogue.intro')} />
      {!canManage && <p className="alert alert-info">{t('catalogue.readOnly')}</p>}
      <div className="card">
        <div className="field-grid field-grid-filters">
          <TextField
            label={t('catalogue.search')}
            name="search"
            type="search"
            hint={t('catalogue.searchHint')}
            value={search}
            onChange={setSearch}
            maxLength={60}
          />
          {canManage && (
            <CheckboxField
              label={t('catalogue.showArchived')}
              name="showArchived"
              isChecked={showArchived}
              onChange={setShowArchived}
            />
          )}
        </div>
        {canManage && (
          <div className="button-row">
            <button type="button" onClick={() => setEditing('new')}>
              {t('catalogue.add')}
            </button>
          </div>
        )}
        <StatusMessage>{status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {list.error !== null && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
        {list.isPending && <p role="status">{t('app.loading')}</p>}
        {list.data && (
          <p className="muted">
            {shown.length === 0
              ? t('catalogue.empty')
              : t('catalogue.count', { count: String(shown.length) })}
          </p>
        )}
      </div>
      {groups.map(({ category, items }) => (
        <ProcedureTable
          key={category}
          headingId={`catalogue-${category}`}
          title={t(`catalogue.category.${category}`)}
          items={items}
          canManage={canManage}
          isSending={isSending}
          onEdit={setEditing}
          onToggleArchived={(item) => void toggleArchived(item)}
        />
      ))}
      <ModalDialog
        isOpen={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('catalogue.addHeading')
            : t('catalogue.editHeading', { name: editing.name })
        }
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <ProcedureForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={draftOf(editing === 'new' ? undefined : editing)}
            submitLabel={editing === 'new' ? t('catalogue.add') : t('catalogue.save')}
            onSubmit={(body) => (editing === 'new' ? add(body) : save(editing, body))}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
    </section>
  )
}
