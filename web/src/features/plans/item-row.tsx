import { PHASES, type Phase, type PlanItem } from '../../../../shared/contracts/plans.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { isOpen, itemStatusKey, siteOf } from './plan-view.ts'

export interface ItemRowProps {
  item: PlanItem
  /** Where it sits in its phase, for the move up and down buttons. */
  place: { index: number; count: number }
  /** A proposed plan, for someone who may write: price, phase and removal. */
  isEditable: boolean
  /** An accepted plan, for someone who may write: sittings and cancelling. */
  canProgress: boolean
  /** To `phase`; with `position`, to that place in it (0 first). */
  onMove: (item: PlanItem, phase: Phase, position?: number) => void
  onPrice: (item: PlanItem) => void
  onRemove: (item: PlanItem) => void
  onSitting: (item: PlanItem) => void
  onCancel: (item: PlanItem) => void
}

/**
 * One item: what, where, its money (GST only on a taxable line) and, once accepted, its sittings.
 * Dragging it to another phase or place works with a mouse or finger; the "Phase" select and the
 * up and down buttons beside it do the same from the keyboard, without dragging (WCAG 2.2 SC
 * 2.1.1 Keyboard, and 2.5.7 Dragging Movements).
 */
export function ItemRow(props: ItemRowProps) {
  const { item, place, isEditable, canProgress } = props
  const t = useT()
  const what = `${item.code} ${item.name}`
  const site = siteOf(item, t)
  const done = item.sittings.length
  return (
    <li
      className={`plan-item plan-item-${item.status}`}
      data-item={item.id}
      data-code={item.code}
      data-tooth={item.tooth ?? undefined}
      draggable={isEditable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', item.id)
        event.dataTransfer.effectAllowed = 'move'
      }}
    >
      <div className="plan-item-what">
        <strong>{site ? `${site} · ${item.name}` : item.name}</strong>
        <span className="muted">
          {item.code}
          {item.quantity > 1
            ? ` · ${t('plans.quantity', { quantity: String(item.quantity) })}`
            : ''}
        </span>
        <span className={`plan-status plan-status-${item.status}`}>
          {t(itemStatusKey(item.status))}
        </span>
      </div>
      <dl className="plan-item-money">
        <div>
          <dt>{t('plans.amount')}</dt>
          <dd>{formatPaise(item.unitPricePaise * item.quantity)}</dd>
        </div>
        {item.discountPaise > 0 && (
          <div>
            <dt>{t('plans.discount')}</dt>
            <dd>−{formatPaise(item.discountPaise)}</dd>
          </div>
        )}
        {item.taxable && (
          <div>
            <dt>{t('plans.gstLine', { rate: percent(item.gstRateBp) })}</dt>
            <dd>{formatPaise(item.cgstPaise + item.sgstPaise)}</dd>
          </div>
        )}
        <div>
          <dt>{t('plans.lineTotal')}</dt>
          <dd>{formatPaise(item.totalPaise)}</dd>
        </div>
      </dl>
      <p className="plan-item-sittings">
        {t('plans.sittingsOf', { done: String(done), planned: String(item.plannedSittings) })}
        {item.completedAt && ` · ${t('plans.completedOn', { date: formatDate(item.completedAt) })}`}
      </p>
      {item.sittings.length > 0 && (
        <ol className="plan-sittings">
          {item.sittings.map((sitting) => (
            <li key={sitting.id}>
              {t('plans.sittingLine', {
                number: String(sitting.sittingNumber),
                date: formatDate(sitting.performedOn),
                doctor: sitting.doctorName,
                work: sitting.workDone,
              })}
              {sitting.progressNote && <span className="muted"> — {sitting.progressNote}</span>}
            </li>
          ))}
        </ol>
      )}
      {isEditable && (
        <div className="plan-item-actions">
          <label className="plan-item-phase">
            {t('plans.moveTo', { item: what })}
            <select
              value={item.phase}
              onChange={(event) => props.onMove(item, event.target.value as Phase)}
              name="phase"
            >
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(`plans.phase.${phase}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {place.count > 1 && (
            <>
              <button
                type="button"
                className="button-secondary"
                disabled={place.index === 0}
                onClick={() => props.onMove(item, item.phase, place.index - 1)}
              >
                {t('plans.moveUp')}
                <span className="visually-hidden"> {what}</span>
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={place.index === place.count - 1}
                onClick={() => props.onMove(item, item.phase, place.index + 1)}
              >
                {t('plans.moveDown')}
                <span className="visually-hidden"> {what}</span>
              </button>
            </>
          )}
          <button type="button" className="button-secondary" onClick={() => props.onPrice(item)}>
            {t('plans.editPrice')}
            <span className="visually-hidden"> {what}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => props.onRemove(item)}>
            {t('plans.remove')}
            <span className="visually-hidden"> {what}</span>
          </button>
        </div>
      )}
      {canProgress && isOpen(item) && (
        <div className="plan-item-actions">
          <button type="button" onClick={() => props.onSitting(item)}>
            {t('plans.recordSitting')}
            <span className="visually-hidden">
              {' '}
              {what} {site}
            </span>
          </button>
          {item.status === 'accepted' && item.sittings.length === 0 && (
            <button type="button" className="button-secondary" onClick={() => props.onCancel(item)}>
              {t('plans.cancelItem')}
              <span className="visually-hidden">
                {' '}
                {what} {site}
              </span>
            </button>
          )}
        </div>
      )}
    </li>
  )
}

/** 500 basis points → "5", 1250 → "12.5": integer maths, no float. */
export function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100)
  const rest = basisPoints % 100
  if (rest === 0) return String(whole)
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}
