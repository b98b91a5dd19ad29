import bcrypt from "bcryptjs";

const COST = Number(process.env.RAPPORT_BCRYPT_COST ?? 10);
// Compared against when the email is unknown, so that a wrong email takes as long as a wrong password.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.tL5p3t8kq2dK0mXhQOqYq1Ue8l9G";

export const MIN_PASSWORD_LENGTH = 8;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && !!hash;
}
