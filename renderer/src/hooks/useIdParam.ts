import { useParams } from 'react-router';

/** The record id in the route (#/umkm/12); NaN for a bad one, which no read asks for. */
export const useIdParam = () => Number(useParams().id);
