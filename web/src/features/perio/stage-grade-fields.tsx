import { PERIO_GRADES, PERIO_STAGES } from '../../../../shared/contracts/perio.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'

export interface StageGradeFieldsProps {
  /** '' while not confirmed. */
  stage: string
  grade: string
  onStage: (stage: string) => void
  onGrade: (grade: string) => void
}

/** The dentist's confirmed 2017 AAP/EFP stage and grade: on completing, or later on the exam. */
export function StageGradeFields({ stage, grade, onStage, onGrade }: StageGradeFieldsProps) {
  const t = useT()
  return (
    <>
      <SelectField
        label={t('perio.confirmedStage')}
        name="confirmedStage"
        value={stage}
        onChange={onStage}
      >
        <option value="">{t('perio.notConfirmed')}</option>
        {PERIO_STAGES.map((value) => (
          <option key={value} value={value}>
            {t('perio.stageOption', { stage: value })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('perio.confirmedGrade')}
        name="confirmedGrade"
        value={grade}
        onChange={onGrade}
      >
        <option value="">{t('perio.notConfirmed')}</option>
        {PERIO_GRADES.map((value) => (
          <option key={value} value={value}>
            {t('perio.gradeOption', { grade: value })}
          </option>
        ))}
      </SelectField>
    </>
  )
}
