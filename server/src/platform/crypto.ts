import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';

/**
 * Encrypts sensitive field values at rest (AES-256-GCM, a fresh IV per value) and derives a keyed
 * hash of them (HMAC-SHA-256) so that equal values can still be found without decrypting.
 */
export class FieldCipher {
  private readonly hmacKey: Buffer;
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
    this.hmacKey = createHmac('sha256', key).update('groundwork blind index').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(sealed: string): string {
    const raw = Buffer.from(sealed.replace(/^v1\./, ''), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  blindIndex(value: string): string {
    return createHmac('sha256', this.hmacKey).update(value).digest('base64url');
  }
}

/**
 * GROUNDWORK_ENCRYPTION_KEY when set; otherwise a key generated on first start and kept in the
 * database, so that a demo works out of the box. Production sets its own, kept apart from backups.
 */
export async function loadFieldCipher(db: Db, configured: string | undefined): Promise<FieldCipher> {
  if (configured) return new FieldCipher(Buffer.from(configured, 'base64'));
  await db
    .insertInto('system_secret')
    .values({ name: 'field_key', value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('system_secret')
    .select('value')
    .where('name', '=', 'field_key')
    .executeTakeFirstOrThrow();
  return new FieldCipher(Buffer.from(row.value, 'base64'));
}
