import type { guideMessagesEs } from './guide.es';

/** The implementation guide in English: the same keys as guide.es.ts. */
export const guideMessagesEn: typeof guideMessagesEs = {
  title: 'Implementation guide',
  menu: 'Implementation guide',
  intro:
    "The stages of SIGOBito's implementation method, with what is already loaded in the system and what is missing. Each step leads to the screen where it is done.",
  progress: '%{done} of %{total} steps done',
  current: 'Current stage: %{stage}',
  all_done: 'Every stage is done. Keep watching how the system is used: the information quality report, in Reports.',
  load_error: 'The implementation state could not be read.',
  stage_states: {
    done: 'Done',
    in_progress: 'In progress',
    pending: 'Not started',
  },
  step_states: {
    done: 'Done',
    started: 'Started',
    missing: 'Missing',
  },
  actions: {
    open: 'Open',
    create: 'Create',
    import: 'Import CSV',
  },
  count: '%{count} of %{target}',
  stages: {
    strategy: {
      title: '1. From strategy to operation',
      help: 'The actors, places and government themes the administration focuses on, and the priority goals that will enter the system.',
    },
    parameters: {
      title: '2. Base parameters',
      help: "The institution's areas and positions, and the members of the network with their access (role).",
    },
    structuring: {
      title: '3. Structuring the system',
      help: 'Each member in their area and position; each goal with its manager and its follow-up officer.',
    },
    agenda: {
      title: '4. Agenda management',
      help: 'The agenda team schedules activities, records requests and follows up tasks and commitments.',
    },
    goals: {
      title: '5. Goal management',
      help: "The first 3 goals are programmed with support; the other 2 by the municipality's own counterpart, up to 5 goals fully programmed (milestones laid out). Then progress reports and ARO treatment.",
    },
    communication: {
      title: '6. Communication',
      help: 'Press identifies, prepares and publishes communication actions drawn from the agenda and the goals.',
    },
  },
  steps: {
    actors: { title: 'Actors identified', missing: 'Load the actors: persons, institutions and population groups.' },
    places: { title: 'Places of the territory', missing: 'Load the priority districts, corregimientos and communities.' },
    themes: { title: 'Government themes', missing: "Load the government plan's axes and themes." },
    goals_identified: {
      title: 'Priority goals identified',
      missing: '%{smart_count} more priority goal to reach 5. |||| %{smart_count} more priority goals to reach 5.',
    },
    areas: { title: "The institution's areas", missing: 'Create the areas (directorates, departments).' },
    positions: { title: 'Positions', missing: 'Create the positions of each area.' },
    roles: {
      title: 'Network members in every role',
      missing: 'No active member: %{roles}.',
    },
    members_placed: {
      title: 'Members with an area and a position',
      missing: '%{smart_count} member without an area or a position. |||| %{smart_count} members without an area or a position.',
      empty: 'There are no active members in the network yet.',
    },
    goal_owners: {
      title: 'Goals with a manager and a follow-up officer',
      missing: '%{smart_count} goal without a manager or a follow-up officer. |||| %{smart_count} goals without a manager or a follow-up officer.',
      empty: 'There are no goals yet: identify them in stage 1.',
    },
    activities: { title: 'Activities in the agenda', missing: 'Schedule the first activity of the agenda.' },
    requests: { title: 'Requests recorded', missing: 'Record the first audience request or invitation.' },
    tasks: { title: 'Tasks and commitments', missing: 'Record the first task or commitment.' },
    goals_supported: {
      title: 'First 3 goals programmed, with support',
      missing: '%{smart_count} more goal to program (status programmed or in execution, with milestones). |||| %{smart_count} more goals to program (status programmed or in execution, with milestones).',
    },
    goals_programmed: {
      title: '5 goals fully programmed',
      missing: '%{smart_count} more goal to program to reach 5. |||| %{smart_count} more goals to program to reach 5.',
    },
    progress_reports: { title: 'Progress reports', missing: 'Goal managers record the first progress report.' },
    aros: { title: 'Alerts, restrictions and opportunities (ARO)', missing: 'Record and treat the first ARO.' },
    communications: { title: 'Communication actions', missing: 'Press records the first communication action.' },
  },
};
