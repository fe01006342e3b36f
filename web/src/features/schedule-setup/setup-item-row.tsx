import type { ReactNode } from 'react'
import { ActivePill, RowActions } from './setup-row-parts.tsx'
import type { SetupItem } from './use-setup-items.ts'

export interface SetupItemRowProps {
  item: SetupItem
  canConfigure: boolean
  isSending: boolean
  onEdit: () => void
  onToggleActive: () => void
  /** What the row header shows; the name by default. */
  primary?: ReactNode
  /** The item's own cells (<td>), between the name and whether it is in use. */
  cells?: ReactNode
}

/** A row of a set-up list: name, own cells, in use or not, and the buttons for those who configure. */
export function SetupItemRow({
  item,
  canConfigure,
  primary,
  cells,
  ...actions
}: SetupItemRowProps) {
  return (
    <tr className={item.isActive ? undefined : 'row-inactive'}>
      <th scope="row">
        <span className="cell-primary">{primary ?? item.name}</span>
      </th>
      {cells}
      <td>
        <ActivePill isActive={item.isActive} />
      </td>
      {canConfigure && (
        <td className="cell-actions">
          <RowActions name={item.name} isActive={item.isActive} {...actions} />
        </td>
      )}
    </tr>
  )
}
