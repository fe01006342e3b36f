import { useState } from 'react'
import type { Phase, Plan, PlanItem } from '../../../../shared/contracts/plans.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ItemRow } from './item-row.tsx'
import { itemPath, usePlanChange } from './plan-api.ts'
import { itemsByPhase, siteOf } from './plan-view.ts'
import { PriceDialog } from './price-dialog.tsx'
import { SittingDialog } from './sitting-dialog.tsx'

export interface PlanItemsProps {
  patientId: string
  plan: Plan
  canWrite: boolean
  onStatus: (message: string | null) => void
  onError: (failure: unknown) => void
}

/** The plan's items by phase (urgent first, maintenance last); empty phases are drop targets too. */
export function PlanItems({ patientId, plan, canWrite, onStatus, onError }: PlanItemsProps) {
  const t = useT()
  const change = usePlanChange(patientId)
  const [pricing, setPricing] = useState<PlanItem | null>(null)
  const [removing, setRemoving] = useState<PlanItem | null>(null)
  const [cancelling, setCancelling] = useState<PlanItem | null>(null)
  const [sitting, setSitting] = useState<PlanItem | null>(null)
  const [dropTarget, setDropTarget] = useState<Phase | null>(null)
  const isEditable = canWrite && plan.status === 'proposed'
  const canProgress = canWrite && plan.status === 'accepted'
  const path = (item: PlanItem) => itemPath(patientId, plan.id, item.id)
  const what = (item: PlanItem) => [siteOf(item, t), item.code].filter(Boolean).join(' ')

  // To another phase (last there, or before the item it was dropped on), or to another place in
  // its own phase; the server renumbers the phase.
  const move = (item: PlanItem, phase: Phase, position?: number) => {
    if (item.phase === phase && (position === undefined || position === item.position)) return
    onStatus(null)
    change(path(item), 'PATCH', { phase, ...(position === undefined ? {} : { position }) })
      .then(() => {
        const phaseName = t(`plans.phase.${phase}` as MessageKey)
        onStatus(
          item.phase === phase && position !== undefined
            ? t('plans.reordered', {
                item: what(item),
                place: String(position + 1),
                phase: phaseName,
              })
            : t('plans.moved', { item: what(item), phase: phaseName }),
        )
      })
      .catch(onError)
  }

  if (plan.items.length === 0) {
    return <p className="muted">{t('plans.noItems')}</p>
  }
  return (
    <>
      {isEditable && <p className="muted">{t('plans.dragHint')}</p>}
      {itemsByPhase(plan.items).map(({ phase, items }) => {
        if (items.length === 0 && !isEditable) return null
        return (
          <section
            key={phase}
            className={dropTarget === phase ? 'plan-phase is-drop-target' : 'plan-phase'}
            aria-labelledby={`phase-${plan.id}-${phase}`}
            data-phase={phase}
            onDragOver={(event) => {
              if (!isEditable) return
              event.preventDefault()
              event.dataTransfer.dropEffect = 'move'
              setDropTarget(phase)
            }}
            onDragLeave={() => setDropTarget(null)}
            onDrop={(event) => {
              event.preventDefault()
              setDropTarget(null)
              const item = plan.items.find(
                (each) => each.id === event.dataTransfer.getData('text/plain'),
              )
              if (!item) return
              // Dropped on an item: it takes that item's place; elsewhere in the phase: last.
              const onto = (event.target as Element)
                .closest?.('li[data-item]')
                ?.getAttribute('data-item')
              const index = items.findIndex((each) => each.id === onto)
              move(item, phase, index >= 0 ? index : undefined)
            }}
          >
            <h5 id={`phase-${plan.id}-${phase}`}>{t(`plans.phase.${phase}` as MessageKey)}</h5>
            {items.length === 0 ? (
              <p className="muted plan-phase-empty">{t('plans.phaseEmpty')}</p>
            ) : (
              <ul className="plan-item-list">
                {items.map((item, index) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    place={{ index, count: items.length }}
                    isEditable={isEditable}
                    canProgress={canProgress}
                    onMove={move}
                    onPrice={setPricing}
                    onRemove={setRemoving}
                    onSitting={setSitting}
                    onCancel={setCancelling}
                  />
                ))}
              </ul>
            )}
          </section>
        )
      })}
      <PriceDialog
        item={pricing}
        onClose={() => setPricing(null)}
        onSave={async (item, price) => {
          await change(path(item), 'PATCH', price)
          onStatus(t('plans.priceSaved', { item: what(item) }))
        }}
      />
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('plans.removeTitle')}
        body={removing ? t('plans.removeBody', { item: what(removing) }) : ''}
        confirmLabel={t('plans.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return
          await change(path(removing), 'DELETE')
          onStatus(t('plans.removed', { item: what(removing) }))
        }}
      />
      <ConfirmDialog
        isOpen={cancelling !== null}
        title={t('plans.cancelItemTitle')}
        body={cancelling ? t('plans.cancelItemBody', { item: what(cancelling) }) : ''}
        confirmLabel={t('plans.cancelItem')}
        onClose={() => setCancelling(null)}
        onConfirm={async () => {
          if (!cancelling) return
          await change(`${path(cancelling)}/cancel`, 'POST', {})
          onStatus(t('plans.itemCancelled', { item: what(cancelling) }))
        }}
      />
      <SittingDialog
        item={sitting}
        onClose={() => setSitting(null)}
        onSave={async (item, body) => {
          await change(`${path(item)}/sittings`, 'POST', body)
          onStatus(
            body.completesItem
              ? t('plans.itemCompleted', { item: what(item) })
              : t('plans.sittingSaved', { item: what(item) }),
          )
        }}
      />
    </>
  )
}
