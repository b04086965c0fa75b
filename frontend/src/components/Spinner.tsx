/** A spinner with its label for screen readers; `decorative` when text beside it already says
 * what is happening (so it is not read twice). */
export function Spinner({ label = "Loading…", inline = false, decorative = false }: {
  label?: string;
  inline?: boolean;
  decorative?: boolean;
}) {
  if (decorative) return <span className="spinner" aria-hidden="true" />;
  return (
    <span className={inline ? "spinner-wrap spinner-inline" : "spinner-wrap"} role="status">
      <span className="spinner" aria-hidden="true" />
      <span className={inline ? "visually-hidden" : "spinner-label"}>{label}</span>
    </span>
  );
}
