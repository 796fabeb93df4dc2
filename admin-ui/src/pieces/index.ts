import ArticleIcon from '@mui/icons-material/Article';
import type { Piece } from '../communications/types';

/** Pieces are edited on their communication's page (tabs): no pages of their own. */
export const pieces = {
  icon: ArticleIcon,
  recordRepresentation: (piece: Piece) => piece.title || piece.channel,
};
