/**
 * Masks every phone number in a text so that at least four digits stay hidden: 138****5678 for
 * a mobile, 88****50 for a local landline. Enough to recognise a number one already has, not
 * enough to call it.
 */
export function maskPhone(raw: string | null): string | null {
  if (raw === null) return null;
  return raw.replace(/\d[\d\- ]{5,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '');
    const shown = Math.max(0, digits.length - 4);
    const head = Math.min(3, Math.floor(shown / 2));
    const tail = Math.min(4, shown - head);
    return `${digits.slice(0, head)}****${tail > 0 ? digits.slice(-tail) : ''}`;
  });
}
