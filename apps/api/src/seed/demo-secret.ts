/**
 * The second-factor secret of the demo accounts, published in CONTRACT.md. Outside production a login with it
 * is told so; the seed enrols the demo staff with it.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
