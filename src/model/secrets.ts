/**
 * Recognising secrets where a user put them by mistake, so that the rules refuse them and no
 * message repeats them. Only shapes are checked: a finding says what kind of secret it saw and
 * where, never the text.
 */

/** Query parameters that carry a credential in a URL. */
const SECRET_PARAMETER = /^(.*[-_])?(token|password|passwd|pwd|secret|key|apikey|auth|authorization|signature|sig|credential|credentials)$/i;

/** Object keys whose value is a credential (`token`, `password`, `secretKey`, `bearerToken`, …): wider than the URL parameters, on purpose. */
const SECRET_KEY = /(token|passw(or)?d|pwd|secret|apikey|auth|authorization|signature|credentials?|key)$/i;

/** Whether a value at this object key is to be taken for a credential in a message. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** What is secret in a URL (`https://user:pass@host`, `?token=…`), in words; undefined when nothing is. */
export function urlCredentials(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // Not a URL: the rule that expects one says so; a bare `user:pass@host` is still a credential.
    return /^[^/\s]*:[^/\s]*@/.test(text.trim()) ? 'a user and password before "@"' : undefined;
  }
  if (url.username || url.password) return url.password ? 'a user and password in the URL' : 'a user name (or token) in the URL';
  const names = [...url.searchParams.keys()].filter((name) => SECRET_PARAMETER.test(name));
  return names.length ? `the query parameter ${names.map((name) => JSON.stringify(name)).join(', ')}` : undefined;
}

/** Text that is a kubeconfig (or a PEM or a token) rather than the path of one. */
export function looksLikeKubeconfigContents(text: string): boolean {
  return /[\r\n]/.test(text) || /^\s*[{[]/.test(text) || /\b(apiVersion|clusters|users|client-key-data|client-certificate-data|token)\s*:/.test(text) || /-----BEGIN /.test(text);
}

/**
 * A value as a message may show it: a URL without its credentials, kubeconfig contents as their
 * length only. Everything else is returned as it is.
 */
export function redact(text: string): string {
  if (looksLikeKubeconfigContents(text)) return `(${text.length} characters of kubeconfig, key or token contents, not shown)`;
  if (urlCredentials(text) === undefined) return text;
  try {
    const url = new URL(text.trim());
    url.username = url.username ? 'REDACTED' : '';
    url.password = url.password ? 'REDACTED' : '';
    for (const name of [...url.searchParams.keys()]) if (SECRET_PARAMETER.test(name)) url.searchParams.set(name, 'REDACTED');
    return url.toString();
  } catch {
    return text.replace(/^[^/\s]*:[^/\s]*@/, 'REDACTED@');
  }
}
