/** A ciphertext failed authentication or is not a ciphertext at all. Never carries the value itself. */
export class CryptoIntegrityError extends Error {
  override name = 'CryptoIntegrityError';
}

/** The key a ciphertext names is not available (wrong master key, or a key ring that lacks it). */
export class KeyUnavailableError extends Error {
  override name = 'KeyUnavailableError';
}

/** The data key was destroyed on purpose (crypto-shredding after erasure): the value is gone for good. */
export class KeyDestroyedError extends Error {
  override name = 'KeyDestroyedError';
}
