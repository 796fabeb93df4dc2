import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { GoalsDataProvider } from './goalActions';

/*
 * The dashboard and the reports are not CRUD resources: they are read with react-query, the
 * cache react-admin itself uses, so the app bar's refresh button reloads them too.
 */

export const useGoalsDashboard = () => {
  const dataProvider = useDataProvider<GoalsDataProvider>();
  return useQuery({ queryKey: ['goals', 'dashboard'], queryFn: () => dataProvider.goalsDashboard() });
};

export const useGoalsReport = () => {
  const dataProvider = useDataProvider<GoalsDataProvider>();
  return useQuery({ queryKey: ['goals', 'report'], queryFn: () => dataProvider.goalsReport() });
};

export const useQualityReport = () => {
  const dataProvider = useDataProvider<GoalsDataProvider>();
  return useQuery({ queryKey: ['goals', 'quality'], queryFn: () => dataProvider.qualityReport() });
};
