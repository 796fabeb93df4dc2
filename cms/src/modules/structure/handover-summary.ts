/** How each module's handed-over records read in an e-mail: singular and plural. */
const LABELS: Record<string, [string, string]> = {
  tasks: ['tarea', 'tareas'],
  requests: ['solicitud', 'solicitudes'],
  goals: ['meta (como gerente)', 'metas (como gerente)'],
  milestones: ['hito', 'hitos'],
  aros: ['ARO', 'ARO'],
  communications: ['acción comunicacional (como editor)', 'acciones comunicacionales (como editor)'],
};

/** Pure: the lines of a handover e-mail ("· 3 tareas"), only for what was handed over, in a stable order. */
export function handoverLines(handedOver: Record<string, number>): string[] {
  const order = Object.keys(LABELS);
  return Object.entries(handedOver)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([resource, n]) => {
      const [one, many] = LABELS[resource] ?? [resource, resource];
      return `  · ${n} ${n === 1 ? one : many}`;
    });
}
