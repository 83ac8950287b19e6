import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';

const ISSUER = 'groundwork';

export interface TokenClaims {
  tenantId: string;
  userId: string;
}

/** Short-lived HS256 access tokens. Expiry is judged by the injected clock. */
export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {}

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = new Date((now + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ tid: claims.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(claims.userId)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.secret);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string') throw new Error('claims');
      return { tenantId: payload.tid, userId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new DomainError('token_expired', 'Your session has expired; sign in again');
      }
      throw new DomainError('unauthorized', 'The access token is not valid');
    }
  }
}

/**
 * The signing secret: GROUNDWORK_JWT_SECRET when set, otherwise one generated on first start and
 * kept in the database, so that restarts and every instance on the same database agree on it.
 */
export async function loadTokenSecret(db: Db, configured: string | undefined): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  await db
    .insertInto('system_secret')
    .values({ name: 'jwt', value: randomBytes(48).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('system_secret')
    .select('value')
    .where('name', '=', 'jwt')
    .executeTakeFirstOrThrow();
  return new TextEncoder().encode(row.value);
}
