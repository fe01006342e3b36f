import type { PrescriptionWarningBody } from '../../../../shared/contracts/prescriptions.ts'
import { DRUG_CLASSES, isDrugClassKey } from '../../../../shared/prescriptions/classes.ts'
import { isSourceKey, SOURCES } from '../../../../shared/prescriptions/sources.ts'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'

export interface WarningListProps {
  label: string
  warnings: readonly PrescriptionWarningBody[]
  /** Generic names by drug code (and 'custom:<name>'), for the codes the warnings carry. */
  names: ReadonlyMap<string, string>
  reasons: Readonly<Record<string, string>>
  onReason: (warningId: string, reason: string) => void
}

const DRUG_PARAMS = new Set(['drug', 'drugA', 'drugB', 'drugs', 'current'])

/**
 * The server's safety warnings (issue #13 §3) on the line they concern: what, how serious, the
 * source of the rule, and, where issuing needs one, the field for the reason (recorded and
 * audited with the prescription).
 */
export function WarningList({ label, warnings, names, reasons, onReason }: WarningListProps) {
  const t = useT()
  const nameOf = (code: string) =>
    names.get(code) ?? (code.startsWith('custom:') ? code.slice('custom:'.length) : code)
  const paramText = (key: string, value: string | number): string => {
    const text = String(value)
    if (DRUG_PARAMS.has(key)) return text.split(',').map(nameOf).join(', ')
    if ((key === 'class' || key === 'matched') && isDrugClassKey(text))
      return DRUG_CLASSES[text].label
    return text
  }
  return (
    <ul className="rx-warnings" aria-label={label}>
      {warnings.map((warning) => {
        const params = Object.fromEntries(
          Object.entries(warning.params).map(([key, value]) => [key, paramText(key, value)]),
        )
        const source =
          warning.source && isSourceKey(warning.source) ? SOURCES[warning.source] : null
        return (
          <li key={warning.id} className={`rx-warning rx-warning-${warning.severity}`}>
            <p>
              <strong>{t(`prescriptions.severity.${warning.severity}`)}:</strong>{' '}
              {t(`prescriptions.warning.${warning.kind}`, params)}
            </p>
            {source && (
              <p className="rx-warning-source">
                {t('prescriptions.warningSource', { source: source.title })}
              </p>
            )}
            {warning.needsOverride && (
              <TextField
                label={t('prescriptions.overrideReason')}
                name={`override-${warning.id}`}
                hint={t('prescriptions.overrideHint')}
                maxLength={500}
                value={reasons[warning.id] ?? ''}
                onChange={(reason) => onReason(warning.id, reason)}
              />
            )}
          </li>
        )
      })}
    </ul>
  )
}
