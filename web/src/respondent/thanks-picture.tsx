/**
 * The picture on a child's thank-you page: a smiling face among stars, drawn (no emoji font needed). Decoration:
 * the heading says thank you.
 */
export function ThanksPicture() {
  const star = (x: number, y: number, r: number, colour: string) => {
    const points = Array.from({ length: 10 }, (_, i) => {
      const angle = (Math.PI / 5) * i - Math.PI / 2;
      const radius = i % 2 === 0 ? r : r * 0.45;
      return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
    }).join(' ');
    return <polygon points={points} fill={colour} stroke="#1c1b20" strokeWidth="1.5" strokeLinejoin="round" />;
  };
  return (
    <svg className="thanks-picture" viewBox="0 0 200 140" aria-hidden="true" focusable="false">
      {star(28, 30, 16, '#f5a623')}
      {star(172, 26, 13, '#6fc2b0')}
      {star(176, 104, 17, '#f5a623')}
      {star(24, 108, 12, '#e88fb4')}
      <circle cx="100" cy="70" r="52" fill="#ffd45c" stroke="#1c1b20" strokeWidth="4" />
      <circle cx="82" cy="58" r="6" fill="#1c1b20" />
      <circle cx="118" cy="58" r="6" fill="#1c1b20" />
      <path d="M72 80Q100 110 128 80" fill="none" stroke="#1c1b20" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
