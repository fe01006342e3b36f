import { useState } from 'react'
import type { ZodType } from 'zod'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useScheduleList } from './use-schedule-list.ts'
import { useSetupChange } from './use-setup-change.ts'

/** A named set-up item that can be taken out of use (a chair, an appointment type…). */
export interface SetupItem {
  id: string
  name: string
  isActive: boolean
}

/**
 * The list under /api/v1/schedule{path} with what a set-up tab does to it: add, change in a
 * dialog (`editing`), take out of use or put back; each change reloads the list and says so.
 * `itemSchema` is the shared contract of one item, which every change also answers with.
 */
export function useSetupItems<T extends SetupItem, V extends { name: string }>(
  path: string,
  itemSchema: ZodType<T>,
) {
  const t = useT()
  const list = useScheduleList(path, itemSchema)
  const change = useSetupChange(list.reload)
  const [editing, setEditing] = useState<T | null>(null)

  const toggle = (item: T) =>
    change.run(
      () =>
        api(`/schedule${path}/${item.id}`, {
          method: 'PATCH',
          body: { isActive: !item.isActive },
          schema: itemSchema,
        }),
      t(item.isActive ? 'scheduleSetup.deactivated' : 'scheduleSetup.reactivated', {
        name: item.name,
      }),
    )
  const add = async (values: V) => {
    await api(`/schedule${path}`, { method: 'POST', body: values, schema: itemSchema })
    await change.done(t('scheduleSetup.added', { name: values.name }))
  }
  const save = async (item: T, values: V) => {
    await api(`/schedule${path}/${item.id}`, { method: 'PATCH', body: values, schema: itemSchema })
    setEditing(null)
    await change.done(t('scheduleSetup.saved', { name: values.name }))
  }
  /** The row buttons' props for one item. */
  const actionsFor = (item: T) => ({
    isSending: change.isSending,
    onEdit: () => setEditing(item),
    onToggleActive: () => void toggle(item),
  })

  return { list, change, editing, setEditing, add, save, actionsFor }
}
