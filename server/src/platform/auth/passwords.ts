import { hash, verify } from '@node-rs/argon2';

/** The library's default algorithm is argon2id (a test checks the stored hash says so). */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends the same time as a real check, so a wrong username cannot be told from a wrong password. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('groundwork-decoy-password');
  await verifyPassword(await decoy, password);
  return false;
}
