/** The server's refusal of the last action, announced to screen readers as it appears. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <span role="alert" className="error">
      {error}
    </span>
  );
}
