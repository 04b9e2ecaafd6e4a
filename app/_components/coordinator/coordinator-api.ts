/** POST /api/tc/restart: the coordinator comes back and resumes what was in flight; 409 while it is up. */
export async function restartCoordinator(): Promise<{ ok: true; resumed: number } | { ok: false; message: string }> {
  try {
    const response = await fetch('/api/tc/restart', {
      method: 'POST',
      cache: 'no-store',
      // The server refuses mutating requests that are not JSON (a cross-site form cannot send this).
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, resumed: (body as { resumed?: number } | null)?.resumed ?? 0 };
    return { ok: false, message: (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: 'the lab server did not answer' };
  }
}
