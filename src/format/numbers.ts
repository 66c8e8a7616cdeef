/** Writes a number Vietnamese-style: dot for thousands, comma for decimals (85.050; 11,89). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(value);
}
