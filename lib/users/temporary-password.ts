import { randomBytes, randomInt } from "node:crypto";

/** A random password that meets the password rules (letters mixed with digits or symbols), ~80 bits. */
export const temporaryPassword = () => `${randomBytes(10).toString("base64url")}-${randomInt(10, 100)}`;
