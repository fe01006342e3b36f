// The dental chart (odontogram).
export const hiChart = {
  'chart.heading': 'दाँतों का चार्ट',
}
