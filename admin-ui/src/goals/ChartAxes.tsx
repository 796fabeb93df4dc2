import { useLocaleState } from 'react-admin';
import { intlLocale } from '../common/dateTime';
import { dayNumber, monthTicks, type Day, type Scale } from './chart';

export const CHART_COLOURS = {
  axis: '#757575',
  grid: '#e0e0e0',
  planned: '#616161',
  done: '#1565c0',
  today: '#e65100',
  late: '#c62828',
  doneMarker: '#2e7d32',
  pending: '#546e7a',
} as const;

type PlotBox = { left: number; right: number; top: number; bottom: number };

/** Horizontal grid lines at 0, 50 and 100 % with their labels on the left. */
export const PercentAxis = ({ y, box }: { y: Scale; box: PlotBox }) => (
  <g aria-hidden>
    {[0, 50, 100].map((value) => (
      <g key={value}>
        <line x1={box.left} x2={box.right} y1={y(value)} y2={y(value)} stroke={CHART_COLOURS.grid} />
        <text x={box.left - 6} y={y(value) + 4} textAnchor="end" fontSize={11} fill={CHART_COLOURS.axis}>
          {value} %
        </text>
      </g>
    ))}
  </g>
);

/** A light vertical line and a short label ("mar 2026") at the first day of each month. */
export const MonthAxis = ({ x, domain, box, labelY }: { x: Scale; domain: [Day, Day]; box: PlotBox; labelY: number }) => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', month: 'short', year: '2-digit' });
  return (
    <g aria-hidden>
      {monthTicks(domain[0], domain[1]).map((day) => {
        const at = x(dayNumber(day));
        return (
          <g key={day}>
            <line x1={at} x2={at} y1={box.top} y2={box.bottom} stroke={CHART_COLOURS.grid} />
            <text x={at} y={labelY} textAnchor="middle" fontSize={11} fill={CHART_COLOURS.axis}>
              {format.format(new Date(`${day}T12:00:00Z`))}
            </text>
          </g>
        );
      })}
    </g>
  );
};

/** The vertical "hoy" line. */
export const TodayLine = ({ at, top, bottom, label }: { at: number; top: number; bottom: number; label: string }) => (
  <g aria-hidden>
    <line x1={at} x2={at} y1={top} y2={bottom} stroke={CHART_COLOURS.today} strokeWidth={1.5} strokeDasharray="4 3" />
    <text x={at} y={top - 4} textAnchor="middle" fontSize={11} fontWeight={600} fill={CHART_COLOURS.today}>
      {label}
    </text>
  </g>
);
