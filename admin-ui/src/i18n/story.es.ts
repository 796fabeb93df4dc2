/** The story (360° view) of an actor, a theme or a place. */
export const storyMessagesEs = {
  title: 'Historia',
  intro: 'Todo lo que usted puede ver sobre este registro en los módulos, de lo más reciente a lo más antiguo.',
  all: 'Todo (%{smart_count})',
  filter: 'Filtrar la historia por tipo',
  empty: 'Nada registrado todavía.',
  more: 'Ver más',
  shown: 'Se muestran %{shown} de %{total}',
  error: 'No se pudo cargar la historia.',
};
