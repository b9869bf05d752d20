/** A level with its colour and always its text, so colour is never the only carrier. */
export function LevelBadge({ level, label }: { level: number | null; label: string }) {
  return <span className={`plan-level plan-level--${level ?? 'none'}`}>{label}</span>;
}
