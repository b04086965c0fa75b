export const usd = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined ? "—" : `$${value.toFixed(value !== 0 && Math.abs(value) < 0.01 ? 4 : digits)}`;

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;

export const percent = (value: number | null | undefined, scale = 100): string =>
  value === null || value === undefined ? "—" : `${Math.round(value * scale)} %`;

export const count = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : new Intl.NumberFormat().format(value);

export const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : "—");
