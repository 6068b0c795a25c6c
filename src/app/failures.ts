/** Failures to connect that an operator can fix, as one sentence each; null for anything else (a bug). */
export function connectionFailure(error: unknown, apiUrl: string | null): string | null {
  const where = apiUrl ?? 'Discord';
  const e = error as { code?: unknown; message?: unknown; status?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (
    ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH'].includes(code)
  ) {
    return `Cannot reach ${where} (${code}): check the network connection${apiUrl ? ' and DISCORD_API_URL' : ''}.`;
  }
  if (code === 'TokenInvalid' || e?.status === 401 || /401|invalid token|unauthori[sz]ed/iu.test(message)) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the developer portal and update .env.';
  }
  return null;
}
