export function Spinner({ label = "Loading…", inline = false }: { label?: string; inline?: boolean }) {
  return (
    <span className={inline ? "spinner-wrap spinner-inline" : "spinner-wrap"} role="status">
      <span className="spinner" aria-hidden="true" />
      <span className={inline ? "visually-hidden" : "spinner-label"}>{label}</span>
    </span>
  );
}
