import type { Metadata } from 'next';
import { RandomRunPage } from '../components/random-run-page';

export const metadata: Metadata = { title: 'Random run · Consistency Lab' };

export default function RandomRoute() {
  return <RandomRunPage />;
}
