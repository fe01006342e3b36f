/**
 * Councils offered as suggestions for the registration council: dentists register with a State
 * Dental Council (Dentists Act 1948), doctors with a State Medical Council or the National
 * Medical Register (india-domain.md §5). Suggestions only — the field stays free text, because
 * official names vary and new councils appear (a state split, a renamed body). Proper names, so
 * they are not translated; they print as-is on prescriptions.
 */
const COUNCILS = [
  'Dental Council of India',
  'Andhra Pradesh State Dental Council',
  'Assam Dental Council',
  'Bihar State Dental Council',
  'Chhattisgarh State Dental Council',
  'Delhi State Dental Council',
  'Goa Dental Council',
  'Gujarat State Dental Council',
  'Haryana State Dental Council',
  'Himachal Pradesh State Dental Council',
  'Jammu and Kashmir Dental Council',
  'Jharkhand State Dental Council',
  'Karnataka State Dental Council',
  'Kerala Dental Council',
  'Madhya Pradesh State Dental Council',
  'Maharashtra State Dental Council',
  'Odisha State Dental Council',
  'Punjab Dental Council',
  'Rajasthan Dental Council',
  'Tamil Nadu Dental Council',
  'Telangana State Dental Council',
  'Uttar Pradesh State Dental Council',
  'Uttarakhand State Dental Council',
  'West Bengal Dental Council',
  'National Medical Commission',
  'Andhra Pradesh Medical Council',
  'Delhi Medical Council',
  'Gujarat Medical Council',
  'Karnataka Medical Council',
  'Maharashtra Medical Council',
  'Madhya Pradesh Medical Council',
  'Punjab Medical Council',
  'Rajasthan Medical Council',
  'Tamil Nadu Medical Council',
  'Telangana State Medical Council',
  'Travancore-Cochin Medical Council',
  'Uttar Pradesh Medical Council',
  'West Bengal Medical Council',
] as const

/** The datalist a council field points to with `list={id}`. */
export function CouncilSuggestions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {COUNCILS.map((council) => (
        <option key={council} value={council} />
      ))}
    </datalist>
  )
}
