import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { ARCHES, PHASES, type Phase } from '../../../../shared/contracts/plans.ts'
import { SURFACES, type Surface } from '../../../../shared/dental/fdi.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxGroupField } from '../../ui/checkbox-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'

/** Where and when a new item goes, beyond the teeth chosen on the chart. */
export interface SiteDraft {
  surfaces: Surface[]
  quadrant: string
  arch: string
  quantity: string
  phase: Phase
}

export const emptySite: SiteDraft = {
  surfaces: [],
  quadrant: '',
  arch: '',
  quantity: '1',
  phase: 'phase_1',
}

export interface SiteFieldsProps {
  procedure: Procedure | undefined
  site: SiteDraft
  onChange: (site: SiteDraft) => void
  errorFor: (field: string) => string | undefined
}

/**
 * The fields the chosen procedure's pricing model needs: surfaces for a per-surface price (or when
 * the catalogue says surfaces are required), a quadrant or an arch, visits for a per-visit one;
 * nothing more for a fixed price. The phase for every item.
 */
export function SiteFields({ procedure, site, onChange, errorFor }: SiteFieldsProps) {
  const t = useT()
  const model = procedure?.pricingModel
  const needsSurfaces = procedure && (procedure.surfacesRequired || model === 'per_surface')
  return (
    <div className="plan-site-fields">
      {needsSurfaces && (
        <>
          <CheckboxGroupField
            legend={t('plans.surfaces')}
            name="surfaces"
            hint={t('plans.surfacesHint')}
            options={SURFACES.map((surface) => ({
              value: surface,
              label: t(`chart.surface.${surface}` as MessageKey),
            }))}
            values={site.surfaces}
            onChange={(surfaces) => onChange({ ...site, surfaces })}
          />
          {errorFor('surfaces') && <p className="field-error">{errorFor('surfaces')}</p>}
        </>
      )}
      {model === 'per_quadrant' && (
        <SelectField
          label={t('plans.quadrant')}
          name="quadrant"
          value={site.quadrant}
          onChange={(quadrant) => onChange({ ...site, quadrant })}
          error={errorFor('quadrant')}
        >
          <option value="">{t('form.choose')}</option>
          {[1, 2, 3, 4].map((quadrant) => (
            <option key={quadrant} value={quadrant}>
              {t(`plans.quadrantName.${quadrant}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      )}
      {model === 'per_arch' && (
        <SelectField
          label={t('plans.arch')}
          name="arch"
          value={site.arch}
          onChange={(arch) => onChange({ ...site, arch })}
          error={errorFor('arch')}
        >
          <option value="">{t('form.choose')}</option>
          {ARCHES.map((arch) => (
            <option key={arch} value={arch}>
              {t(`plans.site.arch.${arch}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      )}
      {model === 'per_visit' && (
        <TextField
          label={t('plans.visits')}
          name="quantity"
          value={site.quantity}
          onChange={(quantity) => onChange({ ...site, quantity })}
          error={errorFor('quantity')}
          inputMode="numeric"
          maxLength={2}
          autoComplete="off"
        />
      )}
      <SelectField
        label={t('plans.phase')}
        name="phase"
        value={site.phase}
        onChange={(phase) => onChange({ ...site, phase: phase as Phase })}
        error={errorFor('phase')}
      >
        {PHASES.map((phase) => (
          <option key={phase} value={phase}>
            {t(`plans.phase.${phase}` as MessageKey)}
          </option>
        ))}
      </SelectField>
    </div>
  )
}
