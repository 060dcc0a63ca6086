import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../platform/config/config';

/** HKDF's fixed info label: a key for this purpose only, never usable as (or derivable from) another key. */
const AUDIT_KEY_INFO = 'spoor/access-log-mac/v1';

export type MacCheck = 'valid' | 'invalid' | 'unknown-key';

export interface Mac {
  mac: string;
  keyId: string;
}

/** The audit key of one master key: HKDF-SHA256(master key, no salt, fixed label). */
function deriveAuditKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), AUDIT_KEY_INFO, 32));
}

/** A short, stable, non-secret name for an audit key (stored beside each MAC so rotation can find the key). */
function auditKeyId(auditKey: Buffer): string {
  return createHmac('sha256', auditKey).update('spoor/audit-key-id/v1').digest('hex').slice(0, 16);
}

/**
 * The access log's MAC keys. Events and seals carry an HMAC-SHA256 under a key derived from the process master
 * key (SPOOR_MASTER_KEY), which the database never sees: whoever can only change the database cannot write an
 * event or a seal that verifies. New MACs use the current master key's audit key; MACs under a previous master
 * key (SPOOR_MASTER_KEY_PREVIOUS, during a rotation) still verify. A MAC under a key no longer configured is
 * 'unknown-key': verify decides what that means (see AccessSealService.verify).
 */
export class AuditKeyRing {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(current: Buffer, previous: Buffer[] = []) {
    for (const master of [current, ...previous]) {
      const key = deriveAuditKey(master);
      this.keys.set(auditKeyId(key), key);
    }
    this.currentKeyId = auditKeyId(deriveAuditKey(current));
  }

  static fromConfig(config: Pick<AppConfig, 'masterKey' | 'previousMasterKeys'>): AuditKeyRing {
    return new AuditKeyRing(config.masterKey, config.previousMasterKeys);
  }

  sign(message: string): Mac {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    return { mac: createHmac('sha256', key).update(message, 'utf8').digest('hex'), keyId: this.currentKeyId };
  }

  check(message: string, mac: string, keyId: string): MacCheck {
    const key = this.keys.get(keyId);
    if (!key) return 'unknown-key';
    const expected = createHmac('sha256', key).update(message, 'utf8').digest();
    const given = Buffer.from(mac, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'invalid';
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }
}

/** Injection token of the AuditKeyRing (built from the configuration by AccessLogModule). */
export const AUDIT_KEY_RING = Symbol('AUDIT_KEY_RING');
