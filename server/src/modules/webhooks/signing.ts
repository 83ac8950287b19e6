import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'groundwork-signature';
export const EVENT_ID_HEADER = 'groundwork-event-id';
export const EVENT_TYPE_HEADER = 'groundwork-event-type';
export const DELIVERY_ID_HEADER = 'groundwork-delivery-id';

export const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** HMAC-SHA256 with the endpoint's secret over `<unix seconds>.<body>`, hex. */
export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value: `t=<unix seconds>,v1=<hex>`; a rotated secret would add a second v1. */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body)}`;
}

/** What a receiver does, for our tests and the docs: check the signature and the age. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, t, body), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
