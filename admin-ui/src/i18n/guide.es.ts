/** The implementation guide (Guía de implementación), Spanish first. guide.en.ts mirrors these keys. */
export const guideMessagesEs = {
  title: 'Guía de implementación',
  menu: 'Guía de implementación',
  intro:
    'Las etapas del método de implementación de SIGOBito, con lo que ya está cargado en el sistema y lo que falta. Cada paso lleva a la pantalla donde se hace.',
  progress: '%{done} de %{total} pasos cumplidos',
  current: 'Etapa en curso: %{stage}',
  all_done: 'Todas las etapas están cumplidas. Siga con la vigilancia del funcionamiento: la calidad de la información, en Reportes.',
  load_error: 'No se pudo leer el estado de la implementación.',
  stage_states: {
    done: 'Cumplida',
    in_progress: 'En curso',
    pending: 'Por empezar',
  },
  step_states: {
    done: 'Cumplido',
    started: 'Empezado',
    missing: 'Falta',
  },
  actions: {
    open: 'Abrir',
    create: 'Crear',
    import: 'Importar CSV',
  },
  count: '%{count} de %{target}',
  stages: {
    strategy: {
      title: '1. Bajar la estrategia a operación',
      help: 'Los actores, lugares y temas de gobierno que la gestión prioriza, y las metas prioritarias que entrarán al sistema.',
    },
    parameters: {
      title: '2. Parámetros de base',
      help: 'Las áreas y cargos de la institución y los miembros de la red con su acceso (rol).',
    },
    structuring: {
      title: '3. Estructuración del sistema',
      help: 'Cada miembro en su área y cargo; cada meta con su gerente y su responsable del seguimiento.',
    },
    agenda: {
      title: '4. Gestión de agenda',
      help: 'El equipo de agenda programa actividades, registra solicitudes y da seguimiento a tareas y compromisos.',
    },
    goals: {
      title: '5. Gestión de metas',
      help: 'Las 3 primeras metas se programan con acompañamiento; las otras 2, por la contraparte del municipio, hasta 5 metas con programación concluida (hitos definidos). Luego, reportes de avance y tratamiento de ARO.',
    },
    communication: {
      title: '6. Acción comunicacional',
      help: 'Prensa identifica, prepara y difunde acciones comunicacionales a partir de la agenda y las metas.',
    },
  },
  steps: {
    actors: { title: 'Actores identificados', missing: 'Cargue los actores: personas, instituciones y grupos de población.' },
    places: { title: 'Lugares del territorio', missing: 'Cargue los distritos, corregimientos y comunidades prioritarios.' },
    themes: { title: 'Temas de gobierno', missing: 'Cargue los ejes y temas del plan de gobierno.' },
    goals_identified: {
      title: 'Metas prioritarias identificadas',
      missing: 'Falta %{smart_count} meta prioritaria para llegar a 5. |||| Faltan %{smart_count} metas prioritarias para llegar a 5.',
    },
    areas: { title: 'Áreas de la institución', missing: 'Cree las áreas (direcciones, departamentos).' },
    positions: { title: 'Cargos', missing: 'Cree los cargos de cada área.' },
    roles: {
      title: 'Miembros de la red en cada rol',
      missing: 'Sin miembro activo: %{roles}.',
    },
    members_placed: {
      title: 'Miembros con área y cargo',
      missing: 'Falta asignar área o cargo a %{smart_count} miembro. |||| Falta asignar área o cargo a %{smart_count} miembros.',
      empty: 'Todavía no hay miembros activos en la red.',
    },
    goal_owners: {
      title: 'Metas con gerente y responsable del seguimiento',
      missing: '%{smart_count} meta sin gerente o sin responsable del seguimiento. |||| %{smart_count} metas sin gerente o sin responsable del seguimiento.',
      empty: 'Todavía no hay metas: identifíquelas en la etapa 1.',
    },
    activities: { title: 'Actividades en la agenda', missing: 'Programe la primera actividad de la agenda.' },
    requests: { title: 'Solicitudes registradas', missing: 'Registre la primera solicitud de audiencia o invitación.' },
    tasks: { title: 'Tareas y compromisos', missing: 'Registre la primera tarea o compromiso.' },
    goals_supported: {
      title: '3 primeras metas programadas, con acompañamiento',
      missing: 'Falta programar %{smart_count} meta (estado programada o en ejecución, con hitos). |||| Falta programar %{smart_count} metas (estado programada o en ejecución, con hitos).',
    },
    goals_programmed: {
      title: '5 metas con programación concluida',
      missing: 'Falta programar %{smart_count} meta para llegar a 5. |||| Faltan %{smart_count} metas por programar para llegar a 5.',
    },
    progress_reports: { title: 'Reportes de avance', missing: 'Los gerentes registran el primer reporte de avance.' },
    aros: { title: 'Alertas, restricciones y oportunidades (ARO)', missing: 'Registre y trate la primera ARO.' },
    communications: { title: 'Acciones comunicacionales', missing: 'Prensa registra la primera acción comunicacional.' },
  },
};
