import SendIcon from '@mui/icons-material/Send';

/** Deliveries are shown on their piece (read only): no pages of their own. */
export const deliveries = {
  icon: SendIcon,
};
