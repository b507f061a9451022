// Password hashing with argon2id through @node-rs/argon2 (N-API with prebuilt binaries: no compiler,
// no dependency on one Node version). OWASP's recommended minimum parameters.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verified against when an email has no account, so a wrong email and a wrong password take as long.
let dummy: Promise<string> | undefined;
export const dummyHash = () => {
  dummy ??= hashPassword("not-a-real-password-used-for-timing-only");
  return dummy;
};
