import type {
  Favourite,
  FormularyDrug,
  FormularyLine,
} from '../../../../shared/contracts/formulary.ts'
import type {
  PrescriptionLanguage,
  PrescriptionLine,
  PrescriptionLineInput,
} from '../../../../shared/contracts/prescriptions.ts'
import { timesPerDay } from '../../../../shared/prescriptions/frequency.ts'
import type {
  DosageForm,
  DoseUnit,
  FoodTiming,
  Frequency,
  Presentation,
  Route,
  Strength,
} from '../../../../shared/prescriptions/types.ts'

/** One line on the pad, as typed (numbers stay text until sent). */
export interface PadLine {
  key: string
  drugCode: string | null
  isCustom: boolean
  genericName: string
  /** The forms and strengths the drug comes in (a custom line: what was typed). */
  presentations: readonly Presentation[]
  form: DosageForm
  strengthLabel: string
  doseAmount: string
  doseUnit: DoseUnit
  route: Route
  routes: readonly Route[]
  frequency: Frequency
  foodTiming: FoodTiming
  durationDays: string
  quantity: string
  /** Once the prescriber types a quantity, it is theirs: no longer recomputed. */
  isQuantityEdited: boolean
  instructions: string
}

let counter = 0
const nextKey = () => `line-${++counter}`

/** What one dose of a form is counted in. */
const UNIT_OF_FORM: Record<DosageForm, DoseUnit> = {
  tablet: 'tablet',
  capsule: 'capsule',
  syrup: 'ml',
  suspension: 'ml',
  drops: 'drop',
  injection: 'ml',
  cartridge: 'cartridge',
  gel: 'application',
  ointment: 'application',
  cream: 'application',
  paste: 'application',
  mouthwash: 'ml',
  gargle: 'ml',
  lozenge: 'tablet',
  spray: 'spray',
  inhaler: 'puff',
  powder: 'sachet',
  sachet: 'sachet',
  solution: 'ml',
}
export const unitOfForm = (form: DosageForm): DoseUnit => UNIT_OF_FORM[form]

const COUNTED: ReadonlySet<DoseUnit> = new Set(['tablet', 'capsule', 'sachet', 'cartridge'])
const PLURAL: Partial<Record<DoseUnit, string>> = {
  tablet: 'tablets',
  capsule: 'capsules',
  sachet: 'sachets',
  cartridge: 'cartridges',
}

/**
 * The quantity to dispense (Drugs and Cosmetics Rules, Rule 65: the total is written): counted
 * forms are dose × doses a day × days, rounded up ("15 tablets"); liquids the same in ml; other
 * forms one pack. SOS counts 3 a day (shared/prescriptions/frequency.ts).
 */
export function computedQuantity(
  line: Pick<PadLine, 'doseAmount' | 'doseUnit' | 'frequency' | 'durationDays'>,
): string {
  const dose = Number(line.doseAmount)
  const days = Number(line.durationDays)
  if (!(dose > 0) || !(days > 0)) return ''
  const total = Math.ceil(dose * timesPerDay(line.frequency) * days - 1e-9)
  if (COUNTED.has(line.doseUnit)) {
    return `${total} ${total === 1 ? line.doseUnit : (PLURAL[line.doseUnit] ?? line.doseUnit)}`
  }
  if (line.doseUnit === 'ml') return `${total} ml`
  return '1 pack'
}

/** Recomputes the quantity unless the prescriber has typed their own. */
export function withQuantity(line: PadLine): PadLine {
  return line.isQuantityEdited ? line : { ...line, quantity: computedQuantity(line) }
}

const presentationOf = (presentations: readonly Presentation[], label: string | null) =>
  presentations.find((p) => p.strengths.some((s) => s.label === label)) ?? presentations[0]

/**
 * A new line for a drug: the favourite's (or set's) line when there is one, else the drug's
 * first presentation and strength, by mouth or its first route, 1-0-1 after food for 5 days.
 */
export function lineForDrug(
  drug: FormularyDrug,
  usual: Favourite | FormularyLine | null,
  language: PrescriptionLanguage,
): PadLine {
  const presentation = presentationOf(drug.presentations, usual?.strengthLabel ?? null)
  const form = presentation?.form ?? 'tablet'
  const strength = usual?.strengthLabel ?? presentation?.strengths[0]?.label ?? ''
  return withQuantity({
    key: nextKey(),
    drugCode: drug.code,
    isCustom: false,
    genericName: drug.generic,
    presentations: drug.presentations,
    form,
    strengthLabel: strength,
    doseAmount: String(usual?.doseAmount ?? 1),
    doseUnit: usual?.doseUnit ?? unitOfForm(form),
    route: usual?.route ?? drug.routes[0] ?? 'oral',
    routes: drug.routes,
    frequency: usual?.frequency ?? '1-0-1',
    foodTiming: usual?.foodTiming ?? 'after_food',
    durationDays: String(usual?.durationDays ?? 5),
    quantity: '',
    isQuantityEdited: false,
    instructions: (language === 'hi' ? usual?.instructionsHi : usual?.instructionsEn) ?? '',
  })
}

/** A line for a medicine in neither the master nor the clinic's items: typed by name. */
export function customLine(name: string): PadLine {
  return withQuantity({
    key: nextKey(),
    drugCode: null,
    isCustom: true,
    genericName: name,
    presentations: [],
    form: 'tablet',
    strengthLabel: '',
    doseAmount: '1',
    doseUnit: 'tablet',
    route: 'oral',
    routes: [],
    frequency: '1-0-1',
    foodTiming: 'after_food',
    durationDays: '5',
    quantity: '',
    isQuantityEdited: false,
    instructions: '',
  })
}

/** A saved draft's line back on the pad; its strength is the one it was saved with. */
export function lineFromSaved(line: PrescriptionLine): PadLine {
  const presentations: Presentation[] = [
    { form: line.form, strengths: line.strength ? [line.strength] : [] },
  ]
  return {
    key: nextKey(),
    drugCode: line.drugCode,
    isCustom: line.isCustom,
    genericName: line.genericName,
    presentations,
    form: line.form,
    strengthLabel: line.strength?.label ?? '',
    doseAmount: String(line.doseAmount),
    doseUnit: line.doseUnit,
    route: line.route,
    routes: [line.route],
    frequency: line.frequency,
    foodTiming: line.foodTiming,
    durationDays: String(line.durationDays),
    quantity: line.quantity,
    isQuantityEdited: line.quantity !== computedQuantity(line as unknown as PadLine),
    instructions: line.instructions,
  }
}

function strengthOf(line: PadLine): Strength | null {
  if (line.strengthLabel.trim() === '') return null
  const known = line.presentations
    .flatMap((p) => p.strengths)
    .find((s) => s.label === line.strengthLabel)
  return known ? { ...known } : { label: line.strengthLabel.trim() }
}

/** The line as the API takes it; the server checks every field again. */
export function lineInput(line: PadLine): PrescriptionLineInput {
  return {
    drugCode: line.isCustom ? null : line.drugCode,
    isCustom: line.isCustom,
    genericName: line.genericName.trim(),
    strength: strengthOf(line),
    form: line.form,
    doseAmount: Number(line.doseAmount),
    doseUnit: line.doseUnit,
    route: line.route,
    frequency: line.frequency,
    foodTiming: line.foodTiming,
    durationDays: Number(line.durationDays),
    quantity: line.quantity.trim(),
    instructions: line.instructions.trim(),
  }
}
