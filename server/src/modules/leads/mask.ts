/**
 * Masks every phone number in a text as 138****5678: the first three and last four digits stay,
 * enough to recognise a number one already has, not enough to call it.
 */
export function maskPhone(raw: string | null): string | null {
  if (raw === null) return null;
  return raw.replace(/\d[\d\- ]{5,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 7) return '*'.repeat(run.length);
    return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  });
}
