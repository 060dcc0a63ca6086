const PLACEHOLDER = '__SPOOR_STYLE_NONCE__';
let cached: { nonce: string | undefined } | undefined;

/**
 * The Content-Security-Policy nonce for `<style>` elements, from `<meta property="csp-nonce">` that the server
 * fills in per answer (apps/api create-app). Read through the `nonce` property: browsers hide the attribute
 * once a policy applies. Undefined in the Vite dev server and in tests, where no policy asks for one.
 * The page keeps one nonce for its lifetime, so it is read once.
 */
export function styleNonce(): string | undefined {
  if (cached) return cached.nonce;
  if (typeof document === 'undefined') return undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || '';
  cached = { nonce: nonce && nonce !== PLACEHOLDER ? nonce : undefined };
  return cached.nonce;
}
