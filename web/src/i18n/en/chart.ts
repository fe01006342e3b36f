// The dental chart (odontogram).
export const enChart = {
  'chart.heading': 'Dental chart',
}
